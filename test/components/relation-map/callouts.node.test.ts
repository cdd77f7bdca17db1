// The story's key-tie callouts and the lanes kept free for names beside their marks: pure
// geometry, checked against numbers worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeCallouts, pointOnLine, BADGE, CLEAR } from '../../../src/components/relation-map/callouts.layout.js';
import { clearLane } from '../../../src/components/relation-map/labels.layout.js';
import { laneSlots } from '../../../src/components/relation-map/geo.clusters.js';
import { boxesOverlap } from '../../../src/internal/plane.js';
import type { TieLine } from '../../../src/components/relation-map/ties.geometry.js';

const straight = (ax: number, ay: number, bx: number, by: number): TieLine => ({
  d: '',
  mid: { x: (ax + bx) / 2, y: (ay + by) / 2 },
  a: { x: ax, y: ay },
  b: { x: bx, y: by },
  c: null,
});
const bounds = { x: 0, y: 0, width: 400, height: 300 };

test('callouts: words at the middle of their line when free; a number when the chart is narrow or the data gives no words', () => {
  const lines = [straight(0, 100, 400, 100), straight(0, 200, 400, 200)];
  const base = { ties: [0, 1], lines, texts: ['2 systems, 2016', undefined], widths: [90, 0], fontSize: 11, obstacles: [], bounds };
  const [a, b] = placeCallouts({ ...base, words: true });
  assert.deepEqual([a!.text, a!.x, a!.y, a!.n], ['2 systems, 2016', 200, 100, 1]);
  assert.deepEqual([b!.text, b!.x, b!.y, b!.n, b!.box.width], [null, 200, 200, 2, BADGE]);
  const narrow = placeCallouts({ ...base, words: false });
  assert.deepEqual(
    narrow.map((c) => c.text),
    [null, null],
  );
});

test('callouts: a callout moves along its line off a label, and the next clears the first', () => {
  const lines = [straight(0, 100, 400, 100), straight(0, 200, 400, 200)];
  // A label over the middle of the first line (x 170–230); with 2 px kept free, 35% along (box 123–157) is the first clear place
  // on the line: 38% (135–169) and 62% (231–265) come within 2 px of it. (Beside the line with a leader reads less well.)
  const label = { x: 170, y: 90, width: 60, height: 20 };
  const out = placeCallouts({
    ties: [0, 1],
    lines,
    texts: ['first', 'second'],
    widths: [30, 30],
    fontSize: 11,
    words: true,
    obstacles: [label],
    bounds,
  });
  assert.equal(out[0]!.x, 400 * 0.35);
  assert.equal(out[0]!.leader, null);
  assert.ok(!boxesOverlap(out[0]!.box, label, 2) && !boxesOverlap(out[1]!.box, out[0]!.box, 2) && !boxesOverlap(out[1]!.box, label, 2));
  out.forEach((c, k) => assert.ok(Math.abs(c.y - lines[k]!.a.y) < 1e-9, 'on its own line'));
  // A curve's point is the quadratic Bézier's.
  const curve: TieLine = { d: '', mid: { x: 0, y: 0 }, a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 50, y: 40 } };
  assert.deepEqual(pointOnLine(curve, 0.5), { x: 50, y: 20 });
});

test('callouts: words go where no other tie runs near, not over a crossing', () => {
  // Tie 1 crosses tie 0 at x 200. Words 64 px wide centred at 44–56% sit on the crossing; at 41% (132–196) tie 1
  // is 4 px off, at 38% (120–184) 16 px; at 35% (108–172), 28 px: as clear as it gets (20), the nearest the middle so.
  const lines = [straight(0, 100, 400, 100), straight(200, 0, 200, 300)];
  const [c] = placeCallouts({ ties: [0], lines, texts: ['first'], widths: [60], fontSize: 11, words: true, obstacles: [], bounds });
  assert.deepEqual([c!.x, c!.y, c!.leader, c!.text], [140, 100, null, 'first']);
  assert.ok(c!.box.x + c!.box.width <= 200 - CLEAR);
});

test('callouts: beside its line with a leader when its line has no clear stretch; a number, or nothing, when words cannot be clear', () => {
  // Tie 1 runs 10 px under tie 0 all along: words on tie 0 would sit on both; above it, 6–24 px off, they are 4 px nearer their own.
  const lines = [straight(0, 100, 400, 100), straight(0, 110, 400, 110)];
  const base = { ties: [0], lines, texts: ['first'], widths: [60], fontSize: 11, words: true, bounds };
  const [c] = placeCallouts({ ...base, obstacles: [] });
  assert.ok(c!.leader && Math.abs(c!.leader.y - 100) < 1e-9, 'its leader starts on its own line');
  assert.ok(c!.box.y + c!.box.height <= 100 - 6 + 1e-9, 'above its line, away from the other');
  // Fanned ties of the same two actors read as one link: the words sit on the middle of the line.
  const [same] = placeCallouts({
    ...base,
    obstacles: [],
    ends: [
      [0, 1],
      [1, 0],
    ],
  });
  assert.deepEqual([same!.x, same!.leader, same!.text], [200, null, 'first']);
  // Ties 4 px apart (different actors): no place is 6 px nearer one than the other: neither words nor number.
  const close = [straight(0, 100, 400, 100), straight(0, 104, 400, 104)];
  assert.deepEqual(placeCallouts({ ...base, lines: close, obstacles: [] }), []);
});

test('lane: actors in the lane east of the focus leave it up or down by the least distance; others stay', () => {
  // Focus at (100, 100), extent 10; label 60 wide at 12 px: lane x 110..175, half height 7.8 + 1.
  const points = [
    { x: 100, y: 100 },
    { x: 130, y: 103 },
    { x: 150, y: 96 },
    { x: 200, y: 100 },
    { x: 130, y: 130 },
  ];
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
