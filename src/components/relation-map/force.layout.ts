/**
 * Force-directed layout (d3-force), computed before drawing and never animated: a fixed
 * number of ticks from d3's deterministic phyllotaxis start, with a seeded random source,
 * so the same network gives the same picture on every load. Large networks run in chunks
 * that yield to the page between them, so the page never freezes.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Graph } from './graph.js';
import { nodeRadius } from './encoding.js';

export interface Point {
  x: number;
  y: number;
}

interface Node extends SimulationNodeDatum {
  i: number;
}

export interface ForceOptions {
  /** Actor held at the origin, so the picture is centred on it. */
  focus: number | null;
  seed?: number;
  /** Positions to start from (to settle the picture after a drag) instead of d3's phyllotaxis. */
  start?: readonly Point[];
  /** Actors held in place (pinned by dragging). */
  fixed?: ReadonlyMap<number, Point>;
  /** Ticks to run; defaults to `forceTicks(actors)`. */
  ticks?: number;
  /** Starting heat; lower settles an existing picture without reshaping it. */
  alpha?: number;
  /** Height ÷ width of the box it will be drawn in: the pull to the middle is stronger across the short side, so the picture takes the box's shape. */
  aspect?: number;
}

/** A linear congruential generator (the constants d3-force itself uses), for seeded runs. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** Ticks for n actors: d3's default 300 for small networks, fewer for large ones (each tick costs n log n). */
export function forceTicks(n: number): number {
  return n <= 500 ? 300 : Math.max(120, Math.round(300 * Math.sqrt(500 / n)));
}

function degreeOf(graph: Graph, i: number): number {
  return graph.tiesOf[i]!.length;
}

export function createForce(graph: Graph, options: ForceOptions): { simulation: Simulation<Node, undefined>; nodes: Node[]; ticks: number } {
  const n = graph.actors.length;
  const ticks = options.ticks ?? forceTicks(n);
  const nodes: Node[] = graph.actors.map((_, i) => {
    const node: Node = { i };
    const p = options.start?.[i];
    if (p) [node.x, node.y] = [p.x, p.y];
    const pin = options.fixed?.get(i) ?? (i === options.focus ? (p ?? { x: 0, y: 0 }) : undefined);
    if (pin) [node.fx, node.fy, node.x, node.y] = [pin.x, pin.y, pin.x, pin.y];
    return node;
  });
  // Many ties share a pair of actors; one spring per pair keeps multi-ties from pulling harder.
  const seen = new Set<string>();
  const links: Array<{ source: number; target: number }> = [];
  for (const [s, t] of graph.ends) {
    const key = s < t ? `${s} ${t}` : `${t} ${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ source: s, target: t });
  }
  const large = n > 500;
  const alpha = options.alpha ?? 1;
  const aspect = Math.min(2, Math.max(0.5, options.aspect ?? 1));
  const simulation = forceSimulation<Node>(nodes)
    .randomSource(lcg(options.seed ?? 42))
    .alpha(alpha)
    // Decay so the run ends at alphaMin after exactly `ticks` ticks.
    .alphaDecay(1 - Math.pow(0.001 / alpha, 1 / ticks))
    .force(
      'link',
      forceLink<Node, { source: number | Node; target: number | Node }>(links)
        .id((d) => d.i)
        .distance(large ? 18 : 42),
    )
    .force(
      'charge',
      forceManyBody<Node>()
        .strength(large ? -18 : -150)
        .distanceMax(large ? 160 : 420),
    )
    .force(
      'collide',
      forceCollide<Node>((d) => nodeRadius(graph.actors[d.i]!.kind, degreeOf(graph, d.i), large ? 0.5 : 1) + (large ? 1 : 6)),
    )
    // A weak pull to the middle keeps separate components on screen; it is stronger across
    // the box's short side, so a phone gets a tall picture and a desktop a wide one.
    .force('x', forceX<Node>(0).strength(0.04 * (aspect >= 1 ? aspect ** 2.5 : aspect ** 1.3)))
    .force('y', forceY<Node>(0).strength(0.04 / (aspect >= 1 ? aspect ** 1.3 : aspect ** 2.5)))
    .stop();
  return { simulation, nodes, ticks };
}

/**
 * Final positions. Actors with no tie at all are set in a row under the network: left
 * where the simulation pushed them (a far corner), they would stretch the picture, and
 * pulled into the middle they would look tied to whatever they land beside.
 */
function positions(graph: Graph, nodes: Node[], options: ForceOptions): Point[] {
  const out = nodes.map((d) => ({ x: d.x!, y: d.y! }));
  const loners = nodes.filter((d) => graph.tiesOf[d.i]!.length === 0 && d.i !== options.focus && !options.fixed?.has(d.i));
  if (!loners.length || loners.length === nodes.length || options.start) return out;
  const placed = new Set(loners.map((d) => d.i));
  let [x0, x1, y1] = [Infinity, -Infinity, -Infinity];
  for (const p of out.filter((_, i) => !placed.has(i))) [x0, x1, y1] = [Math.min(x0, p.x), Math.max(x1, p.x), Math.max(y1, p.y)];
  const gap = 36;
  const perRow = Math.max(1, Math.floor((x1 - x0) / 120) + 1);
  loners
    .sort((a, b) => a.i - b.i)
    .forEach((d, k) => {
      out[d.i] = { x: x0 + (k % perRow) * 120, y: y1 + gap * (1 + Math.floor(k / perRow)) };
    });
  return out;
}

/** Runs the whole layout synchronously (small networks, tests). */
export function forceLayout(graph: Graph, options: ForceOptions): Point[] {
  const { simulation, nodes, ticks } = createForce(graph, options);
  simulation.tick(ticks);
  return positions(graph, nodes, options);
}

/** Yields to the page: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same layout run in chunks of ticks, yielding between chunks so input and painting
 * go on. Returns null if `cancelled()` turns true (the data or filters changed meanwhile).
 * The positions equal `forceLayout`'s: chunking changes when ticks run, not what they do.
 */
export async function forceLayoutChunked(
  graph: Graph,
  options: ForceOptions,
  cancelled: () => boolean = () => false,
  budgetMs = 12,
): Promise<Point[] | null> {
  const { simulation, nodes, ticks } = createForce(graph, options);
  let done = 0;
  while (done < ticks) {
    const t0 = performance.now();
    // Run ticks until the time budget of this chunk is spent.
    do {
      simulation.tick();
      done++;
    } while (done < ticks && performance.now() - t0 < budgetMs);
    if (done < ticks) {
      await yieldToPage();
      if (cancelled()) return null;
    }
  }
  return positions(graph, nodes, options);
}

export interface Fit {
  /** Turned a quarter turn first ((x, y) -> (-y, x)), when that fits the box better. */
  rotate: boolean;
  kx: number;
  ky: number;
  tx: number;
  ty: number;
}

const turn = (p: Point, rotate: boolean): Point => (rotate ? { x: -p.y, y: p.x } : p);

/**
 * Scales raw positions into a width × height box with padding, centred. A force layout
 * has no up or down, so a landscape picture is turned a quarter turn for a portrait box
 * (a phone) when that lets it be drawn larger; distances are kept. The two axes may then
 * stretch differently, up to `maxStretch`; a tiny network is not blown up beyond `maxScale`.
 */
export function fitPoints(points: readonly Point[], width: number, height: number, pad: number, maxStretch = 1.35, maxScale = 2.2): Fit {
  const w = Math.max(1, width - 2 * pad);
  const h = Math.max(1, height - 2 * pad);
  const fit = (rotate: boolean): Fit & { area: number } => {
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const q of points) {
      const p = turn(q, rotate);
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y);
      y1 = Math.max(y1, p.y);
    }
    if (!(x0 <= x1)) return { rotate, kx: 1, ky: 1, tx: width / 2, ty: height / 2, area: 0 };
    const dx = Math.max(x1 - x0, 1e-6);
    const dy = Math.max(y1 - y0, 1e-6);
    const k = Math.min(w / dx, h / dy, maxScale);
    const kx = Math.min(w / dx, k * maxStretch, maxScale);
    const ky = Math.min(h / dy, k * maxStretch, maxScale);
    return { rotate, kx, ky, tx: width / 2 - ((x0 + x1) / 2) * kx, ty: height / 2 - ((y0 + y1) / 2) * ky, area: kx * ky };
  };
  const straight = fit(false);
  const turned = fit(true);
  // Turn only for a clear gain, so near-square pictures keep their orientation.
  const { area: _a, ...best } = turned.area > straight.area * 1.15 ? turned : straight;
  return best;
}

export const applyFit = (fit: Fit, p: Point): Point => {
  const q = turn(p, fit.rotate);
  return { x: q.x * fit.kx + fit.tx, y: q.y * fit.ky + fit.ty };
};

export const invertFit = (fit: Fit, p: Point): Point => {
  const q = { x: (p.x - fit.tx) / fit.kx, y: (p.y - fit.ty) / fit.ky };
  return fit.rotate ? { x: q.y, y: -q.x } : q;
};
