/**
 * What the map shows outside its SVG — the line-width legend and the note of suppliers it
 * cannot place — apart from the layout and without the world geometry, so the element can
 * draw them while the geometry loads and nothing moves when the map arrives (CLS 0).
 */
import { compareEnglish } from '../../internal/collate.js';
import { fsum } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import type { ArmsDelivery } from '../../data/types.js';

export type Codes = Record<string, { iso3: string | null; m49: string | null }>;

export interface Unplaced {
  supplier: string;
  value: number;
  rows: ArmsDelivery[];
}

export interface WidthKey {
  value: number;
  width: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Rows by supplier, in the order they first appear. */
export function bySupplier(rows: readonly ArmsDelivery[]): Map<string, ArmsDelivery[]> {
  const out = new Map<string, ArmsDelivery[]>();
  for (const d of rows) out.set(d.supplier, [...(out.get(d.supplier) ?? []), d]);
  return out;
}

/**
 * Radius (px) of a supplier's circle by TIV: area proportional to value. Volume is a circle at
 * the origin, not a line's width, because a wide line's ink grows with its length: Russia's
 * long arc looked three times China's for the same TIV. (The legend still calls these widths.)
 */
export function flowWidth(max: number, narrow: boolean): (value: number) => number {
  const w = scaleSqrt()
    .domain([0, max || 1])
    .range([0, narrow ? 14 : 22]);
  return (v) => r2(Math.max(2, w(v)));
}

/** Legend of line widths: a round value and its tenth, those within the data. */
export function widthLegend(max: number, narrow: boolean): WidthKey[] {
  const legend: WidthKey[] = [];
  if (max > 0) {
    const widthOf = flowWidth(max, narrow);
    const top = 10 ** Math.floor(Math.log10(max));
    for (const v of [top / 10, top]) if (v >= 1 && v <= max) legend.push({ value: v, width: widthOf(v) });
  }
  return legend;
}

export function unplacedOf(supplier: string, rows: ArmsDelivery[]): Unplaced {
  return { supplier, value: fsum(rows, (d) => d.tiv), rows };
}

/** Largest first, ties by name. */
export function sortUnplaced(list: Unplaced[]): Unplaced[] {
  return list.sort((a, b) => b.value - a.value || compareEnglish(a.supplier, b.supplier));
}

/**
 * The legend and the note as the map will give them, from the data alone. The layout places
 * a supplier by its codes (or, with none, by the map's country name); here a supplier with a
 * code is taken as placed, one named in the codes without any (e.g. "unknown supplier(s)") as
 * not, one absent from the codes as placed (the recipient likewise) — the layout's answer
 * replaces this once loaded.
 */
export function mapKeys(input: { rows: readonly ArmsDelivery[]; recipient: string; codes: Codes; narrow: boolean }): {
  legend: WidthKey[];
  unplaced: Unplaced[];
  recipient: boolean;
} {
  const { rows, recipient, codes, narrow } = input;
  const rc = codes[recipient];
  const isRecipient = (name: string, c: Codes[string] | undefined) =>
    name === recipient || (!!c && !!rc && ((!!c.m49 && c.m49 === rc.m49) || (!!c.iso3 && c.iso3.toUpperCase() === rc.iso3?.toUpperCase())));
  const values: number[] = [];
  const unplaced: Unplaced[] = [];
  for (const [supplier, list] of bySupplier(rows)) {
    const c = codes[supplier];
    const placed = (!c || !!c.m49 || !!c.iso3) && !isRecipient(supplier, c);
    if (placed) values.push(fsum(list, (d) => d.tiv));
    else unplaced.push(unplacedOf(supplier, list));
  }
  return {
    legend: widthLegend(Math.max(0, ...values), narrow),
    unplaced: sortUnplaced(unplaced),
    recipient: !rc || !!rc.m49 || !!rc.iso3,
  };
}
