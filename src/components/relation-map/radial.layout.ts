/**
 * Ego network: the focus at the centre, every other actor on the ring of its graph
 * distance from it (ring 1 = tied to the focus directly), rings spaced so each gives its actors the same room. Actors not
 * connected to the focus at all go on one outer ring. Angles are deterministic.
 */
import { compareActors, distances, type Graph } from './graph.js';
import type { Box, Point } from '../../internal/plane.js';
import { nodeRadius } from './encoding.js';
import { labelFontSize, markScaleFor } from './geometry.js';
import { LINE_HEIGHT } from './labels.layout.js';

export interface RadialLayout {
  points: Point[];
  /** Ring of each actor: its distance from the focus, or -1 when it has no path to the focus. */
  ring: number[];
  /** Radius of each ring in px (index 0 = the centre, 0). */
  radii: number[];
  center: Point;
  /** The band under the rings holding the actors not connected to the focus, or null. */
  unconnected: Box | null;
}

/**
 * Radius of each ring: every ring gives its actors the same length of arc, as long as fits
 * (a ring of 14 around the centre is not squeezed into a small circle while an outer ring of
 * 14 has room to spare), and each ring lies at least R / (2 × rings) outside the one before
 * (the centre counts as ring 0), so a ring of two is not pressed against its neighbour.
 * The outermost ring is at R.
 */
export function ringRadii(ring: readonly number[], rings: number, R: number): number[] {
  const count = Array.from({ length: rings + 1 }, () => 0);
  for (const r of ring) if (r > 0 && r <= rings) count[r]!++;
  if (rings === 0) return [0];
  const gap = R / (2 * rings);
  const at = (arc: number) => {
    const radii = [0];
    for (let k = 1; k <= rings; k++) radii.push(Math.max(radii[k - 1]! + gap, (count[k]! * arc) / (2 * Math.PI)));
    return radii;
  };
  // The outer radius grows with the arc (from R / 2 at none): find the arc that puts it at R.
  let [lo, hi] = [0, 2 * Math.PI * R];
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid)[rings]! <= R) lo = mid;
    else hi = mid;
  }
  return at(lo);
}

/** Height of one row of the "not connected" band, and its caption. */
const ROW = 26;
const CAPTION = 18;

/**
 * Actors with no path to the focus are set in rows under the rings (not on a ring of their
 * own, which would take a whole ring's width from the others). Ring 1 is ordered by kind,
 * then name. Outer rings follow their nearest inner
 * neighbour's angle (ties broken by kind, then name), so an actor sits near the one that
 * links it to the centre and lines cross less.
 */
export function radialLayout(graph: Graph, focus: number, width: number, height: number, pad: number): RadialLayout {
  const n = graph.actors.length;
  const dist = distances(graph, focus);
  const maxD = Math.max(0, ...dist);
  const loners = dist.flatMap((d, i) => (d < 0 ? [i] : []));
  loners.sort((a, b) => compareActors(graph.actors[a]!, graph.actors[b]!) || a - b);
  const perRow = Math.max(1, Math.floor((width - 8) / 200));
  const bandHeight = loners.length ? CAPTION + Math.ceil(loners.length / perRow) * ROW : 0;
  const unconnected: Box | null = loners.length ? { x: 0, y: height - bandHeight, width, height: bandHeight } : null;
  const rings = maxD;
  const ring = dist;
  const center = { x: width / 2, y: (height - bandHeight) / 2 };
  const R = Math.max(10, Math.min(width, height - bandHeight) / 2 - pad);
  const radii = ringRadii(ring, rings, R);
  const scale = markScaleFor(width, false);
  const lane = (labelFontSize(width) * LINE_HEIGHT) / 2 + 1;
  const angle = new Array<number>(n).fill(0);
  const points: Point[] = new Array(n);
  if (focus >= 0 && focus < n) points[focus] = { ...center };

  for (let r = 1; r <= rings; r++) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (ring[i] === r) members.push(i);
    // Key: angle of the nearest placed inner neighbour (ring 1 has none).
    const key = new Map<number, number>();
    for (const i of members) {
      let best = Infinity;
      if (r > 1) {
        for (const j of graph.neighbors[i]!) if (ring[j] === r - 1) best = Math.min(best, angle[j]!);
      }
      key.set(i, best);
    }
    members.sort((a, b) => key.get(a)! - key.get(b)! || compareActors(graph.actors[a]!, graph.actors[b]!) || a - b);
    const count = members.length;
    // The centre's name goes beside it, east: the ring leaves that lane free (half its angle
    // where it crosses the lane, nothing where the ring lies wholly inside it).
    // A diamond's or rounded square's corners reach 1.2 r.
    const widest = Math.max(
      0,
      ...members.map(
        (i) => (graph.actors[i]!.kind === 'state' ? 1 : 1.2) * nodeRadius(graph.actors[i]!.kind, graph.tiesOf[i]!.length, scale),
      ),
    );
    const half = focus >= 0 ? Math.asin(Math.min(0.9, (lane + widest) / radii[r]!)) : 0;
    const arc = 2 * Math.PI - 2 * half;
    members.forEach((i, k) => {
      // Start at 12 o'clock; odd rings are offset by half a slot so rings do not line up radially.
      const s = (arc * (k + (r % 2 === 0 ? 0.5 : 0))) / count;
      const a = s < Math.PI / 2 - half ? s : s + 2 * half;
      angle[i] = a;
      points[i] = { x: center.x + radii[r]! * Math.sin(a), y: center.y - radii[r]! * Math.cos(a) };
    });
  }
  const slot = width / perRow;
  loners.forEach((i, k) => {
    points[i] = { x: 10 + (k % perRow) * slot, y: height - bandHeight + CAPTION + ROW / 2 + Math.floor(k / perRow) * ROW };
  });
  return { points, ring, radii, center, unconnected };
}
