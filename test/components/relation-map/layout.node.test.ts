// Layouts of <relation-map>, run in Node on a small network modelled on the seed articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { geoEqualEarth } from 'd3-geo';
import { buildWorld, type Places } from '../../../src/internal/world.js';
import { buildGraph, filterNetwork, yearRange } from '../../../src/components/relation-map/graph.js';
import { forceCollide } from 'd3-force';
import {
  RING_START_ACTORS,
  createForce,
  fitPoints,
  applyFit,
  forceLayout,
  forceLayoutChunked,
  forceTicks,
  gridCollide,
  lcg,
  ringStart,
  type Point,
} from '../../../src/components/relation-map/force.layout.js';
import { radialLayout } from '../../../src/components/relation-map/radial.layout.js';
import { geoLayout, GEO_RING } from '../../../src/components/relation-map/geo.layout.js';
import { placeLabels, textWidth } from '../../../src/components/relation-map/labels.layout.js';
import { tieLines } from '../../../src/components/relation-map/ties.geometry.js';
import { HitGrid, stepToward } from '../../../src/components/relation-map/geometry.js';
import { emptyText } from '../../../src/components/relation-map/text.js';
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

test('ticks: 300 from the spiral for small networks; 150 from rings, down to 80 for large ones', () => {
  assert.equal(forceTicks(RING_START_ACTORS), 300);
  assert.equal(forceTicks(RING_START_ACTORS + 1), 150);
  assert.equal(forceTicks(500), 150);
  assert.equal(forceTicks(2000), 100);
  assert.equal(forceTicks(10000), 80);
});

test('ring start: the focus in the middle, each further step from it on a wider ring, untied actors outside', () => {
  const big = bigNetwork(400, 700);
  const withLoners: Network = {
    ...big,
    actors: [...big.actors, { id: 'alone-1', kind: 'person', name: 'Alone', sources: [] }, { id: 'alone-2', kind: 'state', name: 'Alone too', sources: [] }],
  };
  const g = buildGraph(withLoners.actors, withLoners.ties);
  const f = g.index.get('a0')!;
  const pts = ringStart(g, f, 40);
  assert.deepEqual(ringStart(g, f, 40), pts, 'deterministic');
  assert.deepEqual(pts[f], { x: 0, y: 0 });
  // Radius by graph distance, with distances computed here independently.
  const dist = bfs(withLoners, 'a0');
  const byStep = new Map<number, number[]>();
  g.actors.forEach((a, i) => {
    const d = dist.get(a.id) ?? Infinity;
    const r = Math.hypot(pts[i]!.x, pts[i]!.y);
    byStep.set(d, [...(byStep.get(d) ?? []), r]);
  });
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  for (let k = 1; k < steps.length; k++) {
    const inner = Math.max(...byStep.get(steps[k - 1]!)!);
    const outer = Math.min(...byStep.get(steps[k]!)!);
    assert.ok(outer > inner, `step ${steps[k]} (from ${outer}) lies outside step ${steps[k - 1]} (to ${inner})`);
  }
  assert.ok(steps.at(-1) === Infinity, 'the untied actors are placed too, outermost');
  // No two actors start on one spot.
  const spots = new Set(pts.map((p) => `${p.x.toFixed(3)} ${p.y.toFixed(3)}`));
  assert.equal(spots.size, pts.length);
});

test('ring start: the picture is stretched to the box (wide for a desktop, tall for a phone)', () => {
  const big = bigNetwork(400, 700);
  const g = buildGraph(big.actors, big.ties);
  const extent = (pts: Point[]) => {
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    return (Math.max(...ys) - Math.min(...ys)) / (Math.max(...xs) - Math.min(...xs));
  };
  assert.ok(Math.abs(extent(ringStart(g, 0, 40, 0.62)) - 0.62) < 0.05);
  assert.ok(Math.abs(extent(ringStart(g, 0, 40, 1.5)) - 1.5) < 0.1);
});

test('force layout: above RING_START_ACTORS it starts from the rings, the same run chunked or not, each chunk reported', async () => {
  const big = bigNetwork(RING_START_ACTORS + 50, 400);
  const g = buildGraph(big.actors, big.ties);
  const options = { focus: 0, aspect: 0.85 };
  const { nodes } = createForce(g, options);
  const start = ringStart(g, 0, 48, 0.85);
  nodes.forEach((d, i) => assert.deepEqual({ x: d.x, y: d.y }, start[i]));
  const whole = forceLayout(g, options);
  const frames: Point[][] = [];
  let settled = false;
  const chunked = forceLayoutChunked(g, options, () => false, 0.5, (p) => frames.push(p), 0).then((p) => {
    settled = true;
    return p;
  });
  // The first placement comes at once, before any tick: the caller draws it in the same frame.
  assert.equal(frames.length, 1);
  assert.deepEqual(frames[0], start);
  assert.deepEqual(await chunked, whole);
  assert.ok(settled && frames.length > 3, `${frames.length} frames`);
  // The frames move from the start toward the final picture.
  const moved = (p: Point[]) => p.reduce((s, q, i) => s + Math.hypot(q.x - whole[i]!.x, q.y - whole[i]!.y), 0);
  assert.ok(moved(frames.at(-1)!) < moved(frames[0]!));
  assert.equal(await forceLayoutChunked(g, options, () => true, 0.5, () => undefined), null, 'cancelled');
});

test('grid collision gives the push d3’s quadtree collision gives', () => {
  // Pairs of overlapping marks far apart from each other: each push depends on one pair only.
  const make = (): Array<{ index: number; x: number; y: number; vx: number; vy: number; r: number }> => {
    const rand = lcg(7);
    const out = [];
    for (let k = 0; k < 40; k++) {
      const [cx, cy] = [(k % 8) * 100, Math.floor(k / 8) * 100];
      const r1 = 3 + rand() * 8;
      const r2 = 3 + rand() * 8;
      const a = rand() * 2 * Math.PI;
      const d = (r1 + r2) * (0.2 + rand() * 1.2);
      out.push({ index: 2 * k, x: cx, y: cy, vx: rand() - 0.5, vy: rand() - 0.5, r: r1 });
      out.push({ index: 2 * k + 1, x: cx + d * Math.cos(a), y: cy + d * Math.sin(a), vx: rand() - 0.5, vy: rand() - 0.5, r: r2 });
    }
    return out;
  };
  const [a, b] = [make(), make()];
  const theirs = forceCollide<(typeof a)[number]>((d) => d.r);
  theirs.initialize!(a, lcg(1));
  theirs(1);
  const ours = gridCollide<(typeof b)[number]>((d) => d.r);
  ours.initialize!(b, lcg(1));
  ours(1);
  let pushed = 0;
  a.forEach((d, i) => {
    assert.ok(Math.abs(d.vx - b[i]!.vx) < 1e-9 && Math.abs(d.vy - b[i]!.vy) < 1e-9, `node ${i}`);
    if (Math.abs(d.vx - make()[i]!.vx) > 1e-6) pushed++;
  });
  assert.ok(pushed > 20, `${pushed} marks pushed apart`);
});

test('fitting: a turn can be imposed, so a picture that settles keeps its orientation', () => {
  const tall = [
    { x: 0, y: 0 },
    { x: 100, y: 1000 },
  ];
  assert.equal(fitPoints(tall, 600, 300, 10).rotate, true);
  const kept = fitPoints(tall, 600, 300, 10, undefined, undefined, false);
  assert.equal(kept.rotate, false);
  for (const p of tall.map((q) => applyFit(kept, q))) assert.ok(p.y >= 10 - 1e-9 && p.y <= 290 + 1e-9);
});

test('empty: the chart says there is no actor, or which filters match no tie', () => {
  assert.equal(emptyText('en', null), 'No actors to show.');
  assert.equal(emptyText('en', { types: new Set(['sanction']), from: 2030, to: 2031 }), 'No ties match: 2030–2031, type sanction.');
  assert.equal(emptyText('en', { types: new Set(['visit', 'arms-supply']), from: null, to: null }), 'No ties match: types arms-supply, visit.');
  assert.equal(emptyText('de', { types: null, from: 2030, to: null }), 'No ties match: from 2030.');
  assert.equal(emptyText('en', { types: null, from: null, to: 1990 }), 'No ties match: up to 1990.');
  assert.equal(emptyText('en', { types: null, from: 2020, to: 2020 }), 'No ties match: 2020.');
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
