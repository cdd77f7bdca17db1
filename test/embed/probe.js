// Classic script loaded before the bundle: records what the test must find empty.
// (No inline script: the page's CSP forbids it.)
window.__embed = { errors: [], warnings: [], violations: [], uncaught: [] };
const origError = console.error;
const origWarn = console.warn;
console.error = function (...args) {
  window.__embed.errors.push(args.map(String).join(' '));
  return origError.apply(this, args);
};
console.warn = function (...args) {
  window.__embed.warnings.push(args.map(String).join(' '));
  return origWarn.apply(this, args);
};
document.addEventListener('securitypolicyviolation', (e) => window.__embed.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__embed.uncaught.push(String(e.message || e)));
window.addEventListener('unhandledrejection', (e) => window.__embed.uncaught.push(String(e.reason)));
