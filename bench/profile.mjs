#!/usr/bin/env node
// `node bench/profile.mjs`: where a phone's main thread spends its time on our vote-bar pages.
// Records a Chrome trace of fresh loads with the CPU slowed 4× (DevTools throttling) and sums
// the main thread's self time by kind of work, from navigation until idle, median of N loads:
// script (compile, evaluate, calls, promise jobs, GC), style, layout (and how much of it script
// forced), paint, parsing, the page's own start; and script self time by file. Pages: the plain tag (dist/vote-chart.js +
// <vote-chart>), the same with the snapshot pasted inside it, and Chart.js for comparison.
//   node bench/profile.mjs [runs=5]
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launchChrome } from '../scripts/chrome.mjs';

const root = normalize(join(import.meta.dirname, '..'));
const RUNS = Number(process.argv[2]) || 5;
if (!existsSync(join(root, 'dist/vote-chart.js'))) {
  console.error('dist/vote-chart.js is missing: run `npm run build` first.');
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'mt-profile-'));
const snap = spawnSync(
  process.execPath,
  ['scripts/snapshot.mjs', '--from', 'dist', '--no-table', '--width', '640', '--out', out, '<vote-chart></vote-chart>'],
  { cwd: root, encoding: 'utf8' },
);
if (snap.status !== 0) throw new Error(snap.stderr);
const paste = readFileSync(join(out, 'vote-chart.html'), 'utf8').replace(/^<!--.*-->\n/, '');
rmSync(out, { recursive: true, force: true });

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:16px;font-family:system-ui,sans-serif} vote-chart{display:block;width:640px}</style>
<script type="module" src="/dist/vote-chart.js"></script></head><body><h1>vote-chart</h1>${body}</body></html>`;
const pages = {
  'plain tag': page('<vote-chart></vote-chart>'),
  'snapshot pasted': page(paste),
};

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const named = Object.keys(pages).find((k, i) => path === `/p/${i}.html`);
  if (named) {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    return res.end(pages[named]);
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const urls = {
  ...Object.fromEntries(Object.keys(pages).map((k, i) => [k, `${origin}/p/${i}.html`])),
  'Chart.js': `${origin}/bench/pages/peer-chartjs.html`,
};

const browser = await launchChrome();

// Blink's and V8's trace event names, sorted into kinds of work (first match wins).
const KIND = [
  [/Frame::Detach|LocalWindowProxy|DeserializeContext|ContextCreated|CommitNavigation|DocumentLoader|CreateContext/, 'page start'],
  [/ParseHTML|HTMLDocumentParser|FinishedParsing|ParseAuthorStyleSheet/, 'parse'],
  [/recalcStyle|rebuildLayoutTree|UpdateLayoutTree|RecalculateStyles|updateStyle|StyleEngine|StyleResolver/i, 'style'],
  [/performLayout|^Layout$|ShapeText|FindSvgTextChunks|InlineNode|LayoutNG|LayoutSVG|UpdateLayerTree|layout/i, 'layout'],
  [/Paint|Commit|Layerize|Raster|Composit|UpdateLayer|Lifecycle|Decode/, 'paint'],
  [
    /^v8\.|^V8\.|FunctionCall|EvaluateScript|AsyncTask Run|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|CustomElement|ResizeObserver|IntersectionObserver|GC/,
    'script',
  ],
];
const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

async function profile(url) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 800, height: 900 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] });
  await tab.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((r) => setTimeout(r, 1500)); // idle: lazy work after first paint included
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await context.close();
  const events = trace.traceEvents;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? 0;
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: each event's duration less that of the events nested in it.
  const self = new Map();
  const byName = new Map();
  const byFile = new Map();
  let forced = 0;
  const stack = [];
  let total = 0;
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (!parent && e.name === 'RunTask') total += e.dur;
    if (parent) parent.child = (parent.child ?? 0) + e.dur;
    e.kind = kindOf(e.name);
    e.inScript = parent ? parent.kind === 'script' || parent.inScript : false;
    if ((e.kind === 'style' || e.kind === 'layout') && e.inScript) e.forced = true;
    e.url = e.args?.data?.url || e.args?.data?.scriptName || e.args?.data?.stackTrace?.[0]?.url || parent?.url || '';
    stack.push(e);
  }
  for (const e of onMain) {
    const own = Math.max(0, e.dur - (e.child ?? 0));
    byName.set(e.name, (byName.get(e.name) ?? 0) + own);
    if (e.name === 'RunTask') {
      self.set('other', (self.get('other') ?? 0) + own);
      continue;
    }
    self.set(e.kind, (self.get(e.kind) ?? 0) + own);
    if (e.forced) forced += own;
    if (e.kind === 'script') {
      const file = e.url ? new URL(e.url).pathname : '(no file: lit/V8 internals, GC)';
      byFile.set(file, (byFile.get(file) ?? 0) + own);
    }
  }
  if (process.env.PROFILE_NAMES)
    console.log(
      [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([n, v]) => `${n} ${(v / 1000).toFixed(1)}`)
        .join('\n'),
    );
  return {
    total: total / 1000,
    self: Object.fromEntries([...self].map(([k, v]) => [k, v / 1000])),
    forced: forced / 1000,
    byFile: Object.fromEntries([...byFile].map(([k, v]) => [k, v / 1000])),
  };
}

const median = (xs) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
};
const runs = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, url] of Object.entries(urls)) runs[name].push(await profile(url));
  process.stderr.write(`run ${i + 1}/${RUNS}\r`);
}
await browser.close();
server.close();

const kinds = ['script', 'style', 'layout', 'paint', 'parse', 'page start', 'other'];
console.log(`\nMain thread, CPU slowed 4×, from navigation until idle: self time in ms, median of ${RUNS} fresh loads`);
console.log(`| page | all tasks | ${kinds.join(' | ')} | of which style/layout forced by script |`);
console.log(`| --- | ---: | ${kinds.map(() => '---:').join(' | ')} | ---: |`);
for (const [name, rs] of Object.entries(runs)) {
  const cells = kinds.map((k) => median(rs.map((r) => r.self[k] ?? 0)).toFixed(0));
  console.log(
    `| ${name} | ${median(rs.map((r) => r.total)).toFixed(0)} | ${cells.join(' | ')} | ${median(rs.map((r) => r.forced)).toFixed(0)} |`,
  );
}
for (const [name, rs] of Object.entries(runs)) {
  const files = [...new Set(rs.flatMap((r) => Object.keys(r.byFile)))];
  const rows = files
    .map((f) => [f, median(rs.map((r) => r.byFile[f] ?? 0))])
    .filter(([, v]) => v >= 1)
    .sort((a, b) => b[1] - a[1]);
  console.log(`\n${name}: script self time by file (ms)`);
  for (const [f, v] of rows.slice(0, 8)) console.log(`  ${v.toFixed(0).padStart(5)}  ${f}`);
}
