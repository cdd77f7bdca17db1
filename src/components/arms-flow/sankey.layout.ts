/**
 * Sankey geometry: supplier → armament category → recipient, weighted by SIPRI TIV.
 * Links are split at the coup year (delivery year ≥ split) so post-coup deliveries can
 * be drawn apart; a "flow" is one supplier-to-category pair (both periods, both stages),
 * the unit a reader hovers, focuses and selects. Pure and deterministic (fixed node order).
 *
 * Two columns, suppliers and categories: every flow ends at the recipient, so it is a heading
 * with the total, not a third column whose bands would run under the category labels. Labels
 * sit in the gutters, suppliers' left of their nodes and categories' right of theirs, where no
 * band passes; suppliers keep their rank and categories are ordered by the weighted mean
 * position of their suppliers, which crosses fewer bands than ordering by size.
 */
import { sankey, type SankeyGraph, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { fsum } from 'd3-array';
import type { ArmsDelivery } from '../../data/types.js';
import type { Groups, SupplierGroup } from './groups.js';
import { rankBy } from './filter.js';
import { dodge } from './labels.js';
import { textWidth } from '../../internal/text-metrics.js';
import { msg, str } from '../../internal/i18n/msg.js';

export type NodeKind = 'supplier' | 'category' | 'recipient';

export interface SankeyLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  value: string;
  /** A short line from the node to a label that had to move away from it. */
  leader: [number, number, number, number] | null;
}

export interface SankeyNodeBox {
  id: string;
  kind: NodeKind;
  name: string;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Palette slot for supplier nodes; null for categories and the recipient. */
  colour: number | null;
  group: SupplierGroup | null;
  rows: ArmsDelivery[];
  label: SankeyLabel;
}

export interface SankeyLinkBox {
  id: string;
  /** The flow (supplier group × category) this band belongs to. */
  flow: string;
  stage: 0 | 1;
  value: number;
  /** Delivered in or after the split year (the coup). */
  post: boolean;
  colour: number;
  /** Closed area path of the band (filled, so forced-colours outlines it). */
  d: string;
}

export interface SankeyFlowBox {
  id: string;
  group: SupplierGroup;
  category: string;
  value: number;
  postValue: number;
  rows: ArmsDelivery[];
  /** Where a tooltip points: the middle of the supplier → category band. */
  cx: number;
  cy: number;
}

export interface SankeyGeometry {
  width: number;
  height: number;
  narrow: boolean;
  nodes: SankeyNodeBox[];
  links: SankeyLinkBox[];
  flows: SankeyFlowBox[];
  /** Narrow charts: the recipient and its total as a heading over the category column. */
  heading: { x: number; y: number; text: string; value: string } | null;
}

export interface SankeyInput {
  rows: readonly ArmsDelivery[];
  groups: Groups;
  recipient: string;
  /** First delivery year drawn as post-coup; null draws no split. */
  splitYear: number | null;
  width: number;
  height: number;
  /** Formats a TIV value for a label (the widget's locale). */
  format: (n: number) => string;
}

/** Below this width labels take two lines (name, then value) so the gutters stay narrow. */
export const NARROW = 600;
/** Vertical room of a label: one line wide, two lines (name over value) narrow. */
const LINE = 15;
const LINE2 = 27;
/** Room above the columns for the recipient's heading. */
const TOP = 24;

/** Height that gives every label of the busier column room: stable for a given width and data. */
export function sankeyHeight(width: number, suppliers: number, categories: number): number {
  const rows = Math.max(suppliers, categories, 1);
  // Phones: taller, so the gaps between nodes nearly fit a two-line label and labels stay beside their nodes.
  return width < NARROW ? Math.max(300, rows * 42 + 40) : Math.max(320, rows * 30 + 40);
}

/**
 * Band crossings between two columns, each pair weighted by the product of their values:
 * what a reader's eye has to untangle. Exported for the test of the ordering.
 */
export function crossings(links: ReadonlyArray<{ a: number; b: number; value: number }>): number {
  let total = 0;
  for (let i = 0; i < links.length; i++) {
    for (let j = i + 1; j < links.length; j++) {
      const p = links[i]!;
      const q = links[j]!;
      if ((p.a - q.a) * (p.b - q.b) < 0) total += p.value * q.value;
    }
  }
  return total;
}

/** Categories by the TIV-weighted mean rank of their suppliers, ties by size: fewer crossings. */
function categoryOrder(drawn: readonly ArmsDelivery[], supplierRank: (d: ArmsDelivery) => number, bySize: string[]): string[] {
  const sums = new Map<string, { w: number; v: number }>();
  for (const d of drawn) {
    const e = sums.get(d.category) ?? { w: 0, v: 0 };
    e.w += supplierRank(d) * d.tiv;
    e.v += d.tiv;
    sums.set(d.category, e);
  }
  const size = new Map(bySize.map((c, i) => [c, i]));
  const centre = (c: string) => sums.get(c)!.w / sums.get(c)!.v;
  return [...bySize].sort((a, b) => centre(a) - centre(b) || size.get(a)! - size.get(b)!);
}

interface N {
  id: string;
  kind: NodeKind;
  name: string;
  order: number;
  colour: number | null;
  group: SupplierGroup | null;
  rows: ArmsDelivery[];
}
interface L {
  id: string;
  flow: string;
  stage: 0 | 1;
  post: boolean;
  colour: number;
  order: number;
}

function band(x0: number, y0: number, x1: number, y1: number, w: number): string {
  const xm = (x0 + x1) / 2;
  const h = w / 2;
  const r = (n: number) => Math.round(n * 100) / 100;
  return (
    `M${r(x0)},${r(y0 - h)}C${r(xm)},${r(y0 - h)} ${r(xm)},${r(y1 - h)} ${r(x1)},${r(y1 - h)}` +
    `L${r(x1)},${r(y1 + h)}C${r(xm)},${r(y1 + h)} ${r(xm)},${r(y0 + h)} ${r(x0)},${r(y0 + h)}Z`
  );
}

export function sankeyLayout(input: SankeyInput): SankeyGeometry {
  const { rows, groups, recipient, splitYear, width, height, format } = input;
  const narrow = width < NARROW;
  const empty: SankeyGeometry = { width, height, narrow, nodes: [], links: [], flows: [], heading: null };
  const drawn = rows.filter((d) => d.tiv > 0);
  if (drawn.length === 0 || width <= 0) return empty;

  const groupOrder = new Map(groups.list.map((g, i) => [g.key, i]));
  const bySize = rankBy(drawn, (d) => d.category).map((c) => c.name);
  const catRank = categoryOrder(drawn, (d) => groupOrder.get(groups.of(d.supplier).key) ?? groups.list.length, bySize);
  const catOrder = new Map(catRank.map((c, i) => [c, i]));

  // Nodes: supplier groups, categories, the recipient.
  const nodes = new Map<string, N>();
  const addRow = (id: string, make: () => Omit<N, 'rows'>, d: ArmsDelivery) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { ...make(), rows: [] }));
    n.rows.push(d);
  };
  const flowRows = new Map<string, ArmsDelivery[]>();
  const linkValues = new Map<string, { l: Omit<L, 'order'> & { source: string; target: string; order: number }; v: number[] }>();
  const addLink = (source: string, target: string, l: Omit<L, 'order'>, order: number, v: number) => {
    const e = linkValues.get(l.id);
    if (e) e.v.push(v);
    else linkValues.set(l.id, { l: { ...l, source, target, order }, v: [v] });
  };

  for (const d of drawn) {
    const g = groups.of(d.supplier);
    const gi = groupOrder.get(g.key) ?? groups.list.length;
    const ci = catOrder.get(d.category)!;
    const sId = `s:${g.key}`;
    const cId = `c:${d.category}`;
    addRow(sId, () => ({ id: sId, kind: 'supplier', name: g.label, order: gi, colour: g.colour, group: g }), d);
    addRow(cId, () => ({ id: cId, kind: 'category', name: d.category, order: ci, colour: null, group: null }), d);
    const post = splitYear !== null && d.deliveryYear >= splitYear;
    const flow = `${g.key}\u0001${d.category}`;
    flowRows.set(flow, [...(flowRows.get(flow) ?? []), d]);
    const p = post ? 1 : 0;
    // One sort key serves both ends: at a supplier (fixed group) bands follow the categories'
    // order; at a category (fixed category) they follow the suppliers', pre-coup band first.
    const order = ci * 1e4 + gi * 2 + p;
    addLink(sId, cId, { id: `0|${flow}|${p}`, flow, stage: 0, post, colour: g.colour }, order, d.tiv);
  }

  // Gutters as wide as the longest label of each column (two lines on a phone: the wider of name and value).
  const supplierNodes = [...nodes.values()].filter((n) => n.kind === 'supplier');
  const categoryNodes = [...nodes.values()].filter((n) => n.kind === 'category');
  const total = fsum(drawn, (d) => d.tiv);
  const font = narrow ? 11 : 12;
  const labelWidth = (n: N) => {
    // Supplier names are drawn bold (.label.supplier .name).
    const name = textWidth(n.name, font, true);
    const value = textWidth(format(fsum(n.rows, (d) => d.tiv)), font);
    return Math.ceil(narrow ? Math.max(name, value) : name + value + textWidth(' ', font));
  };
  const left = Math.max(...supplierNodes.map(labelWidth)) + 8;
  const right = Math.max(...categoryNodes.map(labelWidth)) + 8;
  const top = TOP;
  const nodeWidth = narrow ? 10 : 14;

  const layout = sankey<N, L>()
    .nodeId((n) => n.id)
    .nodeWidth(nodeWidth)
    .nodePadding(narrow ? 22 : 14)
    .nodeSort((a, b) => a.order - b.order)
    .linkSort((a, b) => a.order - b.order)
    .iterations(0)
    .extent([
      [left, top],
      [Math.max(left + 2 * nodeWidth + 40, width - right), height - 6],
    ]);
  const graph: SankeyGraph<N, L> = layout({
    nodes: [...nodes.values()].sort((a, b) => a.order - b.order).map((n) => ({ ...n })),
    links: [...linkValues.values()].sort((a, b) => a.l.order - b.l.order).map(({ l, v }) => ({ ...l, value: fsum(v) })),
  });

  const gnodes = graph.nodes as Array<SankeyNode<N, L>>;
  const glinks = graph.links as Array<SankeyLink<N, L>>;

  // Labels: in the gutters, dodged per column so none collide, a leader line when one had to move.
  const labels = new Map<string, SankeyLabel>();
  const line = narrow ? LINE2 : LINE;
  for (const kind of ['supplier', 'category'] as const) {
    const col = gnodes.filter((n) => n.kind === kind);
    const centres = col.map((n) => (n.y0! + n.y1!) / 2);
    // A two-line label's y is its first line; it is centred on the node by the renderer's dy.
    const ys = dodge(centres, line, top + line / 2 - 2, height - line / 2);
    col.forEach((n, i) => {
      const cy = centres[i]!;
      const y = ys[i]!;
      const anchor: 'start' | 'end' = kind === 'supplier' ? 'end' : 'start';
      const x = kind === 'supplier' ? n.x0! - 5 : n.x1! + 5;
      const moved = Math.abs(y - cy) > Math.max(3, (n.y1! - n.y0!) / 2);
      const edge = anchor === 'end' ? n.x0! : n.x1!;
      labels.set(n.id, {
        x,
        y,
        anchor,
        text: n.name,
        value: format(n.value!),
        leader: moved ? [edge, cy, x + (anchor === 'end' ? 2 : -2), y] : null,
      });
    });
  }

  const r2 = (n: number) => Math.round(n * 100) / 100;
  const outNodes: SankeyNodeBox[] = gnodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    name: n.name,
    value: n.value!,
    x0: r2(n.x0!),
    x1: r2(n.x1!),
    y0: r2(n.y0!),
    y1: r2(n.y1!),
    colour: n.colour,
    group: n.group,
    rows: n.rows,
    label: labels.get(n.id)!,
  }));

  const outLinks: SankeyLinkBox[] = glinks.map((l) => {
    const s = l.source as SankeyNode<N, L>;
    const t = l.target as SankeyNode<N, L>;
    return {
      id: l.id,
      flow: l.flow,
      stage: l.stage,
      value: l.value,
      post: l.post,
      colour: l.colour,
      d: band(s.x1!, l.y0!, t.x0!, l.y1!, Math.max(l.width!, 0.5)),
    };
  });

  const flows: SankeyFlowBox[] = [];
  for (const [id, fr] of flowRows) {
    const first = glinks.filter((l) => l.flow === id && l.stage === 0);
    const s = first[0]!.source as SankeyNode<N, L>;
    const t = first[0]!.target as SankeyNode<N, L>;
    const y0 = first.reduce((a, l) => a + l.y0!, 0) / first.length;
    const y1 = first.reduce((a, l) => a + l.y1!, 0) / first.length;
    const g = groups.of(fr[0]!.supplier);
    flows.push({
      id,
      group: g,
      category: fr[0]!.category,
      value: fsum(fr, (d) => d.tiv),
      postValue: splitYear === null ? 0 : fsum(fr, (d) => (d.deliveryYear >= splitYear ? d.tiv : 0)),
      rows: fr,
      cx: r2((s.x1! + t.x0!) / 2),
      cy: r2((y0 + y1) / 2),
    });
  }
  flows.sort(
    (a, b) =>
      (groupOrder.get(a.group.key) ?? 1e9) - (groupOrder.get(b.group.key) ?? 1e9) || catOrder.get(a.category)! - catOrder.get(b.category)!,
  );

  const firstCategory = outNodes.find((n) => n.kind === 'category');
  let heading: SankeyGeometry['heading'] = null;
  if (firstCategory) {
    const text = msg(str`To ${recipient}`, { id: 'arms.sankey.to' });
    const value = format(total);
    // Over the category column; moved left when a longer wording ("Получатель: …") would run off the edge.
    // Bold, like the supplier names: 1.1 times the regular estimate.
    const room = width - 2 - Math.ceil(textWidth(`${text}\u00a0${value}`, narrow ? 11 : 12) * 1.1);
    heading = { x: Math.max(0, Math.min(firstCategory.x0, room)), y: top - 10, text, value };
  }
  return { width, height, narrow, nodes: outNodes, links: outLinks, flows, heading };
}
