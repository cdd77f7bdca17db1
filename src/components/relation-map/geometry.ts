/**
 * Everything drawn, in px before zoom: positions, mark sizes, tie lines, labels, and a
 * grid for finding the actor under the pointer. Built once per layout and size (hover and
 * keyboard moves do not rebuild it). Pure.
 */
import type { Graph } from './graph.js';
import { KIND_RANK } from './graph.js';
import { labelText, nodeRadius } from './encoding.js';
import { placeLabels, type LabelOptions, type PlacedLabel } from './labels.layout.js';
import { tieLines, type TieLine } from './ties.geometry.js';
import type { LabelMode } from './relation-map.options.js';
import type { Box, Point } from '../../internal/plane.js';
import type { Callout } from './callouts.layout.js';

export interface Geometry {
  graph: Graph;
  width: number;
  height: number;
  points: Point[];
  radii: number[];
  lines: TieLine[];
  /** Placed label per actor, or null (shown on hover and focus instead). */
  labels: Array<PlacedLabel | null>;
  /** Label text per actor (long names shortened). */
  texts: string[];
  /** Full names, for the labels shown on hover. */
  names: string[];
  labelOptions: LabelOptions;
  hit: HitGrid;
  measure?: (text: string, fontSize: number, bold: boolean) => number;
  /** The story's key ties stated on their lines (the story view only). */
  callouts?: Callout[];
}

export interface GeometryOptions {
  width: number;
  height: number;
  focus: number;
  labels: LabelMode | null;
  /** Smaller marks and fewer labels for large networks. */
  large: boolean;
  /** Mark size factor (the map packs actors in rings around their state: smaller marks). */
  markScale?: number;
  /** Zoom factor: zoomed in, every actor is a label candidate (there is room now). */
  zoom?: number;
  /** Actors set in a row (no location, not connected): labelled only to their right. */
  inRow?: ReadonlySet<number>;
  /** Measures label text in px (in a browser); without it widths are estimated from length. */
  measure?: (text: string, fontSize: number, bold: boolean) => number;
  /** Where labels prefer to face away from (default: the middle). */
  center?: Point;
  /** Captions in the chart that labels must not cover. */
  obstacles?: Box[];
  /** Per actor, where its label starts when not beside its mark (px from its centre; see `LabelNode.reach`). */
  labelReach?: ReadonlyArray<number | undefined>;
  /** Actors labelled right after the focus, before the best-connected (on a map, the states). */
  labelFirst?: readonly number[];
  /** Per actor, which way its label faces (-1 left, 1 right, 0 down), instead of away from the centre. */
  labelAway?: ReadonlyArray<-1 | 0 | 1>;
  /** Per actor, the part of the chart its label must stay in (default: the whole chart). */
  labelBounds?: ReadonlyArray<Box | undefined>;
  /** Actors labelled whatever the width, like the focus (those the title names). */
  always?: readonly number[];
}

/** The order labels are placed in: the focus, then by number of ties, then kind, then name. */
export function labelOrder(graph: Graph, focus: number): number[] {
  const degree = (i: number) => graph.tiesOf[i]!.length;
  return graph.actors
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (b === focus ? 1 : 0) - (a === focus ? 1 : 0) ||
        degree(b) - degree(a) ||
        KIND_RANK[graph.actors[a]!.kind] - KIND_RANK[graph.actors[b]!.kind] ||
        (graph.actors[a]!.name < graph.actors[b]!.name ? -1 : graph.actors[a]!.name > graph.actors[b]!.name ? 1 : a - b),
    );
}

/** `order` with the actors in `first` moved up behind the focus, each keeping its place among its own. */
function promote(order: number[], focus: number, first: readonly number[]): number[] {
  if (!first.length) return order;
  const up = new Set(first);
  up.delete(focus);
  return [...order.filter((i) => i === focus), ...order.filter((i) => up.has(i)), ...order.filter((i) => i !== focus && !up.has(i))];
}

/** Which actors get a permanent label, best first. */
export function labelCandidates(
  graph: Graph,
  focus: number,
  mode: LabelMode | null,
  width: number,
  large: boolean,
  zoom = 1,
  first: readonly number[] = [],
): number[] {
  if (mode === 'none') return [];
  const order = promote(labelOrder(graph, focus), focus, first);
  if (mode === 'focus') {
    const near = new Set([focus, ...(graph.neighbors[focus] ?? [])]);
    return order.filter((i) => near.has(i));
  }
  if (mode === 'all') return large ? order.slice(0, 400) : order;
  // Chosen by width: on a phone, the focus and the best-connected actors only (more when zoomed in),
  // besides the names a map is read by (`first`), short and placed only where they fit.
  const extra = new Set(first).size - (first.includes(focus) ? 1 : 0);
  if (width < 480) return order.slice(0, Math.round(Math.max(6, width / 32) * zoom * zoom) + extra);
  return large ? order.slice(0, 150) : order;
}

/** Label text size, px: a narrow chart's labels are a size smaller. */
export function labelFontSize(width: number): number {
  return width < 480 ? 11 : 12;
}

/** Mark size factor: smaller for large networks and narrow charts, times the layout's own factor. */
export function markScaleFor(width: number, large: boolean, markScale = 1): number {
  return (large ? 0.55 : width < 480 ? 0.85 : 1) * markScale;
}

export function buildGeometry(graph: Graph, points: Point[], o: GeometryOptions): Geometry {
  const scale = markScaleFor(o.width, o.large, o.markScale);
  const radii = graph.actors.map((a, i) => nodeRadius(a.kind, graph.tiesOf[i]!.length, scale));
  const fontSize = labelFontSize(o.width);
  const names = graph.actors.map((a) => a.name);
  const texts = names.map(labelText);
  const labelOptions: LabelOptions = {
    bounds: { x: 0, y: 0, width: o.width, height: o.height },
    fontSize,
    center: o.center ?? { x: o.width / 2, y: o.height / 2 },
    obstacles: o.obstacles ?? [],
  };
  const nodes = points.map((p, i) => ({
    x: p.x,
    y: p.y,
    r: radii[i]!,
    extent: graph.actors[i]!.kind === 'state' ? radii[i]! : 1.2 * radii[i]!,
    text: texts[i]!,
    rightOnly: o.inRow?.has(i) ?? false,
    ...(o.labelReach?.[i] !== undefined ? { reach: o.labelReach[i] } : {}),
    ...(o.labelBounds?.[i] ? { bounds: o.labelBounds[i] } : {}),
    ...(o.labelAway?.[i] !== undefined ? { away: { x: o.labelAway[i]!, y: o.labelAway[i] === 0 ? 1 : 0 } } : {}),
    // Engines set text a pixel or two wider than a canvas measures it (Firefox): a little to spare.
    ...(o.measure ? { width: 1.02 * o.measure(texts[i]!, fontSize, i === o.focus) + 1 } : {}),
  }));
  const always = o.labels === 'none' ? [] : [...(o.focus >= 0 ? [o.focus] : []), ...(o.always ?? [])];
  const first = [...(o.always ?? []), ...(o.labelFirst ?? []).filter((i) => !o.always?.includes(i))];
  const labels = placeLabels(nodes, labelCandidates(graph, o.focus, o.labels, o.width, o.large, o.zoom, first), {
    ...labelOptions,
    always: new Set(always),
  });
  return {
    graph,
    width: o.width,
    height: o.height,
    points,
    radii,
    lines: tieLines(graph, points, radii),
    labels,
    texts,
    names,
    labelOptions,
    hit: new HitGrid(points, radii),
    ...(o.measure ? { measure: o.measure } : {}),
  };
}

/** A uniform grid over the actors' positions: the actor under a point in constant time, at any size. */
export class HitGrid {
  private cells = new Map<number, number[]>();
  private size = 24;
  constructor(
    private points: readonly Point[],
    private radii: readonly number[],
  ) {
    points.forEach((p, i) => {
      const k = this.key(Math.floor(p.x / this.size), Math.floor(p.y / this.size));
      let c = this.cells.get(k);
      if (!c) this.cells.set(k, (c = []));
      c.push(i);
    });
  }
  private key(gx: number, gy: number): number {
    return gx * 100003 + gy;
  }
  /** The actor whose mark (plus `slop` px) contains the point, nearest first; null if none. */
  find(x: number, y: number, slop = 3): number | null {
    const gx = Math.floor(x / this.size);
    const gy = Math.floor(y / this.size);
    let best: number | null = null;
    let bestD = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const i of this.cells.get(this.key(gx + dx, gy + dy)) ?? []) {
          const p = this.points[i]!;
          const d = Math.hypot(p.x - x, p.y - y);
          if (d <= this.radii[i]! + slop && d < bestD) [best, bestD] = [i, d];
        }
      }
    }
    return best;
  }
}

/**
 * The actor an arrow key moves to from `from`: among its neighbours, the nearest one
 * roughly in that direction (within ±72°, nearer and straighter preferred); if none,
 * the nearest actor in that direction overall; null if there is none at all.
 */
export function stepToward(points: readonly Point[], neighbors: readonly number[], from: number, dx: number, dy: number): number | null {
  const p = points[from]!;
  const score = (j: number) => {
    if (j === from) return Infinity;
    const vx = points[j]!.x - p.x;
    const vy = points[j]!.y - p.y;
    const d = Math.hypot(vx, vy);
    if (d < 1e-9) return Infinity;
    const cos = (vx * dx + vy * dy) / d;
    return cos < 0.3 ? Infinity : d * (2 - cos);
  };
  const best = (list: Iterable<number>) => {
    let b: number | null = null;
    let bs = Infinity;
    for (const j of list) {
      const s = score(j);
      if (s < bs) [b, bs] = [j, s];
    }
    return b;
  };
  return best(neighbors) ?? best(points.keys());
}
