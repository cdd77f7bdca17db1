/**
 * The generated reference in docs/reference/: each component's own text wins over its base
 * class's, and `npm run docs -- --check` fails when the files drift from custom-elements.json
 * (CI runs it after the build).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drift, referencePages } from '../../scripts/docs.mjs';

const base = {
  kind: 'class',
  name: 'TiesElement',
  description: 'The base.',
  attributes: [{ name: 'theme', fieldName: 'theme', description: 'Colour theme.' }],
  cssProperties: [{ name: '--mt-color-1', description: 'Category colour 1 (base text).' }],
  cssParts: [{ name: 'legend', description: 'The legend.' }],
};
const element = {
  kind: 'class',
  name: 'DemoChart',
  tagName: 'demo-chart',
  customElement: true,
  description: 'A demo chart.',
  superclass: { name: 'TiesElement' },
  attributes: [
    { name: 'view', fieldName: 'view', type: { text: "'a' | 'b'" }, default: "'a'", description: 'Which view.' },
    { name: 'theme', fieldName: 'theme', description: 'Colour theme.', inheritedFrom: { name: 'TiesElement' } },
  ],
  cssProperties: [{ name: '--mt-color-1', description: 'Other options take the palette (own text).', inheritedFrom: { name: 'TiesElement' } }],
  cssParts: [{ name: 'legend', description: 'The legend of votes (own text).' }],
  events: [{ name: 'demo-select', description: '`CustomEvent<DemoDetail>`: chosen.' }],
};
const manifest = { modules: [{ declarations: [element] }, { declarations: [base] }] };
const row = (page: string, name: string) => page.split('\n').find((l) => l.startsWith(`| \`${name}\``)) ?? '';

test("a component's own description of a custom property or part wins over its base class's", () => {
  const page = referencePages(manifest)['demo-chart.md']!;
  assert.match(row(page, '--mt-color-1'), /own text/);
  assert.doesNotMatch(page, /base text/);
  assert.match(row(page, 'legend'), /The legend of votes \(own text\)/);
  assert.equal(page.split('\n').filter((l) => l.startsWith('| `theme`')).length, 1, 'an inherited attribute is listed once');
  assert.match(row(page, 'view'), /'a' \\\| 'b'/, 'the type with its pipes escaped for the table');
  assert.match(row(page, 'demo-select'), /CustomEvent<DemoDetail>/);
});

test('drift names a changed, a missing and a stale reference file', () => {
  const pages = referencePages(manifest);
  const dir = mkdtempSync(join(tmpdir(), 'mt-docs-'));
  try {
    assert.deepEqual(drift(pages, dir), { differ: ['demo-chart.md'], stale: [] });
    writeFileSync(join(dir, 'demo-chart.md'), pages['demo-chart.md']!);
    assert.deepEqual(drift(pages, dir), { differ: [], stale: [] });
    writeFileSync(join(dir, 'demo-chart.md'), pages['demo-chart.md']!.replace('Which view.', 'Which view, edited by hand.'));
    writeFileSync(join(dir, 'old-chart.md'), '# gone\n');
    assert.deepEqual(drift(pages, dir), { differ: ['demo-chart.md'], stale: ['old-chart.md'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('docs/reference matches custom-elements.json (`npm run docs -- --check`)', { timeout: 120_000 }, () => {
  const analyze = spawnSync(process.execPath, ['scripts/manifest.mjs', '--if-missing'], { encoding: 'utf8', timeout: 100_000 });
  assert.equal(analyze.status, 0, analyze.stderr);
  const r = spawnSync(process.execPath, ['scripts/docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stderr}\n(custom-elements.json may be older than src/: run \`npm run docs\`)`);
  assert.match(r.stdout, /3 component references match/);
});

test("the vote chart's committed reference gives its own palette text and every view", () => {
  const page = readFileSync('docs/reference/vote-chart.md', 'utf8');
  assert.match(row(page, '--mt-color-1'), /Other options take the palette colours/);
  assert.match(row(page, 'view'), /'bar' \\\| 'hemicycle' \\\| 'map' \\\| 'tiles'/);
});
