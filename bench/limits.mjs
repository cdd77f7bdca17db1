#!/usr/bin/env node
// `node bench/limits.mjs` (after `npm run build`): how long each component takes to draw
// inputs of growing size on a phone-class CPU (Chromium's CPU throttled 4× through the
// DevTools protocol), and how long an input past the limit takes to be refused with its
// message. The limits in src/data/limits.ts are the largest sizes that still draw in about a
// second here; this prints the evidence. Options: `--runs 3`, `--rate 4`, `--quick` (fewer sizes), `--unlimited`
// (skip the past-the-limit rows: for a build with the limits lifted, to find them).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchChrome } from '../scripts/chrome.mjs';

const root = normalize(join(import.meta.dirname, '..'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 3);
const RATE = arg('rate', 4);
const QUICK = process.argv.includes('--quick');

if (!existsSync(join(root, 'dist/myanmar-ties.js'))) {
  console.error('dist/myanmar-ties.js is missing: run `npm run build` first.');
  process.exit(1);
}

/* ---------- generators, run in the page (no transfer cost in the timing) ---------- */

const GENERATORS = `
window.__gen = {
  vote(n) {
    const rollCall = [];
    for (let i = 0; i < n; i++) {
      const iso3 = String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + (Math.floor(i / 676) % 26));
      rollCall.push({ iso3, name: 'Member ' + i, vote: i % 3 ? 'yes' : i % 7 ? 'no' : 'abstain' });
    }
    const tally = { yes: 0, no: 0, abstain: 0 };
    for (const r of rollCall) tally[r.vote]++;
    return { id: 'B/1', title: 'Bench vote', date: '2024-05-01', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }, { id: 'abstain', label: 'Abstain' }], tally, total: n, rollCall, sources: [] };
  },
  arms(n) {
    const suppliers = ['Russia', 'China', 'Belarus', 'India', 'Israel', 'Ukraine', 'Serbia', 'Pakistan', 'Germany', 'France', 'Poland', 'Singapore'];
    const cats = ['Aircraft', 'Missiles', 'Armoured vehicles', 'Ships', 'Air defence systems', 'Sensors', 'Artillery', 'Engines'];
    const deliveries = [];
    for (let i = 0; i < n; i++) deliveries.push({ sipriId: i, supplier: suppliers[(i * 7) % 12], recipient: 'Myanmar', designation: 'D-' + (i % 400), description: 'item ' + (i % 97), category: cats[i % 8], orderYear: 1990 + (i % 30) - 2, orderYearEstimate: false, delivered: 1 + (i % 5), deliveredEstimate: false, deliveryYear: 1990 + (i % 30), deliveryYearEstimate: false, status: 'New', tivUnit: 1, tiv: 0.5 + (i % 40) / 4, localProduction: false });
    return { register: { recipient: 'Myanmar', unit: 'SIPRI TIV (millions)', release: '2025-01-03', sources: [], deliveries }, figures: [] };
  },
  network(n, m) {
    let s = 42;
    const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const kinds = ['state', 'person', 'organisation'];
    const types = ['arms-supply', 'visit', 'meeting', 'agreement', 'sanction', 'trade', 'role'];
    const actors = Array.from({ length: n }, (_, i) => ({ id: 'a' + i, kind: kinds[i % 3], name: 'Actor ' + i, sources: [] }));
    const ties = [];
    for (let i = 0; ties.length < m; i++) {
      const a = Math.floor(rand() * n), b = Math.floor(Math.pow(rand(), 2) * n);
      if (a === b) continue;
      ties.push({ id: 't' + i, type: types[i % types.length], source: 'a' + a, target: 'a' + b, directed: true, date: String(2000 + (i % 24)), label: 'tie ' + i, sources: [] });
    }
    return { actors, ties };
  },
};`;

const page = (tag) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title>
<style>body{margin:16px;font-family:system-ui,sans-serif} ${tag}{display:block;width:640px}</style>
<script src="/bench/limits-gen.js"></script>
<script type="module" src="/dist/${tag}.js"></script></head><body></body></html>`;

/* ---------- cases: component, attributes, generator call, size ---------- */

const sizes = (list) => (QUICK ? list.filter((_, i) => i % 2 === 0) : list);
const CASES = [
  // The bundled data's size, for scale.
  { tag: 'vote-chart', view: 'bar (baseline)', attrs: { view: 'bar' }, gen: 'vote(193)', what: 'members', n: 193 },
  { tag: 'arms-flow', view: 'sankey (baseline)', attrs: { view: 'sankey' }, gen: 'arms(300)', what: 'rows', n: 300 },
  { tag: 'relation-map', view: 'force (baseline)', attrs: { layout: 'force' }, gen: 'network(60, 150)', what: 'actors', n: 60 },
  // Up to the limits of src/data/limits.ts (members 5,000, seats 750, rows 10,000, actors 2,000 with 5,000 ties) and a step past.
  ...sizes([1000, 2500, 5000, 10000]).map((n) => ({
    tag: 'vote-chart',
    view: 'bar',
    attrs: { view: 'bar' },
    gen: `vote(${n})`,
    what: 'members',
    n,
    unlimited: n > 5000,
  })),
  ...sizes([250, 500, 750, 1000]).map((n) => ({
    tag: 'vote-chart',
    view: 'hemicycle',
    attrs: { view: 'hemicycle' },
    gen: `vote(${n})`,
    what: 'members',
    n,
    unlimited: n > 750,
  })),
  ...sizes([2500, 5000, 10000, 20000]).map((n) => ({
    tag: 'arms-flow',
    view: 'sankey',
    attrs: { view: 'sankey' },
    gen: `arms(${n})`,
    what: 'rows',
    n,
    unlimited: n > 5000,
  })),
  ...sizes([5000, 10000, 20000]).map((n) => ({
    tag: 'arms-flow',
    view: 'timeline',
    attrs: { view: 'timeline' },
    gen: `arms(${n})`,
    what: 'rows',
    n,
    unlimited: n > 5000,
  })),
  ...sizes([500, 1000, 2000, 5000]).map((n) => ({
    tag: 'relation-map',
    view: 'force',
    attrs: { layout: 'force' },
    gen: `network(${n}, ${Math.round(n * 2.5)})`,
    what: 'actors',
    n,
    unlimited: n > 2000,
  })),
  // Past the limits: the message must come at once, whatever the size.
  {
    tag: 'vote-chart',
    view: 'hemicycle, past the limit',
    attrs: { view: 'hemicycle' },
    gen: 'vote(17000)',
    what: 'members',
    n: 17000,
    over: true,
  },
  { tag: 'arms-flow', view: 'sankey, past the limit', attrs: {}, gen: 'arms(200000)', what: 'rows', n: 200000, over: true },
  { tag: 'relation-map', view: 'force, past the limit', attrs: {}, gen: 'network(20000, 50000)', what: 'actors', n: 20000, over: true },
];

/* ---------- a static server ---------- */

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const m = /^\/bench\/limits\/([a-z-]+)\.html$/.exec(path);
  if (m) {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    return res.end(page(m[1]));
  }
  if (path === '/bench/limits-gen.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(GENERATORS);
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChrome(['--window-size=800,900']);

/** One measurement: data generated in the page, then the clock runs from `data =` to the chart (or message) painted. */
async function measure(c) {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  try {
    await p.goto(`${origin}/bench/limits/${c.tag}.html`, { waitUntil: 'load' });
    await p.waitForFunction((tag) => customElements.get(tag), {}, c.tag);
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    return await p.evaluate(
      async (tag, attrs, gen) => {
        const data = new Function(`return window.__gen.${gen}`)();
        const el = document.createElement(tag);
        el.setAttribute('eager', '');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        let longest = 0;
        const obs = new PerformanceObserver((l) => {
          for (const e of l.getEntries()) longest = Math.max(longest, e.duration);
        });
        obs.observe({ type: 'longtask' });
        const t0 = performance.now();
        el.data = data;
        document.body.append(el);
        const shown = () => el.shadowRoot?.querySelector('.chart svg, .chart canvas, [role="alert"]');
        while (!shown()) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const drawn = performance.now() - t0;
        await el.updateComplete;
        const settled = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 50));
        obs.disconnect();
        const alert = el.shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        const chart = !!el.shadowRoot.querySelector('.chart svg, .chart canvas');
        return { drawn, settled, longest, alert: alert.slice(0, 140), chart };
      },
      c.tag,
      c.attrs,
      c.gen,
    );
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `CPU throttled ${RATE}×, ${RUNS} runs each, medians. "drawn": from data given to the chart (or message) painted; "settled": updateComplete (table and extras too); "longest task": the longest main-thread block.`,
);
console.log('| component | view | size | drawn ms | settled ms | longest task ms | outcome |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
for (const c of CASES) {
  // With limits lifted (a build to find them), the refused sizes would only hang; with them, sizes past them are refused at once.
  if (c.over && process.argv.includes('--unlimited')) continue;
  if (c.unlimited && !process.argv.includes('--unlimited')) continue;
  const runs = [];
  for (let i = 0; i < (c.over ? 1 : RUNS); i++) runs.push(await measure(c));
  const last = runs.at(-1);
  const outcome = last.chart
    ? last.alert
      ? `drawn, with a note: ${last.alert.slice(0, 80)}`
      : 'drawn'
    : `message: ${last.alert.slice(0, 100)}`;
  console.log(
    `| ${c.tag} | ${c.view} | ${c.n.toLocaleString('en')} ${c.what} | ${median(runs.map((r) => r.drawn)).toFixed(0)} | ${median(runs.map((r) => r.settled)).toFixed(0)} | ${median(runs.map((r) => r.longest)).toFixed(0)} | ${outcome} |`,
  );
}
await browser.close();
server.close();
