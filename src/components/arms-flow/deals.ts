/** SIPRI rows (one per deal and year) grouped back into deals, for tooltips and events. Pure. */
import { compareEnglish } from '../../internal/collate.js';
import { fsum } from 'd3-array';
import type { ArmsDelivery } from '../../data/types.js';

export interface Deal {
  sipriId: number;
  supplier: string;
  designation: string;
  description: string;
  category: string;
  /** Items delivered in the rows given; null when SIPRI gives no number. */
  delivered: number | null;
  /** Some number or year in these rows is SIPRI's estimate. */
  deliveredEstimate: boolean;
  yearsEstimate: boolean;
  firstYear: number;
  lastYear: number;
  tiv: number;
  rows: ArmsDelivery[];
}

export function dealsOf(rows: readonly ArmsDelivery[]): Deal[] {
  const by = new Map<string, ArmsDelivery[]>();
  for (const d of rows) {
    // A deal id is unique per supplier in SIPRI's register; key on both for made-up data.
    const k = `${d.sipriId}|${d.supplier}|${d.designation}`;
    const list = by.get(k);
    if (list) list.push(d);
    else by.set(k, [d]);
  }
  return [...by.values()]
    .map((list) => {
      const d = list[0]!;
      const numbers = list.map((r) => r.delivered).filter((n): n is number => n !== null);
      return {
        sipriId: d.sipriId,
        supplier: d.supplier,
        designation: d.designation,
        description: d.description,
        category: d.category,
        delivered: numbers.length ? numbers.reduce((a, b) => a + b, 0) : null,
        deliveredEstimate: list.some((r) => r.deliveredEstimate),
        yearsEstimate: list.some((r) => r.deliveryYearEstimate),
        firstYear: Math.min(...list.map((r) => r.deliveryYear)),
        lastYear: Math.max(...list.map((r) => r.deliveryYear)),
        tiv: fsum(list, (r) => r.tiv),
        rows: list,
      };
    })
    .sort((a, b) => b.tiv - a.tiv || a.firstYear - b.firstYear || compareEnglish(a.designation, b.designation));
}
