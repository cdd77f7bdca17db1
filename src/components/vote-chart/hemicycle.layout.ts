/**
 * The `hemicycle` view: one seat per member in concentric semicircular rows, the classic
 * parliament chart. The fewest rows whose seats fit the arc are used; each row gets seats in
 * proportion to its length; seat positions are then taken in angular order, left to right,
 * and given to the members sorted by vote, then name, so each option forms a wedge.
 * Pure: model + width -> geometry.
 */
import type { CountryGroup } from '../../data/types.js';
import { formatNumber } from '../../internal/locale.js';
import { CALLOUT_FONT, CALLOUT_LINE, namedCallouts, type Callout, type TextLine } from './callouts.layout.js';
import { groupStatement } from './format.js';
import { wrap } from './text-metrics.js';
import { groupCounts, shownCountries, type Country, type OptionInfo, type VoteModel } from './vote-model.js';

export interface Seat {
  /** Country code, or `option:n` for the n-th anonymous seat of a vote without a roll call. */
  key: string;
  x: number;
  y: number;
  r: number;
  option: OptionInfo;
  country: Country | null;
}

export interface Arc {
  /** Centre of the semicircle (on its baseline). */
  cx: number;
  cy: number;
  /** Outer radius. */
  R: number;
  /** Seat-centre radius of each row, outermost first, and how many seats it holds. */
  rows: Array<{ radius: number; seats: number }>;
  seatRadius: number;
  /** Seat positions in angular order (left to right). */
  positions: Array<{ x: number; y: number; angle: number; row: number }>;
}

export interface HemicycleLayout {
  width: number;
  height: number;
  arc: Arc;
  seats: Seat[];
  centre: TextLine[];
  callouts: Callout[];
  groupCaption: TextLine[];
}

/** Largest seat radius, px. */
export const MAX_SEAT = 13;

/** Share of the radius left empty in the middle (room for the total). */
export const INNER = 0.36;

/**
 * Seat positions for `n` seats in a semicircle of outer radius `R` centred on (cx, cy).
 * Exported for tests: positions never overlap and always number exactly `n`.
 */
export function arcSeats(n: number, R: number, cx: number, cy: number): Arc {
  if (n <= 0) return { cx, cy, R, rows: [], seatRadius: 0, positions: [] };
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
  const positions: Arc['positions'] = [];
  let minGap = d;
  radii.forEach((r, row) => {
    const m = counts[row]!;
    if (m > 1) minGap = Math.min(minGap, (2 * r * Math.sin(Math.PI / (m - 1) / 2)));
    for (let j = 0; j < m; j++) {
      const angle = m === 1 ? Math.PI / 2 : Math.PI - (Math.PI * j) / (m - 1);
      positions.push({ x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle), angle, row });
    }
  });
  // Left to right; at equal angles, outer row first (keeps a wedge's edge straight).
  positions.sort((a, b) => b.angle - a.angle || a.row - b.row);
  return {
    cx,
    cy,
    R,
    rows: radii.map((radius, i) => ({ radius, seats: counts[i]! })),
    seatRadius: Math.min(d, minGap) * 0.42,
    positions,
  };
}

export interface HemicycleInput {
  model: VoteModel;
  width: number;
  locale: string;
  named: ReadonlyMap<string, Country[]>;
  group: CountryGroup | null;
}

export function hemicycleLayout({ model, width, locale, named, group }: HemicycleInput): HemicycleLayout {
  const W = Math.max(width, 1);
  const cx = W / 2;
  const top = 4;

  // Who sits where: members by vote then name, or anonymous seats per option without a roll call.
  const members: Array<{ key: string; option: OptionInfo; country: Country | null }> = model.hasRollCall
    ? shownCountries(model).map((c) => ({ key: c.iso3, option: c.option, country: c }))
    : model.shown.flatMap((o) => Array.from({ length: o.count }, (_, i) => ({ key: `${o.id}:${i}`, option: o, country: null })));
  let R = Math.max(20, Math.min(W / 2 - 2, 290));
  // Few members would make huge seats: a smaller arc keeps them at most MAX_SEAT px in radius.
  const trial = arcSeats(members.length, R, cx, top + R);
  if (trial.seatRadius > MAX_SEAT) R = Math.max(40, (R * MAX_SEAT) / trial.seatRadius);
  const cy = top + R;
  const arc = arcSeats(members.length, R, cx, cy);
  const seats: Seat[] = members.map((m, i) => ({ ...m, x: arc.positions[i]!.x, y: arc.positions[i]!.y, r: arc.seatRadius }));

  // The total in the hollow of the arc.
  const inner = R * INNER;
  const centre: TextLine[] = [
    { text: formatNumber(locale, model.shownTotal), x: cx, y: cy - Math.min(22, inner * 0.3), anchor: 'middle' },
    {
      text: model.hiddenAbsent > 0 ? `of ${formatNumber(locale, model.total)} voted` : 'members',
      x: cx,
      y: cy - 2,
      anchor: 'middle',
    },
  ];

  let y = cy + arc.seatRadius + 6;
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
  return { width: W, height: Math.ceil(bottom + 2), arc, seats, centre, callouts, groupCaption };
}
