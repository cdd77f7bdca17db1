/**
 * The hemicycle's size without its seats: how many rows the arc needs, the seat radius, and
 * the lines under the arc; the seats' layout (hemicycle.layout.ts) builds on it. Pure.
 */
import type { CountryGroup } from '../../data/types.js';
import { CALLOUT_FONT, CALLOUT_LINE, namedCallouts, type Callout, type TextLine } from './callouts.layout.js';
import { groupStatement } from './format.js';
import { textWidth, wrap } from '../../internal/text-metrics.js';
import { groupCounts, shownCountries, type Country, type VoteModel } from './vote-model.js';

/** Largest seat radius, px. */
export const MAX_SEAT = 13;

/** Share of the radius left empty in the middle (room for the total). */
export const INNER = 0.36;

export interface ArcRows {
  /** Seat-centre radius of each row, outermost first, and how many seats it holds. */
  rows: Array<{ radius: number; seats: number }>;
  seatRadius: number;
}

/** Rows for `n` seats in a semicircle of outer radius `R`: the fewest that hold them. */
export function arcRows(n: number, R: number): ArcRows {
  if (n <= 0) return { rows: [], seatRadius: 0 };
  // Fewest rows whose capacity holds n: row spacing d, a row of radius r holds floor(πr/d)+1 seats.
  let rows = 1;
  let radii: number[] = [];
  let caps: number[] = [];
  let d = 0;
  for (; rows < 60; rows++) {
    d = (R * (1 - INNER)) / rows;
    radii = Array.from({ length: rows }, (_, i) => R - d / 2 - i * d);
    caps = radii.map((r) => Math.floor((Math.PI * r) / d) + 1);
    if (caps.reduce((s, c) => s + c, 0) >= n) break;
  }
  if (n === 1) {
    radii = [R - d / 2];
    caps = [1];
  }
  // Seats per row in proportion to the row's length (largest remainder), never above capacity.
  const sumR = radii.reduce((s, r) => s + r, 0);
  const exact = radii.map((r) => (n * r) / sumR);
  const counts = exact.map((e, i) => Math.min(caps[i]!, Math.floor(e)));
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((e, i) => ({ i, rem: e - Math.floor(e) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  while (left > 0) {
    let placed = false;
    for (const { i } of order) {
      if (left > 0 && counts[i]! < caps[i]!) {
        counts[i]!++;
        left--;
        placed = true;
      }
    }
    if (!placed) break;
  }
  // Seats as large as the closest neighbours in a row, or the row spacing, allow.
  let minGap = d;
  radii.forEach((r, row) => {
    const m = counts[row]!;
    if (m > 1) minGap = Math.min(minGap, 2 * r * Math.sin(Math.PI / (m - 1) / 2));
  });
  return { rows: radii.map((radius, i) => ({ radius, seats: counts[i]! })), seatRadius: Math.min(d, minGap) * 0.42 };
}

export interface HemicycleInput {
  model: VoteModel;
  width: number;
  locale: string;
  named: ReadonlyMap<string, Country[]>;
  group: CountryGroup | null;
  /** Countries whose seats are named beside them, most important first. */
  label?: readonly string[];
}

/** Type size of the names beside seats. */
export const SEAT_LABEL = 11;

export interface SeatPosition {
  x: number;
  y: number;
  angle: number;
  row: number;
}

/** Seat positions, left to right; at equal angles, outer row first (keeps a wedge's edge straight). */
export function placeSeats({ rows }: ArcRows, cx: number, cy: number): SeatPosition[] {
  const positions: SeatPosition[] = [];
  rows.forEach(({ radius: r, seats: m }, row) => {
    for (let j = 0; j < m; j++) {
      const angle = m === 1 ? Math.PI / 2 : Math.PI - (Math.PI * j) / (m - 1);
      positions.push({ x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle), angle, row });
    }
  });
  positions.sort((a, b) => b.angle - a.angle || a.row - b.row);
  return positions;
}

/**
 * Which position (index into `placeSeats`'s list) each member takes. Members fill the positions
 * in order, so each vote forms a wedge; but a seat the chart names moves to the outer row of its
 * wedge (spread along it), so its name sits outside the arc with a short leader that crosses no
 * other seat. A wedge with no outer seat (Belarus's lone vote) takes the nearest outer seat
 * beyond its edge, whose member moves into the wedge's place: the edge shifts by one seat.
 */
export function seatSlots(
  members: ReadonlyArray<{ iso3: string; option: { id: string } }>,
  positions: readonly SeatPosition[],
  label: readonly string[],
): number[] {
  const n = Math.min(members.length, positions.length);
  const slot = Array.from({ length: n }, (_, i) => i);
  const owner = slot.slice();
  const index = new Map(members.slice(0, n).map((m, i) => [m.iso3, i]));
  const named = [...new Set(label)].map((k) => index.get(k)).filter((i): i is number => i !== undefined);
  if (!named.length) return slot;
  const wedge = (i: number): [number, number] => {
    let a = i;
    let b = i + 1;
    while (a > 0 && members[a - 1]!.option.id === members[i]!.option.id) a--;
    while (b < n && members[b]!.option.id === members[i]!.option.id) b++;
    return [a, b];
  };
  const swap = (m: number, p: number): void => {
    const other = owner[p]!;
    const q = slot[m]!;
    slot[m] = p;
    owner[p] = m;
    slot[other] = q;
    owner[q] = other;
  };
  const taken = new Set<number>();
  const outer = (p: number) => positions[p]!.row === 0;
  // Lone wedges first (they must borrow), then each wedge's named members, spread along its outer row.
  const byWedge = new Map<string, number[]>();
  for (const m of named) {
    const [a, b] = wedge(m);
    const key = `${a}:${b}`;
    byWedge.set(key, [...(byWedge.get(key) ?? []), m]);
  }
  const wedges = [...byWedge.entries()].map(([key, ms]) => {
    const [a, b] = key.split(':').map(Number) as [number, number];
    return { a, b, ms: ms.sort((x, y) => x - y), outer: Array.from({ length: b - a }, (_, k) => a + k).filter(outer) };
  });
  wedges.sort((x, y) => x.outer.length - y.outer.length);
  for (const w of wedges) {
    const free = w.outer.filter((p) => !taken.has(p));
    const k = Math.min(w.ms.length, free.length);
    // Evenly spaced along the wedge's outer row: names do not crowd.
    const picks = Array.from(
      { length: k },
      (_, j) => free[k === 1 ? Math.floor((free.length - 1) / 2) : Math.round((j * (free.length - 1)) / (k - 1))]!,
    );
    w.ms.slice(0, k).forEach((m, j) => {
      swap(m, picks[j]!);
      taken.add(picks[j]!);
    });
    // The rest borrow the nearest free outer seat beyond the wedge's edge: first moved to the
    // wedge's own seat nearest to it, so the member who gives it up lands at the edge.
    for (const m of w.ms.slice(k)) {
      let best = -1;
      for (let p = 0; p < n; p++) {
        if (!outer(p) || taken.has(p) || (p >= w.a && p < w.b)) continue;
        const dist = p < w.a ? w.a - p : p - w.b + 1;
        const bestDist = best < 0 ? Infinity : best < w.a ? w.a - best : best - w.b + 1;
        if (dist < bestDist) best = p;
      }
      if (best < 0) continue;
      const edge = best < w.a ? w.a : w.b - 1;
      if (!taken.has(edge)) swap(m, edge);
      swap(m, best);
      taken.add(best);
    }
  }
  return slot;
}

export interface HemicycleFrame {
  width: number;
  height: number;
  /** Centre of the semicircle (on its baseline) and outer radius. */
  cx: number;
  cy: number;
  R: number;
  /** Seats drawn: members of the shown votes, or the shown votes' counts without a roll call. */
  count: number;
  /** Area the names beside seats may use (the arc and the margins kept for them). */
  labelBounds: { x0: number; y0: number; x1: number; y1: number };
  arc: ArcRows;
  callouts: Callout[];
  groupCaption: TextLine[];
}

export function hemicycleFrame({ model, width, locale, named, group, label = [] }: HemicycleInput): HemicycleFrame {
  const W = Math.max(width, 1);
  const count = model.hasRollCall ? shownCountries(model).length : model.shown.reduce((s, o) => s + o.count, 0);
  // Room for the names beside seats: a margin on each side that has some (seats right of
  // 70° name to the right, left of 110° to the left, the others above). Seat angles do not
  // depend on the radius, so a unit arc tells which side each name needs.
  const order = model.hasRollCall ? shownCountries(model) : [];
  const unit = placeSeats(arcRows(count, 100), 0, 0);
  const slots = seatSlots(order, unit, label);
  let left = 0;
  let right = 0;
  let above = 0;
  for (const iso of label) {
    const i = order.findIndex((c) => c.iso3 === iso);
    const p = unit[slots[i] ?? -1];
    if (i < 0 || !p) continue;
    const w = textWidth(order[i]!.short, SEAT_LABEL, true) + 18;
    const deg = (p.angle * 180) / Math.PI;
    if (deg < 70) right = Math.max(right, w);
    else if (deg > 110) left = Math.max(left, w);
    else above = SEAT_LABEL + 12;
  }
  const labelled = left + right + above > 0;
  const top = 4 + above;
  let R = Math.max(20, Math.min((W - left - right) / 2 - 2, 290));
  // Few members would make huge seats: a smaller arc keeps them at most MAX_SEAT px in radius.
  const trial = arcRows(count, R);
  if (trial.seatRadius > MAX_SEAT) R = Math.max(40, (R * MAX_SEAT) / trial.seatRadius);
  const cx = left + 2 + R + Math.max(0, W - left - right - 4 - 2 * R) / 2;
  const cy = top + R;
  const arc = arcRows(count, R);

  // Below the baseline, a band the names may also use (a third line on a phone, where names
  // beside the arc's lower end stack down past it).
  let y = cy + arc.seatRadius + 6 + (labelled ? (W < 480 ? 3 : 2) * (SEAT_LABEL + 4) : 0);
  const labelBounds = { x0: 0, y0: 0, x1: W, y1: y - 4 };
  let groupCaption: TextLine[] = [];
  if (group && model.hasRollCall) {
    groupCaption = wrap(groupStatement(locale, group, groupCounts(model, group)), W, CALLOUT_FONT, true).map((t, j) => ({
      text: t,
      x: 0,
      y: y + 15 + j * CALLOUT_LINE,
      anchor: 'start' as const,
    }));
    y = groupCaption.at(-1)!.y + 4;
  }
  const { callouts, bottom } = namedCallouts(model.shown, named, locale, W, y);
  return { width: W, height: Math.ceil(bottom + 2), cx, cy, R, count, arc, labelBounds, callouts, groupCaption };
}
