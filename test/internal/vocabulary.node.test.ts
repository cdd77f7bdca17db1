/**
 * One vocabulary for page CSS across the widgets: every public custom property is `--mt-*`
 * (a former name survives only as a documented fallback), and every part a widget draws is
 * documented under the name the other widgets use for the same part.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const COMPONENTS = ['vote-chart', 'arms-flow', 'relation-map'];
const read = (f: string): string => readFileSync(f, 'utf8');
const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
const sources = [...tsFiles('src/components'), ...tsFiles('src/internal')];
const jsdocOf = (c: string): string => read(`src/components/${c}/${c}.element.ts`) + read('src/internal/base-element.ts');

test('every custom property a page can set is --mt-*; a former name is only read as a documented fallback', () => {
  const documented = COMPONENTS.map(jsdocOf).join('\n');
  for (const m of documented.matchAll(/@cssproperty (--[\w-]+)/g)) assert.match(m[1]!, /^--mt-/, `${m[1]} is documented as a public name`);
  const wrong: string[] = [];
  for (const f of sources) {
    const text = read(f);
    // Declared (`--x:`) or read (`var(--x`) custom properties; cssom() sets private ones by name.
    for (const m of text.matchAll(/(?:var\(|[\s{;'"])--([a-z_][\w-]*)\s*[:,)'"]/g)) {
      const name = m[1]!;
      if (name.startsWith('mt-') || name.startsWith('_mt-')) continue;
      // A former name: read only inside the fallback of its --mt-* successor, and named in the JSDoc.
      const fallback = new RegExp(`var\\(--mt-[\\w-]+, var\\(--${name}[,)]`).test(text);
      const named = documented.includes(`\`--${name}\``);
      if (!fallback || !named) wrong.push(`${f}: --${name}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a page that styles the former arms-flow and relation-map names still reaches the same rules', () => {
  const af = read('src/components/arms-flow/arms-flow.styles.ts');
  for (const old of ['af-land', 'af-sea', 'af-border', 'af-recipient', 'af-after', 'af-node', 'af-band-opacity'])
    assert.ok(af.includes(`var(--${old}`), old);
  const rm = read('src/components/relation-map/relation-map.styles.ts');
  for (const old of ['rm-label-size', 'rm-label-halo']) assert.ok(rm.includes(`var(--${old}`), old);
});

test('the same part has the same name in every widget, and every part drawn is documented', () => {
  const shared = ['figure', 'title', 'description', 'error', 'legend', 'chart', 'tooltip', 'source', 'download', 'table', 'tools'];
  const base = read('src/internal/base-element.ts');
  for (const p of shared) assert.match(base, new RegExp(`@csspart ${p} - `), `base documents ${p}`);
  const drawnIn = (files: string[]): Set<string> => {
    const out = new Set<string>();
    for (const f of files) for (const m of read(f).matchAll(/part="([^"$]+)"/g)) for (const p of m[1]!.split(/\s+/)) out.add(p);
    return out;
  };
  const common = drawnIn(tsFiles('src/internal'));
  for (const c of COMPONENTS) {
    const doc = new Set([...jsdocOf(c).matchAll(/@csspart ([\w-]+) - /g)].map((m) => m[1]!));
    const drawn = new Set([...drawnIn(tsFiles(`src/components/${c}`)), ...common]);
    for (const p of drawn) assert.ok(doc.has(p), `<${c}> draws part "${p}" without documenting it`);
  }
  // The box of controls above the chart and the notes under it: one name each, wherever they are.
  assert.ok(
    drawnIn(tsFiles('src/components/vote-chart')).has('controls') && drawnIn(tsFiles('src/components/relation-map')).has('controls'),
  );
  assert.ok(drawnIn(tsFiles('src/components/vote-chart')).has('notes') && drawnIn(tsFiles('src/components/arms-flow')).has('notes'));
  // The old name stays beside the new one, so page CSS written for it still applies.
  assert.match(read('src/components/vote-chart/vote-chart.element.ts'), /part="search controls"/);
});
