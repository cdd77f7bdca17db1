/**
 * What a reader can hover, focus and select in each view, in one shape, so keyboard
 * navigation, tooltips and the `flow-select` event work the same everywhere. Pure.
 */
import { fsum } from 'd3-array';
import type { ArmsDelivery } from '../../data/types.js';
import type { SankeyGeometry } from './sankey.layout.js';
import type { TimelineGeometry } from './timeline.layout.js';
import type { MapGeometry } from './map.layout.js';
import type { BarsGeometry } from './bars.layout.js';
import { dealsOf } from './deals.js';

export interface FocusItem {
  /** Stable across redraws (same data and filters): keeps focus when the width changes. */
  key: string;
  /** Column for Left/Right, position in it for Up/Down. */
  col: number;
  y: number;
  /** Supplier (or "Other suppliers") the item is about; null for a category node, which gathers them all. */
  supplier: string | null;
  category: string | null;
  /** Delivery year, for timeline bars. */
  year: number | null;
  rows: ArmsDelivery[];
  tiv: number;
  /** TIV delivered in or after the split year. */
  postTiv: number;
  deals: number;
  /** Where the tooltip points, in chart pixels. */
  ax: number;
  ay: number;
  /** Keys of the items to keep bright while this one is active (itself included). */
  related: string[];
}

const post = (rows: readonly ArmsDelivery[], split: number | null) =>
  split === null ? 0 : fsum(rows, (d) => (d.deliveryYear >= split ? d.tiv : 0));

export function sankeyItems(g: SankeyGeometry, split: number | null): FocusItem[] {
  const items: FocusItem[] = [];
  const flowKey = (f: SankeyGeometry['flows'][number]) => `f:${f.id}`;
  for (const n of g.nodes) {
    if (n.kind !== 'supplier' || !n.group) continue;
    const key = `s:${n.group.key}`;
    const own = g.flows.filter((f) => f.group.key === n.group!.key);
    items.push({
      key,
      col: 0,
      y: (n.y0 + n.y1) / 2,
      supplier: n.group.label,
      category: null,
      year: null,
      rows: n.rows,
      tiv: n.value,
      postTiv: post(n.rows, split),
      deals: dealsOf(n.rows).length,
      ax: n.x1,
      ay: (n.y0 + n.y1) / 2,
      // The categories too: hovering a supplier keeps bright where its arms go.
      related: [key, ...own.map(flowKey), ...new Set(own.map((f) => `c:${f.category}`))],
    });
  }
  for (const f of g.flows) {
    const key = flowKey(f);
    items.push({
      key,
      col: 1,
      y: f.cy,
      supplier: f.group.label,
      category: f.category,
      year: null,
      rows: f.rows,
      tiv: f.value,
      postTiv: f.postValue,
      deals: dealsOf(f.rows).length,
      ax: f.cx,
      ay: f.cy,
      related: [key, `s:${f.group.key}`, `c:${f.category}`],
    });
  }
  for (const n of g.nodes) {
    if (n.kind !== 'category') continue;
    const key = `c:${n.name}`;
    const into = g.flows.filter((f) => f.category === n.name);
    items.push({
      key,
      col: 2,
      y: (n.y0 + n.y1) / 2,
      supplier: null,
      category: n.name,
      year: null,
      rows: n.rows,
      tiv: n.value,
      postTiv: post(n.rows, split),
      deals: dealsOf(n.rows).length,
      ax: (n.x0 + n.x1) / 2,
      ay: (n.y0 + n.y1) / 2,
      related: [key, ...into.map(flowKey), ...new Set(into.map((f) => `s:${f.group.key}`))],
    });
  }
  return items;
}

export function timelineItems(g: TimelineGeometry, split: number | null): FocusItem[] {
  return g.bars.map((b) => ({
    key: `b:${b.id}`,
    col: b.year - g.years[0]!,
    y: b.y + b.h / 2,
    supplier: b.group.label,
    category: null,
    year: b.year,
    rows: b.rows,
    tiv: b.value,
    postTiv: post(b.rows, split),
    deals: dealsOf(b.rows).length,
    ax: b.x + b.w / 2,
    ay: b.y,
    related: [`b:${b.id}`],
  }));
}

/** The map's items, or the ranked bars' that stand in for it on a phone: the same keys, so focus survives a resize. */
export function mapItems(g: MapGeometry | BarsGeometry): FocusItem[] {
  const list = 'bars' in g ? g.bars : g.flows;
  return list.map((f, i) => ({
    key: `m:${f.supplier}`,
    col: 0,
    // One column in size order: Up/Down and Left/Right both walk it.
    y: i,
    supplier: f.supplier,
    category: null,
    year: null,
    rows: f.rows,
    tiv: f.value,
    postTiv: f.postValue,
    deals: dealsOf(f.rows).length,
    ax: f.cx,
    ay: f.cy,
    related: [`m:${f.supplier}`],
  }));
}

/**
 * The item an arrow key moves to, or null to stay. Columns are walked by position. `back` is
 * the item the reader arrived from: Left/Right return to it when it belongs to this one, so
 * Left from a category goes back to the flow the reader came along, not its first flow.
 */
export function nextItem(items: readonly FocusItem[], current: number, key: string, back: number | null = null): number | null {
  if (items.length === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return items.length - 1;
  const cur = items[current];
  if (!cur) return 0;
  const cols = new Set(items.map((i) => i.col));
  const inCol = (c: number) =>
    items
      .map((it, i) => ({ it, i }))
      .filter((x) => x.it.col === c)
      .sort((a, b) => a.it.y - b.it.y || a.i - b.i);
  if (key === 'ArrowUp' || key === 'ArrowDown' || (cols.size === 1 && (key === 'ArrowLeft' || key === 'ArrowRight'))) {
    const col = inCol(cur.col);
    const at = col.findIndex((x) => x.i === current);
    const step = key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 1;
    return col[at + step]?.i ?? null;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const sorted = [...cols].sort((a, b) => a - b);
    const ci = sorted.indexOf(cur.col) + (key === 'ArrowLeft' ? -1 : 1);
    const target = sorted[ci];
    if (target === undefined) return null;
    const candidates = inCol(target);
    const belongs = (it: FocusItem) => cur.related.includes(it.key) || it.related.includes(cur.key);
    const came = back === null ? undefined : candidates.find((x) => x.i === back && belongs(x.it));
    if (came) return came.i;
    // A supplier's or a category's first flow, a flow's supplier or category.
    const related = candidates.find((x) => belongs(x.it));
    if (related) return related.i;
    // Otherwise (timeline) the same supplier's bar a year on, else the nearest.
    let best: number | null = null;
    let bestD = Infinity;
    for (const x of candidates) {
      const d = (x.it.supplier === cur.supplier ? 0 : 1e6) + Math.abs(x.it.y - cur.y);
      if (d < bestD) [best, bestD] = [x.i, d];
    }
    return best;
  }
  return null;
}
