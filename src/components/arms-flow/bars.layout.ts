/**
 * Ranked bars: the map view's form on a phone (below BARS_BELOW px), where a world map leaves
 * no room to label every origin and a flow's length says nothing about its size. One bar per
 * supplier, largest first, every one labelled with its name and TIV. Pure.
 */
import { compareEnglish } from '../../internal/collate.js';
import { fsum } from 'd3-array';
import type { ArmsDelivery } from '../../data/types.js';
import type { Groups, SupplierGroup } from './groups.js';
import { bySupplier } from './map.keys.js';
import { textWidth } from '../../internal/text-metrics.js';

/** Below this width the map view draws ranked bars. */
export const BARS_BELOW = 480;
const ROW = 24;
const BAR = 14;

export interface RankedBar {
  supplier: string;
  group: SupplierGroup;
  value: number;
  postValue: number;
  rows: ArmsDelivery[];
  x: number;
  y: number;
  w: number;
  h: number;
  /** Name, right-aligned in the left gutter; value just past the bar's end. */
  name: { x: number; y: number };
  valueLabel: { x: number; y: number; text: string };
  /** Where a tooltip points. */
  cx: number;
  cy: number;
}

export interface BarsGeometry {
  width: number;
  height: number;
  bars: RankedBar[];
}

export function barsHeight(suppliers: number): number {
  return Math.max(1, suppliers) * ROW + 8;
}

export function barsLayout(input: {
  rows: readonly ArmsDelivery[];
  groups: Groups;
  splitYear: number | null;
  width: number;
  format: (n: number) => string;
}): BarsGeometry {
  const { rows, groups, splitYear, width, format } = input;
  const list = [...bySupplier(rows.filter((d) => d.tiv > 0))].map(([supplier, r]) => ({ supplier, rows: r, value: fsum(r, (d) => d.tiv) }));
  list.sort((a, b) => b.value - a.value || compareEnglish(a.supplier, b.supplier));
  const font = 12;
  const left = Math.ceil(Math.max(0, ...list.map((s) => textWidth(s.supplier, font) * 1.08))) + 8;
  const valueRoom = Math.ceil(Math.max(0, ...list.map((s) => textWidth(format(s.value), font)))) + 6;
  const span = Math.max(20, width - left - valueRoom);
  const max = Math.max(0, ...list.map((s) => s.value)) || 1;
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const bars = list.map((s, i): RankedBar => {
    const y = 4 + i * ROW + (ROW - BAR) / 2;
    const w = r2(Math.max(1, (s.value / max) * span));
    return {
      supplier: s.supplier,
      group: groups.of(s.supplier),
      value: s.value,
      postValue: splitYear === null ? 0 : fsum(s.rows, (d) => (d.deliveryYear >= splitYear ? d.tiv : 0)),
      rows: s.rows,
      x: left,
      y,
      w,
      h: BAR,
      name: { x: left - 6, y: y + BAR / 2 },
      valueLabel: { x: r2(left + w + 4), y: y + BAR / 2, text: format(s.value) },
      cx: r2(left + w / 2),
      cy: y,
    };
  });
  return { width, height: barsHeight(list.length), bars };
}
