/**
 * Timeline geometry: SIPRI TIV per delivery year, stacked by supplier group, with the
 * split (the coup) marked. Pure and deterministic.
 */
import { stack, stackOrderNone, stackOffsetNone } from 'd3-shape';
import { scaleBand, scaleLinear } from 'd3-scale';
import { fsum } from 'd3-array';
import type { ArmsDelivery } from '../../data/types.js';
import type { Groups, SupplierGroup } from './groups.js';
import { textWidth } from '../../internal/text-metrics.js';

export interface TimelineBar {
  id: string;
  year: number;
  group: SupplierGroup;
  value: number;
  rows: ArmsDelivery[];
  x: number;
  w: number;
  y: number;
  h: number;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  narrow: boolean;
  plot: { x0: number; x1: number; y0: number; y1: number };
  years: number[];
  /** TIV per delivery year, every supplier: the height of each stack. */
  totals: Map<number, number>;
  bars: TimelineBar[];
  /** Groups drawn, bottom of the stack first. */
  groups: SupplierGroup[];
  xTicks: Array<{ year: number; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  /** The split (coup) line and the shaded span after it, when it falls in the years shown. */
  split: { x: number; x1: number; year: number; value: number; lastYear: number } | null;
}

export interface TimelineInput {
  rows: readonly ArmsDelivery[];
  groups: Groups;
  /** First and last delivery year on the axis. */
  period: [number, number];
  splitYear: number | null;
  width: number;
  height: number;
  format: (n: number) => string;
}

export const TIMELINE_NARROW = 560;

export function timelineHeight(width: number): number {
  return width < TIMELINE_NARROW ? 300 : 380;
}

export function timelineLayout(input: TimelineInput): TimelineGeometry {
  const { rows, groups, period, splitYear, width, height, format } = input;
  const narrow = width < TIMELINE_NARROW;
  const years: number[] = [];
  for (let y = period[0]; y <= period[1]; y++) years.push(y);

  // Sum per (year, group).
  const cell = new Map<string, ArmsDelivery[]>();
  const present = new Set<string>();
  for (const d of rows) {
    const g = groups.of(d.supplier);
    present.add(g.key);
    const k = `${d.deliveryYear}|${g.key}`;
    const list = cell.get(k);
    if (list) list.push(d);
    else cell.set(k, [d]);
  }
  const drawnGroups = groups.list.filter((g) => present.has(g.key));
  const value = (year: number, g: SupplierGroup) => fsum(cell.get(`${year}|${g.key}`) ?? [], (d) => d.tiv);
  const totals = new Map(years.map((y) => [y, fsum(drawnGroups, (g) => value(y, g))]));

  const max = Math.max(0, ...totals.values());
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(narrow ? 4 : 5);
  const yTicksValues = y.ticks(narrow ? 4 : 5);
  const left = Math.ceil(Math.max(...yTicksValues.map((v) => textWidth(format(v), 11)))) + 8;
  const plot = { x0: left, x1: width - 4, y0: 42, y1: height - 22 };
  y.range([plot.y1, plot.y0]);
  const x = scaleBand<number>()
    .domain(years)
    .range([plot.x0, plot.x1])
    .paddingInner(years.length > 12 ? 0.2 : 0.3)
    .paddingOuter(0.1);

  const series = stack<number, string>()
    .keys(drawnGroups.map((g) => g.key))
    .value((yr, key) =>
      value(
        yr,
        drawnGroups.find((g) => g.key === key)!,
      ),
    )
    .order(stackOrderNone)
    .offset(stackOffsetNone)(years);

  const r2 = (n: number) => Math.round(n * 100) / 100;
  const bars: TimelineBar[] = [];
  for (const yr of years) {
    series.forEach((s, gi) => {
      const p = s[years.indexOf(yr)]!;
      const v = value(yr, drawnGroups[gi]!);
      if (!(v > 0)) return;
      const top = y(p[1]);
      const bottom = y(p[0]);
      bars.push({
        id: `${yr}|${drawnGroups[gi]!.key}`,
        year: yr,
        group: drawnGroups[gi]!,
        value: v,
        rows: cell.get(`${yr}|${drawnGroups[gi]!.key}`)!,
        x: r2(x(yr)!),
        w: r2(x.bandwidth()),
        y: r2(top),
        // Keep a hairline for the smallest deliveries so they stay visible and hoverable.
        h: r2(Math.max(1, bottom - top)),
      });
    });
  }

  const every = narrow ? 5 : width < 800 ? 2 : years.length > 30 ? 5 : 1;
  const xTicks = years.filter((yr) => years.length <= 6 || yr % every === 0).map((yr) => ({ year: yr, x: r2(x(yr)! + x.bandwidth() / 2) }));
  const yTicks = yTicksValues.map((v) => ({ value: v, y: r2(y(v)) }));

  let split: TimelineGeometry['split'] = null;
  if (splitYear !== null && splitYear >= period[0] && splitYear <= period[1]) {
    const gap = (x.step() - x.bandwidth()) / 2;
    split = {
      x: r2(x(splitYear)! - gap),
      x1: plot.x1,
      year: splitYear,
      value: fsum(
        years.filter((yr) => yr >= splitYear),
        (yr) => totals.get(yr)!,
      ),
      lastYear: period[1],
    };
  }
  return { width, height, narrow, plot, years, totals, bars, groups: drawnGroups, xTicks, yTicks, split };
}
