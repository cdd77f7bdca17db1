#!/usr/bin/env node
// `npm test`: the Node tests (data, layouts; no DOM), then every browser test in real
// Chromium and, where installed, Firefox ESR. Finds the browsers itself and, on a fresh
// machine with no Chromium, installs one, saying what it does.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } }).status ?? 1;
const which = (name) => {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};

function playwrightChromium() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
      const p = join(root, dir, rel);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

function findChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return playwrightChromium() || ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(which).find(Boolean) || null;
}

function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  if (existsSync('/usr/lib/firefox-esr/firefox-esr')) return '/usr/lib/firefox-esr/firefox-esr';
  return ['firefox-esr', 'firefox'].map(which).find(Boolean) || null;
}

let chrome = findChrome();
if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log('No Chromium found: installing the system package (apt-get install chromium)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  } else {
    console.log("No Chromium found: installing Playwright's Chromium (npx playwright install chromium)…");
    run('npx', ['--yes', 'playwright', 'install', 'chromium']);
  }
  chrome = findChrome();
  if (!chrome) {
    console.error('Could not find or install Chromium. Set CHROME_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
}

const firefox = process.env.SKIP_FIREFOX ? null : findFirefox();
console.log(`Chromium: ${chrome}`);
console.log(firefox ? `Firefox: ${firefox}` : 'Firefox: not found, skipping the second engine (apt-get install firefox-esr to add it).');

const nodeTests = readdirSync('test', { recursive: true })
  .filter((f) => String(f).endsWith('.node.test.ts'))
  .map((f) => join('test', String(f)))
  .sort();

// Some tests load what users load: the built CMS bundle and the npm modules in dist/.
// Build first when dist/ is missing or older than the source, so `npm test` alone is enough.
const newest = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((m, f) => Math.max(m, statSync(f).mtimeMs), 0);
const built = existsSync('dist/myanmar-ties.js') && existsSync('custom-elements.json');
if (!built || newest('src') > statSync('dist/myanmar-ties.js').mtimeMs || newest('data') > statSync('dist/myanmar-ties.js').mtimeMs) {
  console.log(built ? 'dist/ is older than the source: building first (npm run build)…' : 'No build yet: building first (npm run build)…');
  if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);
}

let failed = 0;
if (nodeTests.length) {
  console.log(`\nNode tests (${nodeTests.length} files)…`);
  failed += run(process.execPath, ['--import', 'tsx', '--test', ...nodeTests]) === 0 ? 0 : 1;
}

const extra = process.argv.slice(2);
// One engine at a time: both at once on a 2-core machine starved page start-up in CI.
for (const engine of firefox ? ['chromium', 'firefox'] : ['chromium']) {
  console.log(`\nBrowser tests in ${engine === 'chromium' ? 'Chromium' : 'Firefox ESR'}…`);
  const status = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...extra], {
    WTR_ENGINE: engine,
    CHROME_PATH: chrome,
    FIREFOX_PATH: firefox ?? '',
  });
  if (status !== 0) failed += 1;
}

process.exit(failed ? 1 : 0);
