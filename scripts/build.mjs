#!/usr/bin/env node
// `npm run build`: ES modules + .d.ts for npm, the self-contained CMS bundle, and
// custom-elements.json; then prints the sizes a reader's browser will download.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeManifest } from './manifest.mjs';
import { oneFileNeeds } from './one-file.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
rmSync('.tsbuild', { recursive: true, force: true });

run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
// Declarations mirror src/, so dist/components/vote-chart/vote-chart.d.ts sits beside its .js.
cpSync('.tsbuild/src', 'dist', { recursive: true });
rmSync('.tsbuild', { recursive: true, force: true });
vendorGeoTypes();
// `myanmar-ties/jsx` is declarations only (src/jsx.ts); an empty module lets `import 'myanmar-ties/jsx'` resolve too.
writeFileSync('dist/jsx.js', 'export {};\n');
if (!writeManifest()) process.exit(1);

writeEmbedPage();

/**
 * The map modules' declarations name GeoJSON and TopoJSON types, from @types packages a user
 * of the package does not have: with `skipLibCheck: false` their compiler would fail on our
 * .d.ts. Those two files (MIT, DefinitelyTyped) ship in dist/_types and the imports point there.
 */
function vendorGeoTypes() {
  const types = { geojson: '@types/geojson', 'topojson-specification': '@types/topojson-specification' };
  mkdirSync('dist/_types', { recursive: true });
  const header = (pkg) => `// Vendored from ${pkg} (MIT, https://github.com/DefinitelyTyped/DefinitelyTyped): see scripts/build.mjs.\n`;
  const rewrite = (text, fromDir) =>
    text.replace(/(from\s*|import\()(['"])(geojson|topojson-specification)\2/g, (_, kw, q, name) => {
      let rel = relative(fromDir, 'dist/_types').replaceAll('\\', '/') || '.';
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `${kw}${q}${rel}/${name}.js${q}`;
    });
  for (const [name, pkg] of Object.entries(types)) {
    const text = readFileSync(`node_modules/${pkg}/index.d.ts`, 'utf8');
    writeFileSync(`dist/_types/${name}.d.ts`, header(pkg) + rewrite(text, 'dist/_types'));
  }
  for (const f of readdirSync('dist', { recursive: true }).map(String)) {
    if (!f.endsWith('.d.ts') || f.startsWith('_types')) continue;
    const file = join('dist', f);
    const text = readFileSync(file, 'utf8');
    const out = rewrite(text, dirname(file));
    if (out !== text) writeFileSync(file, out);
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const size = (file) => {
  const buf = readFileSync(file);
  return { min: buf.length, gz: gzipSync(buf, { level: 9 }).length };
};
console.log('');
for (const name of ['myanmar-ties', 'vote-chart', 'arms-flow', 'relation-map']) {
  if (!existsSync(`dist/${name}.js`)) continue;
  const s = size(`dist/${name}.js`);
  console.log(
    `dist/${name}.js  ${kb(s.min)} min, ${kb(s.gz)} gzip${name === 'myanmar-ties' ? ' (loads each component on demand)' : ' (one file)'}`,
  );
}
if (existsSync('dist/chunks')) {
  for (const f of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
    const s = size(join('dist/chunks', f));
    console.log(`dist/chunks/${f}  ${kb(s.min)} min, ${kb(s.gz)} gzip (loaded only when needed)`);
  }
}
const files = readdirSync('dist', { recursive: true }).filter((f) =>
  /^(components|internal|data|_data)\/.*\.js$|^(index|all)\.js$/.test(String(f).replaceAll('\\', '/')),
);
console.log(`${files.length} ES modules in dist/ for npm users; custom-elements.json ${statSync('custom-elements.json').size} bytes`);
oneFileReport();

/**
 * The hosted iframe page: the CMS bundle and the page's own script beside it, and the list of
 * components and their attribute names (which the query may set) inline, so the page checks a
 * query without fetching custom-elements.json (214 kB).
 */
function writeEmbedPage() {
  cpSync('demo/embed.css', 'dist/embed.css');
  const allow = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/embed-components.ts'], { encoding: 'utf8' });
  if (allow.status !== 0 || !allow.stdout.startsWith('[')) {
    console.error(`dist/embed.html: the list of components could not be made:\n${allow.stderr}`);
    process.exit(1);
  }
  // `<` escaped: the JSON sits in a script element, which a `</script>` in a value would close.
  const list = `<script type="application/json" id="mt-embed-components">${allow.stdout.replace(/</g, '\\u003c')}</script>`;
  const page = readFileSync('demo/embed.html', 'utf8')
    .replace('<script type="module" src="../src/all.ts"></script>', '<script type="module" src="./myanmar-ties.js"></script>')
    .replace('<script type="module" src="./embed.ts"></script>', `${list}\n    <script type="module" src="./embed.js"></script>`)
    .replace('<main data-embed-root>', '<main data-embed-root="bundle">');
  if (!page.includes('data-embed-root="bundle"') || !page.includes('id="mt-embed-components"')) {
    console.error('dist/embed.html: demo/embed.html no longer has the markup this build step rewrites.');
    process.exit(1);
  }
  writeFileSync('dist/embed.html', page);
}

/**
 * What to copy for a one-file bundle: the bundle and every chunk it can load, followed through
 * the chunks' own imports. Printed so an editor copying one file to a CDN knows the rest.
 */
function oneFileReport() {
  console.log('');
  for (const name of ['vote-chart', 'arms-flow', 'relation-map']) {
    if (!existsSync(`dist/${name}.js`)) continue;
    const files = oneFileNeeds(name);
    const chunks = files.filter((f) => f.startsWith('chunks/'));
    console.log(
      `dist/${name}.js draws its default view alone; its other views and interaction load ${chunks.length} file${chunks.length === 1 ? '' : 's'} from dist/chunks/ (copy that folder beside it)`,
    );
  }
}
