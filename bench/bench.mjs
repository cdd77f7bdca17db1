#!/usr/bin/env node
// `npm run bench`: loads each component view and each peer's version of the same vote bar
// in headless Chromium, fresh browser context per load, rounds interleaved, and prints
// medians: JS bytes loaded (min and gzip), time from navigation to the chart drawn, and
// main-thread task and script time. Ratios are against the minimal module element (the
// lower bound for any script-tag embed) so that a noisy machine still gives comparable figures.
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChrome } from '../scripts/chrome.mjs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = normalize(join(import.meta.dirname, '..'));
const RUNS = Number(process.env.BENCH_RUNS) || 9;
/** CPU slowdown of the throttled pass, as Lighthouse's mobile preset (a mid-range phone). */
const THROTTLE = 4;
const only = process.argv.slice(2);

if (!existsSync(join(root, 'dist/myanmar-ties.js'))) {
  console.error('dist/myanmar-ties.js is missing: run `npm run build` first.');
  process.exit(1);
}

/* ---------- scenarios ---------- */

const attrs = (o) =>
  Object.entries(o)
    .map(([k, v]) => (v === true ? k : `${k}="${v}"`))
    .join(' ');
/**
 * A page with one of our widgets, loading the component's one-file bundle (dist/<tag>.js), or
 * with `allInOne` the CMS entry that registers all three (one more round trip: the entry runs
 * before it knows which component's code to fetch).
 */
const ours = (tag, a = {}, probe = '.chart svg, .chart canvas', allInOne = false) => ({
  html: `<!doctype html><html lang="en" data-probe="${tag} >> ${probe}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>${tag}</title>
<script src="/bench/probe.js"></script>
<style>body{margin:16px;font-family:system-ui,sans-serif} ${tag}{width:640px}</style>
<script type="module" src="/dist/${allInOne ? 'myanmar-ties' : tag}.js"></script></head>
<body><h1>${tag}</h1><${tag} ${attrs(a)}></${tag}></body></html>`,
});

/** A synthetic network with n actors and m ties, deterministic. */
function network(n, m) {
  let s = 42;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const kinds = ['state', 'person', 'organisation'];
  const types = ['arms-supply', 'visit', 'meeting', 'agreement', 'sanction', 'trade', 'role'];
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, kind: kinds[i % 3], name: `Actor ${i}`, sources: [] }));
  const ties = [];
  for (let i = 0; ties.length < m; i++) {
    const a = Math.floor(rand() * n),
      b = Math.floor(Math.pow(rand(), 2) * n);
    if (a === b) continue;
    ties.push({
      id: `t${i}`,
      type: types[i % types.length],
      source: `a${a}`,
      target: `a${b}`,
      directed: true,
      date: `${2000 + (i % 24)}`,
      label: `tie ${i}`,
      sources: [],
    });
  }
  return { actors, ties };
}
const relationScale = (n, m) => {
  const page = ours('relation-map', {});
  page.html = page.html.replace(
    '<relation-map ></relation-map>',
    `<relation-map><script type="application/json">${JSON.stringify(network(n, m))}</script></relation-map>`,
  );
  return page;
};

/**
 * The vote bar's paste as the embed builder makes it: the tag with its static snapshot inside
 * (table left out), then the one-file bundle. "Painted" is the snapshot on screen; the probe
 * then follows the live chart taking over (takeover time and CLS are in the same load).
 */
function snapshotPaste() {
  const out = mkdtempSync(join(tmpdir(), 'mt-bench-'));
  try {
    const r = spawnSync(
      process.execPath,
      [join(root, 'scripts/snapshot.mjs'), '--from', 'dist', '--no-table', '--width', '640', '--out', out, '<vote-chart></vote-chart>'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    if (r.status !== 0) throw new Error(r.stderr || r.stdout);
    const paste = readFileSync(join(out, 'vote-chart.html'), 'utf8').replace(/^<!--.*-->\n/, '');
    return {
      html: `<!doctype html><html lang="en" data-probe="vote-chart > [role=figure] svg" data-live="vote-chart >> .chart svg"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>vote-chart</title>
<script src="/bench/probe.js"></script>
<style>body{margin:16px;font-family:system-ui,sans-serif} vote-chart{display:block;width:640px}</style>
<script type="module" src="/dist/vote-chart.js"></script></head>
<body><h1>vote-chart</h1>${paste}</body></html>`,
    };
  } catch (e) {
    console.error(`snapshot paste row skipped: ${e.message.split('\n')[0]}`);
    return null;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
function baselinePage(dir) {
  const page = ours('vote-chart', { view: 'bar' });
  page.html = page.html.replace('/dist/vote-chart.js', `/${dir.replace(/^\/+|\/+$/g, '')}/vote-chart.js`);
  return page;
}
const paste = only.length && !only.some((o) => 'vote-chart bar, snapshot pasted'.includes(o)) ? null : snapshotPaste();

const scenarios = [
  { name: 'vote-chart bar', group: 'vote', plain: true, ...ours('vote-chart', { view: 'bar' }) },
  ...(paste ? [{ name: 'vote-chart bar, snapshot pasted', group: 'vote', snapshot: true, ...paste }] : []),
  // BENCH_BASELINE=dir[,dir…] (copies of earlier dist/ folders under the project root, e.g.
  // bench/results/before): the same bar from each build, in the same rounds, for before/after
  // figures on a busy machine.
  ...(process.env.BENCH_BASELINE ?? '')
    .split(',')
    .filter(Boolean)
    .map((dir) => ({ name: `vote-chart bar, ${dir.replace(/^.*\//, '')} build`, group: 'vote', ...baselinePage(dir) })),
  { name: 'vote-chart hemicycle', group: 'vote', ...ours('vote-chart', { view: 'hemicycle' }) },
  { name: 'vote-chart bar, all-in-one bundle', group: 'vote', allInOne: true, ...ours('vote-chart', { view: 'bar' }, undefined, true) },
  {
    name: 'vote-chart hemicycle, all-in-one bundle',
    group: 'vote',
    allInOne: true,
    ...ours('vote-chart', { view: 'hemicycle' }, undefined, true),
  },
  { name: 'vote-chart map', ...ours('vote-chart', { view: 'map' }, '.chart svg path') },
  { name: 'arms-flow sankey', ...ours('arms-flow', { view: 'sankey' }) },
  { name: 'arms-flow timeline', ...ours('arms-flow', { view: 'timeline' }) },
  { name: 'arms-flow map', ...ours('arms-flow', { view: 'map' }, '.chart svg path') },
  { name: 'relation-map force', hover: true, ...ours('relation-map', { layout: 'force' }) },
  { name: 'relation-map radial', ...ours('relation-map', { layout: 'radial' }) },
  { name: 'relation-map geo', ...ours('relation-map', { layout: 'geo' }, '.chart svg path') },
  { name: 'relation-map 60 actors', scale: true, hover: true, ...relationScale(60, 150) },
  { name: 'relation-map 500 actors', scale: true, hover: true, ...relationScale(500, 1250) },
  { name: 'relation-map 2000 actors', scale: true, hover: true, ...relationScale(2000, 5000) },
  { name: 'inline SVG (no script)', group: 'vote', peer: true, file: 'bench/pages/peer-static-svg.html' },
  { name: 'minimal module element', group: 'vote', peer: true, limit: true, file: 'bench/pages/peer-module-element.html' },
  { name: 'minimal Lit element (reference)', group: 'vote', peer: true, reference: true, file: 'bench/pages/peer-lit-element.html' },
  { name: 'd3 (whole) + hand-written', group: 'vote', peer: true, file: 'bench/pages/peer-d3.html' },
  { name: 'Observable Plot', group: 'vote', peer: true, file: 'bench/pages/peer-plot.html' },
  { name: 'Chart.js', group: 'vote', peer: true, file: 'bench/pages/peer-chartjs.html' },
  { name: 'ECharts', group: 'vote', peer: true, file: 'bench/pages/peer-echarts.html' },
  { name: 'Vega-Lite (vega-embed)', group: 'vote', peer: true, file: 'bench/pages/peer-vega-lite.html' },
].filter(
  (s) => !only.length || only.some((o) => s.name.includes(o)) || s.limit || s.name === 'Chart.js' || s.name.startsWith('inline SVG'),
);

/* ---------- the Lit reference, bundled as our one-file bundles are (production Lit, terser) ---------- */

const built = new Map();
{
  const bundle = await rollup({
    input: join(root, 'bench/pages/lit-element.js'),
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ module: true, toplevel: true })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  built.set('/bench/built/lit-element.js', output[0].code);
}

/* ---------- a static server: real files, no transforms ---------- */

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const scenario = scenarios.find((s, i) => path === `/bench/s/${i}.html`);
  if (scenario && scenario.html) {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    return res.end(scenario.html);
  }
  if (built.has(path)) {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    return res.end(built.get(path));
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
const urlOf = (s) => (s.file ? `${origin}/${s.file}` : `${origin}/bench/s/${scenarios.indexOf(s)}.html`);

/* ---------- measuring ---------- */

const browser = await launchChrome(['--window-size=800,900']);

const sizeCache = new Map();
function scriptSize(url) {
  const path = new URL(url).pathname;
  if (!sizeCache.has(path)) {
    const buf = built.has(path) ? Buffer.from(built.get(path)) : readFileSync(join(root, decodeURIComponent(path)));
    sizeCache.set(path, { min: buf.length, gz: gzipSync(buf, { level: 9 }).length });
  }
  return sizeCache.get(path);
}

/** Main-thread task time, sampled until it stops growing: the page is idle (or 15 s passed). */
async function untilIdle(cdp) {
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  let last = await read();
  const deadline = Date.now() + 15000;
  for (let quiet = 0; quiet < 3 && Date.now() < deadline;) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await read();
    // Under 1 ms of work in 200 ms: the metric reads themselves and the probe's frames.
    quiet = now - last < 1 ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

async function measure(s, throttle = 1) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 800, height: 900 });
  const scripts = new Set();
  page.on('response', (r) => {
    // The probe is the bench's, on every page alike: not the page's JS.
    if (r.request().resourceType() === 'script' && r.ok() && !r.url().endsWith('/bench/probe.js')) scripts.add(r.url());
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    await page.goto(urlOf(s), { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(
      'window.__bench && window.__bench.drawn !== null && (!window.__bench.wantsLive || window.__bench.live !== null)',
      { timeout: 60000, polling: 50 },
    );
    await new Promise((r) => setTimeout(r, 300)); // let late layout shifts land
    const idleTask = await untilIdle(cdp);
    const { drawn, cls, live } = await page.evaluate(() => window.__bench);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const hover = s.hover && throttle === 1 ? await page.evaluate(hoverProbe) : null;
    let js = { min: 0, gz: 0 };
    for (const u of scripts) {
      const sz = scriptSize(u);
      js = { min: js.min + sz.min, gz: js.gz + sz.gz };
    }
    return { drawn, live, cls, task: idleTask, script: metrics.ScriptDuration * 1000, js, errors, hover };
  } catch (e) {
    const state = await page.evaluate(() => JSON.stringify(window.__bench)).catch(() => '');
    return { failed: `${e.message.split('\n')[0]} ${state}`, errors };
  } finally {
    await context.close();
  }
}

/**
 * Hover response of <relation-map>, in the page: pointer moves over a grid of points on the
 * graph; each is timed from dispatch until the element's update (highlight, tooltip, canvas
 * overlay) is done — the work that must fit in one 16 ms frame.
 */
async function hoverProbe() {
  const host = document.querySelector('relation-map');
  const target = host.shadowRoot.querySelector('.graph');
  const r = target.getBoundingClientRect();
  const times = [];
  for (let i = 0; i < 60; i++) {
    const x = r.left + (r.width * ((i * 37) % 97)) / 97;
    const y = r.top + (r.height * ((i * 53) % 89)) / 89;
    const t0 = performance.now();
    target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));
    await host.updateComplete;
    times.push(performance.now() - t0);
    await new Promise((res) => requestAnimationFrame(() => res()));
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], p95: times[Math.floor(times.length * 0.95)] };
}

/**
 * <relation-map>'s force layout alone, in Node (pure maths, from the built npm modules): the
 * main-thread work that the element splits into chunks so the page never freezes.
 */
async function layoutTimes() {
  const { buildGraph } = await import('../dist/components/relation-map/graph.js');
  const { forceLayout, forceTicks } = await import('../dist/components/relation-map/force.layout.js');
  const rows = [];
  for (const [n, m] of [
    [60, 150],
    [500, 1250],
    [2000, 5000],
  ]) {
    const { actors, ties } = network(n, m);
    const graph = buildGraph(actors, ties);
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      forceLayout(graph, { focus: 0, seed: 1 });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({ n, m, ticks: forceTicks(n), ms: times[1] });
  }
  return rows;
}
const layouts =
  only.length && !only.some((o) => 'relation-map'.includes(o) || o.includes('relation-map'))
    ? []
    : await layoutTimes().catch((e) => {
        console.error(`layout timing skipped: ${e.message}`);
        return [];
      });

// Throttled: the vote-bar comparison and our component pages (not the scale tests).
const slowed = scenarios.filter((s) => s.group === 'vote' || (!s.peer && !s.scale));
const results = new Map(scenarios.map((s) => [s, []]));
const slowResults = new Map(slowed.map((s) => [s, []]));
for (let round = 0; round < RUNS; round++) {
  // Interleave: every scenario once per round, in a rotating order, so drift hits all alike.
  const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]);
  for (const s of order) {
    results.get(s).push(await measure(s));
    if (slowResults.has(s)) slowResults.get(s).push(await measure(s, THROTTLE));
  }
  process.stderr.write(`round ${round + 1}/${RUNS}\r`);
}
await browser.close();
server.close();

/* ---------- report ---------- */

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const x2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : '—');
function summarize(results) {
  const summary = new Map();
  for (const [s, rs] of results) {
    const ok = rs.filter((r) => !r.failed);
    summary.set(s, {
      ok: ok.length,
      failed: rs.find((r) => r.failed)?.failed,
      errors: [...new Set(rs.flatMap((r) => r.errors))],
      drawn: median(ok.map((r) => r.drawn)),
      live: median(ok.map((r) => r.live)),
      task: median(ok.map((r) => r.task)),
      script: median(ok.map((r) => r.script)),
      cls: Math.max(0, ...ok.map((r) => r.cls)),
      js: ok[0]?.js ?? { min: NaN, gz: NaN },
      hover: ok.some((r) => r.hover) ? { median: median(ok.map((r) => r.hover?.median)), p95: median(ok.map((r) => r.hover?.p95)) } : null,
    });
  }
  return summary;
}
const fast = summarize(results);
const slow = summarize(slowResults);
const byName = (name) => scenarios.find((s) => s.name === name || (name === 'inline SVG' && s.name.startsWith('inline SVG')));
const limitS = scenarios.find((s) => s.limit);
const svgS = byName('inline SVG');
const chartjsS = byName('Chart.js');
/**
 * A page's figure as a multiple of another's: the median of the ratios of loads made in the
 * same round (a minute apart at most), so drift in a shared machine's speed cancels out.
 */
const ratio = (res, s, base, key = 'drawn') => {
  const a = res.get(s);
  const b = res.get(base);
  if (!a || !b) return NaN;
  return median(a.map((r, i) => (r.failed || b[i]?.failed ? NaN : r[key] / b[i][key])));
};

console.log(
  `\nmyanmar-ties bench — ${new Date().toISOString().slice(0, 10)}, ${RUNS} fresh loads per row (medians), Chromium headless; "4×": CPU slowed ${THROTTLE}× (DevTools throttling)`,
);
console.log(
  '"drawn": the chart on screen (for the snapshot paste, the pasted picture; "live" is when the script\'s chart took over). "task until idle": main-thread task time from navigation until the page has been idle for 600 ms.',
);
console.log(
  '| page | JS min kB | JS gzip kB | drawn ms | × module element | drawn ms, 4× | × module element, 4× | task until idle ms | task until idle ms, 4× | script ms | CLS |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [s, r] of fast) {
  if (!r.ok) {
    console.log(`| ${s.name} | failed: ${r.failed} |`);
    continue;
  }
  const sl = slow.get(s);
  const live = s.snapshot ? ` (live ${ms(r.live)})` : '';
  const liveSlow = s.snapshot && sl ? ` (live ${ms(sl.live)})` : '';
  console.log(
    `| ${s.name} | ${kb(r.js.min)} | ${kb(r.js.gz)} | ${ms(r.drawn)}${live} | ${x2(ratio(results, s, limitS))} | ${sl?.ok ? ms(sl.drawn) + liveSlow : '—'} | ${sl?.ok ? x2(ratio(slowResults, s, limitS)) : '—'} | ${ms(r.task)} | ${sl?.ok ? ms(sl.task) : '—'} | ${ms(r.script)} | ${Math.max(r.cls, sl?.cls ?? 0).toFixed(3)} |`,
  );
}
for (const [s, r] of fast) if (r.errors.length) console.log(`page errors in ${s.name}: ${r.errors.join('; ')}`);
if (layouts.length) {
  console.log('\n| relation-map force layout (Node, pure) | ticks | ms |');
  console.log('| --- | ---: | ---: |');
  for (const l of layouts) console.log(`| ${l.n} actors, ${l.m} ties | ${l.ticks} | ${l.ms.toFixed(0)} |`);
}
const hovered = [...fast].filter(([, r]) => r.hover);
if (hovered.length) {
  console.log('\n| relation-map page | hover response median ms | p95 ms |');
  console.log('| --- | ---: | ---: |');
  for (const [s, r] of hovered) console.log(`| ${s.name} | ${r.hover.median.toFixed(1)} | ${r.hover.p95.toFixed(1)} |`);
}

// Budgets (issue 17): PASS/FAIL in the output, never a timed test.
const check = (label, pass, detail) => console.log(`${Number.isNaN(pass) ? 'SKIP' : pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
const chartLibs = [...fast.keys()].filter((s) => s.peer && !s.limit && !s.reference && s !== svgS);
console.log('\nBudgets');
const pasteS = scenarios.find((s) => s.snapshot);
if (pasteS && svgS) {
  for (const [label, res] of [
    ['fast', results],
    ['4×', slowResults],
  ]) {
    const x = ratio(res, pasteS, svgS);
    check(`snapshot paste painted ≤ 1.1 × inline SVG (${label})`, x <= 1.1, `${x2(x)}×`);
  }
  check(
    'snapshot paste: no layout shift when the live chart takes over (640 px; 320 and 960 px in test/demo/paste-snapshot.test.ts)',
    Math.max(fast.get(pasteS).cls, slow.get(pasteS)?.cls ?? 0) === 0,
    `CLS ${Math.max(fast.get(pasteS).cls, slow.get(pasteS)?.cls ?? 0).toFixed(3)}`,
  );
}
for (const s of scenarios.filter((s) => s.plain)) {
  if (!fast.get(s)?.ok) continue;
  const xf = ratio(results, s, limitS);
  const xs = ratio(slowResults, s, limitS);
  check(`${s.name} (plain tag) drawn ≤ 1.6 × module element (fast)`, xf <= 1.6, `${x2(xf)}×`);
  check(`${s.name} (plain tag) drawn ≤ 1.8 × module element (4×)`, xs <= 1.8, `${x2(xs)}×`);
  for (const p of chartLibs) {
    for (const [label, res] of [
      ['fast', results],
      ['4×', slowResults],
    ]) {
      if (!res.has(p)) continue;
      const x = ratio(res, p, s);
      check(`${s.name} drawn before ${p.name} (${label})`, x > 1, `theirs ${x2(x)}× ours, paired by round`);
    }
  }
  check(`${s.name} page ≤ 30 kB gzip of JS`, fast.get(s).js.gz <= 30 * 1024, `${kb(fast.get(s).js.gz)} kB`);
}
if (chartjsS && slow.get(chartjsS)?.ok) {
  const bar = scenarios.find((s) => s.plain);
  if (bar) {
    const x = ratio(slowResults, bar, chartjsS, 'task');
    check('vote bar main-thread work until idle ≤ 0.7 × Chart.js (4×)', x <= 0.7, `${x2(x)}×`);
  }
  if (pasteS) {
    const x = ratio(slowResults, pasteS, chartjsS, 'task');
    check('snapshot paste main-thread work until idle ≤ 0.7 × Chart.js (4×)', x <= 0.7, `${x2(x)}×`);
  }
  for (const s of slowed.filter((s) => !s.peer)) {
    const x = ratio(slowResults, s, chartjsS, 'task');
    check(`${s.name} main-thread work until idle ≤ Chart.js's (4×)`, x <= 1, `${x2(x)}×`);
  }
}
for (const [s, r] of fast)
  if (s.name === 'relation-map 2000 actors' && r.ok)
    check('relation-map 2,000 actors first paint ≤ 1 s', r.drawn <= 1000, `${ms(r.drawn)} ms`);
for (const [s, r] of fast)
  if (s.name === 'relation-map 2000 actors' && r.hover)
    check('relation-map 2,000 actors hover response ≤ 16 ms (p95)', r.hover.p95 <= 16, `${r.hover.p95.toFixed(1)} ms`);
for (const [s, r] of fast)
  if (!s.peer && r.ok)
    check(`${s.name} CLS 0`, Math.max(r.cls, slow.get(s)?.cls ?? 0) === 0, Math.max(r.cls, slow.get(s)?.cls ?? 0).toFixed(3));
