/**
 * Label placement without collisions, deterministic: labels are placed one by one in
 * priority order (the caller's: focus first, then by number of ties); each tries eight
 * positions around its mark, outward from the centre first, and takes the first that
 * overlaps no mark, no placed label and stays inside the bounds. A label with no free
 * position is not drawn; it appears on hover and focus instead.
 *
 * Text width is measured by the caller where it can (a browser); otherwise estimated from
 * the characters (internal/text-metrics.ts), generously, so a placed label's real text fits in its box.
 */
import { boxesOverlap, type Box, type Point } from '../../internal/plane.js';
import { textWidth } from '../../internal/text-metrics.js';

export interface LabelNode {
  x: number;
  y: number;
  r: number;
  text: string;
  /** Label only to the right (actors set in a row, where a label on the left would read as the neighbour's). */
  rightOnly?: boolean;
  /** How far its mark reaches from its centre, px, when past `r` (a diamond's corners). */
  extent?: number;
  /** Measured width of the text, px; estimated from its length when absent. */
  width?: number;
  /**
   * How far from the centre the label starts, px, when not beside the mark (default `r`): a
   * state amid its people is named beside its mark, east, in the lane they leave free, and
   * where that is taken, outside them.
   */
  reach?: number;
  /** The direction its label prefers (instead of away from the centre): a story column's labels face outward. */
  away?: Point;
  /** Where its label must stay, when narrower than the chart (a map actor's above the "No location" band, a band actor's inside it). */
  bounds?: Box;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  /** Where the text is anchored; `y` is the vertical middle of the text. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

export const LINE_HEIGHT = 1.3;
const GAP = 3;

/** Unit directions of the eight candidate positions: E, W, S, N, SE, NE, SW, NW. */
export const CANDIDATES: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

/** The label of `node` in direction (dx, dy) ∈ {-1, 0, 1}². */
export function labelAt(node: LabelNode, dx: number, dy: number, fontSize: number): PlacedLabel {
  const w = node.width ?? textWidth(node.text, fontSize);
  // Burmese stacks signs above and below its letters: its ink is taller than a Latin line.
  const h = fontSize * (/[\u1000-\u103f\u1050-\u109f]/.test(node.text) ? 1.6 : LINE_HEIGHT);
  const diag = dx !== 0 && dy !== 0;
  const reach = node.reach ?? node.r;
  // A diagonal label clears a round mark at 0.75r; a reach (a disc of marks) at 1/√2 of it, its corner on the rim.
  const off = (diag ? reach * (node.reach !== undefined ? Math.SQRT1_2 : 0.75) : reach) + GAP;
  const anchor: Anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const x = node.x + dx * off;
  const y = node.y + dy * (diag ? off + h / 2 - 2 : off + h / 2);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x, y, anchor, box: { x: left, y: y - h / 2, width: w, height: h } };
}

/**
 * A label above or below a reach (a state's name over its cluster) that would cross the left
 * or right bound slides along to fit, as long as it stays over the cluster: a state at the
 * map's edge still gets its name on top, left- or right-aligned.
 */
function slideInto(label: PlacedLabel, node: LabelNode, bounds: Box): PlacedLabel {
  if (node.reach === undefined || label.anchor !== 'middle') return label;
  const b = label.box;
  const shift = Math.max(bounds.x - b.x, 0) + Math.min(bounds.x + bounds.width - (b.x + b.width), 0);
  if (!shift || b.x + shift > node.x + node.reach || b.x + b.width + shift < node.x - node.reach) return label;
  // Anchored at the bound it meets, so text a pixel wider than measured still starts inside.
  const box = { ...b, x: b.x + shift };
  return shift > 0 ? { ...label, anchor: 'start', x: box.x, box } : { ...label, anchor: 'end', x: box.x + box.width, box };
}

/** The label of `node` moved along its mark: above and below shifted by up to half its width, left and right by most of its height. */
function slid(node: LabelNode, fontSize: number): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const move = (l: PlacedLabel, sx: number, sy: number): PlacedLabel => ({
    ...l,
    x: l.x + sx,
    y: l.y + sy,
    box: { ...l.box, x: l.box.x + sx, y: l.box.y + sy },
  });
  for (const dy of [-1, 1]) {
    const l = labelAt(node, 0, dy, fontSize);
    for (const f of [0.25, -0.25, 0.5, -0.5]) out.push(move(l, f * l.box.width, 0));
  }
  for (const dx of [1, -1]) {
    const l = labelAt(node, dx, 0, fontSize);
    for (const f of [-0.7, 0.7]) out.push(move(l, 0, f * l.box.height));
  }
  return out;
}

/** A uniform grid of boxes: collision queries touch only nearby boxes, so placement stays fast at thousands of labels. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  constructor(private size: number) {}
  private *keys(b: Box): Generator<number> {
    const s = this.size;
    for (let gx = Math.floor(b.x / s); gx <= Math.floor((b.x + b.width) / s); gx++) {
      for (let gy = Math.floor(b.y / s); gy <= Math.floor((b.y + b.height) / s); gy++) yield gx * 100003 + gy;
    }
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      let c = this.cells.get(k);
      if (!c) this.cells.set(k, (c = []));
      c.push(b);
    }
  }
  hits(b: Box, margin: number, ignore?: Box): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (o !== ignore && boxesOverlap(b, o, margin)) return true;
    return false;
  }
  /** How many boxes `b` overlaps (each once, though it may sit in several cells). */
  count(b: Box, ignore?: Box): number {
    const seen = new Set<Box>();
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (o !== ignore && boxesOverlap(b, o)) seen.add(o);
    return seen.size;
  }
}

export interface LabelOptions {
  bounds: Box;
  fontSize: number;
  /** Labels prefer the side facing away from this point (the middle of the picture). */
  center?: Point;
  /** Space kept between labels, in px. */
  margin?: number;
  /** Other things labels must not cover (a caption drawn in the chart). */
  obstacles?: readonly Box[];
  /** Actors labelled even when every position touches another mark (the focus): the best position inside the bounds that overlaps no label. */
  always?: ReadonlySet<number>;
}

/**
 * Places the labels of the nodes listed in `order` (best first). Returns one entry per
 * node: its placed label, or null when it is not labelled.
 */
export function placeLabels(nodes: readonly LabelNode[], order: readonly number[], options: LabelOptions): Array<PlacedLabel | null> {
  const { bounds, fontSize, center, margin = 1 } = options;
  const grid = new BoxGrid(Math.max(24, fontSize * 5));
  // Marks are obstacles too: a label must not cover another actor.
  // A diamond's or a rounded square's corners reach past r: labels keep clear of the whole shape.
  const marks = nodes.map((n) => {
    const e = n.extent ?? n.r;
    return { x: n.x - e, y: n.y - e, width: 2 * e, height: 2 * e };
  });
  const markGrid = new BoxGrid(Math.max(24, fontSize * 5));
  for (const m of marks) markGrid.add(m);
  for (const o of options.obstacles ?? []) grid.add(o);
  const out: Array<PlacedLabel | null> = nodes.map(() => null);
  const inside = (b: Box, o: Box) => b.x >= o.x && b.y >= o.y && b.x + b.width <= o.x + o.width && b.y + b.height <= o.y + o.height;

  for (const i of order) {
    const node = nodes[i];
    if (!node || out[i] || !node.text) continue;
    const within = node.bounds ?? bounds;
    const vx = node.away ? node.away.x : center ? node.x - center.x : 0;
    const vy = node.away ? node.away.y : center ? node.y - center.y : 0;
    const len = Math.hypot(vx, vy);
    const ranked = (node.rightOnly ? CANDIDATES.slice(0, 1) : CANDIDATES)
      .map((c, k) => ({
        c,
        k,
        score: len > 1e-6 ? (c[0] * vx + c[1] * vy) / (len * Math.hypot(c[0], c[1])) : 0,
      }))
      .sort((a, b) => b.score - a.score || a.k - b.k);
    const beside = node.reach !== undefined ? [labelAt({ ...node, reach: node.r }, 1, 0, fontSize)] : [];
    for (const label of [...beside, ...ranked.map(({ c }) => slideInto(labelAt(node, c[0], c[1], fontSize), node, within))]) {
      if (!inside(label.box, within) || grid.hits(label.box, margin) || markGrid.hits(label.box, 1, marks[i])) continue;
      grid.add(label.box);
      out[i] = label;
      break;
    }
    if (!out[i] && options.always?.has(i)) {
      // Positions still touching the mark but slid along it: above or below, shifted sideways; beside, shifted up or down.
      for (const label of slid(node, fontSize)) {
        if (!inside(label.box, within) || grid.hits(label.box, margin) || markGrid.hits(label.box, 1, marks[i])) continue;
        grid.add(label.box);
        out[i] = label;
        break;
      }
    }
    if (!out[i] && options.always?.has(i)) {
      // Every free position covers a mark: take the one covering fewest (the first of those in preference order).
      let best: PlacedLabel | null = null;
      let fewest = Infinity;
      for (const { c } of ranked) {
        const label = slideInto(labelAt(node, c[0], c[1], fontSize), node, within);
        if (!inside(label.box, within) || grid.hits(label.box, margin)) continue;
        const covered = markGrid.count(label.box, marks[i]);
        if (covered < fewest) [best, fewest] = [label, covered];
      }
      if (best) {
        grid.add(best.box);
        out[i] = best;
      }
    }
  }
  return out;
}

/** The best position for a label shown on hover, ignoring collisions (it is drawn on top). */
export function hoverLabel(node: LabelNode, options: LabelOptions): PlacedLabel {
  const { bounds, fontSize, center } = options;
  const vx = center ? node.x - center.x : 1;
  const first: [number, number] = vx >= 0 ? [1, 0] : [-1, 0];
  for (const c of [first, [-first[0], 0] as [number, number], [0, 1] as [number, number], [0, -1] as [number, number]]) {
    const label = labelAt(node, c[0], c[1], fontSize);
    const b = label.box;
    if (b.x >= bounds.x && b.x + b.width <= bounds.x + bounds.width && b.y >= bounds.y && b.y + b.height <= bounds.y + bounds.height)
      return label;
  }
  return labelAt(node, first[0], first[1], fontSize);
}

/**
 * Actors moved up or down out of the lane east of `focus` where its name goes, so a busy
 * centre (the force layout holds the focus there) still has its name beside its mark. Each
 * actor in the lane leaves it on the side it is already on, by the least distance.
 */
export function clearLane(
  points: readonly Point[],
  focus: number,
  extents: readonly number[],
  labelWidth: number,
  fontSize: number,
  /** Actors that stay where they are (pinned by the reader). */
  keep: ReadonlySet<number> = new Set(),
): Point[] {
  const f = points[focus];
  if (!f) return points.slice();
  const x0 = f.x + extents[focus]!;
  const x1 = x0 + GAP + labelWidth + 2;
  const half = (fontSize * LINE_HEIGHT) / 2 + 1;
  return points.map((p, j) => {
    const e = extents[j]!;
    if (j === focus || keep.has(j) || p.x + e <= x0 || p.x - e >= x1 || Math.abs(p.y - f.y) >= half + e) return p;
    return { x: p.x, y: f.y + (p.y < f.y ? -1 : 1) * (half + e + 1) };
  });
}
