/**
 * Direct labels for named countries, placed where they cover no other mark: inside the
 * country's own shape when the label fits there, else nearby with a leader line, trying
 * positions outwards from the mark. What cannot be placed is returned, so the view can say so.
 * Shared by the map, the hemicycle and the tile views. Pure.
 */
import { textWidth } from './text-metrics.js';

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
}

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

const DISTANCES = [3, 8, 14, 22, 32, 44, 58, 76, 98, 124];
const ANGLES = Array.from({ length: 16 }, (_, i) => {
  // Right, left, up, down first, then the diagonals, then the rest.
  const order = [0, 8, 12, 4, 14, 2, 10, 6, 15, 1, 9, 7, 13, 3, 11, 5];
  return (order[i]! * Math.PI) / 8;
});

/** Points over a box, every `step` px, corners and edges included. */
function samples(b: Box, step = 2): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const nx = Math.max(1, Math.ceil((b.x1 - b.x0) / step));
  const ny = Math.max(1, Math.ceil((b.y1 - b.y0) / step));
  for (let i = 0; i <= nx; i++) for (let j = 0; j <= ny; j++) out.push([b.x0 + ((b.x1 - b.x0) * i) / nx, b.y0 + ((b.y1 - b.y0) * j) / ny]);
  return out;
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
 * Places each wanted label, in the order given (most important first). A label's box (text
 * plus its halo) never overlaps another label's box or a leader, never leaves `bounds`, and
 * covers no obstacle but its own mark.
 */
export function placeLabels(
  wants: readonly LabelWant[],
  obstacles: readonly Obstacle[],
  bounds: Box,
  size: number,
): { labels: PlacedLabel[]; missing: string[] } {
  const labels: PlacedLabel[] = [];
  const missing: string[] = [];
  // The glyph box as browsers measure it (ascent + descent ≈ 1.17 em), plus the halo.
  const h = Math.ceil(size * 1.17) + 3;
  const ascent = size * 0.93;
  const free = (box: Box, key: string, own?: LabelWant['own']): boolean => {
    if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) return false;
    if (labels.some((l) => overlaps(l.box, box, 2) || (l.leader && segmentHitsBox(l.leader, box)))) return false;
    const near = obstacles.filter((o) => o.key !== key && overlaps(o.box, box));
    if (!near.length && !own) return true;
    for (const [x, y] of samples(box)) {
      for (const o of near) if (o.contains(x, y)) return false;
    }
    return true;
  };
  for (const want of wants) {
    const w = textWidth(want.text, size, true) + 4;
    let placed: PlacedLabel | null = null;
    // Inside its own shape, centred on its point.
    if (want.own) {
      const box = { x0: want.x - w / 2, y0: want.y - h / 2, x1: want.x + w / 2, y1: want.y + h / 2 };
      if (samples(box).every(([x, y]) => want.own!(x, y)) && free(box, want.key)) {
        placed = { key: want.key, text: want.text, x: want.x, y: box.y0 + 1.5 + ascent, anchor: 'middle', box, leader: null };
      }
    }
    const reach = want.reach ?? 0;
    for (const dist of DISTANCES) {
      if (placed) break;
      for (const a of ANGLES) {
        const cos = Math.cos(a);
        const sin = -Math.sin(a);
        // The box's side facing the mark sits `dist` px beyond the mark's reach.
        const d = reach + dist;
        const cx = want.x + cos * (d + w / 2);
        const cy = want.y + sin * (d + h / 2);
        const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
        if (!free(box, want.key)) continue;
        // A leader when the label stands off: from the mark's edge to the box's nearest point.
        const tx = Math.min(box.x1, Math.max(box.x0, want.x));
        const ty = Math.min(box.y1, Math.max(box.y0, want.y));
        const len = Math.hypot(tx - want.x, ty - want.y);
        const leader =
          dist > 8 && len > reach + 2
            ? { x1: want.x + ((tx - want.x) * reach) / len, y1: want.y + ((ty - want.y) * reach) / len, x2: tx, y2: ty }
            : null;
        if (leader && labels.some((l) => segmentHitsBox(leader, l.box))) continue;
        placed = { key: want.key, text: want.text, x: cx, y: box.y0 + 1.5 + ascent, anchor: 'middle', box, leader };
        break;
      }
    }
    if (placed) labels.push(placed);
    else missing.push(want.key);
  }
  return { labels, missing };
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
