/**
 * What `npm pack` publishes: no sources, no dangling source-map comment, types for every
 * export, the editor data files, browser-only bundles kept apart from the Node-safe entries,
 * and dependencies that are the ones the published code imports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { built, packedFiles, pkg, root } from './pack.js';

const skip = !built && 'run npm run build first';
const read = (f: string): string => readFileSync(join(root, f), 'utf8');
const rel = (p: string): string => p.replace(/^\.\//, '');

test('the tarball holds no sources and no source-map comment without its map', { skip }, () => {
  const files = packedFiles();
  assert.ok(files.length > 50, `packed ${files.length} files`);
  assert.deepEqual(
    files.filter((f) => /^src\/|\.ts$/.test(f) && !f.endsWith('.d.ts')),
    [],
    'no TypeScript sources',
  );
  const set = new Set(files);
  const dangling = files
    .filter((f) => /\.(js|mjs|css)$/.test(f))
    .flatMap((f) => {
      const m = /\/[/*][#@] sourceMappingURL=([^\s*]+)/.exec(read(f));
      if (!m || m[1]!.startsWith('data:')) return [];
      const map = join(f, '..', m[1]!).replace(/\\/g, '/');
      return set.has(map) ? [] : [`${f} -> ${m[1]}`];
    });
  assert.deepEqual(dangling, []);
});

test('every export is in the tarball, and every JavaScript export a type-checker sees has types', { skip }, () => {
  const set = new Set(packedFiles());
  for (const [key, target] of Object.entries(pkg.exports)) {
    const conditions = typeof target === 'string' ? { default: target } : target;
    for (const [condition, file] of Object.entries(conditions)) {
      assert.ok(set.has(rel(file)), `exports["${key}"].${condition} = ${file} is packed`);
    }
    const js = conditions.default ?? '';
    // The CDN bundles are script-tag files (no API to type); everything else a program imports is typed.
    if (js.endsWith('.js') && !key.startsWith('./cdn/')) {
      assert.ok(conditions.types && set.has(rel(conditions.types)), `exports["${key}"] has types`);
      assert.equal(Object.keys(conditions)[0], 'types', `exports["${key}"]: "types" comes first, as TypeScript requires`);
    }
  }
});

test('the browser bundles are behind ./cdn/ or the browser condition, never what Node gets for a component entry', { skip }, async () => {
  for (const name of ['myanmar-ties', 'vote-chart', 'arms-flow', 'relation-map']) {
    const old = pkg.exports[`./${name}.js`];
    assert.ok(typeof old !== 'string' && old && !('default' in old) && !('node' in old), `./${name}.js is browser-only`);
    assert.ok(pkg.exports[`./cdn/${name}.js`], `./cdn/${name}.js is exported`);
  }
  // The Node-safe entries import in Node (Lit's Node build registers the tags with its shim).
  const index = await import(join(root, 'dist/index.js'));
  assert.equal(typeof index.VoteChart, 'function');
  await import(join(root, 'dist/all.js'));
  await import(join(root, 'dist/jsx.js'));
});

test('editor data files are published and point at published modules', { skip }, () => {
  const set = new Set(packedFiles());
  for (const f of ['custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
    assert.ok(set.has(f), `${f} is packed`);
  }
  assert.equal(rel(pkg['web-types']), 'web-types.json');
  const webTypes = JSON.parse(read('web-types.json'));
  const elements = webTypes.contributions.html.elements as Array<{
    name: string;
    source: { module: string };
    attributes: Array<{ name: string; values?: Array<{ name: string }> }>;
    js: { events: Array<{ name: string; type?: string }> };
    css: { properties: Array<{ name: string }> };
  }>;
  assert.deepEqual(elements.map((e) => e.name).sort(), ['arms-flow', 'relation-map', 'vote-chart']);
  for (const e of elements) {
    assert.ok(set.has(rel(e.source.module)), `${e.name}: ${e.source.module} is packed`);
    const theme = e.attributes.find((a) => a.name === 'theme');
    assert.deepEqual(theme?.values?.map((v) => v.name).sort(), ['auto', 'dark', 'light', 'system']);
    assert.equal(e.js.events.find((ev) => ev.name === 'error')?.type, 'CustomEvent<TiesErrorDetail>');
    const css = new Set(e.css.properties.map((p) => p.name));
    for (let i = 1; i <= 8; i++) assert.ok(css.has(`--mt-color-${i}`), `${e.name}: --mt-color-${i}`);
  }
  const byName = new Map(elements.map((e) => [e.name, e]));
  const attrValues = (tag: string, attr: string) =>
    byName
      .get(tag)!
      .attributes.find((a) => a.name === attr)
      ?.values?.map((v) => v.name);
  assert.ok(attrValues('arms-flow', 'view')?.includes('timeline'));
  assert.deepEqual(attrValues('arms-flow', 'callouts')?.sort(), ['none', 'show']);
  assert.ok(attrValues('relation-map', 'view')?.includes('radial') && attrValues('relation-map', 'view')?.includes('story'));
  assert.ok(attrValues('relation-map', 'labels')?.includes('focus'));
  assert.ok(attrValues('vote-chart', 'view')?.includes('hemicycle'));
  const voteCss = new Set(byName.get('vote-chart')!.css.properties.map((p) => p.name));
  for (const p of ['--mt-vote-yes-ink', '--mt-vote-no-ink', '--mt-vote-abstain-ink', '--mt-vote-absent-ink']) assert.ok(voteCss.has(p), p);
  const mapCss = new Set(byName.get('relation-map')!.css.properties.map((p) => p.name));
  for (const p of ['--mt-tie-arms-supply', '--mt-tie-sanction', '--mt-tie-role', '--mt-label-size']) assert.ok(mapCss.has(p), p);
  const vscode = JSON.parse(read('vscode.html-custom-data.json'));
  const vt = vscode.tags.find((t: { name: string }) => t.name === 'vote-chart');
  assert.deepEqual(
    vt.attributes
      .find((a: { name: string }) => a.name === 'view')
      .values.map((v: { name: string }) => v.name)
      .slice(0, 3),
    ['bar', 'hemicycle', 'map'],
  );
});

test('sideEffects names published files only; dependencies are what the published code imports', { skip }, () => {
  const set = new Set(packedFiles());
  for (const f of pkg.sideEffects) assert.ok(set.has(rel(f)), `sideEffects: ${f} is packed`);
  // data/ ships its notices (terms, credit lines) but no JSON: the data is inlined in dist/_data.
  assert.deepEqual(
    packedFiles().filter((f) => f.startsWith('data/') && !f.endsWith('.md')),
    [],
    'no unexported data folder',
  );
  const imported = new Set<string>();
  for (const f of packedFiles().filter((f) => f.endsWith('.js') && !/^dist\/(chunks\/|[^/]+\.js$)/.test(f))) {
    const specs =
      /(?:^|[\s;])(?:import|export)\s[^;'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|[\s;])import\s*["']([^"']+)["']/g;
    for (const m of read(f).matchAll(specs)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith('.')) continue;
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  for (const dep of imported) assert.ok(dep in pkg.dependencies, `${dep} is imported by dist/ and is a dependency`);
  for (const dep of Object.keys(pkg.dependencies)) assert.ok(imported.has(dep), `${dep} is a dependency and is imported by dist/`);
});
