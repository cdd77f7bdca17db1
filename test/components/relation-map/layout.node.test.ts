// Layouts of <relation-map>, run in Node on a small network modelled on the seed articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { geoEqualEarth } from 'd3-geo';
import { buildWorld, type Places } from '../../../src/internal/world.js';
import { buildGraph, filterNetwork, yearRange } from '../../../src/components/relation-map/graph.js';
import { fitPoints, applyFit, forceLayout, forceLayoutChunked } from '../../../src/components/relation-map/force.layout.js';
import { radialLayout } from '../../../src/components/relation-map/radial.layout.js';
import { geoLayout, GEO_RING } from '../../../src/components/relation-map/geo.layout.js';
import { placeLabels, textWidth } from '../../../src/components/relation-map/labels.layout.js';
import { tieLines } from '../../../src/components/relation-map/ties.geometry.js';
import { HitGrid, stepToward } from '../../../src/components/relation-map/geometry.js';
import { normalizeMapOptions, resolveFocus } from '../../../src/components/relation-map/relation-map.options.js';
import type { DataIssue } from '../../../src/data/issue.js';
import type { Network } from '../../../src/data/types.js';
import { network, bigNetwork } from './fixture.js';

const graph = buildGraph(network.actors, network.ties);
const focus = graph.index.get('mm-military')!;
const id = (i: number) => graph.actors[i]!.id;

test('force layout: the same network gives the same positions every time, chunked or not', async () => {
  const a = forceLayout(graph, { focus });
  const b = forceLayout(buildGraph(network.actors, network.ties), { focus });
  assert.deepEqual(a, b);
  const c = await forceLayoutChunked(graph, { focus }, () => false, 0.01);
  assert.deepEqual(c, a);
  for (const p of a) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
});

test('force layout: the focus is held at the centre and tied actors sit closer than untied ones', () => {
  const pts = forceLayout(graph, { focus });
  assert.deepEqual(pts[focus], { x: 0, y: 0 });
  const d = (i: number, j: number) => Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y);
  const tied = new Set(network.ties.map((t) => [t.source, t.target].sort().join(' ')));
  let [tiedSum, tiedN, otherSum, otherN] = [0, 0, 0, 0];
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      if (tied.has([id(i), id(j)].sort().join(' '))) [tiedSum, tiedN] = [tiedSum + d(i, j), tiedN + 1];
      else [otherSum, otherN] = [otherSum + d(i, j), otherN + 1];
    }
  }
  assert.ok(tiedSum / tiedN < 0.75 * (otherSum / otherN), `tied ${tiedSum / tiedN} vs other ${otherSum / otherN}`);
});

test('fitting positions into a box keeps every actor inside the padding', () => {
  const pts = forceLayout(graph, { focus });
  for (const [w, h] of [[320, 440], [960, 595]] as const) {
    const fit = fitPoints(pts, w, h, 20);
    for (const p of pts.map((q) => applyFit(fit, q))) {
      assert.ok(p.x >= 20 - 1e-9 && p.x <= w - 20 + 1e-9 && p.y >= 20 - 1e-9 && p.y <= h - 20 + 1e-9, `${p.x},${p.y} in ${w}×${h}`);
    }
  }
});

/** Breadth-first distances over the raw tie list, written separately from the library's. */
function bfs(net: Network, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const t of net.ties) {
        const v = t.source === u ? t.target : t.target === u ? t.source : null;
        if (v && !dist.has(v)) {
          dist.set(v, dist.get(u)! + 1);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

test('radial layout: each actor lies on the ring of its graph distance from the focus; rings evenly spaced', () => {
  const withLoner: Network = {
    ...network,
    actors: [...network.actors, { id: 'loner', kind: 'person', name: 'Loner', sources: [] }],
  };
  const g = buildGraph(withLoner.actors, withLoner.ties);
  const f = g.index.get('mm-military')!;
  const [w, h, pad] = [600, 600, 40];
  const r = radialLayout(g, f, w, h, pad);
  const dist = bfs(withLoner, 'mm-military');
  const maxD = Math.max(...dist.values());
  // The unconnected actor sits in a band under the rings, which are centred in the rest.
  const band = r.unconnected!;
  assert.ok(band && band.y + band.height === h && band.height > 0);
  const [cx, cy] = [w / 2, band.y / 2];
  const step = (Math.min(w, band.y) / 2 - pad) / maxD;
  g.actors.forEach((a, i) => {
    const p = r.points[i]!;
    if (!dist.has(a.id)) {
      assert.ok(p.y > band.y && p.y < h && p.x >= 0 && p.x <= w, `${a.id} in the band`);
      assert.equal(r.ring[i], -1);
      return;
    }
    const radius = Math.hypot(p.x - cx, p.y - cy);
    const expected = dist.get(a.id)! * step;
    assert.ok(Math.abs(radius - expected) < 1e-6, `${a.id}: radius ${radius}, expected ${expected}`);
  });
  assert.deepEqual(r.points[f], { x: cx, y: cy });
  assert.equal(radialLayout(buildGraph(network.actors, network.ties), focus, w, h, pad).unconnected, null);
});

test('radial layout: ring 1 runs clockwise from 12 o’clock by kind (states, organisations, people), then name', () => {
  const r = radialLayout(graph, focus, 600, 600, 40);
  const ring1 = graph.actors.map((_, i) => i).filter((i) => r.ring[i] === 1);
  const clockwise = (i: number) => {
    const p = r.points[i]!;
    return (Math.atan2(p.x - 300, -(p.y - 300)) + 2 * Math.PI) % (2 * Math.PI);
  };
  const byAngle = [...ring1].sort((a, b) => clockwise(a) - clockwise(b)).map(id);
  const rank = { state: 0, organisation: 1, person: 2 };
  const expected = [...ring1]
    .map((i) => graph.actors[i]!)
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.name.localeCompare(b.name, 'en'))
    .map((a) => a.id);
  assert.deepEqual(byAngle, expected);
  assert.deepEqual(radialLayout(graph, focus, 600, 600, 40), r);
});

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
const places = JSON.parse(readFileSync('data/geo/places.json', 'utf8')) as Places;
const world = buildWorld(topology, places);

test('geo layout: states sit on their country’s projected point; others on rings around their state', () => {
  for (const [w, h] of [[960, 528], [320, 420]] as const) {
    const g = geoLayout(graph, world, w, h);
    const statePoint = (iso3: string) => g.project(world.points.get(world.numericOf(iso3)!)!)!;
    // The projection is Equal Earth (checked against d3's own, up to scale and translation).
    const ee = geoEqualEarth();
    const [a, b] = [ee([27.9, 53.7])!, ee([96.5, 21.9])!];
    const [pa, pb] = [g.project([27.9, 53.7])!, g.project([96.5, 21.9])!];
    assert.ok(Math.abs((pb.x - pa.x) / (b[0] - a[0]) - (pb.y - pa.y) / (b[1] - a[1])) < 1e-6, 'uniform scale');
    graph.actors.forEach((actor, i) => {
      const p = g.points[i]!;
      if (!actor.country) {
        assert.ok(g.noLocation.includes(i), `${actor.id} has no place`);
        const box = g.noLocationBox!;
        assert.ok(p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height, `${actor.id} in its box`);
        return;
      }
      const c = statePoint(actor.country);
      const d = Math.hypot(p.x - c.x, p.y - c.y);
      if (actor.kind === 'state') assert.ok(d < 1, `${actor.id} is ${d}px from its point`);
      else {
        // Within the rings of its country: no more than 3 rings of 15 px for this network.
        assert.ok(d > GEO_RING - 1e-6 && d <= 3 * GEO_RING + 1e-6, `${actor.id} is ${d}px from ${actor.country}`);
        assert.ok(Math.abs(d - g.offset[i]!) < 1e-6);
      }
      assert.ok(p.x >= g.mapBox.x && p.x <= g.mapBox.x + g.mapBox.width, `${actor.id} inside the map at ${w}px`);
      assert.ok(p.y >= g.mapBox.y && p.y <= g.mapBox.y + g.mapBox.height, `${actor.id} inside the map at ${w}px`);
    });
    // Belarus lies west of Russia's point and Myanmar south of China's: geography is kept.
    assert.ok(statePoint('BLR').x < statePoint('RUS').x);
    assert.ok(statePoint('MMR').y > statePoint('CHN').y);
    assert.ok(g.land.length > 20 && g.land.some((l) => l.tied && l.id === '104'));
  }
});

test('labels: placed boxes never overlap each other or another actor, and stay inside the chart', () => {
  const pts = forceLayout(graph, { focus });
  for (const [w, h] of [[320, 440], [960, 595]] as const) {
    const fit = fitPoints(pts, w, h, 20);
    const nodes = pts.map((p, i) => ({ ...applyFit(fit, p), r: 8, text: graph.actors[i]!.name }));
    const order = nodes.map((_, i) => i).sort((a, b) => (a === focus ? -1 : b === focus ? 1 : graph.tiesOf[b]!.length - graph.tiesOf[a]!.length));
    const placed = placeLabels(nodes, order, { bounds: { x: 0, y: 0, width: w, height: h }, fontSize: 12, center: { x: w / 2, y: h / 2 } });
    assert.ok(placed[focus], 'the focus is always labelled');
    const boxes = placed.flatMap((p, i) => (p ? [{ i, b: p.box }] : []));
    assert.ok(boxes.length >= nodes.length / 2, `${boxes.length} of ${nodes.length} labelled at ${w}px`);
    for (const { i, b } of boxes) {
      // Width from the character count, computed here independently.
      assert.ok(Math.abs(b.width - nodes[i]!.text.length * 12 * 0.6) < 1e-9);
      assert.equal(b.width, textWidth(nodes[i]!.text, 12));
      assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h);
      for (const { i: j, b: c } of boxes) {
        if (j <= i) continue;
        const overlap = b.x < c.x + c.width && c.x < b.x + b.width && b.y < c.y + c.height && c.y < b.y + b.height;
        assert.ok(!overlap, `labels of ${id(i)} and ${id(j)} overlap at ${w}px`);
      }
      nodes.forEach((n, k) => {
        if (k === i) return;
        const hit = b.x < n.x + n.r && n.x - n.r < b.x + b.width && b.y < n.y + n.r && n.y - n.r < b.y + b.height;
        assert.ok(!hit, `label of ${id(i)} covers ${id(k)} at ${w}px`);
      });
    }
  }
});

test('labels: placement is greedy in the order given (an earlier label wins a contested spot)', () => {
  const nodes = [
    { x: 100, y: 100, r: 5, text: 'First actor' },
    { x: 100, y: 100 + 5, r: 5, text: 'Second actor' },
  ];
  const bounds = { x: 0, y: 0, width: 300, height: 300 };
  const a = placeLabels(nodes, [0, 1], { bounds, fontSize: 12 });
  const b = placeLabels(nodes, [1, 0], { bounds, fontSize: 12 });
  assert.ok(a[0] && a[0].anchor === 'start', 'first gets its first choice, to the right');
  assert.ok(b[1] && b[1].anchor === 'start');
});

test('tie lines: several ties between the same two actors fan out into distinct curves', () => {
  const pts = radialLayout(graph, focus, 600, 600, 40).points;
  const lines = tieLines(graph, pts, pts.map(() => 6));
  const pairKey = (s: string, t: string) => [s, t].sort().join(' ');
  const mah = network.ties.filter((t) => pairKey(t.source, t.target) === pairKey('blr', 'mm-military'));
  assert.equal(mah.length, 2);
  const [d1, d2] = mah.map((t) => lines[graph.ties.indexOf(t)]!.d);
  assert.notEqual(d1, d2);
  assert.match(d1!, /Q/);
  // A single tie is a straight line that stops short of its target's mark.
  const single = graph.ties.findIndex((t) => t.id === 't-visit-2014');
  assert.match(lines[single]!.d, /^M[\d.,-]+L[\d.,-]+$/);
});

test('filters: types and years keep matching ties; undated ties stay; actors left with no tie drop out, the focus stays', () => {
  const years = filterNetwork(network, { types: null, from: 2020, to: 2021 }, 'mm-military');
  const expected = network.ties.filter((t) => {
    if (!t.date) return true;
    const start = Number(t.date.slice(0, 4));
    const end = t.endDate ? Number(t.endDate.slice(0, 4)) : start;
    return end >= 2020 && start <= 2021;
  });
  assert.deepEqual(years.ties.map((t) => t.id), expected.map((t) => t.id));
  assert.ok(years.ties.some((t) => t.id === 't-su30'), '2018–2022 reaches into the range');
  assert.ok(!years.actors.some((a) => a.id === 'sergei-shoigu'), 'only tie in 2018');
  const arms = filterNetwork(network, { types: new Set(['sanction']), from: null, to: null }, 'blr');
  assert.deepEqual(arms.ties.map((t) => t.id), ['t-sanction']);
  assert.deepEqual(arms.actors.map((a) => a.id).sort(), ['blr', 'mm-military', 'usa']);
  assert.deepEqual(yearRange(network.ties), [1994, 2023]);
});

test('attributes: bad values fall back with a message naming the attribute', () => {
  const issues: DataIssue[] = [];
  const o = normalizeMapOptions({ layout: 'tree', types: 'visit bribe', from: '2025', to: '2014', labels: 'some' }, issues);
  assert.equal(o.layout, 'force');
  assert.deepEqual([...o.types!], ['visit']);
  assert.deepEqual([o.from, o.to], [2014, 2025]);
  assert.equal(o.labels, 'all');
  const text = issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  assert.match(text, /layout: invalid layout: "tree"; use one of force, radial, geo/);
  assert.match(text, /types: invalid types: "bribe"; use any of arms-supply/);
  assert.match(text, /labels: invalid labels: "some"/);
  assert.match(text, /swapped/);
  const none: DataIssue[] = [];
  assert.deepEqual(normalizeMapOptions({}, none), { layout: 'force', types: null, from: null, to: null, labels: null });
  assert.equal(none.length, 0);
});

test('focus: an unknown id falls back to the network’s centre, saying so', () => {
  const issues: DataIssue[] = [];
  assert.equal(resolveFocus('nobody', network, issues), 'mm-military');
  assert.match(issues[0]!.message, /"nobody".*"mm-military"/);
  assert.equal(resolveFocus('BLR', network, []), 'blr');
  assert.equal(resolveFocus(null, { actors: network.actors, ties: network.ties }, []), 'mm-military', 'most ties');
});

test('scale: 2,000 actors and 5,000 ties lay out deterministically with fewer ticks', () => {
  const big = bigNetwork(2000, 5000);
  const g = buildGraph(big.actors, big.ties);
  const a = forceLayout(g, { focus: 0, ticks: 20 });
  const b = forceLayout(g, { focus: 0, ticks: 20 });
  assert.deepEqual(a, b);
  assert.ok(a.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
});

test('keyboard: an arrow moves to the nearest tied actor in that direction, else the nearest actor that way', () => {
  // A plus-shaped picture: 0 in the middle, 1 right, 2 up, 3 far left (untied), 4 down-left (tied).
  const points = [
    { x: 0, y: 0 },
    { x: 50, y: 5 },
    { x: 0, y: -40 },
    { x: -30, y: 0 },
    { x: -20, y: 70 },
  ];
  const tied = [1, 2, 4];
  assert.equal(stepToward(points, tied, 0, 1, 0), 1);
  assert.equal(stepToward(points, tied, 0, 0, -1), 2);
  // Left: no tied actor lies that way (4 is mostly down), so the nearest actor to the left.
  assert.equal(stepToward(points, tied, 0, -1, 0), 3);
  assert.equal(stepToward(points, tied, 0, 0, 1), 4);
  assert.equal(stepToward([{ x: 0, y: 0 }], [], 0, 1, 0), null);
});

test('hit testing finds the mark under the pointer, nearest first, and nothing in empty space', () => {
  const grid = new HitGrid(
    [
      { x: 10, y: 10 },
      { x: 30, y: 10 },
      { x: 500, y: 400 },
    ],
    [8, 8, 12],
  );
  assert.equal(grid.find(12, 11), 0);
  assert.equal(grid.find(27, 10), 1);
  assert.equal(grid.find(510, 405), 2);
  assert.equal(grid.find(200, 200), null);
  assert.equal(grid.find(10, 21), 0, 'within radius + 3 px of slop');
  assert.equal(grid.find(10, 22), null);
});
