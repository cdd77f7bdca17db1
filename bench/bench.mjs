#!/usr/bin/env node
// `npm run bench`: loads each component view and each peer's version of the same vote bar
// in headless Chromium, fresh browser context per load, rounds interleaved, and prints
// medians: JS bytes loaded (min and gzip), time from navigation to the chart drawn, and
// main-thread task and script time. Ratios are against the minimal module element (the
// lower bound for any script-tag embed) so that a noisy machine still gives comparable figures.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = normalize(join(import.meta.dirname, '..'));
const RUNS = Number(process.env.BENCH_RUNS) || 9;
const only = process.argv.slice(2);

if (!existsSync(join(root, 'dist/myanmar-ties.js'))) {
  console.error('dist/myanmar-ties.js is missing: run `npm run build` first.');
  process.exit(1);
}

/* ---------- scenarios ---------- */

const attrs = (o) => Object.entries(o).map(([k, v]) => (v === true ? k : `${k}="${v}"`)).join(' ');
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
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const kinds = ['state', 'person', 'organisation'];
  const types = ['arms-supply', 'visit', 'meeting', 'agreement', 'sanction', 'trade', 'role'];
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, kind: kinds[i % 3], name: `Actor ${i}`, sources: [] }));
  const ties = [];
  for (let i = 0; ties.length < m; i++) {
    const a = Math.floor(rand() * n), b = Math.floor(Math.pow(rand(), 2) * n);
    if (a === b) continue;
    ties.push({ id: `t${i}`, type: types[i % types.length], source: `a${a}`, target: `a${b}`, directed: true, date: `${2000 + (i % 24)}`, label: `tie ${i}`, sources: [] });
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

const scenarios = [
  { name: 'vote-chart bar', group: 'vote', ...ours('vote-chart', { view: 'bar' }) },
  { name: 'vote-chart hemicycle', group: 'vote', ...ours('vote-chart', { view: 'hemicycle' }) },
  { name: 'vote-chart bar, all-in-one bundle', group: 'vote', allInOne: true, ...ours('vote-chart', { view: 'bar' }, undefined, true) },
  { name: 'vote-chart hemicycle, all-in-one bundle', group: 'vote', allInOne: true, ...ours('vote-chart', { view: 'hemicycle' }, undefined, true) },
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
].filter((s) => !only.length || only.some((o) => s.name.includes(o)));

/* ---------- the Lit reference, bundled as our one-file bundles are (production Lit, terser) ---------- */

const built = new Map();
{
  const bundle = await rollup({ input: join(root, 'bench/pages/lit-element.js'), plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ module: true, toplevel: true })] });
  const { output } = await bundle.generate({ format: 'es' });
  built.set('/bench/built/lit-element.js', output[0].code);
}

/* ---------- a static server: real files, no transforms ---------- */

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
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

const chrome = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=800,900'],
});

const sizeCache = new Map();
function scriptSize(url) {
  const path = new URL(url).pathname;
  if (!sizeCache.has(path)) {
    const buf = built.has(path) ? Buffer.from(built.get(path)) : readFileSync(join(root, decodeURIComponent(path)));
    sizeCache.set(path, { min: buf.length, gz: gzipSync(buf, { level: 9 }).length });
  }
  return sizeCache.get(path);
}

async function measure(s) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 800, height: 900 });
  const scripts = new Set();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.ok()) scripts.add(r.url());
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  try {
    await page.goto(urlOf(s), { waitUntil: 'load', timeout: 30000 });
    await page.waitForFunction('window.__bench && window.__bench.drawn !== null', { timeout: 30000, polling: 50 });
    await new Promise((r) => setTimeout(r, 300)); // let late layout shifts land
    const { drawn, cls } = await page.evaluate(() => window.__bench);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const hover = s.hover ? await page.evaluate(hoverProbe) : null;
    let js = { min: 0, gz: 0 };
    for (const u of scripts) {
      const sz = scriptSize(u);
      js = { min: js.min + sz.min, gz: js.gz + sz.gz };
    }
    return { drawn, cls, task: metrics.TaskDuration * 1000, script: metrics.ScriptDuration * 1000, js, errors, hover };
  } catch (e) {
    return { failed: e.message.split('\n')[0], errors };
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
  for (const [n, m] of [[60, 150], [500, 1250], [2000, 5000]]) {
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
const layouts = only.length && !only.some((o) => 'relation-map'.includes(o) || o.includes('relation-map')) ? [] : await layoutTimes().catch((e) => {
  console.error(`layout timing skipped: ${e.message}`);
  return [];
});

const results = new Map(scenarios.map((s) => [s, []]));
for (let round = 0; round < RUNS; round++) {
  // Interleave: every scenario once per round, in a rotating order, so drift hits all alike.
  const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]);
  for (const s of order) results.get(s).push(await measure(s));
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
const summary = new Map();
for (const [s, rs] of results) {
  const ok = rs.filter((r) => !r.failed);
  summary.set(s, {
    ok: ok.length,
    failed: rs.find((r) => r.failed)?.failed,
    errors: [...new Set(rs.flatMap((r) => r.errors))],
    drawn: median(ok.map((r) => r.drawn)),
    task: median(ok.map((r) => r.task)),
    script: median(ok.map((r) => r.script)),
    cls: Math.max(0, ...ok.map((r) => r.cls)),
    js: ok[0]?.js ?? { min: NaN, gz: NaN },
    hover: ok.some((r) => r.hover) ? { median: median(ok.map((r) => r.hover?.median)), p95: median(ok.map((r) => r.hover?.p95)) } : null,
  });
}
const limit = [...summary].find(([s]) => s.limit)?.[1];
const limitRuns = results.get(scenarios.find((s) => s.limit)) ?? [];
/**
 * Time to drawn as a multiple of another page's: the median of the ratios of loads made in the
 * same round (a minute apart at most), so drift in a shared machine's speed cancels out.
 */
const ratioTo = (s, base) => {
  const rs = results.get(s);
  return median(rs.map((r, i) => (r.failed || base[i]?.failed ? NaN : r.drawn / base[i].drawn)));
};
console.log(`\nmyanmar-ties bench — ${new Date().toISOString().slice(0, 10)}, ${RUNS} fresh loads per row (medians), Chromium headless`);
console.log('| page | JS min kB | JS gzip kB | drawn ms | × module element | main-thread task ms | script ms | CLS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [s, r] of summary) {
  if (!r.ok) {
    console.log(`| ${s.name} | failed: ${r.failed} |`);
    continue;
  }
  const ratio = limit ? ratioTo(s, limitRuns).toFixed(2) : '—';
  console.log(`| ${s.name} | ${kb(r.js.min)} | ${kb(r.js.gz)} | ${ms(r.drawn)} | ${ratio} | ${ms(r.task)} | ${ms(r.script)} | ${r.cls.toFixed(3)} |`);
}
for (const [s, r] of summary) if (r.errors.length) console.log(`page errors in ${s.name}: ${r.errors.join('; ')}`);
if (layouts.length) {
  console.log('\n| relation-map force layout (Node, pure) | ticks | ms |');
  console.log('| --- | ---: | ---: |');
  for (const l of layouts) console.log(`| ${l.n} actors, ${l.m} ties | ${l.ticks} | ${l.ms.toFixed(0)} |`);
}
const hovered = [...summary].filter(([, r]) => r.hover);
if (hovered.length) {
  console.log('\n| relation-map page | hover response median ms | p95 ms |');
  console.log('| --- | ---: | ---: |');
  for (const [s, r] of hovered) console.log(`| ${s.name} | ${r.hover.median.toFixed(1)} | ${r.hover.p95.toFixed(1)} |`);
}

// Budgets (pass/fail in the output, never a timed test).
// Chart libraries only: not the floors (inline SVG, the module element) nor the Lit reference.
const peers = [...summary].filter(([s]) => s.peer && !s.limit && !s.reference && s.file !== 'bench/pages/peer-static-svg.html');
const check = (label, pass, detail) => console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
console.log('\nBudgets');
for (const [s, r] of summary) {
  if (s.group !== 'vote' || s.peer || !r.ok) continue;
  check(`${s.name} JS ≤ 25 kB gzip`, r.js.gz <= 25 * 1024, `${kb(r.js.gz)} kB`);
  if (limit) {
    const x = ratioTo(s, limitRuns);
    check(`${s.name} drawn ≤ 1.25 × module element`, x <= 1.25, `${x.toFixed(2)}×`);
  }
  for (const [p, pr] of peers) {
    if (!pr.ok) continue;
    const x = ratioTo(p, results.get(s));
    check(`${s.name} faster than ${p.name}`, x > 1, `${ms(r.drawn)} vs ${ms(pr.drawn)} ms (theirs ${x.toFixed(2)}× ours, paired by round)`);
  }
}
for (const [s, r] of summary) if (s.name === 'relation-map 2000 actors' && r.ok) check('relation-map 2,000 actors first paint ≤ 1 s', r.drawn <= 1000, `${ms(r.drawn)} ms`);
for (const [s, r] of summary) if (s.name === 'relation-map 2000 actors' && r.hover) check('relation-map 2,000 actors hover response ≤ 16 ms (p95)', r.hover.p95 <= 16, `${r.hover.p95.toFixed(1)} ms`);
for (const [s, r] of summary) if (!s.peer && r.ok) check(`${s.name} CLS 0`, r.cls === 0, r.cls.toFixed(3));
