/**
 * Clusters of the geo layout: a state with its people and organisations on rings around it,
 * the rings sized from the marks drawn on them, and clusters pushed apart where neighbours
 * would overlap. Pure maths on plain numbers (no DOM, no map).
 */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { ActorKind } from '../../data/types.js';
import { lcg, type Box, type Point } from '../../internal/plane.js';

/** Least spacing of the rings around a state, px; ring q holds 6q actors. */
export const GEO_RING = 13;

/** The ring (1-based) the k-th attached actor (0-based) sits on, its slot on that ring and the ring's capacity. */
export function geoRing(k: number): { ring: number; slot: number; size: number } {
  let ring = 1;
  let first = 0;
  while (k >= first + 6 * ring) {
    first += 6 * ring;
    ring++;
  }
  return { ring, slot: k - first, size: 6 * ring };
}

export interface Slot {
  ring: number;
  /** Clockwise from 12 o'clock, radians. */
  angle: number;
  /** Positions its ring is divided into, when more than the slots on it (a ring with a lane left free). */
  of?: number;
}

/**
 * Slots of `count` actors around a state whose name goes beside its mark, to the east: no
 * actor sits within `lane` px of the horizontal line out of the centre on that side (ring q
 * is at least `minRadius(q)` out), so the name crosses no mark. Ring q is divided into 6q
 * positions as in `ringSlots`, those in the lane left empty; the outer ring's actors are
 * spread over its free positions.
 */
export function laneSlots(count: number, lane: number, minRadius: (ring: number) => number): Slot[] {
  const out: Slot[] = [];
  for (let ring = 1; out.length < count; ring++) {
    const size = 6 * ring;
    // Half the angle the lane takes at this ring's least radius (all of the east side when the ring is inside it).
    const half = Math.asin(Math.min(1, lane / Math.max(1e-9, minRadius(ring))));
    const free: number[] = [];
    for (let j = 0; j < size; j++) {
      const angle = (2 * Math.PI * (j + (ring % 2 === 0 ? 0.5 : 0))) / size;
      if (Math.abs(angle - Math.PI / 2) >= half) free.push(angle);
    }
    const take = Math.min(free.length, count - out.length);
    for (let k = 0; k < take; k++) out.push({ ring, angle: free[Math.floor((k * free.length) / take)]!, of: size });
  }
  return out;
}

/**
 * Slots of `count` actors, inner rings first. Odd rings start at 12 o'clock, even rings half
 * a slot round, so rings do not line up; the outer ring, when not full, is spread evenly
 * around rather than left with a gap on one side.
 */
export function ringSlots(count: number): Slot[] {
  const out: Slot[] = [];
  for (let k = 0; k < count; k++) {
    const { ring, slot, size } = geoRing(k);
    const slots = Math.min(size, count - (k - slot));
    out.push({ ring, angle: (2 * Math.PI * (slot + (ring % 2 === 0 ? 0.5 : 0))) / slots });
  }
  return out;
}

/** How far a mark reaches from its centre (see `shapePath`): a state's circle r, a person's diamond and an organisation's rounded corners about 1.2r. */
export function markExtent(kind: ActorKind, r: number): number {
  return kind === 'state' ? r : 1.2 * r;
}

/**
 * Radius of each ring (index = ring; 0 is the centre), so no two marks touch: a ring clears
 * the one inside it by `gap`, holds its marks side by side, and is at least `min` further out.
 */
export function ringRadii(slots: readonly Slot[], extents: readonly number[], centre: number, gap: number, min = GEO_RING): number[] {
  const rings = slots.length ? slots.at(-1)!.ring : 0;
  const widest = new Array<number>(rings + 1).fill(0);
  const count = new Array<number>(rings + 1).fill(0);
  widest[0] = centre;
  slots.forEach((s, k) => {
    widest[s.ring] = Math.max(widest[s.ring]!, extents[k]!);
    count[s.ring] = s.of ?? count[s.ring]! + 1;
  });
  const radii = [0];
  for (let q = 1; q <= rings; q++) {
    const prev = radii[q - 1]!;
    const n = count[q]!;
    // Neighbours on a ring of n are a chord of 2R·sin(π/n) apart.
    const sideBySide = n > 1 ? (2 * widest[q]! + gap) / (2 * Math.sin(Math.PI / n)) : 0;
    radii.push(Math.max(prev + min, prev + widest[q - 1]! + widest[q]! + gap, sideBySide));
  }
  return radii;
}

/** The outer ring's slots, the one facing `toward` (a direction) first, then turning away from it. */
export function outerSlotsFacing(slots: readonly Slot[], toward: Point): number[] {
  const outer = slots.at(-1)?.ring;
  // Slot directions: x = sin(angle), y = -cos(angle) (clockwise from 12 o'clock, y down).
  const cos = (s: Slot) => Math.sin(s.angle) * toward.x - Math.cos(s.angle) * toward.y;
  return slots
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => s.ring === outer)
    .sort((a, b) => cos(b.s) - cos(a.s) || a.k - b.k)
    .map(({ k }) => k);
}

/** Space kept between neighbouring clusters, px. */
const CLUSTER_GAP = 4;

interface ClusterNode extends SimulationNodeDatum {
  r: number;
}

/**
 * Cluster centres near their homes with no two discs overlapping and every disc (plus its
 * `margin`) inside the box: d3-force collision against a pull home, seeded, a fixed number
 * of ticks. Smaller clusters give way more (d3's collision splits the push by area).
 */
export function spreadClusters(homes: readonly Point[], radii: readonly number[], box: Box, margins: readonly number[] = []): Point[] {
  const nodes: ClusterNode[] = homes.map((h, i) => ({ x: h.x, y: h.y, r: radii[i]! }));
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));
  const keepInside = () =>
    nodes.forEach((d, i) => {
      const m = d.r + (margins[i] ?? 0);
      d.x = clamp(d.x!, box.x + m, box.x + box.width - m);
      d.y = clamp(d.y!, box.y + m, box.y + box.height - m);
    });
  keepInside();
  const simulation = forceSimulation(nodes)
    .randomSource(lcg(7))
    .force('x', forceX<ClusterNode>((_, i) => homes[i]!.x).strength(0.08))
    .force('y', forceY<ClusterNode>((_, i) => homes[i]!.y).strength(0.08))
    .force('collide', forceCollide<ClusterNode>((d) => d.r + CLUSTER_GAP / 2).iterations(4))
    .stop();
  for (let k = 0; k < 300; k++) {
    simulation.tick();
    keepInside();
  }
  return nodes.map((d) => ({ x: d.x!, y: d.y! }));
}

/** Where the segment from `from` (inside the box) toward `to` (outside) crosses the box's edge. */
export function edgeToward(from: Point, to: Point, box: Box): Point {
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  const exit = (d: number, p: number, lo: number, hi: number) => (d > 0 ? (hi - p) / d : d < 0 ? (lo - p) / d : Infinity);
  const t = Math.min(1, exit(dx, from.x, box.x, box.x + box.width), exit(dy, from.y, box.y, box.y + box.height));
  return { x: from.x + t * dx, y: from.y + t * dy };
}
