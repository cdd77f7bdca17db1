#!/usr/bin/env node
// `npm run snapshot`: static HTML + SVG of widgets, for pages where scripts are stripped
// (AMP, RSS, apps, print). Each file is the widget's own tag holding a static figure, so
// it can be pasted as is: without the script the figure shows; with it, the live widget
// replaces it in the same box.
//
//   node scripts/snapshot.mjs [--out snapshots] [--width 640] [--theme light|dark] [--lang en]
//     [--views] [--no-table] [--from auto|source|dist] [--module path.ts ...] ['<vote-chart view="map"></vote-chart>' ...]
//
// With no markup it renders each component's default view (`--views`: every view too).
// Renders in headless Chromium (CHROME_PATH, else /usr/bin/chromium or google-chrome)
// from the source through @web/dev-server, or from dist/myanmar-ties.js when it is built
// and newer than the source (`--from` forces one). Then it checks each file: it reloads it
// without the script, loads the script, and reports how far the page below moved.
import { startDevServer } from '@web/dev-server';
import { chromePath, launchChrome } from './chrome.mjs';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonModules, typescript } from './dev-plugins.mjs';

const USAGE = `usage: node scripts/snapshot.mjs [--out snapshots] [--width 640] [--theme light|dark] [--lang en]
  [--views] [--no-table] [--from auto|source|dist] [--module file.ts ...] ['<vote-chart view="map"></vote-chart>' ...]`;

function fail(message) {
  console.error(`snapshot: ${message}\n${USAGE}`);
  process.exit(2);
}

let opts;
try {
  opts = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'snapshots' },
      width: { type: 'string', default: '640' },
      theme: { type: 'string', default: 'light' },
      lang: { type: 'string', default: 'en' },
      from: { type: 'string', default: 'auto' },
      views: { type: 'boolean', default: false },
      // Leave the data table out, for a paste that also loads the script (which builds it).
      'no-table': { type: 'boolean', default: false },
      module: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  fail(e.message);
}
if (opts.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const { out, theme, lang, from, views: allViews, module: extraModules } = opts.values;
const withTable = !opts.values['no-table'];
const width = Number(opts.values.width);
if (!Number.isFinite(width) || width < 200 || width > 2000) fail(`--width must be a number of pixels from 200 to 2000, not ${width}`);
if (!['light', 'dark'].includes(theme)) fail(`--theme must be light or dark, not ${theme}`);
if (!['auto', 'source', 'dist'].includes(from)) fail(`--from must be auto, source or dist, not ${from}`);
let markups = opts.positionals;

// Components: one folder each under src/components, registered by src/components/<tag>/<tag>.ts.
const components = existsSync('src/components')
  ? readdirSync('src/components')
      .filter((d) => existsSync(`src/components/${d}/${d}.ts`))
      .sort()
  : [];

const newest = (dir) => readdirSync(dir, { recursive: true }).reduce((t, f) => Math.max(t, statSync(join(dir, String(f))).mtimeMs), 0);
const bundle = 'dist/myanmar-ties.js';
let useDist = from === 'dist';
if (from === 'dist' && !existsSync(bundle)) fail(`--from dist: ${bundle} does not exist (npm run build)`);
if (from === 'auto' && existsSync(bundle)) {
  useDist = statSync(bundle).mtimeMs >= newest('src');
  if (!useDist) console.log(`${bundle} is older than src/: rendering from the source`);
}
// From the source, only the components the markup names (all of them when none is given).
const named = markups.map((m) => /^\s*<([a-z][a-z0-9]*-[a-z0-9-]*)/i.exec(m)?.[1]?.toLowerCase()).filter(Boolean);
const wanted = markups.length ? components.filter((c) => named.includes(c)) : components;
const modules = [...(useDist ? [bundle] : wanted.map((c) => `src/components/${c}/${c}.ts`)), ...extraModules];
if (!markups.length && !components.length) fail('no components found in src/components, and no markup given');

const chrome = chromePath();
if (!chrome) fail('no Chromium found: set CHROME_PATH');

// The pages the browser renders, served beside the source (removed at the end).
const work = join('.shots', `snapshot-${process.pid}`);
mkdirSync(work, { recursive: true });
const pageHead = (scripts) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;padding:16px;background:${theme === 'dark' ? '#161616' : '#ffffff'};color:${theme === 'dark' ? '#ececec' : '#1b1b1b'}}
#stage{width:${width}px}</style>
<script>
// Resolves false rather than hang when no loaded module defines the tag.
window.defined = (tag, ms = 10000) =>
  Promise.race([customElements.whenDefined(tag).then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);
</script>
${scripts.map((m) => `<script type="module" src="/${m}"></script>`).join('\n')}
</head>`;
// The render page loads the components and the snapshot code; the check page loads nothing
// until asked, like a reader's page before the script arrives.
writeFileSync(
  join(work, 'render.html'),
  `${pageHead([...modules, 'src/internal/static-figure.ts'])}<body><div id="stage"></div></body></html>`,
);
writeFileSync(join(work, 'check.html'), `${pageHead([])}<body><div id="stage"></div></body></html>`);

const server = await startDevServer({
  config: { rootDir: '.', port: 0, nodeResolve: true, plugins: [jsonModules, typescript] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.server.address().port}`;
const browser = await launchChrome(['--font-render-hinting=none'], chrome);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const results = [];
let failed = false;
try {
  if (!markups.length) markups = await defaultMarkups();
  mkdirSync(out, { recursive: true });
  const names = new Set();
  for (const markup of markups) {
    const r = await render(markup);
    if (!r) {
      failed = true;
      continue;
    }
    let name = r.name;
    for (let i = 2; names.has(name); i++) name = `${r.name}-${i}`;
    names.add(name);
    const file = join(out, `${name}.html`);
    const html = `<!-- myanmar-ties snapshot of ${r.tag}, ${width}px wide, ${r.theme} theme: paste as is (see README, "No script? Paste a snapshot") -->\n${r.html}\n`;
    writeFileSync(file, html);
    const shift = await check(html, r.modules);
    results.push({ ...r, file, bytes: Buffer.byteLength(html), shift });
    if (r.problems.length) failed = true;
  }
  writeIndex(results);
} finally {
  await browser.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}

for (const r of results) {
  const moved = r.shift.moved === null ? 'not checked' : `page below moved ${r.shift.moved.toFixed(1)} px`;
  console.log(`${r.file}  ${kb(r.bytes)}  ${r.markup}  "${r.title}"  ${r.rows} table rows; ${moved}`);
  for (const i of r.issues) console.log(`  warning: the widget reported: ${i}`);
  for (const p of r.problems) console.log(`  error: ${p}`);
  if (r.shift.moved !== null && Math.abs(r.shift.moved) >= 2)
    console.log('  warning: the live widget is not the height of the snapshot here');
}
console.log(
  `${join(out, 'index.html')}  lists ${results.length} snapshot${results.length === 1 ? '' : 's'} (${useDist ? bundle : 'source'}, ${width}px, ${theme})`,
);
process.exit(failed ? 1 : 0);

/* ---------------- helpers ---------------- */

async function newTab(path, media) {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  tab.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) console.log(`[page] ${r.status()} ${r.url()}`);
  });
  await tab.setViewport({ width: width + 32, height: 900, deviceScaleFactor: 1 });
  await tab.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: theme },
    // Drawn at rest: no transition caught half-way.
    { name: 'prefers-reduced-motion', value: 'reduce' },
    ...(media ?? []),
  ]);
  await tab.goto(`${origin}/${work}/${path}`, { waitUntil: 'load' });
  return tab;
}

/** Each component's default view; with --views, every value of its `view` (or `layout`) attribute. */
async function defaultMarkups() {
  const list = components.map((c) => `<${c}></${c}>`);
  if (!allViews) return list;
  const tab = await newTab('render.html');
  try {
    for (const tag of components) {
      // keyword() names the allowed values when given a bad one: ask each component.
      const found = await tab.evaluate(async (tag) => {
        const el = document.createElement(tag);
        el.setAttribute('view', '?');
        el.setAttribute('layout', '?');
        el.setAttribute('eager', '');
        // Tag in the page before waiting for it (see render()), and a bounded wait.
        document.getElementById('stage').append(el);
        if (!(await defined(tag))) {
          el.remove();
          return [];
        }
        await el.updateComplete;
        const views = [];
        for (const i of el.issues) {
          const m = /^invalid (view|layout): .*use one of ([^.]+)\. Showing "([^"]+)"/.exec(i.message);
          if (m) views.push({ attr: m[1], values: m[2].split(/,\s*/), fallback: m[3] });
        }
        el.remove();
        return views;
      }, tag);
      for (const { attr, values, fallback } of found) {
        for (const v of values) if (v !== fallback) list.push(`<${tag} ${attr}="${v}"></${tag}>`);
      }
    }
  } finally {
    await tab.close();
  }
  return list.sort();
}

/** Renders one widget and returns its snapshot markup, or null when it did not draw. */
async function render(markup) {
  const tab = await newTab('render.html');
  try {
    const r = await tab.evaluate(
      async (markup, width, withTable) => {
        const template = document.createElement('template');
        template.innerHTML = markup.trim();
        const given = template.content.firstElementChild;
        if (!given || template.content.children.length !== 1) return { error: 'give one element per argument' };
        const tag = given.localName;
        if (!tag.includes('-')) return { error: `<${tag}> is not a custom element` };
        // In the page first: the CMS bundle (dist/myanmar-ties.js) loads a component's code
        // only once its tag is in the document.
        const live = document.importNode(given, true);
        live.setAttribute('eager', '');
        document.getElementById('stage').append(live);
        if (!(await defined(tag))) {
          live.remove();
          return { error: `<${tag}> is not defined by the loaded modules` };
        }

        // Drawn, and then quiet for a while (maps load their geometry, layouts settle).
        const { snapshotHtml, snapshotName, whenSettled } = await import('/src/internal/static-figure.ts');
        if (!(await whenSettled(live))) {
          const alert = live.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
          return { error: `<${tag}> did not draw${alert ? `: ${alert}` : ''}` };
        }
        const attrs = [...given.attributes].map((a) => [a.name, a.value]);
        const name = snapshotName(tag, attrs);
        const data = [...given.querySelectorAll(':scope > script[type="application/json"]')];
        const { html, problems } = snapshotHtml(live, attrs, { idPrefix: `mt-${name}`, data, table: withTable });
        const themeAttr = live.getAttribute('theme');
        return {
          tag,
          name,
          html,
          title: live.shadowRoot.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
          rows: live.table?.rows.length ?? 0,
          issues: (live.issues ?? []).map((i) => `${i.path}: ${i.message}`),
          problems,
          theme:
            themeAttr === 'light' || themeAttr === 'dark'
              ? themeAttr
              : matchMedia('(prefers-color-scheme: dark)').matches
                ? 'dark'
                : 'light',
          height: live.getBoundingClientRect().height,
          width,
        };
      },
      markup,
      width,
      withTable,
    );
    if (r.error) {
      console.error(`${markup}: ${r.error}`);
      return null;
    }
    return { ...r, markup, modules };
  } finally {
    await tab.close();
  }
}

/**
 * Loads the snapshot into a page without the script, then loads the script: how far did
 * the paragraph after the widget move once the live widget drew?
 */
async function check(html, scripts) {
  const tab = await newTab('check.html');
  try {
    const moved = await tab.evaluate(
      async (html, scripts, origin) => {
        const stage = document.getElementById('stage');
        stage.innerHTML = `<p>Before.</p>${html}<p id="after">After.</p>`;
        const after = document.getElementById('after');
        const before = after.getBoundingClientRect().top;
        const host = stage.querySelector('p + *');
        host.setAttribute('eager', '');
        for (const s of scripts) await import(`${origin}/${s}`);
        const deadline = performance.now() + 20000;
        while (!host.shadowRoot?.querySelector('.chart svg, .chart canvas') && performance.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 400));
        await host.updateComplete;
        return host.shadowRoot?.querySelector('.chart svg, .chart canvas') ? after.getBoundingClientRect().top - before : null;
      },
      html,
      scripts,
      origin,
    );
    return { moved };
  } catch (e) {
    console.log(`  (check failed: ${e.message})`);
    return { moved: null };
  } finally {
    await tab.close();
  }
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** snapshots/index.html: each snapshot as a reader without scripts sees it, with its file and size. */
function writeIndex(results) {
  const items = results
    .map(
      (r) => `<section>
<h2><a href="${escapeHtml(relative(out, r.file))}">${escapeHtml(relative(out, r.file))}</a></h2>
<p><code>${escapeHtml(r.markup)}</code>: ${escapeHtml(kb(r.bytes))}, ${r.rows} table rows, ${r.theme} theme</p>
<div>${r.html}</div>
</section>`,
    )
    .join('\n');
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>myanmar-ties snapshots</title></head>
<body>
<h1>myanmar-ties snapshots</h1>
<p>${results.length} static figure${results.length === 1 ? '' : 's'}, ${width}px wide, made by <code>npm run snapshot</code> from ${useDist ? escapeHtml(bundle) : 'the source'}. This page has no script: each figure shows as it does where scripts are stripped. Paste a file's contents where the widget goes.</p>
${items}
</body>
</html>
`,
  );
}
