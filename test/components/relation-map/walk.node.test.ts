// The keyboard walk of <relation-map>: from any actor the arrows reach every tied actor, in
// an order said aloud, and every actor of the graph can be reached; tested on the bundled
// data and on a generated 500-actor network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateNetwork } from '../../../src/data/network.js';
import { buildGraph, type Graph } from '../../../src/components/relation-map/graph.js';
import { actorOrder, neighbourOrder, startWalk, walkStep, type WalkState } from '../../../src/components/relation-map/walk.js';
import { lcg } from '../../../src/internal/plane.js';
import type { Actor, Network, Tie } from '../../../src/data/types.js';

const bundled = validateNetwork(JSON.parse(readFileSync('data/network.json', 'utf8'))).value!;

function generated(n: number, seed: number): Network {
  const rand = lcg(seed);
  const actors: Actor[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    kind: i % 7 === 0 ? 'state' : i % 3 ? 'person' : 'organisation',
    name: `Actor ${i}`,
    sources: ['s'],
  }));
  const ties: Tie[] = [];
  // A few isolated actors and a second component, so "every actor" is more than one component.
  for (let i = 1; i < n - 5; i++) {
    const j = Math.floor(rand() * i);
    ties.push({
      id: `t${i}`,
      type: 'visit',
      source: `a${i}`,
      target: `a${j}`,
      directed: true,
      label: 'x',
      sources: ['s'],
      date: `${2000 + (i % 20)}`,
    });
    if (rand() < 0.3)
      ties.push({
        id: `u${i}`,
        type: 'meeting',
        source: `a${i}`,
        target: `a${Math.floor(rand() * n)}`,
        directed: false,
        label: 'y',
        sources: ['s'],
      });
  }
  return { actors, ties: ties.filter((t) => t.source !== t.target) };
}

const graphs: Array<[string, Graph]> = [
  ['bundled', buildGraph(bundled.actors, bundled.ties)],
  [
    'generated 500',
    (() => {
      const g = generated(500, 7);
      return buildGraph(g.actors, g.ties);
    })(),
  ],
];

for (const [name, graph] of graphs) {
  test(`walk (${name}): → from any actor visits each tied actor once, says "k of N", and wraps round`, () => {
    for (let i = 0; i < graph.actors.length; i++) {
      const order = neighbourOrder(graph, i);
      assert.deepEqual(new Set(order.map((x) => x.actor)), new Set(graph.neighbors[i]), `${graph.actors[i]!.id}`);
      let s: WalkState = startWalk(i);
      const seen: number[] = [];
      for (let k = 0; k < order.length; k++) {
        const step = walkStep(graph, s, 'next', 'en');
        assert.ok(
          step.say.startsWith(`${graph.actors[step.at]!.name}, ${k + 1} of ${order.length} tied to ${graph.actors[i]!.name}: `),
          step.say,
        );
        seen.push(step.at);
        s = step.state;
      }
      assert.deepEqual(
        seen.sort((a, b) => a - b),
        [...graph.neighbors[i]!],
      );
      if (order.length) assert.equal(walkStep(graph, s, 'next', 'en').at, order[0]!.actor, 'wraps to the first');
      else assert.match(walkStep(graph, s, 'next', 'en').say, /has no ties to move along/);
    }
  });

  test(`walk (${name}): ↓ and → reach every actor connected to the start; Page Down reaches every actor`, () => {
    const start = 0;
    // Depth-first with the keys only: into each unseen neighbour, then back out.
    const reached = new Set<number>([start]);
    const visit = (s: WalkState) => {
      const n = neighbourOrder(graph, s.anchor).length;
      let cur = s;
      for (let k = 0; k < n; k++) {
        const step = walkStep(graph, cur, 'next', 'en');
        cur = step.state;
        if (reached.has(step.at)) continue;
        reached.add(step.at);
        const into = walkStep(graph, cur, 'into', 'en');
        assert.equal(into.at, step.at);
        visit(into.state);
        const out = walkStep(graph, into.state, 'out', 'en');
        assert.equal(out.at, step.at, 'up comes back to the same place among the ties');
        cur = out.state;
      }
    };
    visit(startWalk(start));
    const component = new Set<number>([start]);
    const queue = [start];
    while (queue.length) for (const v of graph.neighbors[queue.shift()!]!) if (!component.has(v)) (component.add(v), queue.push(v));
    assert.deepEqual(
      [...reached].sort((a, b) => a - b),
      [...component].sort((a, b) => a - b),
    );

    const all = new Set<number>();
    let s = startWalk(actorOrder(graph)[0]!);
    all.add(s.anchor);
    for (let k = 1; k < graph.actors.length; k++) {
      const step = walkStep(graph, s, 'nextActor', 'en');
      assert.match(step.say, new RegExp(`^Actor ${k + 1} of ${graph.actors.length}: `));
      all.add(step.at);
      s = step.state;
    }
    assert.equal(all.size, graph.actors.length);
  });
}

test('walk: a step that cannot go says so and stays', () => {
  const [, graph] = graphs[0]!;
  const f = graph.index.get('mm-military')!;
  const up = walkStep(graph, startWalk(f), 'out', 'en');
  assert.equal(up.moved, false);
  assert.equal(up.at, f);
  assert.match(up.say, /is where the walk started/);
  // The announced sentence for a tie: name, place, kind of tie, date.
  const rus = neighbourOrder(graph, f).findIndex((x) => graph.actors[x.actor]!.id === 'rus');
  let s = startWalk(f);
  let step = walkStep(graph, s, 'next', 'en');
  for (let k = 0; k < rus; k++) ((s = step.state), (step = walkStep(graph, s, 'next', 'en')));
  assert.match(
    step.say,
    new RegExp(`^Russia, ${rus + 1} of ${neighbourOrder(graph, f).length} tied to Myanmar military \\(Tatmadaw\\): arms supply, 2010`),
  );
});
