/**
 * The `hemicycle` view: one seat per member in concentric semicircular rows, the classic
 * parliament chart. The fewest rows whose seats fit the arc are used; each row gets seats in
 * proportion to its length; seat positions are then taken in angular order, left to right,
 * and given to the members sorted by vote, then name, so each option forms a wedge. The seats
 * the chart names sit in their wedge's outer row and carry their name outside the arc.
 * Pure: model + width -> geometry. The size alone (rows, height) is in hemicycle.size.ts.
 */
import { formatNumber } from '../../internal/locale.js';
import type { Callout, TextLine } from './callouts.layout.js';
import { boxObstacle, circleObstacle, placeLabels, type Obstacle, type PlacedLabel } from './labels.layout.js';
import {
  arcRows,
  hemicycleFrame,
  INNER,
  placeSeats,
  SEAT_LABEL,
  seatSlots,
  type ArcRows,
  type HemicycleInput,
  type SeatPosition,
} from './hemicycle.size.js';
import { textWidth } from '../../internal/text-metrics.js';
import { shownCountries, type Country, type OptionInfo } from './vote-model.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { optionCount } from './format.js';

export { INNER, MAX_SEAT, type HemicycleInput } from './hemicycle.size.js';

export interface Seat {
  /** Country code, or `option:n` for the n-th anonymous seat of a vote without a roll call. */
  key: string;
  x: number;
  y: number;
  r: number;
  /** Row, 0 = outermost, and angle (π at the left end, 0 at the right): the keyboard moves by them. */
  row: number;
  angle: number;
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
  positions: SeatPosition[];
}

export interface HemicycleLayout {
  width: number;
  height: number;
  arc: Arc;
  seats: Seat[];
  centre: Array<TextLine & { size: number }>;
  callouts: Callout[];
  groupCaption: TextLine[];
  labels: PlacedLabel[];
  /** Named countries no free spot could hold a label for (the view lists them). */
  unlabelled: Country[];
}

/**
 * Seat positions for `n` seats in a semicircle of outer radius `R` centred on (cx, cy).
 * Exported for tests: positions never overlap and always number exactly `n`.
 */
export function arcSeats(n: number, R: number, cx: number, cy: number): Arc {
  const rows = arcRows(n, R);
  return { cx, cy, R, ...rows, positions: placeSeats(rows, cx, cy) };
}

/**
 * The result in the hollow of the arc: the first two votes' counts as a score ("119 to 1"),
 * the others under it ("36 abstained"); a vote of one option shows its count alone.
 */
function centreLines(input: HemicycleInput, cx: number, cy: number, inner: number): Array<TextLine & { size: number }> {
  const { model, locale } = input;
  const cast = model.shown.filter((o) => !o.absent);
  const [a, b, ...rest] = cast;
  const first = a ? formatNumber(locale, a.count) : '';
  const second = b ? formatNumber(locale, b.count) : '';
  const head = a && b ? msg(str`${first} to ${second}`, { id: 'vote.hemicycle.score' }) : formatNumber(locale, model.shownTotal);
  const sub =
    a && b
      ? rest.map((o) => optionCount(locale, o.count, o.label)).join(msg(', ', { id: 'list.separator' }))
      : msg('members', { id: 'vote.hemicycle.members' });
  // As large as the hollow allows, at most 22 px.
  const big = Math.max(11, Math.min(22, (1.7 * inner) / (textWidth(head, 1, true) || 1)));
  const small = Math.max(9, Math.min(12, (1.8 * inner) / (textWidth(sub, 1) || 1)));
  const lines = [{ text: head, x: cx, y: cy - (sub ? small + 8 : 2), anchor: 'middle' as const, size: big }];
  if (sub) lines.push({ text: sub, x: cx, y: cy - 2, anchor: 'middle', size: small });
  return lines;
}

export function hemicycleLayout(input: HemicycleInput): HemicycleLayout {
  const { model, label = [] } = input;
  const { width, height, cx, cy, R, arc: rows, callouts, groupCaption, labelBounds } = hemicycleFrame(input);

  // Who sits where: members by vote then name, or anonymous seats per option without a roll call.
  const members: Array<{ key: string; option: OptionInfo; country: Country | null }> = model.hasRollCall
    ? shownCountries(model).map((c) => ({ key: c.iso3, option: c.option, country: c }))
    : model.shown.flatMap((o) => Array.from({ length: o.count }, (_, i) => ({ key: `${o.id}:${i}`, option: o, country: null })));
  const positions = placeSeats(rows, cx, cy);
  const arc: Arc = { cx, cy, R, ...rows, positions };
  // Named seats move to their wedge's outer row, where a name can sit outside the arc.
  const slots = model.hasRollCall ? seatSlots(shownCountries(model), positions, label) : members.map((_, i) => i);
  const seats: Seat[] = members
    .map((m, i) => {
      const p = positions[slots[i]!]!;
      return { ...m, x: p.x, y: p.y, r: rows.seatRadius, row: p.row, angle: p.angle, at: slots[i]! };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...s }) => s);

  const centre = centreLines(input, cx, cy, R * INNER);

  // Names outside the arc (never in the hollow or among the seats), each going outwards from
  // its seat, with a leader that crosses no other seat.
  const obstacles: Obstacle[] = seats.map((s) => circleObstacle(s.key, s.x, s.y, s.r + 1));
  const disc = (rows.rows[0]?.radius ?? R) + rows.seatRadius + 1.5;
  obstacles.push({ ...circleObstacle('arc', cx, cy, disc), area: true });
  for (const t of centre) {
    const w = textWidth(t.text, t.size, true);
    obstacles.push(boxObstacle('centre', { x0: t.x - w / 2, y0: t.y - t.size, x1: t.x + w / 2, y1: t.y + 3 }));
  }
  const byKey = new Map(seats.map((s) => [s.key, s]));
  const wants = label
    .map((k) => byKey.get(k))
    .filter((s): s is Seat => s !== undefined && s.country !== null)
    .map((s) => ({ key: s.key, text: s.country!.short, x: s.x, y: s.y, reach: s.r + 1, prefer: s.angle }));
  // Tried top to bottom first: names stack down the side like a pie chart's.
  const { labels, missing } = placeLabels(
    [...wants].sort((a, b) => a.y - b.y),
    obstacles,
    labelBounds,
    SEAT_LABEL,
    { clearLeaders: true, maxLeader: Math.max(36, R * 0.3), tryOrders: true },
  );
  return {
    width,
    height,
    arc,
    seats,
    centre,
    callouts,
    groupCaption,
    labels,
    unlabelled: missing.map((k) => byKey.get(k)!.country!),
  };
}
