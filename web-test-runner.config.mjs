// @web/test-runner: every browser test, in real Chromium and (when present) Firefox ESR.
// scripts/test.mjs finds the browsers and passes their paths in CHROME_PATH / FIREFOX_PATH.
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { jsonModules, typescript } from './scripts/dev-plugins.mjs';

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
];

const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: process.env.CHROME_PATH || undefined, args: chromeArgs },
  }),
];

if (process.env.FIREFOX_PATH) {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH, headless: true },
    }),
  );
}

export default {
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
    jsonModules,
    typescript,
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  // lang="en" on the page: numbers format the same on every machine unless a test sets lang.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
