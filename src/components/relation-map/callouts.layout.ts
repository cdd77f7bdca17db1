/**
 * The story's key ties stated on their own lines: each key tie's callout (its few words
 * from the data) is set on a point of its line where it covers no label, no mark and no
 * other callout. Where words cannot fit (a phone's columns sit a name apart, or the data
 * gives none) the line carries a number instead, keyed to the numbered list under the
 * chart. Pure and deterministic.
 */
import { boxesOverlap, type Box, type Point } from '../../internal/plane.js';
import type { TieLine } from './ties.geometry.js';

export interface Callout {
  /** Index of the tie in the graph. */
  tie: number;
  /** Its number in the list under the chart (1-based). */
  n: number;
  /** The words drawn, or null when the line carries the number. */
  text: string | null;
  /** Centre of the callout. */
  x: number;
  y: number;
  box: Box;
}

export interface CalloutInput {
  /** Key ties, in the list's order. */
  ties: readonly number[];
  lines: readonly TieLine[];
  /** Per key tie, its words (or undefined) and their measured width. */
  texts: ReadonlyArray<string | undefined>;
  widths: readonly number[];
  fontSize: number;
  /** Words only where there is room for them (wide charts); numbers otherwise. */
  words: boolean;
  /** Labels and marks: what a callout must not cover. */
  obstacles: readonly Box[];
  bounds: Box;
}

/** Side of a numbered badge, px. */
export const BADGE = 16;
/** Where along its line a callout is tried: the middle first, then out towards both ends. */
const STEPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8];
const MARGIN = 2;

/** The point at share `s` of a tie's line (a straight line or a quadratic curve). */
export function pointOnLine(l: TieLine, s: number): Point {
  if (!l.c) return { x: l.a.x + (l.b.x - l.a.x) * s, y: l.a.y + (l.b.y - l.a.y) * s };
  const u = 1 - s;
  return { x: u * u * l.a.x + 2 * u * s * l.c.x + s * s * l.b.x, y: u * u * l.a.y + 2 * u * s * l.c.y + s * s * l.b.y };
}

export function placeCallouts(o: CalloutInput): Callout[] {
  const taken: Box[] = [...o.obstacles];
  const inside = (b: Box) => b.x >= o.bounds.x && b.y >= o.bounds.y && b.x + b.width <= o.bounds.x + o.bounds.width && b.y + b.height <= o.bounds.y + o.bounds.height;
  const free = (b: Box) => inside(b) && !taken.some((t) => boxesOverlap(b, t, MARGIN));
  const boxAt = (p: Point, w: number, h: number): Box => ({ x: p.x - w / 2, y: p.y - h / 2, width: w, height: h });
  // Every line as points 4 px or so apart, for counting the lines a box would sit on.
  const samples = o.lines.map((l) => {
    const n = Math.max(2, Math.ceil(Math.hypot(l.b.x - l.a.x, l.b.y - l.a.y) / 4));
    return Array.from({ length: n + 1 }, (_, i) => pointOnLine(l, i / n));
  });
  const crossings = (b: Box, own: number) =>
    samples.reduce((sum, pts, i) => sum + (i !== own && pts.some((p) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height) ? 1 : 0), 0);
  return o.ties.map((tie, k) => {
    const line = o.lines[tie]!;
    const text = o.texts[k];
    const points = STEPS.map((s) => pointOnLine(line, s));
    // Of the free places, the one crossed by fewest other ties: words over a crossing read as the other line's.
    const best = (w: number, h: number) => {
      let at: { p: Point; box: Box } | null = null;
      let fewest = Infinity;
      for (const p of points) {
        const box = boxAt(p, w, h);
        if (!free(box)) continue;
        const n = crossings(box, tie);
        if (n < fewest) [at, fewest] = [{ p, box }, n];
      }
      return at;
    };
    let placed: Callout | null = null;
    const words = o.words && text ? best(o.widths[k]! + 4, o.fontSize * 1.3) : null;
    if (words) placed = { tie, n: k + 1, text: text!, x: words.p.x, y: words.p.y, box: words.box };
    else {
      const badge = best(BADGE, BADGE) ?? { p: points[0]!, box: boxAt(points[0]!, BADGE, BADGE) };
      placed = { tie, n: k + 1, text: null, x: badge.p.x, y: badge.p.y, box: badge.box };
    }
    taken.push(placed.box);
    return placed;
  });
}
