// Two builds from one source:
//  1. npm: one ES module per source module (tree-shakable, per-component entry points),
//     with lit, d3 and topojson left as bare imports for the user's bundler;
//  2. dist/myanmar-ties.js: one self-contained, minified ES module that registers every
//     component — the file CMS editors paste. Map geometry is split into lazy chunks
//     beside it, loaded relative to the bundle's own URL by dynamic import().
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cssLiterals } from './scripts/css-literals.mjs';
import { packRollCall } from './scripts/pack-roll-call.mjs';
import { messageKeys } from './scripts/message-keys.mjs';

const components = ['vote-chart', 'arms-flow', 'relation-map'].filter((c) => existsSync(`src/components/${c}/${c}.ts`));

const npmEntries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  ...Object.fromEntries(components.map((c) => [`components/${c}/${c}`, `src/components/${c}/${c}.ts`])),
};

const external = (id) =>
  /^(lit|lit-html|lit-element|@lit|@lit-labs|d3-[a-z]+|topojson-client|internmap|delaunator|robust-predicates)(\/|$)/.test(id);

/*
 * Maps are written for local debugging and size analysis, without a `//# sourceMappingURL`
 * comment: they are not published (package.json `files`), and a comment naming a missing map
 * makes every devtools and bundler that follows it warn.
 */
const SOURCEMAP = 'hidden';

/**
 * d3-sankey 0.12 declares d3-array 2 and d3-shape 1; the functions it uses (max, min, sum,
 * linkHorizontal) are the same in 3, so the bundles take the one copy the rest of the code uses.
 */
const DEDUPE = ['d3-array', 'd3-shape', 'd3-path', 'internmap'];

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

/** Rollup's warning for a circular import is noise for d3's own internal cycles. */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  warn(warning);
};

/** Components whose entry asks for view code alongside the component (src/cms.ts, `viewCode`). */
const TAGS = ['vote-chart'];

/**
 * Chunks of the CMS bundle. Lit and the shared base in one chunk, which the entry fetches
 * alongside the first component's chunk: two round trips to the first chart, not three.
 * `<vote-chart>`'s own modules that its registration imports statically in its chunk: the
 * entry may also ask for a view's code (the hemicycle) alongside it, and without this rollup
 * would split what the two share into a third chunk that only the component chunk names,
 * fetched one round trip later. (Rollup also pulls a manual chunk's other dependencies into
 * it, so this is only for a component whose dependencies no other component shares.)
 */
function cmsChunks(id, { getModuleInfo }) {
  if (
    /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\/(?!.*directives\/)/.test(id) ||
    /src\/internal\/(base-element|base\.styles|data-controller|figure|locale|english|collate|csv|cssom|emit|define|options|url|after-paint)\.ts$/.test(
      id,
    ) ||
    // Small modules every component imports: in the shared chunk, not a third request after it.
    /src\/data\/(issue|freeze|sources\.footer)\.ts$/.test(id)
  ) {
    return 'base';
  }
  const tag = TAGS.find((t) => id.includes(`/src/components/${t}/`));
  // …and a module of its own that two of its lazy views share (the marks' classes): not a chunk of 150 bytes.
  if (tag && (staticClosure(`src/components/${tag}/${tag}.ts`, getModuleInfo).has(id) || getModuleInfo(id).importers.length > 1))
    return tag;
  return undefined;
}

/** Plugins of the browser-ready bundles: production lit, the roll call packed, short message keys, CSS minified, terser. */
function browserPlugins() {
  return [
    nodeResolve({ exportConditions: ['production'], dedupe: DEDUPE }),
    packRollCall(),
    json({ preferConst: true, compact: true, exclude: /[\\/]data[\\/]vote\.json$/ }),
    messageKeys(),
    ts(),
    cssLiterals(),
    terser({
      ecma: 2020,
      module: true,
      // toplevel: an ES module's own names are private to it; pure_getters: our code and
      // lit read no getters with side effects, so an unused property read can go.
      toplevel: true,
      compress: { passes: 3, pure_getters: true },
      mangle: { properties: { regex: /^_[A-Za-z]/, only_cache: true, cache: privateNames() } },
      format: { comments: false },
    }),
  ];
}

/**
 * Our `_private` members renamed short in the browser bundles (lit's own are already, as
 * `_$xx`): 0.5 kB gzip of vote-chart.js. One fixed table for every chunk and bundle, made
 * here from src: terser, run chunk by chunk, would name a lazy chunk's new members with names
 * an earlier chunk had already used. The short names start with `$`, which no property of
 * lit, d3 or the DOM does. Kept as written: names that reach lit or the page as strings, as a
 * decorated field does (`@state() _extras` registers the property "_extras"), and any name
 * written in quotes in src.
 */
function privateNames() {
  const kept = new Set();
  const count = new Map();
  const decorated =
    /@(?:state|property|query\w*|eventOptions)\((?:[^()]|\([^()]*\))*\)\s*(?:declare\s+)?(?:(?:private|protected|public|readonly|override|accessor|static)\s+)*(_[A-Za-z]\w*)/g;
  for (const file of readdirSync('src', { recursive: true })) {
    if (!/\.ts$/.test(file)) continue;
    const text = readFileSync(`src/${file}`, 'utf8');
    for (const m of text.matchAll(decorated)) kept.add(m[1]);
    for (const m of text.matchAll(/['"`](_[A-Za-z]\w*)['"`]/g)) kept.add(m[1]);
    for (const m of text.matchAll(/(?<![\w$])_[A-Za-z]\w*/g)) count.set(m[0], (count.get(m[0]) ?? 0) + 1);
  }
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
  const short = (i) => (i < chars.length ? `$${chars[i]}` : `${short(Math.floor(i / chars.length) - 1)}${chars[i % chars.length]}`);
  const names = [...count].filter(([n]) => !kept.has(n)).sort((x, y) => y[1] - x[1]);
  // terser's cache form: each key is the name with a `$` before it.
  return { props: Object.fromEntries(names.map(([n], i) => [`$${n}`, short(i)])) };
}

/*
 * No V8 compile hint (`//# allFunctionsCalledOnLoad`): measured from navigation, the vote bar
 * drew no sooner with it (85.7 vs 84.3 ms and 91.3 vs 91.7 ms, 21 interleaved loads each). On
 * this machine the eager compile ran on the main thread before the bundle's first line, which
 * a measure starting at that line had missed.
 */

const closures = new Map();
function staticClosure(entry, getModuleInfo) {
  let found = closures.get(entry);
  if (found) return found;
  found = new Set();
  const root = resolvePath(entry);
  const stack = [root];
  while (stack.length) {
    const id = stack.pop();
    if (found.has(id)) continue;
    found.add(id);
    const info = getModuleInfo(id);
    if (info) stack.push(...info.importedIds);
  }
  closures.set(entry, found);
  return found;
}

export default [
  {
    input: npmEntries,
    external,
    onwarn,
    plugins: [nodeResolve(), json({ preferConst: true, compact: true }), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => {
        // Modules from outside src/ (the JSON data, world-atlas) go under dist/_data/.
        const id = chunk.facadeModuleId ?? '';
        if (id.includes('/node_modules/') || !id.includes('/src/')) {
          return `_data/${chunk.name.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}.js`;
        }
        return '[name].js';
      },
      sourcemap: SOURCEMAP,
    },
  },
  {
    // The CMS bundle: a small entry that registers every tag and loads each component's
    // chunk (lit and the shared base in a common chunk) when its tag is on the page.
    input: { 'myanmar-ties': 'src/cms.ts' },
    onwarn,
    plugins: browserPlugins(),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: cmsChunks,
      sourcemap: SOURCEMAP,
    },
  },
  // One file per component (dist/vote-chart.js…), for a page with one kind of widget: lit, the
  // base and the component in a single request, so the chart is drawn one round trip sooner
  // than through the all-in-one entry, which must run before it knows what to fetch. A
  // component's <name>.bundle.ts, if any, is the entry instead (vote-chart's inlines the
  // hemicycle). The maps still load their geometry in chunks of their own when shown.
  ...components.map((c) => ({
    input: { [c]: existsSync(`src/components/${c}/${c}.bundle.ts`) ? `src/components/${c}/${c}.bundle.ts` : `src/components/${c}/${c}.ts` },
    onwarn,
    // Only the registration runs; nothing imports this file's exports, so rollup need not
    // keep a facade for them beside the chunk.
    preserveEntrySignatures: false,
    plugins: browserPlugins(),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: SOURCEMAP },
  })),
  {
    // The hosted iframe page (dist/embed.html, written by scripts/build.mjs) for CMSs that strip
    // scripts: reads the query, checks it against custom-elements.json, adds the element; the
    // CMS bundle beside it loads the component's code.
    input: { embed: 'demo/embed.ts' },
    onwarn,
    plugins: [nodeResolve({ dedupe: DEDUPE }), ts(), terser({ ecma: 2020, module: true, toplevel: true, format: { comments: false } })],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: SOURCEMAP },
  },
];
