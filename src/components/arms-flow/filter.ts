/**
 * Which SIPRI rows a view shows: the register's own recipient (rows SIPRI files under
 * another recipient, such as a non-state group, are left out and named), then the
 * editor's filters. Pure: no DOM, runs in Node.
 */
import { compareEnglish } from '../../internal/collate.js';
import { fsum } from 'd3-array';
import type { ArmsData, ArmsDelivery, LocalNames } from '../../data/types.js';

export interface ArmsFilter {
  /** First delivery year shown, inclusive; null = from the first year in the register. */
  from: number | null;
  /** Last delivery year shown, inclusive; null = to the last year in the register. */
  to: number | null;
  /** Supplier names as SIPRI spells them; empty = every supplier. */
  suppliers: readonly string[];
  /** Armament categories as SIPRI spells them; empty = every category. */
  categories: readonly string[];
}

export const NO_FILTER: ArmsFilter = { from: null, to: null, suppliers: [], categories: [] };

/** Rows the register holds under another recipient, summed for a caption. */
export interface LeftOut {
  recipient: string;
  rows: number;
  tiv: number;
}

/** Where "after the coup" (or another marker) starts, in delivery years. */
export interface Split {
  /** First delivery year counted as after the marker. */
  year: number;
  /** The marker's own date (may be a full day, e.g. 2021-02-01). */
  date: string;
  /** The data's English label, and its translations (`splitLabel` picks the reader's). */
  label: string;
  labels?: LocalNames | undefined;
}

export interface Scope {
  recipient: string;
  /** Every row for the register's recipient (before the filters). */
  all: ArmsDelivery[];
  /** Rows after the filters. */
  rows: ArmsDelivery[];
  leftOut: LeftOut[];
  /** First and last delivery year of the window shown (filters, else the register's extent). */
  period: [number, number] | null;
  split: Split | null;
  filter: ArmsFilter;
}

/** Sum of TIV, with compensated summation so totals of 2-decimal values stay exact to print. */
export function tivSum(rows: readonly ArmsDelivery[]): number {
  return fsum(rows, (d) => d.tiv);
}

export function yearExtent(rows: readonly ArmsDelivery[]): [number, number] | null {
  if (rows.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of rows) {
    if (d.deliveryYear < lo) lo = d.deliveryYear;
    if (d.deliveryYear > hi) hi = d.deliveryYear;
  }
  return [lo, hi];
}

/**
 * The split from the data's markers: the one about a coup, else the first. SIPRI dates
 * deliveries by year only, so the split is a delivery year (2021 for 1 February 2021).
 */
export function splitOf(data: ArmsData): Split | null {
  const markers = data.markers ?? [];
  const m = markers.find((x) => /\bcoup\b/i.test(x.label)) ?? markers[0];
  if (!m) return null;
  const year = Number(m.date.slice(0, 4));
  return Number.isInteger(year) ? { year, date: m.date, label: m.label, labels: m.labels } : null;
}

/** The recipient's rows, and what is left out because SIPRI files it under another recipient. */
export function ownRows(data: ArmsData): { all: ArmsDelivery[]; leftOut: LeftOut[] } {
  const recipient = data.register.recipient;
  const all: ArmsDelivery[] = [];
  const other = new Map<string, ArmsDelivery[]>();
  for (const d of data.register.deliveries) {
    if (d.recipient === recipient) all.push(d);
    else other.set(d.recipient, [...(other.get(d.recipient) ?? []), d]);
  }
  const leftOut = [...other].map(([r, rows]) => ({ recipient: r, rows: rows.length, tiv: tivSum(rows) }));
  return { all, leftOut };
}

export function applyFilter(rows: readonly ArmsDelivery[], f: ArmsFilter): ArmsDelivery[] {
  const suppliers = new Set(f.suppliers);
  const categories = new Set(f.categories);
  return rows.filter(
    (d) =>
      (f.from === null || d.deliveryYear >= f.from) &&
      (f.to === null || d.deliveryYear <= f.to) &&
      (suppliers.size === 0 || suppliers.has(d.supplier)) &&
      (categories.size === 0 || categories.has(d.category)),
  );
}

export function scopeOf(data: ArmsData, filter: ArmsFilter): Scope {
  const { all, leftOut } = ownRows(data);
  const rows = applyFilter(all, filter);
  const extent = yearExtent(all);
  const from = filter.from ?? extent?.[0] ?? null;
  const to = filter.to ?? extent?.[1] ?? null;
  return {
    recipient: data.register.recipient,
    all,
    rows,
    leftOut,
    period: from !== null && to !== null ? [from, to] : null,
    split: splitOf(data),
    filter,
  };
}

/** Names in the order SIPRI's totals rank them (largest first, then alphabetical). */
export function rankBy(rows: readonly ArmsDelivery[], key: (d: ArmsDelivery) => string): Array<{ name: string; tiv: number }> {
  const by = new Map<string, number[]>();
  for (const d of rows) {
    const k = key(d);
    const list = by.get(k);
    if (list) list.push(d.tiv);
    else by.set(k, [d.tiv]);
  }
  return [...by].map(([name, v]) => ({ name, tiv: fsum(v) })).sort((a, b) => b.tiv - a.tiv || compareEnglish(a.name, b.name));
}
