// @web/test-runner: every browser test, in real Chromium and (when present) Firefox ESR.
// scripts/test.mjs finds the browsers and passes their paths in CHROME_PATH / FIREFOX_PATH.
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { build } from 'esbuild';
import { jsonModules, typescript } from './scripts/dev-plugins.mjs';
import { packageSelf } from './test/embed/resolve-package.mjs';
import { copiedBundles } from './test/embed/copied-bundles.mjs';

// The React recipe's app, bundled on request by esbuild from the built package (dist/).
const reactApp = {
  name: 'react-app',
  async serve(ctx) {
    if (ctx.path !== '/test/embed/react-app.bundle.js') return undefined;
    const result = await build({
      entryPoints: ['test/embed/react-app.tsx'],
      bundle: true,
      format: 'esm',
      write: false,
      jsx: 'automatic',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
      plugins: [packageSelf()],
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  // Test files run in parallel tabs; a background tab must still lay out, observe and paint.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // Lifecycle tests measure the heap: exact numbers and a callable GC.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

// scripts/test.mjs runs the engines one after the other (WTR_ENGINE=chromium, then firefox):
// two engines at once on 2 shared cores starved Firefox's page start in CI.
const engine = process.env.WTR_ENGINE;
const browsers = [];
if (engine !== 'firefox') {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || undefined, args: chromeArgs },
    }),
  );
}

if (process.env.FIREFOX_PATH && engine !== 'chromium') {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH, headless: true },
    }),
  );
}

// The CMS article page is served as a newsroom would serve it: with a strict CSP header.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
function cmsHeaders(ctx, next) {
  if (ctx.path.startsWith('/test/embed/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
  // Robustness pages: the same policy; `?img=self` also takes `data:` and `blob:` images away.
  if (ctx.path.startsWith('/test/robustness/') && ctx.path.endsWith('.html')) {
    ctx.set(
      'Content-Security-Policy',
      ctx.query.img === 'self' ? STRICT_CSP.replace("img-src 'self' data: blob:", "img-src 'self'") : STRICT_CSP,
    );
  }
  return next();
}
// A second copy of the built bundle under another folder, as a second version on one page
// would be: different URLs, so its modules (and chunks) are separate instances.
function secondCopy(ctx, next) {
  if (ctx.path.startsWith('/v2/dist/')) ctx.url = ctx.url.slice(3);
  return next();
}

// A data URL that never answers in time: the widget must give up with a message.
async function neverAnswers(ctx, next) {
  if (ctx.path !== '/test/robustness/never.json') return next();
  await new Promise((r) => setTimeout(r, 11_000));
  ctx.type = 'application/json';
  ctx.body = '{}';
}

export default {
  middleware: [cmsHeaders, secondCopy, neverAnswers, copiedBundles],
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  // One test file at a time per browser: a page in a background tab gets no resize,
  // intersection or paint updates, and these tests are about exactly those.
  concurrency: 1,
  browsers,
  plugins: [
    // Baselines live in test/screenshots/<browser>/baseline; a missing baseline is written on first run.
    // Run `npm test -- --update-visual-baseline` after an intended visual change.
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
    reactApp,
    jsonModules,
    typescript,
  ],
  // Generous per-test time: two engines share 2 cores in CI, and Firefox lays out large SVGs slowly.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  // Starting a Firefox page has taken over 30 s (the default) on a busy shared machine.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  // lang="en" on the page: numbers format the same on every machine unless a test sets lang.
  // The widgets take the page's font: the test page sets the one they used to set themselves,
  // so the visual baselines keep their text.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><style>body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }</style></head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
