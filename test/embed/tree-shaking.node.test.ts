/**
 * The npm recipe "import one component": a user's bundler importing
 * `myanmar-ties/vote-chart` gets the vote chart and nothing of the arms or network
 * components, and the map geometry stays a lazy chunk. Runs esbuild on the built dist/
 * through the package's exports map, as a user's bundler would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { build, type Metafile } from 'esbuild';
// @ts-expect-error: a plain .mjs helper shared with the browser-test config
import { packageSelf } from './resolve-package.mjs';

async function bundle(entry: string): Promise<Metafile> {
  const result = await build({
    stdin: { contents: `import '${entry}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    platform: 'browser',
    logLevel: 'silent',
    plugins: [packageSelf()],
  });
  return result.metafile;
}

const entryInputs = (meta: Metafile) => {
  const entry = Object.values(meta.outputs).find((o) => o.entryPoint)!;
  return Object.keys(entry.inputs);
};

const built = existsSync('dist/components/vote-chart/vote-chart.js');

test('importing myanmar-ties/vote-chart pulls no arms or network code or data', { skip: !built && 'run npm run build first' }, async () => {
  const meta = await bundle('myanmar-ties/vote-chart');
  const all = Object.keys(meta.inputs);
  assert.ok(
    all.some((i) => i.includes('dist/components/vote-chart/')),
    'the vote chart itself is bundled',
  );
  const foreign = all.filter((i) => /arms-flow|relation-map|d3-sankey|d3-force|d3-zoom|d3-drag|data\/arms|data\/network/.test(i));
  assert.deepEqual(foreign, []);
});

test('the map geometry is a lazy chunk, not in the vote chart entry', { skip: !built && 'run npm run build first' }, async () => {
  const meta = await bundle('myanmar-ties/vote-chart');
  const eager = entryInputs(meta);
  assert.ok(!eager.some((i) => i.includes('world-atlas')), 'world-atlas is not loaded up front');
  assert.ok(
    Object.keys(meta.inputs).some((i) => i.includes('world-atlas')),
    'but it is reachable for view="map"',
  );
});

test('the package root has no side effects and registers nothing', { skip: !built && 'run npm run build first' }, async () => {
  const meta = await bundle('myanmar-ties');
  const eager = entryInputs(meta);
  // With sideEffects declared, importing the root for nothing keeps no component code.
  assert.ok(!eager.some((i) => /components\/.*\/(vote-chart|arms-flow|relation-map)\.js$/.test(i)), eager.join('\n'));
});

test('each component entry pulls only its own component', { skip: !built && 'run npm run build first' }, async () => {
  for (const [entry, others] of [
    ['myanmar-ties/arms-flow', /vote-chart|relation-map|data\/vote|data\/network/],
    ['myanmar-ties/relation-map', /vote-chart|arms-flow|d3-sankey|data\/vote|data\/arms/],
  ] as const) {
    const meta = await bundle(entry);
    const foreign = Object.keys(meta.inputs).filter((i) => others.test(i));
    assert.deepEqual(foreign, [], entry);
  }
});
