#!/usr/bin/env node
// What a page with one component downloads from the CMS bundle: the entry (dist/myanmar-ties.js)
// plus the component's chunk and every chunk they import statically (gzip -9), then, per chunk,
// its largest modules (from rollup's bundle info, each minified alone: an estimate).
//
//   node scripts/size.mjs            rebuilds the CMS bundle in memory (writes nothing)
//   node scripts/size.mjs --dist     totals only, from the files in dist/ (after `npm run build`)
//   node scripts/size.mjs --top 12   modules listed per chunk (default 8)
//   node scripts/size.mjs --write D  also writes the chunks to folder D, to read them
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const ENTRY = 'myanmar-ties.js';
/**
 * The budget, "the vote chart's bar/hemicycle page loads ≤ 25 kB gzip of JS in all"
 * (as bench/bench.mjs checks it): the hemicycle page also loads the hemicycle's own chunk.
 */
export const PAGES = [
  { name: 'vote-chart bar', component: 'vote-chart', lazy: [], budget: 25 * 1024 },
  { name: 'vote-chart hemicycle', component: 'vote-chart', lazy: [/^chunks\/hemicycle\.view-/], budget: 25 * 1024 },
];

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

// Static imports only: `import x from './a.js'`, `export * from './a.js'`, `import './a.js'`
// (minified code has no space before the quote). `import('./a.js')` is lazy and not followed.
const STATIC = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

const resolve = (from, spec) => {
  const parts = from.split('/').slice(0, -1);
  for (const p of spec.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
};

/**
 * For each component chunk the entry imports dynamically: the files of the entry + chunk +
 * their static-import closure, their gzip total, and the chunks they may load later.
 * `files` maps a path relative to dist/ to its code.
 */
export function closures(files) {
  const entry = files.get(ENTRY);
  const out = [];
  for (const [, spec] of entry.matchAll(DYNAMIC)) {
    const chunk = resolve(ENTRY, spec);
    const name = chunk.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');
    out.push(closure(files, name, [chunk]));
  }
  return out;
}

/** The entry plus `chunks` and everything they import statically. */
function closure(files, name, chunks) {
  {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, s] of files.get(file).matchAll(STATIC)) walk(resolve(file, s));
    };
    walk(ENTRY);
    for (const c of chunks) walk(c);
    const lazy = new Set();
    for (const f of seen) {
      if (f === ENTRY) continue;
      for (const [, s] of files.get(f).matchAll(DYNAMIC)) {
        const target = resolve(f, s);
        if (!seen.has(target)) lazy.add(target);
      }
    }
    const list = [...seen].map((f) => ({ file: f, min: Buffer.byteLength(files.get(f)), gz: gz(files.get(f)) }));
    return { name, files: list, total: list.reduce((a, f) => a + f.gz, 0), lazy: [...lazy] };
  }
}

/** The pages the budget is about: a component's closure plus the lazy chunks that view loads. */
export function pages(files) {
  const all = closures(files);
  return PAGES.map((p) => {
    const base = all.find((c) => c.name === p.component);
    if (!base) return { ...p, missing: true };
    const lazy = base.lazy.filter((f) => p.lazy.some((re) => re.test(f)));
    return { ...p, ...closure(files, p.name, [base.files.find((f) => f.file.startsWith(`chunks/${p.component}-`)).file, ...lazy]) };
  });
}

/** Files of dist/ the entry reaches, read lazily. */
function distFiles(dir) {
  return {
    get(f) {
      return readFileSync(join(dir, f), 'utf8');
    },
  };
}

export function printClosures(files) {
  const cache = new Map();
  const get = (f) => {
    if (!cache.has(f)) cache.set(f, files.get(f));
    return cache.get(f);
  };
  const view = { get };
  let ok = true;
  for (const c of closures(view)) {
    console.log(`<${c.name}> page: ${kb(c.total)} gzip in all`);
    for (const f of c.files) console.log(`    ${f.file.padEnd(36)} ${kb(f.min).padStart(9)} min ${kb(f.gz).padStart(9)} gzip`);
    if (c.lazy.length) {
      const lazy = c.lazy.map((f) => `${f.replace(/^chunks\//, '')} ${kb(gz(get(f)))}`);
      console.log(`    loaded later when needed: ${lazy.join(', ')}`);
    }
  }
  console.log('\nBudgets');
  for (const p of pages(view)) {
    if (p.missing) continue;
    const pass = p.total <= p.budget;
    if (!pass) ok = false;
    console.log(
      `${pass ? 'PASS' : 'FAIL'}  ${p.name} page JS ≤ ${kb(p.budget)} gzip: ${kb(p.total)} (${p.files.map((f) => f.file.replace(/^chunks\//, '')).join(' + ')})`,
    );
  }
  return ok;
}

async function inMemory(top, writeTo) {
  const { rollup } = await import('rollup');
  const { minify } = await import('terser');
  const configs = (await import(pathToFileURL(join(process.cwd(), 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => c.input && typeof c.input === 'object' && ENTRY.replace(/\.js$/, '') in c.input);
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const files = new Map(chunks.map((c) => [c.fileName, c.code]));
  if (writeTo) {
    mkdirSync(join(writeTo, 'chunks'), { recursive: true });
    for (const [f, code] of files) writeFileSync(join(writeTo, f), code);
  }
  const ok = printClosures(files);

  // Which chunks matter: those some component page loads up front.
  const upFront = new Set(closures(files).flatMap((c) => c.files.map((f) => f.file)));
  console.log(`\nLargest modules per chunk (each minified alone; module code before the chunk's own minification):`);
  for (const c of chunks.filter((c) => upFront.has(c.fileName))) {
    const mods = [];
    for (const [id, m] of Object.entries(c.modules)) {
      if (!m.code) continue;
      // Mangles and strips whitespace only: a module alone has no exports, so compressing would drop it.
      const min = (await minify(m.code, { module: true, compress: false, mangle: true, format: { comments: false } })).code ?? m.code;
      mods.push({ id: id.replace(process.cwd() + '/', '').replace(/^.*node_modules\//, '~'), min: Buffer.byteLength(min), gz: gz(min) });
    }
    mods.sort((a, b) => b.min - a.min);
    console.log(`  ${c.fileName} (${kb(Buffer.byteLength(c.code))} min, ${kb(gz(c.code))} gzip, ${mods.length} modules)`);
    for (const m of mods.slice(0, top)) console.log(`    ${kb(m.min).padStart(8)} ${kb(m.gz).padStart(8)} gz alone  ${m.id}`);
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--top');
  const top = i >= 0 ? Number(args[i + 1]) : 8;
  let ok;
  if (args.includes('--dist')) {
    if (!existsSync(join('dist', ENTRY))) {
      console.error('dist/myanmar-ties.js is missing: run `npm run build` first.');
      process.exit(1);
    }
    ok = printClosures(distFiles('dist'));
  } else {
    const w = args.indexOf('--write');
    ok = await inMemory(top, w >= 0 ? args[w + 1] : undefined);
  }
  process.exitCode = ok ? 0 : 1;
}
