// Each widget imports only the data it shows: the vote chart's module graph must not reach the
// SIPRI rows (arms.json) or the network, and so on. Read from the import statements themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './shared.js';

const IMPORT = /(?:^|[;\s])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every repo file reached from `entry` by relative imports (`import type` is erased, so skipped). */
export function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.resolve(repoRoot, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) continue;
      if (/^\s*(?:import|export)\s+type\b/.test(m[0].trimStart()) || /(?:import|export)\s+type\s/.test(m[0])) continue;
      let target = path.resolve(path.dirname(file), spec);
      if (target.endsWith('.js')) target = target.slice(0, -3) + '.ts';
      else if (!path.extname(target)) target += '.ts';
      if (existsSync(target)) queue.push(target);
    }
  }
  return seen;
}

const rel = (files: Set<string>) => [...files].map((f) => path.relative(repoRoot, f)).sort();

const CASES: Array<[string, string[], string[]]> = [
  ['src/data/vote.default.ts', ['data/vote.json'], ['data/arms.json', 'data/network.json', 'data/events.json']],
  ['src/data/arms.default.ts', ['data/arms.json'], ['data/vote.json', 'data/network.json']],
  ['src/data/network.default.ts', ['data/network.json'], ['data/vote.json', 'data/arms.json']],
  ['src/data/vote.ts', [], ['data/vote.json', 'data/arms.json', 'data/network.json']],
  ['src/data/sources.ts', ['data/sources.json'], ['data/vote.json', 'data/arms.json', 'data/network.json']],
  // The widgets themselves, once they exist (registration modules and element classes).
  ['src/components/vote-chart/vote-chart.ts', ['data/vote.json'], ['data/arms.json', 'data/network.json']],
  ['src/components/arms-flow/arms-flow.ts', ['data/arms.json'], ['data/vote.json', 'data/network.json']],
  ['src/components/relation-map/relation-map.ts', ['data/network.json'], ['data/vote.json', 'data/arms.json']],
];

for (const [entry, must, mustNot] of CASES) {
  const absent = existsSync(path.resolve(repoRoot, entry)) ? false : `${entry} does not exist yet`;
  test(`${entry} reaches ${must.join(', ') || 'no bundled data'} and none of ${mustNot.join(', ')}`, { skip: absent }, () => {
    const files = rel(moduleGraph(entry));
    for (const f of must) assert.ok(files.includes(f), `${entry} should import ${f}; graph: ${files.join(', ')}`);
    for (const f of mustNot) assert.ok(!files.includes(f), `${entry} must not import ${f}; graph: ${files.join(', ')}`);
  });
}

test('the graph reader follows static and dynamic imports and skips type-only ones', () => {
  const files = rel(moduleGraph('src/data/sources.ts'));
  assert.ok(files.includes('src/data/check.ts'));
  // figure.ts (lit) is imported as a type only: erased at build time, not part of the graph.
  assert.ok(!files.includes('src/internal/figure.ts'), files.join(', '));
});
