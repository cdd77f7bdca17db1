/**
 * The shared pure modules of src/internal: plane, memo, text metrics, tooltip placement,
 * year range. Values computed by hand, not by the code under test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boxesOverlap, lcg } from '../../src/internal/plane.js';
import { Memo } from '../../src/internal/memo.js';
import { createMeasurer, textWidth, wrap } from '../../src/internal/text-metrics.js';
import { placeTooltip } from '../../src/internal/tooltip.js';
import { yearRangeOption } from '../../src/internal/year-range.js';
import type { DataIssue } from '../../src/data/issue.js';

test('plane: boxes touching edge to edge do not overlap; a margin makes them', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  assert.equal(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 }), false);
  assert.equal(boxesOverlap(a, { x: 9.5, y: 9.5, width: 5, height: 5 }), true);
  assert.equal(boxesOverlap(a, { x: 12, y: 0, width: 5, height: 5 }, 3), true);
});

test('plane: lcg is d3-force’s generator: same seed, same sequence, in [0, 1)', () => {
  const r = lcg(42);
  // (1664525 × 42 + 1013904223) mod 2^32 = 1083814273; ÷ 2^32:
  assert.equal(r(), 1083814273 / 4294967296);
  const a = lcg(7);
  const b = lcg(7);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(
    xs,
    Array.from({ length: 1000 }, () => b()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  // Seed 0 would stick at one value: it is taken as 1.
  assert.equal(lcg(0)(), lcg(1)());
});

test('memo: recomputes only when a dependency changes (by identity)', () => {
  const memo = new Memo();
  let made = 0;
  const deps = { data: [1, 2] };
  const get = (d: unknown, n: number) => memo.get('slot', [d, n], () => ++made);
  assert.equal(get(deps.data, 1), 1);
  assert.equal(get(deps.data, 1), 1);
  assert.equal(get([1, 2], 1), 2, 'an equal but new array is another dependency');
  assert.equal(get([1, 2], 2), 3);
  assert.equal(
    memo.get('other', [], () => 'x'),
    'x',
    'slots are independent',
  );
  assert.equal(get(NaN, 2), 4);
  assert.equal(get(NaN, 2), 4, 'NaN is the same dependency as NaN');
  memo.clear();
  assert.equal(get(NaN, 2), 5);
});

test('text metrics: narrow letters estimate narrower than wide ones; bold wider; wrap keeps lines under the width', () => {
  // "ii" = 2 × 0.34 em; "mm" = 2 × 0.9 em; at 10 px.
  assert.ok(Math.abs(textWidth('ii', 10) - 6.8) < 1e-9);
  assert.ok(Math.abs(textWidth('mm', 10) - 18) < 1e-9);
  assert.ok(Math.abs(textWidth('mm', 10, true) - 18 * 1.13) < 1e-9);
  const lines = wrap('Belarus voted against the resolution on Myanmar', 100, 12);
  assert.ok(lines.length > 1);
  assert.equal(lines.join(' '), 'Belarus voted against the resolution on Myanmar');
  for (const l of lines) if (l.includes(' ')) assert.ok(textWidth(l, 12) <= 100, l);
  assert.equal(createMeasurer('sans-serif'), undefined, 'no canvas in Node: callers estimate');
});

test('tooltip: centred on the mark, shifted in at the sides, flipped above near the bottom', () => {
  assert.deepEqual(placeTooltip({ x: 300, below: 100, above: 80 }, 600, 400), { left: 170, top: 100, bottom: null, maxWidth: 260 });
  assert.equal(placeTooltip({ x: 10, below: 100, above: 80 }, 600, 400).left, 0);
  assert.equal(placeTooltip({ x: 595, below: 100, above: 80 }, 600, 400).left, 340);
  // 340 is within 70 px of the bottom (400): above, its bottom edge at 320, i.e. 80 px up.
  assert.deepEqual(placeTooltip({ x: 300, below: 340, above: 320 }, 600, 400), { left: 170, top: null, bottom: 80, maxWidth: 260 });
  // Narrower than the widest tooltip: as wide as the chart.
  assert.deepEqual(placeTooltip({ x: 100, below: 10, above: 0 }, 200, 400), { left: 0, top: 10, bottom: null, maxWidth: 200 });
  assert.equal(placeTooltip({ x: 100, below: 300, above: 280 }, 600, 400, { height: 120 }).top, null);
});

test('year range: years read, swapped when reversed, the editor told which', () => {
  const issues: DataIssue[] = [];
  assert.deepEqual(yearRangeOption('2021', 2014, issues), { from: 2014, to: 2021 });
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.path, 'to');
  assert.match(issues[0]!.message, /from \(2021\) is after to \(2014\); swapped/);
  const more: DataIssue[] = [];
  assert.deepEqual(yearRangeOption(' 2015 ', '', more), { from: 2015, to: null });
  assert.deepEqual(yearRangeOption('soon', undefined, more), { from: null, to: null });
  assert.equal(more.length, 1);
  assert.match(more[0]!.message, /invalid from: "soon"/);
});
