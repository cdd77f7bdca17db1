// The story's key-tie callouts and the lanes kept free for names beside their marks: pure
// geometry, checked against numbers worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeCallouts, pointOnLine, BADGE } from '../../../src/components/relation-map/callouts.layout.js';
import { clearLane } from '../../../src/components/relation-map/labels.layout.js';
import { laneSlots } from '../../../src/components/relation-map/geo.clusters.js';
import { boxesOverlap } from '../../../src/internal/plane.js';
import type { TieLine } from '../../../src/components/relation-map/ties.geometry.js';

const straight = (ax: number, ay: number, bx: number, by: number): TieLine => ({ d: '', mid: { x: (ax + bx) / 2, y: (ay + by) / 2 }, a: { x: ax, y: ay }, b: { x: bx, y: by }, c: null });
const bounds = { x: 0, y: 0, width: 400, height: 300 };

test('callouts: words at the middle of their line when free; a number when the chart is narrow or the data gives no words', () => {
  const lines = [straight(0, 100, 400, 100), straight(0, 200, 400, 200)];
  const base = { ties: [0, 1], lines, texts: ['2 systems, 2016', undefined], widths: [90, 0], fontSize: 11, obstacles: [], bounds };
  const [a, b] = placeCallouts({ ...base, words: true });
  assert.deepEqual([a!.text, a!.x, a!.y, a!.n], ['2 systems, 2016', 200, 100, 1]);
  assert.deepEqual([b!.text, b!.x, b!.y, b!.n, b!.box.width], [null, 200, 200, 2, BADGE]);
  const narrow = placeCallouts({ ...base, words: false });
  assert.deepEqual(narrow.map((c) => c.text), [null, null]);
});

test('callouts: a callout moves along its line off a label, and the next clears the first', () => {
  const lines = [straight(0, 100, 400, 100), straight(0, 104, 400, 104)];
  // A label over the middle of the first line (x 170–230): 42% along (box 151–185) and 58% (215–249) touch it, 34% (119–153) is clear.
  const label = { x: 170, y: 90, width: 60, height: 20 };
  const out = placeCallouts({ ties: [0, 1], lines, texts: ['first', 'second'], widths: [30, 30], fontSize: 11, words: true, obstacles: [label], bounds });
  assert.equal(out[0]!.x, 400 * 0.34);
  assert.ok(!boxesOverlap(out[0]!.box, label, 2) && !boxesOverlap(out[1]!.box, out[0]!.box, 2) && !boxesOverlap(out[1]!.box, label, 2));
  out.forEach((c, k) => assert.ok(Math.abs(c.y - lines[k]!.a.y) < 1e-9, 'on its own line'));
  // A curve's point is the quadratic Bézier's.
  const curve: TieLine = { d: '', mid: { x: 0, y: 0 }, a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 50, y: 40 } };
  assert.deepEqual(pointOnLine(curve, 0.5), { x: 50, y: 20 });
});

test('lane: actors in the lane east of the focus leave it up or down by the least distance; others stay', () => {
  // Focus at (100, 100), extent 10; label 60 wide at 12 px: lane x 110..175, half height 7.8 + 1.
  const points = [{ x: 100, y: 100 }, { x: 130, y: 103 }, { x: 150, y: 96 }, { x: 200, y: 100 }, { x: 130, y: 130 }];
  const out = clearLane(points, 0, [10, 4, 4, 4, 4], 60, 12);
  assert.deepEqual(out[1], { x: 130, y: 100 + 8.8 + 4 + 1 });
  assert.deepEqual(out[2], { x: 150, y: 100 - 8.8 - 4 - 1 });
  assert.deepEqual([out[0], out[3], out[4]], [points[0], points[3], points[4]]);
});

test('geo lane slots: no actor within the lane east of its state; rings keep their 6q positions', () => {
  const lane = 12;
  const minRadius = (q: number) => 20 + (q - 1) * 13;
  const slots = laneSlots(20, lane, minRadius);
  assert.equal(slots.length, 20);
  for (const s of slots) {
    const r = minRadius(s.ring);
    const [x, y] = [r * Math.sin(s.angle), -r * Math.cos(s.angle)];
    assert.ok(x <= 1e-9 || Math.abs(y) >= lane - 1e-9, `ring ${s.ring} at ${s.angle}: (${x}, ${y}) in the lane`);
    assert.equal(s.of, 6 * s.ring);
  }
  // Ring 1 (radius 20): the lane takes asin(12/20) ≈ 37° either side of east, so 60° and 120° are left free: 4 of 6.
  assert.equal(slots.filter((s) => s.ring === 1).length, 4);
});
