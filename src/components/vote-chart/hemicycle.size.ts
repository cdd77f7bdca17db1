/**
 * The hemicycle's size without its seats: how many rows the arc needs, the seat radius, and
 * the lines under the arc. The element reserves the view's exact height with this while the
 * seats' layout and templates (hemicycle.view.ts) load. Pure.
 */
import type { CountryGroup } from '../../data/types.js';
import { CALLOUT_FONT, CALLOUT_LINE, namedCallouts, type Callout, type TextLine } from './callouts.layout.js';
import { groupStatement } from './format.js';
import { textWidth, wrap } from './text-metrics.js';
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
  let left = 0;
  let right = 0;
  let above = 0;
  for (const iso of label) {
    const i = order.findIndex((c) => c.iso3 === iso);
    if (i < 0 || !unit[i]) continue;
    const w = textWidth(order[i]!.short, SEAT_LABEL, true) + 18;
    const deg = (unit[i]!.angle * 180) / Math.PI;
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

  // Below the baseline, a band the names may also use.
  let y = cy + arc.seatRadius + 6 + (labelled ? 2 * (SEAT_LABEL + 4) : 0);
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
