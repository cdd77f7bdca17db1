/**
 * The `hemicycle` view: one seat per member in concentric semicircular rows, the classic
 * parliament chart. The fewest rows whose seats fit the arc are used; each row gets seats in
 * proportion to its length; seat positions are then taken in angular order, left to right,
 * and given to the members sorted by vote, then name, so each option forms a wedge.
 * Pure: model + width -> geometry. The size alone (rows, height) is in hemicycle.size.ts.
 */
import { formatNumber } from '../../internal/locale.js';
import type { Callout, TextLine } from './callouts.layout.js';
import { arcRows, hemicycleFrame, INNER, type ArcRows, type HemicycleInput } from './hemicycle.size.js';
import { shownCountries, type Country, type OptionInfo } from './vote-model.js';

export { INNER, MAX_SEAT, type HemicycleInput } from './hemicycle.size.js';

export interface Seat {
  /** Country code, or `option:n` for the n-th anonymous seat of a vote without a roll call. */
  key: string;
  x: number;
  y: number;
  r: number;
  option: OptionInfo;
  country: Country | null;
}

export interface Arc extends ArcRows {
  /** Centre of the semicircle (on its baseline). */
  cx: number;
  cy: number;
  /** Outer radius. */
  R: number;
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

function place({ rows, seatRadius }: ArcRows, R: number, cx: number, cy: number): Arc {
  const positions: Arc['positions'] = [];
  rows.forEach(({ radius: r, seats: m }, row) => {
    for (let j = 0; j < m; j++) {
      const angle = m === 1 ? Math.PI / 2 : Math.PI - (Math.PI * j) / (m - 1);
      positions.push({ x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle), angle, row });
    }
  });
  // Left to right; at equal angles, outer row first (keeps a wedge's edge straight).
  positions.sort((a, b) => b.angle - a.angle || a.row - b.row);
  return { cx, cy, R, rows, seatRadius, positions };
}

/**
 * Seat positions for `n` seats in a semicircle of outer radius `R` centred on (cx, cy).
 * Exported for tests: positions never overlap and always number exactly `n`.
 */
export function arcSeats(n: number, R: number, cx: number, cy: number): Arc {
  return place(arcRows(n, R), R, cx, cy);
}

export function hemicycleLayout(input: HemicycleInput): HemicycleLayout {
  const { model, locale } = input;
  const { width, height, cx, cy, R, arc: rows, callouts, groupCaption } = hemicycleFrame(input);

  // Who sits where: members by vote then name, or anonymous seats per option without a roll call.
  const members: Array<{ key: string; option: OptionInfo; country: Country | null }> = model.hasRollCall
    ? shownCountries(model).map((c) => ({ key: c.iso3, option: c.option, country: c }))
    : model.shown.flatMap((o) => Array.from({ length: o.count }, (_, i) => ({ key: `${o.id}:${i}`, option: o, country: null })));
  const arc = place(rows, R, cx, cy);
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
  return { width, height, arc, seats, centre, callouts, groupCaption };
}
