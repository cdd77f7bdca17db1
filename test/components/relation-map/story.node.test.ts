// The story view of <relation-map>: its selection rules and its layout, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zoomIdentity } from 'd3-zoom';
import { validateNetwork } from '../../../src/data/network.js';
import type { Actor, Network, Tie, TieType } from '../../../src/data/types.js';
import { STORY_ACTORS, STORY_KINDS, keyTieIndices, storyNetwork } from '../../../src/components/relation-map/story.js';
import { storyLayout } from '../../../src/components/relation-map/story.layout.js';
import { buildGraph } from '../../../src/components/relation-map/graph.js';
import { deriveView } from '../../../src/components/relation-map/view.js';
import { normalizeMapOptions } from '../../../src/components/relation-map/relation-map.options.js';
import { stageGeometry } from '../../../src/components/relation-map/stage.js';
import { chartHeight } from '../../../src/components/relation-map/layout.controller.js';
import { boxesOverlap } from '../../../src/internal/plane.js';

const bundled = validateNetwork(JSON.parse(readFileSync('data/network.json', 'utf8'))).value!;
/** The actors the title ("Who backs Myanmar's junta: the Belarus and Russia connection") names. */
const TITLE_ACTORS = ['mm-military', 'mmr', 'blr', 'rus'];

const actor = (id: string, country?: string, story?: number): Actor => ({
  id,
  kind: country && id === country.toLowerCase() ? 'state' : 'person',
  name: id.toUpperCase(),
  sources: ['s'],
  ...(country ? { country } : {}),
  ...(story ? { story } : {}),
});
const tie = (id: string, type: TieType, source: string, target: string, story?: number): Tie => ({
  id,
  type,
  source,
  target,
  directed: true,
  label: id,
  sources: ['s'],
  ...(story ? { story } : {}),
});

test('story: the bundled cast is 12–20 actors, at most 5 tie kinds, every title actor in it, every tie sourced and ranked', () => {
  const s = storyNetwork(bundled, 'mm-military');
  assert.ok(s.actors.length >= 12 && s.actors.length <= 20, `${s.actors.length} actors`);
  assert.ok(new Set(s.ties.map((t) => t.type)).size <= STORY_KINDS);
  for (const id of TITLE_ACTORS)
    assert.ok(
      s.actors.some((a) => a.id === id),
      id,
    );
  for (const t of s.ties) {
    assert.ok(t.story !== undefined, t.id);
    assert.ok(t.sources.length > 0, t.id);
  }
  // Every actor drawn has a tie drawn (no lone mark), and the key ties are the rank-1 ties.
  for (const a of s.actors)
    assert.ok(
      s.ties.some((t) => t.source === a.id || t.target === a.id),
      a.id,
    );
  const g = buildGraph(s.actors, s.ties);
  assert.deepEqual(
    keyTieIndices(g).map((i) => g.ties[i]!.id),
    bundled.ties.filter((t) => t.story === 1).map((t) => t.id),
  );
});

test('story: ranks in a page’s own data decide the cast; unranked actors and ties are left out', () => {
  const net: Network = {
    actors: [actor('a', 'AAA', 1), actor('b', 'BBB', 2), actor('c', 'CCC'), actor('d', 'DDD', 3)],
    ties: [
      tie('ab', 'visit', 'a', 'b', 1),
      tie('ac', 'visit', 'a', 'c', 1),
      tie('ad', 'trade', 'a', 'd'),
      tie('bd', 'meeting', 'b', 'd', 2),
    ],
  };
  const s = storyNetwork(net, 'a');
  assert.deepEqual(
    s.actors.map((a) => a.id),
    ['a', 'b', 'd'],
  );
  assert.deepEqual(
    s.ties.map((t) => t.id),
    ['ab', 'bd'],
  );
});

test('story: without ranks, the centre and its best-connected neighbours, capped at STORY_ACTORS', () => {
  const actors = [actor('c', 'CCC'), ...Array.from({ length: 30 }, (_, i) => actor(`n${i}`, 'NNN'))];
  const ties = actors.slice(1).map((a, i) => tie(`t${i}`, 'visit', 'c', a.id));
  // n29 has more ties than the others: it must be in.
  ties.push(tie('x1', 'visit', 'n29', 'n28'), tie('x2', 'visit', 'n29', 'n27'));
  const s = storyNetwork({ actors, ties }, 'c');
  assert.equal(s.actors.length, STORY_ACTORS);
  assert.ok(s.actors.some((a) => a.id === 'c'));
  assert.ok(s.actors.some((a) => a.id === 'n29'));
});

test('story: at most STORY_KINDS tie kinds, those of the best-ranked ties first', () => {
  const types: TieType[] = ['arms-supply', 'visit', 'meeting', 'trade', 'agreement', 'sanction', 'role'];
  const actors = [actor('c', 'CCC', 1), ...types.map((_, i) => actor(`a${i}`, 'AAA', 2))];
  // Ranks 7..1 backwards: the last kinds listed have the best ranks.
  const ties = types.map((t, i) => tie(`t${i}`, t, 'c', `a${i}`, types.length - i));
  const s = storyNetwork({ actors, ties }, 'c');
  assert.deepEqual(new Set(s.ties.map((t) => t.type)), new Set(['meeting', 'trade', 'agreement', 'sanction', 'role']));
  // Actors whose only tie was of a dropped kind go too.
  assert.equal(s.actors.length, 6);
});

test('story layout: the centre’s country on the left, other countries on the right in contiguous groups, placeless actors below; the same every time', () => {
  const s = storyNetwork(bundled, 'mm-military');
  const g = buildGraph(s.actors, s.ties);
  const f = g.index.get('mm-military')!;
  for (const width of [320, 960]) {
    const h = chartHeight('story', width);
    const a = storyLayout(g, f, width, h);
    assert.deepEqual(a, storyLayout(g, f, width, h));
    const left = Math.min(...a.points.map((p) => p.x));
    g.actors.forEach((act, i) => {
      const p = a.points[i]!;
      assert.ok(p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= h, `${act.id} inside`);
      if (act.country === 'MMR') assert.equal(p.x, left, `${act.id} on the left`);
      else if (act.country) assert.ok(p.x > left, `${act.id} on the right`);
      else assert.ok(p.y > Math.max(...a.points.filter((_, j) => g.actors[j]!.country).map((q) => q.y)), `${act.id} below`);
    });
    // Each country's rows are contiguous (nobody of another country between them).
    const right = g.actors
      .map((_, i) => i)
      .filter((i) => a.side[i] === 1)
      .sort((x, y) => a.points[x]!.y - a.points[y]!.y);
    const seq = right.map((i) => g.actors[i]!.country);
    assert.equal(new Set(seq).size, seq.filter((c, k) => c !== seq[k - 1]).length, seq.join(' '));
    // A state heads its group.
    for (const c of new Set(seq)) assert.equal(g.actors[right.find((i) => g.actors[i]!.country === c)!]!.kind, 'state', c);
  }
});

test('story view: at 320, 640 and 960 px no label overlaps another or covers another mark, and every title actor is labelled', () => {
  const opts = normalizeMapOptions({}, []);
  const view = deriveView(bundled, opts, undefined);
  for (const width of [320, 640, 960]) {
    const height = chartHeight('story', width);
    const story = storyLayout(view.graph, view.focus, width, height);
    const g = stageGeometry(view, { points: story.points, story }, story.points, {
      width,
      height,
      layout: 'story',
      labels: null,
      t: zoomIdentity,
      measure: undefined,
    });
    const boxes = g.labels.map((l) => l?.box ?? null);
    for (const id of TITLE_ACTORS) assert.ok(boxes[view.graph.index.get(id)!], `${id} labelled at ${width}`);
    // Every actor of the story is named.
    boxes.forEach((b, i) => assert.ok(b, `${view.graph.actors[i]!.id} labelled at ${width}`));
    boxes.forEach((b, i) => {
      if (!b) return;
      assert.ok(b.x >= 0 && b.x + b.width <= width, `${view.graph.actors[i]!.id} inside at ${width}`);
      boxes.forEach((o, j) => {
        if (j > i && o) assert.ok(!boxesOverlap(b, o), `${view.graph.actors[i]!.id} / ${view.graph.actors[j]!.id} at ${width}`);
      });
      g.points.forEach((p, j) => {
        if (j === i) return;
        const r = g.radii[j]!;
        assert.ok(
          !boxesOverlap(b, { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }),
          `${view.graph.actors[i]!.id} covers ${view.graph.actors[j]!.id} at ${width}`,
        );
      });
      // Beside its own mark: the label's box is within a few px of it.
      const p = g.points[i]!;
      const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
      const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
      assert.ok(Math.hypot(dx, dy) <= g.radii[i]! + 8, `${view.graph.actors[i]!.id} beside its mark at ${width}`);
    });
  }
});

test('validator: `story` must be a whole number from 1; anything else is reported and ignored', () => {
  const r = validateNetwork({
    actors: [
      { id: 'a', kind: 'state', name: 'A', sources: ['s'], story: 0 },
      { id: 'b', kind: 'state', name: 'B', sources: ['s'], story: 2 },
    ],
    ties: [{ id: 't', type: 'report', source: 'a', target: 'b', label: 'Report', sources: ['s'], story: 'yes' }],
  });
  assert.equal(r.value!.actors[0]!.story, undefined);
  assert.equal(r.value!.actors[1]!.story, 2);
  assert.equal(r.value!.ties[0]!.type, 'report');
  assert.equal(r.value!.ties[0]!.story, undefined);
  const text = r.issues.map((i) => `${i.path} ${i.message}`).join('\n');
  assert.match(text, /actors\[0\]\.story is 0: expected a whole number from 1/);
  assert.match(text, /ties\[0\]\.story is "yes"/);
});
