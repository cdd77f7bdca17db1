// The hemicycle's seats: one per member, grouped by vote, filling the arc without overlapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arcSeats, hemicycleLayout, INNER } from '../../../src/components/vote-chart/hemicycle.layout.js';
import { buildModel, namedByOption } from '../../../src/components/vote-chart/vote-model.js';
import type { VoteRecord } from '../../../src/data/types.js';
import { TALLY_ONLY, TWO_OPTIONS, WITH_PRESENT } from '../../fixtures/vote.js';
import { VOTE, countRollCall } from './helpers.node.js';

function layout(record: VoteRecord, width: number, showAbsent = false) {
  const model = buildModel(record, { showAbsent });
  return hemicycleLayout({ model, width, locale: 'en', named: namedByOption(model, { highlight: [], group: null }), group: null });
}

function assertNoOverlap(seats: ReadonlyArray<{ x: number; y: number; r: number }>): void {
  for (let i = 0; i < seats.length; i++) {
    for (let j = i + 1; j < seats.length; j++) {
      const a = seats[i]!;
      const b = seats[j]!;
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      assert.ok(d >= a.r + b.r, `seats ${i} and ${j} overlap (${d.toFixed(2)} < ${(a.r + b.r).toFixed(2)})`);
    }
  }
}

for (const width of [320, 960]) {
  for (const showAbsent of [false, true]) {
    test(`one seat per member, counted per vote, no overlaps (${width}px, show-absent ${showAbsent})`, () => {
      const counts = countRollCall(VOTE);
      const l = layout(VOTE, width, showAbsent);
      const expected = showAbsent ? 193 : 193 - counts.absent!;
      assert.equal(l.seats.length, expected);
      assert.equal(new Set(l.seats.map((s) => s.key)).size, expected, 'each seat is a different country');
      const per: Record<string, number> = {};
      for (const s of l.seats) per[s.option.id] = (per[s.option.id] ?? 0) + 1;
      assert.deepEqual(per, showAbsent ? counts : { yes: counts.yes, no: counts.no, abstain: counts.abstain });
      for (const s of l.seats) assert.equal(VOTE.rollCall!.find((e) => e.iso3 === s.key)!.vote, s.option.id, s.key);
      assertNoOverlap(l.seats);
      for (const s of l.seats) {
        assert.ok(s.x - s.r >= 0 && s.x + s.r <= width && s.y - s.r >= 0 && s.y + s.r <= l.height, `seat ${s.key} inside the chart`);
      }
      assert.ok(l.arc.seatRadius >= (width < 400 ? 4 : 8), `seats big enough to see and point at (${l.arc.seatRadius})`);
    });
  }
}

test('seats run left to right by vote, then by name within a vote', () => {
  const l = layout(VOTE, 960, true);
  const order = VOTE.options.map((o) => o.id);
  const angle = (s: { x: number; y: number }) => Math.atan2(l.arc.cy - s.y, s.x - l.arc.cx);
  for (let i = 1; i < l.seats.length; i++) {
    const a = l.seats[i - 1]!;
    const b = l.seats[i]!;
    assert.ok(angle(a) >= angle(b) - 1e-9, 'angles never increase (left to right)');
    assert.ok(order.indexOf(a.option.id) <= order.indexOf(b.option.id), 'votes in order');
    if (a.option === b.option)
      assert.ok(a.country!.name.localeCompare(b.country!.name, 'en') <= 0, `${a.country!.name} before ${b.country!.name}`);
  }
  // The first seat is at the far left, the last at the far right.
  assert.ok(Math.abs(angle(l.seats[0]!) - Math.PI) < 1e-9);
  assert.ok(Math.abs(angle(l.seats.at(-1)!)) < 1e-9);
});

test('the fewest rows that hold the seats; each row within the ring left for them', () => {
  for (const n of [1, 2, 7, 52, 156, 193, 435]) {
    const arc = arcSeats(n, 200, 200, 200);
    assert.equal(arc.positions.length, n, `${n} seats placed`);
    assert.equal(
      arc.rows.reduce((s, r) => s + r.seats, 0),
      n,
    );
    assertNoOverlap(arc.positions.map((p) => ({ ...p, r: arc.seatRadius })));
    for (const row of arc.rows) assert.ok(row.radius >= 200 * INNER - 1e-9 && row.radius <= 200, 'row inside the ring');
    if (arc.rows.length > 1) {
      // With one row fewer the seats would not fit at this spacing.
      const k = arc.rows.length - 1;
      const d = (200 * (1 - INNER)) / k;
      const cap = Array.from({ length: k }, (_, i) => Math.floor((Math.PI * (200 - d / 2 - i * d)) / d) + 1).reduce((s, c) => s + c, 0);
      assert.ok(cap < n, `${n} seats: ${k} rows would hold only ${cap}`);
    }
  }
});

test('made-up votes: anonymous seats for a tally, two options, "present"', () => {
  const t = layout(TALLY_ONLY, 320);
  assert.equal(t.seats.length, 52);
  assert.ok(t.seats.every((s) => s.country === null));
  assert.deepEqual([...new Set(t.seats.map((s) => s.option.id))], ['yes', 'no', 'abstain']);
  assert.equal(t.seats.filter((s) => s.option.id === 'no').length, 17);
  assertNoOverlap(t.seats);
  const two = layout(TWO_OPTIONS, 320);
  assert.deepEqual(
    two.seats.map((s) => s.key),
    ['DNK', 'FIN', 'NOR', 'SWE', 'EST', 'ISL', 'LVA'],
  );
  const present = layout(WITH_PRESENT, 960);
  assert.deepEqual(
    present.seats.filter((s) => s.option.id === 'present').map((s) => s.key),
    ['BOL', 'PRY', 'PER'],
  );
  // The score in the hollow: yes to no, then the rest.
  assert.equal(present.centre[0]!.text, '5 to 1');
  assert.equal(present.centre[1]!.text, '3 present, not voting');
});

test('named seats sit in the outer row, their names outside the arc with leaders that cross no seat', () => {
  const label = ['BLR', 'RUS', 'CHN', 'IND', 'LAO', 'THA', 'BGD'];
  const model = buildModel(VOTE, { showAbsent: false });
  for (const width of [320, 640, 960]) {
    const l = hemicycleLayout({
      model,
      width,
      locale: 'en',
      named: namedByOption(model, { highlight: label, group: null }),
      group: null,
      label,
    });
    const outer = Math.max(...l.seats.map((s) => Math.hypot(s.x - l.arc.cx, s.y - l.arc.cy))) + l.arc.seatRadius;
    assert.deepEqual(l.unlabelled, [], `${width}px: every named seat labelled`);
    for (const iso of label) assert.equal(l.seats.find((s) => s.key === iso)!.row, 0, `${iso} in the outer row`);
    // Still one wedge per vote: a seat is never further than one seat's angle into another vote's wedge.
    const step = Math.PI / (l.arc.rows[0]!.seats - 1);
    const byVote = (id: string) => l.seats.filter((s) => s.option.id === id).map((s) => s.angle);
    assert.ok(Math.min(...byVote('yes')) > Math.max(...byVote('abstain')) - step, 'wedges do not interleave');
    for (const lb of l.labels) {
      const nx = Math.min(lb.box.x1, Math.max(lb.box.x0, l.arc.cx));
      const ny = Math.min(lb.box.y1, Math.max(lb.box.y0, l.arc.cy));
      assert.ok(Math.hypot(nx - l.arc.cx, ny - l.arc.cy) >= outer, `${width}px: ${lb.key}'s name outside the arc`);
      if (!lb.leader) continue;
      const { x1, y1, x2, y2 } = lb.leader;
      for (let t = 0.02; t <= 1; t += 0.02) {
        const x = x1 + (x2 - x1) * t;
        const y = y1 + (y2 - y1) * t;
        const hit = l.seats.find((s) => s.key !== lb.key && Math.hypot(s.x - x, s.y - y) < s.r);
        assert.equal(hit, undefined, `${width}px: ${lb.key}'s leader crosses ${hit?.key}`);
      }
      assert.ok(Math.hypot(x2 - x1, y2 - y1) < 45, `${width}px: ${lb.key}'s leader is short`);
    }
  }
});
