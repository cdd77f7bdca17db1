/**
 * The line of each tie as an SVG path string (the canvas painter draws the same string
 * through Path2D). Several ties between the same two actors fan out as curves so each
 * stays visible; lines stop at the marks' edges so arrowheads touch the target.
 */
import type { Graph } from './graph.js';
import type { Point } from '../../internal/plane.js';

export interface TieLine {
  d: string;
  /** Middle of the line (where a tie's hit target and tooltip go). */
  mid: Point;
  /** Start, end and (for a curve) the control point, for the canvas painter. */
  a: Point;
  b: Point;
  c: Point | null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Offset of the j-th of k parallel ties from the straight line, in px. */
export function fanOffset(j: number, k: number): number {
  const spacing = Math.min(9, 36 / k);
  return (j - (k - 1) / 2) * spacing;
}

export function tieLines(graph: Graph, points: readonly Point[], radii: readonly number[]): TieLine[] {
  const pairs = new Map<string, number[]>();
  graph.ends.forEach(([s, t], i) => {
    const key = s < t ? `${s} ${t}` : `${t} ${s}`;
    let list = pairs.get(key);
    if (!list) pairs.set(key, (list = []));
    list.push(i);
  });
  const lines: TieLine[] = new Array(graph.ties.length);
  for (const list of pairs.values()) {
    const k = list.length;
    list.forEach((i, j) => {
      const [s, t] = graph.ends[i]!;
      lines[i] = line(points[s]!, points[t]!, radii[s]!, radii[t]!, k === 1 ? 0 : fanOffset(j, k) * (s < t ? 1 : -1));
    });
  }
  return lines;
}

function line(a: Point, b: Point, ra: number, rb: number, offset: number): TieLine {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // Unit normal, the same for both directions of a pair once the offset's sign is flipped.
  const nx = -dy / len;
  const ny = dx / len;
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  if (offset === 0) {
    const sx = a.x + (dx / len) * ra;
    const sy = a.y + (dy / len) * ra;
    const ex = b.x - (dx / len) * (rb + 1.5);
    const ey = b.y - (dy / len) * (rb + 1.5);
    return {
      d: `M${r1(sx)},${r1(sy)}L${r1(ex)},${r1(ey)}`,
      mid: { x: mx, y: my },
      a: { x: sx, y: sy },
      b: { x: ex, y: ey },
      c: null,
    };
  }
  // Quadratic curve whose apex lies `offset` px from the straight line.
  const cx = mx + nx * offset * 2;
  const cy = my + ny * offset * 2;
  const trim = (p: Point, r: number): Point => {
    const ux = cx - p.x;
    const uy = cy - p.y;
    const l = Math.hypot(ux, uy) || 1;
    return { x: p.x + (ux / l) * r, y: p.y + (uy / l) * r };
  };
  const s = trim(a, ra);
  const e = trim(b, rb + 1.5);
  return {
    d: `M${r1(s.x)},${r1(s.y)}Q${r1(cx)},${r1(cy)} ${r1(e.x)},${r1(e.y)}`,
    mid: { x: mx + nx * offset, y: my + ny * offset },
    a: s,
    b: e,
    c: { x: cx, y: cy },
  };
}
