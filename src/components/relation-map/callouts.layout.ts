/**
 * The story's key ties stated on their own lines: each key tie's callout (its few words
 * from the data) goes where a reader cannot take it for another tie's: on a point of its
 * line far from every other line, or, where its line has no such stretch, just beside it
 * with a short leader to it. It covers no label, no mark and no other callout. Where words
 * cannot be set unambiguously (a phone's columns sit a name apart, or the data gives none)
 * the line carries a number instead, keyed to the numbered list under the chart, and where
 * even that cannot, the list alone states the tie. Pure and
 * deterministic; linear in the number of ties (a grid of line samples).
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
  /** Where its leader meets its line, when the callout is set beside the line rather than on it. */
  leader: Point | null;
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
  /**
   * Per tie, its two actors: lines between the same two actors (fanned out side by side) read
   * as one link, so a callout need not be told apart from its siblings. Without it every
   * other line counts.
   */
  ends?: ReadonlyArray<readonly [number, number]>;
}

/** Side of a numbered badge, px. */
export const BADGE = 16;
/** How much nearer its own line a callout is than any other line, px, for a reader to tell (see `clarity`). */
export const CLEAR = 6;
/** Distances are worked out up to this far, px; anything farther is as good. */
const CAP = 32;
/** Clearance past which a callout is as unambiguous as it gets, px. */
const GOOD = 20;
/** What a leader costs, in px of clearance: words on their line read best. */
const LEADER_COST = 5;
/** Where along its line a callout is tried, from the middle outward (0.5, 0.47, 0.53, … 0.08, 0.92). */
const STEPS = [0.5, ...Array.from({ length: 14 }, (_, i) => [0.47 - 0.03 * i, 0.53 + 0.03 * i]).flat()];
/** Gaps tried between a callout set beside its line and the line, px. */
const BESIDE = [6, 14, 24];
const MARGIN = 2;
/** Spacing of the samples lines are measured by, px. */
const SAMPLE = 3;
const CELL = 16;

/** The point at share `s` of a tie's line (a straight line or a quadratic curve). */
export function pointOnLine(l: TieLine, s: number): Point {
  if (!l.c) return { x: l.a.x + (l.b.x - l.a.x) * s, y: l.a.y + (l.b.y - l.a.y) * s };
  const u = 1 - s;
  return { x: u * u * l.a.x + 2 * u * s * l.c.x + s * s * l.b.x, y: u * u * l.a.y + 2 * u * s * l.c.y + s * s * l.b.y };
}

/** Distance from a point to a box, px (0 inside). */
export function pointBoxDistance(p: Point, b: Box): number {
  return Math.hypot(Math.max(0, b.x - p.x, p.x - (b.x + b.width)), Math.max(0, b.y - p.y, p.y - (b.y + b.height)));
}

/** Points along a line about SAMPLE px apart, ends included. */
function samplesOf(l: TieLine): Point[] {
  const approx = l.c
    ? Math.hypot(l.c.x - l.a.x, l.c.y - l.a.y) + Math.hypot(l.b.x - l.c.x, l.b.y - l.c.y)
    : Math.hypot(l.b.x - l.a.x, l.b.y - l.a.y);
  const n = Math.max(2, Math.ceil(approx / SAMPLE));
  return Array.from({ length: n + 1 }, (_, i) => pointOnLine(l, i / n));
}

/** Samples of every line in a uniform grid: how near the nearest line of a set is, looking only at cells within CAP. */
class LineGrid {
  private cells = new Map<number, Array<{ p: Point; line: number }>>();
  constructor(lines: readonly TieLine[]) {
    lines.forEach((l, line) => {
      for (const p of samplesOf(l)) {
        const k = this.key(Math.floor(p.x / CELL), Math.floor(p.y / CELL));
        let c = this.cells.get(k);
        if (!c) this.cells.set(k, (c = []));
        c.push({ p, line });
      }
    });
  }
  private key(gx: number, gy: number): number {
    return gx * 100003 + gy;
  }
  /** Distance from `b` to the nearest sample of a line `counts` accepts, capped at CAP. */
  distance(b: Box, counts: (line: number) => boolean): number {
    let best = CAP;
    for (let gx = Math.floor((b.x - CAP) / CELL); gx <= Math.floor((b.x + b.width + CAP) / CELL); gx++) {
      for (let gy = Math.floor((b.y - CAP) / CELL); gy <= Math.floor((b.y + b.height + CAP) / CELL); gy++) {
        for (const s of this.cells.get(this.key(gx, gy)) ?? []) {
          if (!counts(s.line)) continue;
          const d = pointBoxDistance(s.p, b);
          if (d < best) best = d;
        }
      }
    }
    return best;
  }
}

interface Candidate {
  box: Box;
  anchor: Point;
  leader: boolean;
  /** How much nearer its own line than any other the callout is, px (see `clarity`). */
  clarity: number;
  order: number;
}

export function placeCallouts(o: CalloutInput): Callout[] {
  if (!o.ties.length) return [];
  const taken: Box[] = [...o.obstacles];
  const grid = new LineGrid(o.lines);
  const pairOf = (i: number) => {
    const e = o.ends?.[i];
    return e ? (e[0] < e[1] ? `${e[0]} ${e[1]}` : `${e[1]} ${e[0]}`) : `#${i}`;
  };
  const inside = (b: Box) =>
    b.x >= o.bounds.x &&
    b.y >= o.bounds.y &&
    b.x + b.width <= o.bounds.x + o.bounds.width &&
    b.y + b.height <= o.bounds.y + o.bounds.height;
  const free = (b: Box) => inside(b) && !taken.some((t) => boxesOverlap(b, t, MARGIN));
  const boxAt = (p: Point, w: number, h: number): Box => ({ x: p.x - w / 2, y: p.y - h / 2, width: w, height: h });

  /** The candidates for a w × h callout of tie `tie`: on its line, then beside it with a leader. */
  const candidates = (tie: number, w: number, h: number): Candidate[] => {
    const line = o.lines[tie]!;
    const own = pairOf(tie);
    const other = (i: number) => pairOf(i) !== own;
    const out: Candidate[] = [];
    STEPS.forEach((s, k) => {
      const p = pointOnLine(line, s);
      const near = grid.distance({ x: p.x, y: p.y, width: 0, height: 0 }, other);
      const on = boxAt(p, w, h);
      if (free(on)) out.push({ box: on, anchor: p, leader: false, clarity: Math.min(near, grid.distance(on, other)), order: k });
      for (const gap of BESIDE) {
        // East, west, north, south, then the four corners (a diagonal gap of `gap`).
        const d = gap * Math.SQRT1_2;
        const beside: Box[] = [
          { x: p.x + gap, y: p.y - h / 2, width: w, height: h },
          { x: p.x - gap - w, y: p.y - h / 2, width: w, height: h },
          { x: p.x - w / 2, y: p.y - gap - h, width: w, height: h },
          { x: p.x - w / 2, y: p.y + gap, width: w, height: h },
          { x: p.x + d, y: p.y - d - h, width: w, height: h },
          { x: p.x + d, y: p.y + d, width: w, height: h },
          { x: p.x - d - w, y: p.y - d - h, width: w, height: h },
          { x: p.x - d - w, y: p.y + d, width: w, height: h },
        ];
        for (const b of beside) {
          if (!free(b) || !leaderFree(p, b)) continue;
          // Beside its line, the callout is `gap` from it: other lines must be farther still.
          const clarity = Math.min(near, grid.distance(b, other) - grid.distance(b, (i) => i === tie));
          out.push({ box: b, anchor: p, leader: true, clarity, order: 100 + k });
        }
      }
    });
    return out;
  };
  /** A leader from `p` to box `b` crosses no label or mark. */
  const leaderFree = (p: Point, b: Box) => {
    const q = nearestOnBox(p, b);
    const n = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2);
    for (let i = 1; i < n; i++) {
      const t = { x: p.x + ((q.x - p.x) * i) / n, y: p.y + ((q.y - p.y) * i) / n };
      if (taken.some((o) => pointBoxDistance(t, o) < 1)) return false;
    }
    return true;
  };
  /**
   * The best candidate: clear enough before not; of the clear, the clearest (up to GOOD px,
   * past which a reader sees no difference), on its line before beside it, nearer the middle.
   */
  const score = (c: Candidate) => Math.min(c.clarity, GOOD) - (c.leader ? LEADER_COST : 0) - (c.order % 100) * 0.25;
  const compare = (a: Candidate, b: Candidate) => {
    const ca = a.clarity >= CLEAR ? 1 : 0;
    const cb = b.clarity >= CLEAR ? 1 : 0;
    if (ca !== cb) return cb - ca;
    return score(b) - score(a) || a.order - b.order;
  };
  const best = (list: Candidate[]): Candidate | null =>
    list.reduce<Candidate | null>((at, c) => (!at || compare(c, at) < 0 ? c : at), null);

  const out: Callout[] = [];
  o.ties.forEach((tie, k) => {
    const text = o.texts[k];
    const words = o.words && text ? best(candidates(tie, o.widths[k]! + 4, o.fontSize * 1.3)) : null;
    // Words that cannot be set clear of other lines give way to the list's number; a number
    // that cannot either is left out (the list under the chart still states the tie, both
    // ends named): a callout a reader could take for another tie's would mislead.
    const badge = words && words.clarity >= CLEAR ? null : best(candidates(tie, BADGE, BADGE));
    const placed =
      words && words.clarity >= CLEAR
        ? callout(tie, k, text!, words)
        : badge && badge.clarity >= CLEAR
          ? callout(tie, k, null, badge)
          : null;
    if (!placed) return;
    taken.push(placed.box);
    out.push(placed);
  });
  return out;
}

function callout(tie: number, k: number, text: string | null, c: Candidate): Callout {
  const { box } = c;
  return { tie, n: k + 1, text, x: box.x + box.width / 2, y: box.y + box.height / 2, box, leader: c.leader ? c.anchor : null };
}

/** The point of box `b` nearest to `p` (where a leader from `p` ends). */
export function nearestOnBox(p: Point, b: Box): Point {
  return { x: Math.min(Math.max(p.x, b.x), b.x + b.width), y: Math.min(Math.max(p.y, b.y), b.y + b.height) };
}
