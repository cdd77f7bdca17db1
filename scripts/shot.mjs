#!/usr/bin/env node
// Screenshots for looking at a widget as a reader would (not a test):
//   node scripts/shot.mjs out.png '<vote-chart eager view="map"></vote-chart>' [--width 960] [--dark] [--lang de]
//     [--module src/components/vote-chart/vote-chart.ts] [--wait ms]
// Serves the source (like `npm start`), renders the markup in headless Chromium at the given
// width, waits for the widgets to draw and writes a full-page PNG.
import { startDevServer } from '@web/dev-server';
import { launchChrome } from './chrome.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonModules, typescript } from './dev-plugins.mjs';

const USAGE =
  "usage: node scripts/shot.mjs out.png '<vote-chart eager></vote-chart>' [--width 960] [--dark] [--lang de] [--module file.ts ...] [--wait ms]";
let opts;
try {
  opts = parseArgs({
    allowPositionals: true,
    options: {
      width: { type: 'string', default: '960' },
      lang: { type: 'string', default: 'en' },
      wait: { type: 'string', default: '600' },
      dark: { type: 'boolean', default: false },
      // Modules to load (repeatable); default: every component.
      module: { type: 'string', multiple: true, default: ['src/all.ts'] },
    },
  });
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
const width = Number(opts.values.width);
const { lang, dark, module: modules } = opts.values;
const wait = Number(opts.values.wait);
const [out, markup] = opts.positionals;
if (!out || !markup) {
  console.error(USAGE);
  process.exit(2);
}

const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${modules.map((m) => `<script type="module" src="/${m}"></script>`).join('')}
<style>html{color-scheme:${dark ? 'dark' : 'light'}}body{margin:0;padding:16px;background:${dark ? '#161616' : '#fff'};color:${dark ? '#eee' : '#111'};font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}</style>
</head><body>${markup}</body></html>`;
mkdirSync('.shots', { recursive: true });
const pagePath = join('.shots', `page-${process.pid}.html`);
writeFileSync(pagePath, page);

const server = await startDevServer({
  config: { rootDir: '.', port: 0, nodeResolve: true, plugins: [jsonModules, typescript] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await launchChrome(['--font-render-hinting=none']);
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  tab.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await tab.setViewport({ width: width + 32, height: 800, deviceScaleFactor: 1 });
  if (dark) await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await tab.goto(`http://localhost:${port}/${pagePath}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, wait));
  mkdirSync(dirname(out) || '.', { recursive: true });
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out} (${width}px${dark ? ', dark' : ''})`);
} finally {
  await browser.close();
  await server.stop();
}
