// The bar view's geometry: proportional segments, labels that fit and never collide, at 320 and 960 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barLayout, segmentWidths, type BarLayout } from '../../../src/components/vote-chart/bar.layout.js';
import { textWidth } from '../../../src/internal/text-metrics.js';
import { buildModel, namedByOption } from '../../../src/components/vote-chart/vote-model.js';
import type { VoteRecord } from '../../../src/data/types.js';
import { TALLY_ONLY, TWO_OPTIONS, WITH_PRESENT } from '../../fixtures/vote.js';
import { VOTE, countRollCall } from './helpers.node.js';

function layout(record: VoteRecord, width: number, showAbsent = false, highlight: string[] = [], groupId?: string): BarLayout {
  const model = buildModel(record, { showAbsent });
  const group = record.groups?.find((g) => g.id === groupId) ?? null;
  return barLayout({ model, width, locale: 'en', named: namedByOption(model, { highlight, group }), group });
}

const SIZES: Record<string, number> = { 'count ': 15, share: 12, 'opt-label': 13, note: 12, callout: 13 };

/** Every text line's horizontal extent, as drawn (start/middle/end anchors resolved). */
function extents(l: BarLayout): Array<{ text: string; a: number; b: number; y: number; kind: string }> {
  const out: Array<{ text: string; a: number; b: number; y: number; kind: string }> = [];
  const add = (t: { text: string; x: number; y: number; anchor: string }, size: number, bold: boolean, kind: string) => {
    const w = textWidth(t.text, size, bold);
    const a = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    out.push({ text: t.text, a, b: a + w, y: t.y, kind });
  };
  for (const t of l.note) add(t, SIZES.note!, false, 'note');
  for (const s of l.segments) {
    if (s.label) add(s.label, 13, true, 'label');
    s.inside.forEach((t, i) => add(t, i === 0 ? 15 : 12, i === 0, 'inside'));
  }
  for (const c of l.callouts) for (const t of c.lines) add(t, 13, false, 'callout');
  for (const t of l.group?.caption ?? []) add(t, 13, true, 'group');
  return out;
}

for (const width of [320, 960]) {
  for (const showAbsent of [false, true]) {
    test(`segments are proportional to the counts and fill the width (${width}px, show-absent ${showAbsent})`, () => {
      const counts = countRollCall(VOTE);
      const l = layout(VOTE, width, showAbsent);
      const ids = l.segments.map((s) => s.option.id);
      assert.deepEqual(ids, showAbsent ? ['yes', 'no', 'abstain', 'absent'] : ['yes', 'no', 'abstain']);
      const whole = ids.reduce((s, id) => s + counts[id]!, 0);
      let x = 0;
      for (const s of l.segments) {
        assert.ok(Math.abs(s.x - x) < 1e-9, 'contiguous');
        const exact = (counts[s.option.id]! / whole) * width;
        // A 1-vote sliver is kept at least 2 px wide, taken from the widest segment.
        assert.ok(Math.abs(s.width - Math.max(exact, 2)) < 2.1, `${s.option.id}: ${s.width} vs ${exact}`);
        assert.ok(Math.abs(s.share - counts[s.option.id]! / whole) < 1e-12);
        x += s.width;
      }
      assert.ok(Math.abs(x - width) < 1e-9, 'fills the width');
    });

    test(`no label runs off the chart or over another (${width}px, show-absent ${showAbsent})`, () => {
      const l = layout(VOTE, width, showAbsent, ['RUS', 'CHN', 'IND', 'LAO', 'THA', 'BGD'], 'neighbours');
      const ext = extents(l);
      for (const e of ext) assert.ok(e.a >= -0.5 && e.b <= width + 0.5, `"${e.text}" spans ${e.a}..${e.b} of ${width}`);
      for (let i = 0; i < ext.length; i++) {
        for (let j = i + 1; j < ext.length; j++) {
          const p = ext[i]!;
          const q = ext[j]!;
          if (Math.abs(p.y - q.y) >= 12) continue; // different lines
          if (p.kind === 'inside' && q.kind === 'inside') continue; // checked below
          assert.ok(p.b <= q.a || q.b <= p.a, `"${p.text}" overlaps "${q.text}"`);
        }
      }
      // Numbers written inside a segment stay inside it.
      for (const s of l.segments) {
        for (const e of extents({ ...l, note: [], callouts: [], group: null, segments: [s] }).filter((x) => x.kind === 'inside')) {
          assert.ok(e.a >= s.x && e.b <= s.x + s.width, `"${e.text}" inside ${s.option.id}`);
        }
      }
      // A leader never runs through another callout's text.
      for (const c of l.callouts) {
        if (!c.leader) continue;
        for (const other of l.callouts) {
          if (other === c) continue;
          for (const t of other.lines) {
            const e = extents({ ...l, note: [], segments: [], group: null, callouts: [{ ...other, lines: [t] }] })[0]!;
            const crossesY = t.y - 11 < c.leader.y2 && t.y > c.leader.y1;
            assert.ok(!(crossesY && c.leader.x >= e.a && c.leader.x <= e.b), `leader of ${c.option.id} crosses "${t.text}"`);
          }
        }
      }
      assert.ok(l.height > l.bar.y + l.bar.height);
      assert.ok(Math.max(...ext.map((e) => e.y)) < l.height);
    });
  }

  test(`the lone vote against is called out with a leader and named (${width}px)`, () => {
    const l = layout(VOTE, width);
    const no = l.segments.find((s) => s.option.id === 'no')!;
    assert.equal(no.inside.length, 0, 'a 1-vote sliver cannot hold its numbers');
    const c = l.callouts.find((x) => x.option.id === 'no')!;
    assert.ok(c.leader && c.leader.x >= no.x && c.leader.x <= no.x + no.width, 'leader starts at the sliver');
    assert.equal(c.lines.map((t) => t.text).join(' '), 'Against 1 (0.6%): Belarus');
    const yes = l.segments.find((s) => s.option.id === 'yes')!;
    assert.deepEqual(
      yes.inside.map((t) => t.text),
      ['119', '76.3%'],
    );
    assert.equal(yes.label?.text, 'In favour');
    assert.match(l.note.map((t) => t.text).join(' '), /156 of 193 members voted; 37 did not vote/);
  });
}

test('the abstainers named under the bar, and the group as a bar of its own', () => {
  const l = layout(VOTE, 960, false, ['RUS', 'CHN'], 'neighbours');
  const abstain = l.callouts.find((c) => c.option.id === 'abstain')!;
  assert.equal(abstain.lines.map((t) => t.text).join(' '), 'Abstained: Russia, China, India, Laos, Thailand, Bangladesh and 30 others');
  assert.equal(l.group?.caption.map((t) => t.text).join(' '), "Myanmar's five neighbours: all 5 abstained");
  const g = l.group!.segments.filter((s) => s.count > 0);
  assert.deepEqual(
    g.map((s) => [s.option.id, s.count, Math.round(s.width)]),
    [['abstain', 5, 960]],
  );
});

test('made-up votes draw too: tally only, two options, "present"', () => {
  const t = layout(TALLY_ONLY, 320);
  assert.deepEqual(
    t.segments.map((s) => [s.option.id, s.inside[0]?.text]),
    [
      ['yes', '31'],
      ['no', '17'],
      ['abstain', undefined],
    ],
  );
  assert.equal(t.callouts[0]!.lines.map((x) => x.text).join(' '), 'Abstained 4 (7.7%)');
  assert.equal(t.note.length, 0, 'the tally adds up to the total: nothing to explain');
  const two = layout(TWO_OPTIONS, 320, false, [], 'baltic');
  assert.deepEqual(
    two.segments.map((s) => [s.option.cls, Math.round(s.width)]),
    [
      ['vote-yes', 183],
      ['vote-no', 137],
    ],
  );
  assert.equal(two.group?.caption.map((x) => x.text).join(' '), 'Baltic states: all 2 nay');
  const present = layout(WITH_PRESENT, 320);
  assert.deepEqual(
    present.segments.map((s) => s.option.cls),
    ['vote-yes', 'vote-no', 'c2'],
  );
  assert.ok(
    present.callouts.some((c) =>
      c.lines
        .map((x) => x.text)
        .join(' ')
        .includes('Chile'),
    ),
  );
});

test('segmentWidths keeps a non-zero count visible and the total unchanged', () => {
  const w = segmentWidths([999, 1, 0], 300);
  assert.equal(w[1], 2);
  assert.equal(w[2], 0);
  assert.ok(Math.abs(w.reduce((s, x) => s + x, 0) - 300) < 1e-9);
});
