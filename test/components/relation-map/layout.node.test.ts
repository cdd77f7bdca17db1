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
  forceLayout,
  forceLayoutChunked,
  forceTicks,
  gridCollide,
  ringStart,
} from '../../../src/components/relation-map/force.layout.js';
import { lcg, type Point } from '../../../src/internal/plane.js';
import { applyFit, fitPoints } from '../../../src/components/relation-map/fit.js';
import { radialLayout, ringRadii as radialRingRadii } from '../../../src/components/relation-map/radial.layout.js';
import { centralMeridian, framedGroups, geoLayout, GEO_RING } from '../../../src/components/relation-map/geo.layout.js';
import { edgeToward, ringRadii, ringSlots, spreadClusters } from '../../../src/components/relation-map/geo.clusters.js';
import { bandStep, labelBounds, noLocationBand } from '../../../src/components/relation-map/geo.band.js';
import { nodeRadius } from '../../../src/components/relation-map/encoding.js';
import { placeLabels } from '../../../src/components/relation-map/labels.layout.js';
import { textWidth } from '../../../src/internal/text-metrics.js';
import { tieLines } from '../../../src/components/relation-map/ties.geometry.js';
import { HitGrid, buildGeometry, labelCandidates, stepToward } from '../../../src/components/relation-map/geometry.js';
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
  for (const [w, h] of [
    [320, 440],
    [960, 595],
  ] as const) {
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

test('radial layout: each actor lies on the ring of its graph distance from the focus', () => {
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
  const R = Math.min(w, band.y) / 2 - pad;
  // Ring k's radius: ringRadii (its numbers are checked by hand in the next test).
  const radii = radialRingRadii(
    g.actors.map((a) => dist.get(a.id) ?? -1),
    maxD,
    R,
  );
  const radiusOf = (k: number) => radii[k]!;
  g.actors.forEach((a, i) => {
    const p = r.points[i]!;
    if (!dist.has(a.id)) {
      assert.ok(p.y > band.y && p.y < h && p.x >= 0 && p.x <= w, `${a.id} in the band`);
      assert.equal(r.ring[i], -1);
      return;
    }
    const radius = Math.hypot(p.x - cx, p.y - cy);
    const expected = radiusOf(dist.get(a.id)!);
    assert.ok(Math.abs(radius - expected) < 1e-6, `${a.id}: radius ${radius}, expected ${expected}`);
  });
  assert.deepEqual(r.points[f], { x: cx, y: cy });
  assert.equal(radialLayout(buildGraph(network.actors, network.ties), focus, w, h, pad).unconnected, null);
});

test('radial rings: the same arc per actor on every ring as far as fits, rings at least R / (2 × rings) apart, the outer one at R', () => {
  // The bundled web's rings around the junta hold 14, 30 and 14 actors; R = 300, so rings are at least 50 apart.
  // Ring 3 (14) sits one gap outside ring 2, which holds 30 at 250: arc = 2π·250/30; ring 1 then holds 14 at 14·250/30.
  const ring = [0, ...Array(14).fill(1), ...Array(30).fill(2), ...Array(14).fill(3)];
  const r = radialRingRadii(ring, 3, 300);
  [0, (14 * 250) / 30, 250, 300].forEach((x, k) => assert.ok(Math.abs(r[k]! - x) < 1e-6, `ring ${k}: ${r[k]} ≠ ${x}`));
  // Square-root shares put ring 1 at 87 (40 px of arc per actor): it now has 52 px, as ring 2 does.
  assert.ok(r[1]! > 110);
  // Rings of one actor each keep the least gap: 1/6 R apart, ending at R.
  const thin = radialRingRadii([0, 1, 2, 3], 3, 300);
  [0, 200, 250, 300].forEach((x, k) => assert.ok(Math.abs(thin[k]! - x) < 1e-6, `thin ring ${k}: ${thin[k]}`));
  assert.deepEqual(radialRingRadii([0], 0, 300), [0]);
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

/** How far a mark reaches, from the shapes' geometry: a state's circle r, a diamond's corners 1.2r, a rounded square's about 1.18r. */
function markReach(g: typeof graph, i: number, width: number): number {
  const a = g.actors[i]!;
  const r = nodeRadius(a.kind, g.tiesOf[i]!.length, (width < 480 ? 0.85 : 1) * 0.75);
  return a.kind === 'state' ? r : 1.2 * r;
}

/** The geometry the element builds from a geo layout at rest (labels with estimated widths). */
function geoGeometry(
  g: typeof graph,
  layout: ReturnType<typeof geoLayout>,
  width: number,
  height: number,
  f: number,
  labels: 'all' | null = null,
) {
  const band = layout.noLocationBox;
  return buildGeometry(g, layout.points, {
    width,
    height,
    focus: f,
    labels,
    large: false,
    markScale: layout.markScale,
    labelReach: layout.labelReach,
    labelFirst: layout.labelFirst,
    inRow: new Set(layout.noLocation),
    ...(layout.noLocationCaption ? { obstacles: [layout.noLocationCaption] } : {}),
    ...(band ? { labelBounds: labelBounds(g.actors.length, layout.noLocation, band, { applyY: (y) => y }, width, height) } : {}),
  });
}

/** Every label inside its part of the chart (a placeless actor's in the band, others above it), clear of other labels and of every other mark. */
function assertLabelsClear(
  g: typeof graph,
  layout: ReturnType<typeof geoLayout>,
  geo: ReturnType<typeof buildGeometry>,
  w: number,
  h: number,
): void {
  const band = layout.noLocationBox;
  const boxes = geo.labels.flatMap((l, i) => (l ? [{ i, b: l.box }] : []));
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const { i, b } of boxes) {
    const name = g.actors[i]!.id;
    assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h, `label of ${name} inside`);
    if (band && layout.noLocation.includes(i))
      assert.ok(b.y >= band.y && b.x + b.width <= band.x + band.width, `label of ${name} inside the band`);
    else if (band) assert.ok(b.y + b.height <= band.y, `label of ${name} above the band`);
    if (layout.noLocationCaption) assert.ok(!overlap(b, layout.noLocationCaption), `label of ${name} covers the caption`);
    for (const { i: j, b: c } of boxes) if (j > i) assert.ok(!overlap(b, c), `labels of ${name} and ${g.actors[j]!.id} overlap`);
    layout.points.forEach((p, k) => {
      const r = geo.radii[k]!;
      if (k !== i)
        assert.ok(!overlap(b, { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }), `label of ${name} covers ${g.actors[k]!.id}`);
    });
  }
}

/** Every placeless actor's whole mark inside the band, no two touching. */
function assertInBand(g: typeof graph, layout: ReturnType<typeof geoLayout>, w: number): void {
  const band = layout.noLocationBox!;
  for (const i of layout.noLocation) {
    const [p, r] = [layout.points[i]!, markReach(g, i, w)];
    assert.ok(
      p.x - r >= band.x && p.x + r <= band.x + band.width && p.y - r >= band.y && p.y + r <= band.y + band.height,
      `${g.actors[i]!.id} at ${p.x},${p.y} in the band`,
    );
    for (const j of layout.noLocation) {
      const q = layout.points[j]!;
      if (j > i) assert.ok(Math.hypot(p.x - q.x, p.y - q.y) >= r + markReach(g, j, w), `${g.actors[i]!.id} and ${g.actors[j]!.id} touch`);
    }
  }
}

/** The actors the arrow keys reach from `from`, moving as the element does (Left and Right walk the band). */
function reachable(
  points: readonly Point[],
  neighbors: ReadonlyArray<readonly number[]>,
  band: readonly number[],
  from: number,
): Set<number> {
  const seen = new Set([from]);
  for (const queue = [from]; queue.length;) {
    const i = queue.shift()!;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const j = (dy === 0 ? bandStep(points, band, i, dx) : null) ?? stepToward(points, neighbors[i]!, i, dx, dy);
      if (j !== null && !seen.has(j)) (seen.add(j), queue.push(j));
    }
  }
  return seen;
}

test('geo layout: states at their country’s point, or moved off it with a leader; others on rings around their state', () => {
  for (const [w, h] of [
    [960, 528],
    [320, 420],
  ] as const) {
    const g = geoLayout(graph, world, w, h, focus);
    const home = (iso3: string) => g.project(world.points.get(world.numericOf(iso3)!)!)!;
    // Equal Earth (checked against d3's own up to scale and translation), its central meridian
    // in the middle of the states framed: all of them on a desktop; on a phone all but the
    // United States, far off to the west.
    const framed = graph.actors.filter((a) => a.kind === 'state' && a.country && (w > 480 || a.country !== 'USA'));
    const lons = framed.map((a) => world.points.get(world.numericOf(a.country!)!)![0]);
    const ee = geoEqualEarth().rotate([-(Math.min(...lons) + Math.max(...lons)) / 2, 0]);
    const ll: Array<[number, number]> = [
      [27.9, 53.7],
      [96.5, 21.9],
      [60, -10],
    ];
    const [a, b, c] = ll.map((p) => ee(p)!);
    const [pa, pb, pc] = ll.map((p) => g.project(p)!);
    const k = (pb!.x - pa!.x) / (b![0] - a![0]);
    assert.ok(
      Math.abs((pb!.y - pa!.y) / (b![1] - a![1]) - k) < 1e-6 && Math.abs((pc!.x - pa!.x) / (c![0] - a![0]) - k) < 1e-6,
      'uniform scale',
    );
    graph.actors.forEach((actor, i) => {
      const p = g.points[i]!;
      if (!actor.country) {
        assert.ok(g.noLocation.includes(i), `${actor.id} has no place`);
        const box = g.noLocationBox!;
        assert.ok(p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height, `${actor.id} in its box`);
        return;
      }
      const state = graph.actors.findIndex((s) => s.kind === 'state' && s.country === actor.country);
      if (actor.kind === 'state') {
        const h0 = home(actor.country);
        const moved = g.moved.find((m) => m.state === i);
        if (moved) {
          assert.ok(
            Math.hypot(moved.home.x - h0.x, moved.home.y - h0.y) < 1e-6 && moved.centre.x === p.x && moved.centre.y === p.y,
            `${actor.id}'s leader`,
          );
        } else assert.ok(Math.hypot(p.x - h0.x, p.y - h0.y) <= 1, `${actor.id} is at its point`);
        assert.equal(g.offset[i], 0);
      } else {
        const c0 = g.points[state]!;
        const d = Math.hypot(p.x - c0.x, p.y - c0.y);
        assert.deepEqual(g.anchor[i], c0);
        assert.ok(d >= GEO_RING - 1e-6 && Math.abs(d - g.offset[i]!) < 1e-6, `${actor.id} is ${d}px from ${actor.country}`);
      }
      const r = markReach(graph, i, w);
      const m = g.mapBox;
      assert.ok(
        p.x - r >= m.x - 1e-6 && p.x + r <= m.x + m.width + 1e-6 && p.y - r >= m.y - 1e-6 && p.y + r <= m.y + m.height + 1e-6,
        `${actor.id} inside the map at ${w}px`,
      );
    });
    // No two marks on the map touch (marks computed here from the shapes, not the layout's numbers).
    const placed = graph.actors.flatMap((x, i) => (x.country ? [i] : []));
    for (const i of placed) {
      for (const j of placed) {
        if (j <= i) continue;
        const d = Math.hypot(g.points[i]!.x - g.points[j]!.x, g.points[i]!.y - g.points[j]!.y);
        assert.ok(d >= markReach(graph, i, w) + markReach(graph, j, w) - 1e-6, `${id(i)} and ${id(j)} touch at ${w}px`);
      }
    }
    // Belarus lies west of Russia's point and Myanmar south of China's: geography is kept.
    assert.ok(home('BLR').x < home('RUS').x);
    assert.ok(home('MMR').y > home('CHN').y);
    assert.ok(g.land.length > 20 && g.land.some((l) => l.tied && l.id === '104'));
  }
});

test('geo layout at 320 px: Myanmar, Russia, Belarus and China well apart, every actor inside, labels clear of each other and of marks', () => {
  const [w, h] = [320, 330];
  const g = geoLayout(graph, world, w, h, focus);
  const at = (actor: string) => g.points[graph.index.get(actor)!]!;
  const eurasian = ['mmr', 'rus', 'blr', 'chn'];
  for (const s of eurasian) {
    for (const t of eurasian) {
      if (s < t)
        assert.ok(
          Math.hypot(at(s).x - at(t).x, at(s).y - at(t).y) >= 60,
          `${s} and ${t} are ${Math.hypot(at(s).x - at(t).x, at(s).y - at(t).y)}px apart`,
        );
    }
  }
  graph.actors.forEach((a, i) => {
    const [p, r] = [g.points[i]!, markReach(graph, i, w)];
    assert.ok(p.x - r >= 0 && p.x + r <= w && p.y - r >= 0 && p.y + r <= h, `${a.id} at ${p.x},${p.y} inside ${w}×${h}`);
  });
  // The United States is left out of the phone's framing, not off the map: at the left edge, its leader pointing on west.
  const usa = g.moved.find((m) => m.state === graph.index.get('usa'))!;
  assert.ok(usa.home.x < 0 && usa.edge && usa.edge.x === 0 && usa.centre.x > 0, 'the US points home, off the map');
  const wide = geoLayout(graph, world, 960, 528, focus);
  assert.ok(!wide.moved.some((m) => m.edge), 'a desktop map frames every state');

  const geo = geoGeometry(graph, g, w, h, focus);
  for (const s of ['mm-military', ...eurasian, 'usa', 'un-ga']) assert.ok(geo.labels[graph.index.get(s)!], `${s} is labelled`);
  assertLabelsClear(graph, g, geo, w, h);
});

test('geo layout: the same picture every time (the collision run is seeded)', () => {
  const strip = (l: ReturnType<typeof geoLayout>) => ({ ...l, project: null });
  for (const w of [320, 960]) {
    assert.deepEqual(
      strip(geoLayout(graph, world, w, 420, focus)),
      strip(geoLayout(buildGraph(network.actors, network.ties), world, w, 420, focus)),
    );
  }
});

test('geo layout: the central meridian is the middle of the shortest arc holding every longitude', () => {
  assert.ok(Math.abs(centralMeridian([-98.7, 103.4, 28]) - 2.35) < 1e-9);
  assert.equal(Math.abs(centralMeridian([170, -170, 175])), 180, 'across the antimeridian');
  assert.ok(Math.abs(centralMeridian([150, -150, -120]) - -165) < 1e-9);
  assert.equal(centralMeridian([10]), 10);
  assert.equal(centralMeridian([]), 0);
});

test('geo layout: a narrow map leaves out only a lone state far off at one end, never the focus’s', () => {
  const at = (lon: number) => ({ lonlat: [lon, 0] as [number, number] });
  const [usa, gbr, blr, rus, mmr] = [at(-98), at(-2), at(28), at(96), at(97)];
  assert.deepEqual(framedGroups([usa, gbr, blr, rus, mmr], 320), [gbr, blr, rus, mmr]);
  assert.deepEqual(framedGroups([usa, gbr, blr, rus, mmr], 960), [usa, gbr, blr, rus, mmr], 'wide maps frame every state');
  assert.deepEqual(
    framedGroups([usa, gbr, blr, rus, mmr], 320, (g) => g === usa),
    [usa, gbr, blr, rus, mmr],
  );
  assert.deepEqual(framedGroups([gbr, blr, rus, mmr], 320), [gbr, blr, rus, mmr], 'no state far enough off');
});

test('geo rings: sized from the marks on them, so none touch; the outer ring spread evenly', () => {
  // A centre reaching 10 px, seven actors reaching 5 px, 2 px apart: ring 1 clears the centre
  // (10 + 5 + 2 = 17, over the 13 px least step and the 12 px six side by side need); ring 2 is one step on.
  const slots = ringSlots(7);
  assert.deepEqual(
    slots.map((s) => s.ring),
    [1, 1, 1, 1, 1, 1, 2],
  );
  assert.deepEqual(ringRadii(slots, new Array(7).fill(5), 10, 2), [0, 17, 30]);
  // Six big marks (9 px) on one ring: side by side they need a chord of 20, so R = 20.
  assert.ok(Math.abs(ringRadii(ringSlots(6), new Array(6).fill(9), 0, 2)[1]! - 20) < 1e-9);
  // A part-filled outer ring (8 of 12 slots) is spread over the whole turn.
  const outer = ringSlots(14).filter((s) => s.ring === 2);
  assert.equal(outer.length, 8);
  outer.forEach((s, k) => assert.ok(Math.abs(s.angle - (2 * Math.PI * (k + 0.5)) / 8) < 1e-9));
});

test('geo clusters: pushed apart to no overlap, kept in the box, the smaller one moving more', () => {
  const box = { x: 0, y: 0, width: 300, height: 200 };
  const homes = [
    { x: 150, y: 100 },
    { x: 160, y: 100 },
    { x: 5, y: 5 },
  ];
  const radii = [40, 10, 20];
  const c = spreadClusters(homes, radii, box);
  assert.deepEqual(c, spreadClusters(homes, radii, box));
  assert.ok(Math.hypot(c[0]!.x - c[1]!.x, c[0]!.y - c[1]!.y) >= 50 - 1e-6, 'no overlap');
  assert.ok(Math.hypot(c[1]!.x - 160, c[1]!.y - 100) > Math.hypot(c[0]!.x - 150, c[0]!.y - 100), 'the small one gives way');
  c.forEach((p, i) =>
    assert.ok(p.x - radii[i]! >= 0 && p.x + radii[i]! <= 300 && p.y - radii[i]! >= 0 && p.y + radii[i]! <= 200, `${i} inside`),
  );
  assert.deepEqual(edgeToward({ x: 20, y: 50 }, { x: -80, y: 100 }, box), { x: 0, y: 60 });
});

/** The fixture with placeless actors like the bundled data's: a bloc, NGOs, long-named commissions, a dissolved state and its leader. */
const placeless: Network = (() => {
  const org = (id: string, name: string) => ({ id, kind: 'organisation' as const, name, sources: ['s'] });
  const tie = (source: string, target: string, type: 'sanction' | 'commission' | 'diplomatic' | 'role' | 'visit', n: number) => ({
    id: `p${n}`,
    type,
    source,
    target,
    directed: type !== 'commission',
    label: 'Tie',
    sources: ['s'],
  });
  return {
    ...network,
    actors: [
      ...network.actors,
      { id: 'ussr', kind: 'state', name: 'Soviet Union', sources: ['s'] },
      { id: 'khrushchev', kind: 'person', name: 'N.S. Khrushchev', sources: ['s'] },
      org('eu', 'European Union'),
      org('aapp', 'Assistance Association for Political Prisoners'),
      org('jfm', 'Justice for Myanmar'),
      org('jbmc', 'Joint Belarus-Myanmar Commission on Military-Technical Cooperation'),
      org('rmmc', 'Russian-Myanmar Mixed Commission on Military-Technical Cooperation'),
    ],
    ties: [
      ...network.ties,
      ...['mm-military', 'blr', 'rus', 'rada-airlines'].map((t, n) => tie('eu', t, 'sanction', n)),
      tie('jbmc', 'blr', 'commission', 4),
      tie('jbmc', 'mm-military', 'commission', 5),
      tie('rmmc', 'rus', 'commission', 6),
      tie('rmmc', 'mm-military', 'commission', 7),
      tie('ussr', 'mmr', 'diplomatic', 8),
      tie('khrushchev', 'ussr', 'role', 9),
      tie('khrushchev', 'mmr', 'visit', 10),
    ],
  };
})();
const pGraph = buildGraph(placeless.actors, placeless.ties);
const pFocus = pGraph.index.get('mm-military')!;

test('geo "No location" band at 320 px: a few tight rows at the bottom, the map keeps the rest; placeless actors inside, labelled, reachable', () => {
  const [w, h] = [320, 330];
  const g = geoLayout(pGraph, world, w, h, pFocus);
  const band = g.noLocationBox!;
  assert.equal(g.noLocation.length, 8);
  // Before: four rows of two, 26 + 4 × 28 = 138 px, leaving the map 186 px. Now the caption and
  // five labelled actors, then three bare marks, in four rows of an 11 px label's line (14.3 px,
  // taller than any mark) 4 px apart, with 5 px padding: 79.2 px.
  assert.ok(Math.abs(band.height - (10 + 4 * 14.3 + 3 * 4)) < 1e-9, `band ${band.height}px`);
  assert.equal(band.y + band.height, h);
  assert.ok(Math.abs(g.mapBox.height - (h - band.height - 6)) < 1e-9 && g.mapBox.height > 244, `map ${g.mapBox.height}px`);
  assertInBand(pGraph, g, w);
  const geo = geoGeometry(pGraph, g, w, h, pFocus);
  assertLabelsClear(pGraph, g, geo, w, h);
  // Every placeless actor the element labels at this width gets its label.
  const labelled = new Set(labelCandidates(pGraph, pFocus, null, w, false, 1, g.labelFirst));
  const named = g.noLocation.filter((i) => labelled.has(i));
  assert.equal(named.length, 5);
  for (const i of named) assert.ok(geo.labels[i], `${pGraph.actors[i]!.id} is labelled`);
  // The caption leads the first row, clear of its marks.
  const caption = g.noLocationCaption!;
  assert.ok(caption.y >= band.y && caption.y + caption.height <= band.y + band.height);
  for (const i of g.noLocation)
    assert.ok(
      g.points[i]!.x - markReach(pGraph, i, w) > caption.x + caption.width || g.points[i]!.y - caption.y > caption.height,
      `${pGraph.actors[i]!.id} clear of the caption`,
    );
  const keys = reachable(g.points, pGraph.neighbors, g.noLocation, pFocus);
  for (const i of g.noLocation) assert.ok(keys.has(i), `${pGraph.actors[i]!.id} reachable by arrow keys`);
});

test('geo "No location" band at 480 and 960 px: every placeless actor labelled, in fewer rows than before', () => {
  for (const [w, h, most] of [
    [480, 400, 4],
    [960, 520, 2],
  ] as const) {
    const g = geoLayout(pGraph, world, w, h, pFocus);
    const band = g.noLocationBox!;
    // Rows of 18.3 px (2 × 1.2 × 7.62) 4 px apart, 5 px padding. Before: 138 px at 480, 82 px at 960.
    assert.ok(band.height <= 10 + most * 18.3 + (most - 1) * 4 + 0.1, `${w}px: band ${band.height}px`);
    assert.equal(g.mapBox.height, h - band.height - 6);
    assertInBand(pGraph, g, w);
    const geo = geoGeometry(pGraph, g, w, h, pFocus);
    assertLabelsClear(pGraph, g, geo, w, h);
    for (const i of g.noLocation) assert.ok(geo.labels[i], `${w}px: ${pGraph.actors[i]!.id} is labelled`);
    const keys = reachable(g.points, pGraph.neighbors, g.noLocation, pFocus);
    for (const i of g.noLocation) assert.ok(keys.has(i), `${w}px: ${pGraph.actors[i]!.id} reachable by arrow keys`);
  }
});

test('geo "No location" band: labels="all" on a phone takes more rows, never more than 40% of the chart', () => {
  const [w, h] = [320, 330];
  const g = geoLayout(pGraph, world, w, h, pFocus, { labels: 'all' });
  assert.ok(g.noLocationBox!.height <= 0.4 * h && g.mapBox.height > 186, `band ${g.noLocationBox!.height}px`);
  assertInBand(pGraph, g, w);
  const geo = geoGeometry(pGraph, g, w, h, pFocus, 'all');
  assertLabelsClear(pGraph, g, geo, w, h);
  assert.ok(
    g.noLocation.filter((i) => geo.labels[i]).length >
      g.noLocation.filter((i) => geoGeometry(pGraph, geoLayout(pGraph, world, w, h, pFocus), w, h, pFocus).labels[i]).length,
  );
});

test('geo "No location" band: rows flow left to right, the caption first, labelled marks before bare ones', () => {
  // Caption by the shared estimate (text-metrics.ts): N 0.67 em, o o c a o n 6 × 0.61 em, space l t i 4 × 0.34 em
  // = 5.69 em × 11 px = 62.59 px, from x = 8; marks follow 8 px on.
  const items = [
    { r: 5, extent: 6, label: 0 },
    { r: 5, extent: 6, label: 50 },
    { r: 4, extent: 4.8, label: 40 },
  ];
  const b = noLocationBand(items, [1], 320, 330, 11);
  // One row: 14.3 px (an 11 px label's line) + 2 × 5 px padding.
  assert.ok(Math.abs(b.box.height - 24.3) < 1e-9 && Math.abs(b.box.y - 305.7) < 1e-9);
  const y = 305.7 + 5 + 14.3 / 2;
  // Item 1 (labelled) first at 78.59 + 6; its label runs 5 + 3 + 50, then 12 px; then the bare 0 and 2, 8 px apart.
  const x1 = 78.59 + 6;
  const x0 = x1 + 58 + 12 + 6;
  const x2 = x0 + 6 + 8 + 4.8;
  [x0, x1, x2].forEach((x, k) =>
    assert.ok(Math.abs(b.points[k]!.x - x) < 1e-9 && Math.abs(b.points[k]!.y - y) < 1e-9, `item ${k} at ${b.points[k]!.x}`),
  );
  assert.deepEqual(b.labelled, [false, true, false]);
  assert.ok(
    Math.abs(b.caption.x - 8) < 1e-9 && Math.abs(b.caption.width - 62.59) < 1e-9 && Math.abs(b.caption.y + b.caption.height / 2 - y) < 1e-9,
  );
  // A chart too short for the labels: the last in priority loses its room first.
  const wide = items.map((it) => ({ ...it, label: 180 }));
  // 400 px: item 2 with its label (4.8 + 3 + 180 px) and two bare marks fill one row; item 1's label would need a second.
  const short = noLocationBand(wide, [2, 1], 400, 60, 11);
  assert.deepEqual(short.labelled, [false, false, true]);
  assert.ok(Math.abs(short.box.height - 24.3) < 1e-9);
  assert.deepEqual(noLocationBand(wide, [2, 1], 400, 200, 11).labelled, [false, true, true], 'a taller chart keeps both');
});

test('geo "No location" band: Left and Right walk it in reading order, row after row; nothing outside it or past its ends', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 50, y: 300 },
    { x: 10, y: 320 },
    { x: 90, y: 300 },
    { x: 200, y: 100 },
  ];
  const band = [2, 1, 3];
  assert.equal(bandStep(points, band, 1, 1), 3);
  assert.equal(bandStep(points, band, 3, 1), 2, 'on to the next row');
  assert.equal(bandStep(points, band, 2, -1), 3);
  assert.equal(bandStep(points, band, 1, -1), null);
  assert.equal(bandStep(points, band, 2, 1), null);
  assert.equal(bandStep(points, band, 0, 1), null, 'not in the band');
});

test('geo "No location" band: hundreds of placeless actors stay in the band, 40% of the chart at most, in the same place every time', () => {
  const many = bigNetwork(300, 400);
  const g = geoLayout(buildGraph(many.actors, many.ties), world, 320, 330, 0);
  assert.equal(g.noLocation.length, 300);
  const band = g.noLocationBox!;
  assert.ok(band.height <= 0.4 * 330, `band ${band.height}px`);
  for (const i of g.noLocation) {
    const p = g.points[i]!;
    assert.ok(p.x > band.x && p.x < band.x + band.width && p.y > band.y && p.y < band.y + band.height, `${i} in the band`);
  }
  assert.equal(new Set(g.noLocation.map((i) => `${g.points[i]!.x},${g.points[i]!.y}`)).size, 300, 'no two at one point');
  const again = geoLayout(buildGraph(many.actors, many.ties), world, 320, 330, 0);
  assert.deepEqual(again.points, g.points);
});

test('labels: placed boxes never overlap each other or another actor, and stay inside the chart', () => {
  const pts = forceLayout(graph, { focus });
  for (const [w, h] of [
    [320, 440],
    [960, 595],
  ] as const) {
    const fit = fitPoints(pts, w, h, 20);
    const nodes = pts.map((p, i) => ({ ...applyFit(fit, p), r: 8, text: graph.actors[i]!.name }));
    const order = nodes
      .map((_, i) => i)
      .sort((a, b) => (a === focus ? -1 : b === focus ? 1 : graph.tiesOf[b]!.length - graph.tiesOf[a]!.length));
    const placed = placeLabels(nodes, order, { bounds: { x: 0, y: 0, width: w, height: h }, fontSize: 12, center: { x: w / 2, y: h / 2 } });
    assert.ok(placed[focus], 'the focus is always labelled');
    const boxes = placed.flatMap((p, i) => (p ? [{ i, b: p.box }] : []));
    assert.ok(boxes.length >= nodes.length / 2, `${boxes.length} of ${nodes.length} labelled at ${w}px`);
    for (const { i, b } of boxes) {
      // Without a measured width, the shared estimate's.
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

test('labels: a reach (a state amid its people) is named beside its mark in the lane east of it, else outside it, sliding along to stay inside the chart', () => {
  const bounds = { x: 0, y: 0, width: 300, height: 300 };
  const state = { x: 40, y: 100, r: 8, reach: 30, text: 'United States', width: 100 };
  // The lane east of the state is free: the name starts 3 px right of its mark.
  const [lane] = placeLabels([state], [0], { bounds, fontSize: 12, center: { x: 150, y: 150 } });
  assert.deepEqual([lane?.x, lane?.y, lane?.anchor], [40 + 8 + 3, 100, 'start']);
  // A cluster of reach 30 at the left edge, one of its people in the lane; the middle of the picture lies below right, so the
  // name goes above (left of it is out of the chart). Centred on the state it would start at x = -10.
  const nodes = [state, { x: 62, y: 100, r: 4, text: '' }];
  const [l] = placeLabels(nodes, [0], { bounds, fontSize: 12, center: { x: 150, y: 150 } });
  assert.ok(l && l.y < 100 - 30, 'labelled above');
  assert.equal(l.box.y + l.box.height, 100 - 30 - 3, 'clear of the reach');
  assert.deepEqual([l.box.x, l.x, l.anchor], [0, 0, 'start'], 'slid 10 px right, the text anchored at the edge');
  // Without a reach a mark's label does not slide: the same node is labelled beside its mark.
  const [plain] = placeLabels([{ ...state, reach: undefined }], [0], { bounds, fontSize: 12, center: { x: 150, y: 150 } });
  assert.ok(plain && plain.box.x >= 0 && plain.anchor !== 'middle');
});

test('labels: a focus with no free place takes the place covering fewest marks', () => {
  // Every place beside the focus covers marks: two to its right (the side it prefers, facing
  // away from the middle on its left), two in each other place, one to its left.
  const marks = [
    [125, 100],
    [140, 100],
    [70, 100],
    [90, 84],
    [110, 84],
    [65, 88],
    [135, 88],
    [90, 116],
    [110, 116],
    [65, 112],
    [135, 112],
  ];
  const nodes = [{ x: 100, y: 100, r: 5, text: 'Focus' }, ...marks.map(([x, y]) => ({ x: x!, y: y!, r: 2, text: '' }))];
  const options = { bounds: { x: 0, y: 0, width: 300, height: 300 }, fontSize: 12, center: { x: 0, y: 100 } };
  assert.equal(placeLabels(nodes, [0], options)[0], null, 'no free place');
  const [l] = placeLabels(nodes, [0], { ...options, always: new Set([0]) });
  assert.ok(l && l.anchor === 'end' && l.y === 100, 'to the left, over the one mark');
});

test('label candidates: on a phone the map’s states come right after the focus, on top of the usual allowance', () => {
  const states = graph.actors.flatMap((a, i) => (a.kind === 'state' ? [i] : []));
  const plain = labelCandidates(graph, focus, null, 320, false);
  const withStates = labelCandidates(graph, focus, null, 320, false, 1, states);
  assert.equal(withStates[0], focus);
  assert.deepEqual(new Set(withStates.slice(1, 1 + states.length)), new Set(states));
  assert.equal(withStates.length, plain.length + states.length);
  assert.deepEqual(labelCandidates(graph, focus, null, 960, false, 1, states).length, graph.actors.length);
});

test('tie lines: several ties between the same two actors fan out into distinct curves', () => {
  const pts = radialLayout(graph, focus, 600, 600, 40).points;
  const lines = tieLines(
    graph,
    pts,
    pts.map(() => 6),
  );
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
  assert.deepEqual(
    years.ties.map((t) => t.id),
    expected.map((t) => t.id),
  );
  assert.ok(
    years.ties.some((t) => t.id === 't-su30'),
    '2018–2022 reaches into the range',
  );
  assert.ok(!years.actors.some((a) => a.id === 'sergei-shoigu'), 'only tie in 2018');
  const arms = filterNetwork(network, { types: new Set(['sanction']), from: null, to: null }, 'blr');
  assert.deepEqual(
    arms.ties.map((t) => t.id),
    ['t-sanction'],
  );
  assert.deepEqual(arms.actors.map((a) => a.id).sort(), ['blr', 'mm-military', 'usa']);
  assert.deepEqual(yearRange(network.ties), [1994, 2023]);
});

test('attributes: bad values fall back with a message naming the attribute', () => {
  const issues: DataIssue[] = [];
  const o = normalizeMapOptions({ layout: 'tree', types: 'visit bribe', from: '2025', to: '2014', labels: 'some' }, issues);
  assert.equal(o.layout, 'story');
  assert.deepEqual([...o.types!], ['visit']);
  assert.deepEqual([o.from, o.to], [2014, 2025]);
  assert.equal(o.labels, 'all');
  const text = issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  assert.match(text, /layout: invalid layout: "tree"; use one of story, force, radial, geo/);
  assert.match(text, /types: invalid types: "bribe"; use any of arms-supply/);
  assert.match(text, /labels: invalid labels: "some"/);
  assert.match(text, /swapped/);
  const none: DataIssue[] = [];
  assert.deepEqual(normalizeMapOptions({}, none), { layout: 'story', types: null, from: null, to: null, labels: null });
  assert.equal(none.length, 0);
});

test('focus: an unknown id falls back to the network’s centre, saying so', () => {
  const issues: DataIssue[] = [];
  assert.equal(resolveFocus('nobody', network, issues), 'mm-military');
  assert.match(issues[0]!.message, /"nobody".*"mm-military"/);
  assert.equal(issues[0]!.path, 'center');
  // Named as the editor named it: the old `focus` attribute is an alias of `center`.
  const alias: DataIssue[] = [];
  resolveFocus('nobody', network, alias, 'focus');
  assert.equal(alias[0]!.path, 'focus');
  assert.match(alias[0]!.message, /^invalid focus:/);
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
    actors: [
      ...big.actors,
      { id: 'alone-1', kind: 'person', name: 'Alone', sources: [] },
      { id: 'alone-2', kind: 'state', name: 'Alone too', sources: [] },
    ],
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
  const chunked = forceLayoutChunked(
    g,
    options,
    () => false,
    0.5,
    (p) => frames.push(p),
    0,
  ).then((p) => {
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
  assert.equal(
    await forceLayoutChunked(
      g,
      options,
      () => true,
      0.5,
      () => undefined,
    ),
    null,
    'cancelled',
  );
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
  assert.equal(emptyText('en', { types: new Set(['sanction']), from: 2030, to: 2031 }), 'No ties match: 2030–2031, sanction.');
  assert.equal(emptyText('en', { types: new Set(['visit', 'arms-supply']), from: null, to: null }), 'No ties match: arms supply, visit.');
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

test('geo on a phone: the ties the story does not rank are drawn faint (the rest stand out); none on a wide map or when no tie is ranked', () => {
  // Three ties, the second ranked for the story.
  const ranked: Network = {
    actors: [
      { id: 'a', name: 'A', kind: 'state', country: 'MMR', sources: ['s'] },
      { id: 'b', name: 'B', kind: 'state', country: 'RUS', sources: ['s'] },
      { id: 'c', name: 'C', kind: 'state', country: 'BLR', sources: ['s'] },
    ],
    ties: [
      { source: 'a', target: 'b', type: 'visit', sources: ['s'] },
      { source: 'b', target: 'c', type: 'visit', sources: ['s'], story: 2 },
      { source: 'a', target: 'c', type: 'visit', sources: ['s'] },
    ],
  } as Network;
  const g3 = buildGraph(ranked.actors, ranked.ties);
  assert.deepEqual(geoLayout(g3, world, 320, 330, 0).minor, [0, 2]);
  assert.deepEqual(geoLayout(g3, world, 960, 520, 0).minor, []);
  const unranked = buildGraph(
    ranked.actors,
    ranked.ties.map(({ story: _, ...t }) => t),
  );
  assert.deepEqual(geoLayout(unranked, world, 320, 330, 0).minor, []);
});
