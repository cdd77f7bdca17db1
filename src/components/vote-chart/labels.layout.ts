/**
 * Direct labels for named countries, placed where they cover no other mark: inside the
 * country's own shape when the label fits there, else nearby with a leader line, trying
 * positions outwards from the mark. What cannot be placed is returned, so the view can say so.
 * Shared by the map, the hemicycle and the tile views. Pure.
 */
import { textWidth } from '../../internal/text-metrics.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A mark labels must not cover: its box and whether a point is inside it. */
export interface Obstacle {
  key: string;
  box: Box;
  contains(x: number, y: number): boolean;
  /** An area labels keep out of but leaders may cross (the hemicycle's arc). */
  area?: boolean;
}

export interface LabelWant {
  key: string;
  text: string;
  /** The mark's anchor (centre of a seat or tile, representative point of a country). */
  x: number;
  y: number;
  /** Whether a point is inside the mark's own shape: a label may sit inside it. */
  own?: (x: number, y: number) => boolean;
  /** How far from (x, y) the mark reaches (seat or tile radius): leaders start there. */
  reach?: number;
  /** Direction the label should rather go (radians, counter-clockwise from east): outwards from an arc. */
  prefer?: number;
}

export interface PlaceOptions {
  /** Leaders cross no mark but their own (seats, tiles); on a map they may cross land. */
  clearLeaders?: boolean;
  /** Longest leader allowed, px (default 124). */
  maxLeader?: number;
  /**
   * A name with a leader stands nearer its own mark than any other named one, or readers pair
   * it wrongly (marks of one size: seats, tiles; on a map a big neighbour's edge is always near).
   */
  nearestOwn?: boolean;
  /** When names are left out, try other orders of placing them. */
  tryOrders?: boolean;
}

/*
 * Whatever the options, a leader never crosses the mark of another country being named: a line
 * across China to the word "Myanmar" reads as pointing at China.
 */

export interface PlacedLabel {
  key: string;
  text: string;
  /** Text anchor point (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export const overlaps = (a: Box, b: Box, pad = 0): boolean =>
  a.x0 < b.x1 + pad && a.x1 > b.x0 - pad && a.y0 < b.y1 + pad && a.y1 > b.y0 - pad;

const DISTANCES = [2, 4, 6, 8, 10, 13, 16, 19, 22, 26, 30, 35, 40, 46, 52, 60, 68, 78, 88, 100, 112, 124];
// Right, left, up, down first, then the diagonals, then the rest (the order breaks ties).
const ANGLES = [0, 16, 24, 8, 28, 4, 20, 12, 30, 2, 18, 14, 26, 6, 22, 10, 31, 1, 17, 15, 25, 7, 23, 9, 29, 3, 19, 13, 27, 5, 21, 11].map(
  (k) => (k * Math.PI) / 16,
);

/** Whether `ok` holds at every point of a box sampled every `step` px, edges included (stops at the first that fails; no arrays). */
function everySample(b: Box, ok: (x: number, y: number) => boolean, step = 2): boolean {
  const nx = Math.max(1, Math.ceil((b.x1 - b.x0) / step));
  const ny = Math.max(1, Math.ceil((b.y1 - b.y0) / step));
  for (let i = 0; i <= nx; i++) {
    for (let j = 0; j <= ny; j++) if (!ok(b.x0 + ((b.x1 - b.x0) * i) / nx, b.y0 + ((b.y1 - b.y0) * j) / ny)) return false;
  }
  return true;
}

const NONE: Obstacle[] = [];

/** Distance from a box to a mark's edge (its anchor and reach). */
function boxGap(b: Box, m: LabelWant): number {
  const dx = Math.max(b.x0 - m.x, 0, m.x - b.x1);
  const dy = Math.max(b.y0 - m.y, 0, m.y - b.y1);
  return Math.max(0, Math.hypot(dx, dy) - (m.reach ?? 0));
}

/** Whether segments ab and cd cross. */
function segmentsCross(
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
    side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
  );
}

function segmentHitsBox(l: { x1: number; y1: number; x2: number; y2: number }, b: Box): boolean {
  const n = Math.ceil(Math.hypot(l.x2 - l.x1, l.y2 - l.y1) / 2);
  for (let i = 0; i <= n; i++) {
    const x = l.x1 + ((l.x2 - l.x1) * i) / Math.max(n, 1);
    const y = l.y1 + ((l.y2 - l.y1) * i) / Math.max(n, 1);
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

/**
 * Places each wanted label, in the order given (most important first), at the free spot
 * nearest its mark (shortest leader; ties go to the preferred direction). A label's box (text
 * plus its halo) never overlaps another label's box or a leader, never leaves `bounds`, and
 * covers no obstacle but its own mark; leaders never cross one another.
 */
export function placeLabels(
  wants: readonly LabelWant[],
  obstacles: readonly Obstacle[],
  bounds: Box,
  size: number,
  options: PlaceOptions = {},
): { labels: PlacedLabel[]; missing: string[] } {
  let labels: PlacedLabel[] = [];
  const maxLeader = options.maxLeader ?? 124;
  const named = new Set(wants.map((w) => w.key));
  // The glyph box as browsers measure it (ascent + descent ≈ 1.17 em), plus the halo.
  const h = Math.ceil(size * 1.17) + 3;
  const ascent = size * 0.93;
  // Which obstacles cover a point (rounded to whole px), worked out once per point: hundreds
  // of candidate boxes overlap, and a country's outline is slow to test against.
  const cell = 32;
  const buckets = new Map<number, Obstacle[]>();
  const bucketKey = (i: number, j: number) => (i + 1024) * 4096 + j + 1024;
  for (const o of obstacles) {
    for (let i = Math.floor(o.box.x0 / cell); i <= Math.floor(o.box.x1 / cell); i++) {
      for (let j = Math.floor(o.box.y0 / cell); j <= Math.floor(o.box.y1 / cell); j++) {
        const k = bucketKey(i, j);
        const list = buckets.get(k);
        if (list) list.push(o);
        else buckets.set(k, [o]);
      }
    }
  }
  const covered = new Map<number, Obstacle[]>();
  const cover = (px: number, py: number): Obstacle[] => {
    const x = Math.round(px);
    const y = Math.round(py);
    const k = (x + 8192) * 65536 + y + 8192;
    let hit = covered.get(k);
    if (!hit) {
      hit = NONE;
      for (const o of buckets.get(bucketKey(Math.floor(x / cell), Math.floor(y / cell))) ?? NONE) {
        if (x >= o.box.x0 && x <= o.box.x1 && y >= o.box.y0 && y <= o.box.y1 && o.contains(x, y)) hit = hit === NONE ? [o] : [...hit, o];
      }
      covered.set(k, hit);
    }
    return hit;
  };
  const free = (box: Box, key: string): boolean => {
    if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) return false;
    if (labels.some((l) => overlaps(l.box, box, 2) || (l.leader && segmentHitsBox(l.leader, box)))) return false;
    return everySample(box, (x, y) => {
      const hit = cover(x, y);
      return hit.length === 0 || (hit.length === 1 && hit[0]!.key === key);
    });
  };
  const leaderFree = (leader: NonNullable<PlacedLabel['leader']>, key: string): boolean => {
    if (labels.some((l) => segmentHitsBox(leader, l.box) || (l.leader && segmentsCross(leader, l.leader)))) return false;
    // Exact points every half pixel against the named marks (an island of China is a few px wide).
    const lb = {
      x0: Math.min(leader.x1, leader.x2),
      y0: Math.min(leader.y1, leader.y2),
      x1: Math.max(leader.x1, leader.x2),
      y1: Math.max(leader.y1, leader.y2),
    };
    const others = obstacles.filter((o) => o.key !== key && !o.area && named.has(o.key) && overlaps(o.box, lb, 1));
    const n = Math.ceil(2 * Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1));
    for (let i = 0; i <= n; i++) {
      const x = leader.x1 + ((leader.x2 - leader.x1) * i) / Math.max(n, 1);
      const y = leader.y1 + ((leader.y2 - leader.y1) * i) / Math.max(n, 1);
      // With a pixel's margin: outlines are stroked, and the eye merges a line grazing a shape with it.
      if (
        others.some((o) => o.contains(x, y) || o.contains(x + 1, y) || o.contains(x - 1, y) || o.contains(x, y + 1) || o.contains(x, y - 1))
      )
        return false;
      if (options.clearLeaders && cover(x, y).some((o) => o.key !== key && !o.area)) return false;
    }
    return true;
  };
  const run = (order: readonly LabelWant[]) => {
    labels = [];
    const missing: string[] = [];
    for (const want of order) {
      const w = textWidth(want.text, size, true) + 4;
      let placed: PlacedLabel | null = null;
      // Inside its own shape, centred on its point.
      if (want.own) {
        const box = { x0: want.x - w / 2, y0: want.y - h / 2, x1: want.x + w / 2, y1: want.y + h / 2 };
        if (everySample(box, want.own) && free(box, want.key)) {
          placed = { key: want.key, text: want.text, x: want.x, y: box.y0 + 1.5 + ascent, anchor: 'middle', box, leader: null };
        }
      }
      const reach = want.reach ?? 0;
      // Every spot around the mark, nearest first: the box's side facing the mark `dist` px beyond its reach.
      const candidates: Array<{ box: Box; gap: number; turn: number; order: number }> = [];
      DISTANCES.forEach((dist) => {
        ANGLES.forEach((a, order) => {
          const d = reach + dist;
          const cx = want.x + Math.cos(a) * (d + w / 2);
          const cy = want.y - Math.sin(a) * (d + h / 2);
          const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
          const tx = Math.min(box.x1, Math.max(box.x0, want.x));
          const ty = Math.min(box.y1, Math.max(box.y0, want.y));
          const gap = Math.max(0, Math.hypot(tx - want.x, ty - want.y) - reach);
          const turn = want.prefer === undefined ? 0 : Math.abs(Math.atan2(Math.sin(a - want.prefer), Math.cos(a - want.prefer)));
          candidates.push({ box, gap, turn, order });
        });
      });
      // A preferred direction weighs like a few px of leader per radian turned away from it.
      const cost = (c: (typeof candidates)[number]) => c.gap + 12 * c.turn;
      candidates.sort((p, q) => cost(p) - cost(q) || p.order - q.order);
      for (const { box, gap } of placed ? [] : candidates) {
        if (gap > maxLeader || !free(box, want.key)) continue;
        if (options.nearestOwn && gap > 6 && wants.some((o) => o.key !== want.key && boxGap(box, o) + 6 < gap)) continue;
        // A leader when the label stands off: from the mark's edge to the box's nearest point.
        const tx = Math.min(box.x1, Math.max(box.x0, want.x));
        const ty = Math.min(box.y1, Math.max(box.y0, want.y));
        const len = Math.hypot(tx - want.x, ty - want.y);
        const leader =
          gap > 5 ? { x1: want.x + ((tx - want.x) * reach) / len, y1: want.y + ((ty - want.y) * reach) / len, x2: tx, y2: ty } : null;
        if (leader && !leaderFree(leader, want.key)) continue;
        placed = { key: want.key, text: want.text, x: (box.x0 + box.x1) / 2, y: box.y0 + 1.5 + ascent, anchor: 'middle', box, leader };
        break;
      }
      if (placed) labels.push(placed);
      else missing.push(want.key);
    }
    return { labels, missing };
  };
  // Greedy placement depends on the order: when the order of importance leaves names out, try
  // top to bottom and left to right too, and keep the one that leaves out the least important.
  let best = run(wants);
  if (!options.tryOrders || !best.missing.length) return best;
  const rank = new Map(wants.map((w, i) => [w.key, i]));
  const score = (r: typeof best) =>
    r.missing.reduce((s, k) => s + 2 ** (wants.length - rank.get(k)!), 0) +
    r.labels.reduce((s, l) => s + (l.leader ? Math.hypot(l.leader.x2 - l.leader.x1, l.leader.y2 - l.leader.y1) : 0), 0) / 1e4;
  for (const order of [[...wants].sort((a, b) => a.y - b.y), [...wants].sort((a, b) => a.x - b.x)]) {
    const r = run(order);
    if (score(r) < score(best)) best = r;
  }
  return best;
}

/** An obstacle for a circle (a seat, a small state's dot). */
export function circleObstacle(key: string, x: number, y: number, r: number): Obstacle {
  return { key, box: { x0: x - r, y0: y - r, x1: x + r, y1: y + r }, contains: (px, py) => (px - x) ** 2 + (py - y) ** 2 <= r * r };
}

/** An obstacle for a rectangle (a tile, a block of text). */
export function boxObstacle(key: string, box: Box): Obstacle {
  return { key, box, contains: (x, y) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1 };
}

/** An obstacle for projected polygon rings (even-odd rule). */
export function ringsObstacle(key: string, rings: ReadonlyArray<ReadonlyArray<[number, number]>>): Obstacle {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return { key, box: { x0, y0, x1, y1 }, contains: (x, y) => inRings(rings, x, y) };
}

export function inRings(rings: ReadonlyArray<ReadonlyArray<[number, number]>>, x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
