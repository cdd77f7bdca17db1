/**
 * Force-directed layout (d3-force): a fixed number of ticks with a seeded random source,
 * so the same network gives the same picture on every load. Small networks start from
 * d3's phyllotaxis spiral and are laid out before drawing. Larger ones (over
 * `RING_START_ACTORS`) start from rings of graph distance around the focus, a picture
 * that already reads, and run in chunks that yield to the page: the element draws the
 * start at once and the layout as it settles, and the page never freezes.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { lcg, type Point } from '../../internal/plane.js';
import type { Graph } from './graph.js';
import { nodeRadius } from './encoding.js';

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

/**
 * Above this many actors the layout starts from `ringStart`, not d3's spiral: it is drawn
 * while it settles, so its first frame must already read; and from a start that close, half
 * the ticks give the picture the spiral needed all of them for.
 */
export const RING_START_ACTORS = 150;

/** Ticks for n actors: d3's default 300 from the spiral; from rings 150, fewer for large networks (each tick costs n log n). */
export function forceTicks(n: number): number {
  if (n <= RING_START_ACTORS) return 300;
  return Math.min(150, Math.max(80, Math.round(200 * Math.sqrt(500 / n))));
}

/**
 * A first placement that already reads, for networks laid out while the reader watches:
 * rings of graph distance from the focus (breadth-first). Each ring is ordered by the
 * wedges of a radial tree (an actor's wedge lies in the wedge of the actor that reached
 * it, sized by how many actors lie beyond it) and spread evenly around, so tied actors
 * start near each other. Rings are spaced so the disc has about the density the forces
 * settle at (`spacing` apart), stretched to the box's shape. Other components and untied
 * actors follow on outer rings. Deterministic, O(actors + ties).
 */
export function ringStart(graph: Graph, focus: number | null, spacing: number, aspect = 1): Point[] {
  const n = graph.actors.length;
  if (n === 0) return [];
  const depth = new Array<number>(n).fill(-1);
  const parent = new Array<number>(n).fill(-1);
  const order: number[] = [];
  const roots: number[] = [];
  const bfs = (r: number, d: number) => {
    depth[r] = d;
    roots.push(r);
    const from = order.length;
    order.push(r);
    for (let head = from; head < order.length; head++) {
      const u = order[head]!;
      for (const v of graph.neighbors[u]!) {
        if (depth[v] !== -1) continue;
        depth[v] = depth[u]! + 1;
        parent[v] = u;
        order.push(v);
      }
    }
  };
  const first = focus !== null && focus >= 0 && focus < n ? focus : null;
  const byDegree = graph.actors.map((_, i) => i).sort((a, b) => degreeOf(graph, b) - degreeOf(graph, a) || a - b);
  bfs(first ?? byDegree[0]!, 0);
  // Other components, then untied actors, start together on the rings after the main one.
  const outside = depth[order.at(-1)!]! + 1;
  for (const r of byDegree) if (depth[r] === -1) bfs(r, outside);
  let maxDepth = 0;
  for (const v of order) maxDepth = Math.max(maxDepth, depth[v]!);
  // Actors beyond each actor in the tree (itself included), bottom-up.
  const weight = new Array<number>(n).fill(1);
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k]!;
    if (parent[v]! >= 0) weight[parent[v]!]! += weight[v]!;
  }
  // Wedges give each actor's order around its ring: the main component's root spans the
  // circle, other roots share it by weight, children split their parent's wedge by weight.
  const start = new Array<number>(n).fill(0);
  const span = new Array<number>(n).fill(0);
  const others = roots.slice(1).reduce((s, r) => s + weight[r]!, 0);
  span[roots[0]!] = 2 * Math.PI;
  let at = 0;
  for (const r of roots.slice(1)) {
    start[r] = at;
    span[r] = (2 * Math.PI * weight[r]!) / others;
    at += span[r]!;
  }
  const cursor = start.slice();
  for (const v of order) {
    const p = parent[v]!;
    if (p < 0) continue;
    start[v] = cursor[v] = cursor[p]!;
    span[v] = (span[p]! * weight[v]!) / (weight[p]! - 1);
    cursor[p]! += span[v]!;
  }
  // Ring radii from the running count: the disc inside ring k holds the actors up to it at `spacing` apart.
  const rings: number[][] = Array.from({ length: maxDepth + 1 }, () => []);
  for (const v of order) rings[depth[v]!]!.push(v);
  const outer: number[] = [];
  let sum = 0;
  for (const ring of rings) {
    sum += ring.length;
    outer.push(spacing * Math.sqrt(sum / Math.PI));
  }
  const sx = 1 / Math.sqrt(Math.min(2, Math.max(0.5, aspect)));
  const sy = 1 / sx;
  const out: Point[] = new Array(n);
  rings.forEach((ring, k) => {
    // Even steps around the ring in wedge order (even density), over the ring's band in
    // golden-ratio steps (neighbours in angle are not at one radius).
    ring.sort((a, b) => start[a]! + span[a]! / 2 - (start[b]! + span[b]! / 2) || a - b);
    const inner = k > 0 ? outer[k - 1]! : 0;
    ring.forEach((v, j) => {
      if (k === 0 && v === roots[0]) {
        out[v] = { x: 0, y: 0 };
        return;
      }
      const a = (2 * Math.PI * (j + 0.5)) / ring.length;
      const r = inner + (outer[k]! - inner) * (0.15 + 0.7 * ((j * 0.6180339887 + 0.5) % 1));
      out[v] = { x: r * Math.sin(a) * sx, y: -r * Math.cos(a) * sy };
    });
  });
  return out;
}

function degreeOf(graph: Graph, i: number): number {
  return graph.tiesOf[i]!.length;
}

export function createForce(
  graph: Graph,
  options: ForceOptions,
): { simulation: Simulation<Node, undefined>; nodes: Node[]; ticks: number } {
  const n = graph.actors.length;
  const ticks = options.ticks ?? forceTicks(n);
  const large = n > 500;
  const aspect = Math.min(2, Math.max(0.5, options.aspect ?? 1));
  // Spacing of the rings: about where the forces below settle, so the start is already to scale.
  const first = options.start ?? (n > RING_START_ACTORS ? ringStart(graph, options.focus, large ? 13 : 48, aspect) : undefined);
  const nodes: Node[] = graph.actors.map((_, i) => {
    const node: Node = { i };
    const p = first?.[i];
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
  const alpha = options.alpha ?? 1;
  const radius = (d: Node) => nodeRadius(graph.actors[d.i]!.kind, degreeOf(graph, d.i), large ? 0.5 : 1) + (large ? 1 : 6);
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
        .distanceMax(large ? 160 : 420)
        // A coarser Barnes–Hut approximation for large networks: a third less work per tick; the picture keeps its density.
        .theta(large ? 1.2 : 0.9),
    )
    .force('collide', large ? gridCollide<Node>(radius) : forceCollide<Node>(radius))
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

/**
 * Yields to the page with a plain macrotask (a message, which setTimeout's 4 ms clamp does
 * not delay). Not `scheduler.yield()`: Chromium runs its continuations ahead of rendering,
 * so a chunked layout got a frame only every ~110 ms; between macrotasks frames come at 60 Hz.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // Closed, or the open port would keep Node (the tests) running.
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The same layout run in chunks of ticks, yielding between chunks so input and painting
 * go on. Returns null if `cancelled()` turns true (the data or filters changed meanwhile).
 * The positions equal `forceLayout`'s: chunking changes when ticks run, not what they do.
 *
 * `onProgress` gets the positions so far: at once (before any tick, synchronously, so the
 * caller can draw the start in the same frame), then after every `progressMs` of ticking,
 * each time between two yields, so drawing them is a task of its own rather than part of a
 * chunk. Counting ticking time, not wall time, keeps slow redraws (an SVG of 1,000 ties)
 * from taking over: at least half the time goes to the layout.
 */
export async function forceLayoutChunked(
  graph: Graph,
  options: ForceOptions,
  cancelled: () => boolean = () => false,
  budgetMs = 12,
  onProgress?: (points: Point[]) => void,
  progressMs = 100,
): Promise<Point[] | null> {
  const { simulation, nodes, ticks } = createForce(graph, options);
  let ticking = 0;
  if (onProgress) {
    onProgress(positions(graph, nodes, options));
    // The start is drawn before the first chunk runs.
    await yieldToPage();
    if (cancelled()) return null;
  }
  let done = 0;
  while (done < ticks) {
    const t0 = performance.now();
    // Run ticks until the time budget of this chunk is spent.
    do {
      simulation.tick();
      done++;
    } while (done < ticks && performance.now() - t0 < budgetMs);
    ticking += performance.now() - t0;
    if (done < ticks) {
      await yieldToPage();
      if (cancelled()) return null;
      if (onProgress && ticking >= progressMs) {
        onProgress(positions(graph, nodes, options));
        ticking = 0;
        await yieldToPage();
        if (cancelled()) return null;
      }
    }
  }
  return positions(graph, nodes, options);
}

/**
 * d3's collision force (the same push per overlapping pair, from positions one step
 * ahead, in index order) with a uniform grid instead of a quadtree: cells as wide as the
 * largest mark, so each actor checks only its own and the eight cells around. At 2,000
 * actors it takes a fifth of the quadtree's time, which was a third of every tick.
 */
export function gridCollide<N extends SimulationNodeDatum>(radius: (d: N) => number, strength = 1): Force<N, undefined> {
  let nodes: N[] = [];
  let radii = new Float64Array(0);
  let random = Math.random;
  let cell = 1;
  const force = (() => {
    const n = nodes.length;
    const grid = new Map<number, number[]>();
    const px = new Float64Array(n);
    const py = new Float64Array(n);
    const key = (gx: number, gy: number) => gx * 65536 + gy;
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      px[i] = d.x! + d.vx!;
      py[i] = d.y! + d.vy!;
      const k = key(Math.floor(px[i]! / cell), Math.floor(py[i]! / cell));
      let list = grid.get(k);
      if (!list) grid.set(k, (list = []));
      list.push(i);
    }
    const jiggle = () => (random() - 0.5) * 1e-6;
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      const ri = radii[i]!;
      const ri2 = ri * ri;
      const xi = a.x! + a.vx!;
      const yi = a.y! + a.vy!;
      const gx = Math.floor(px[i]! / cell);
      const gy = Math.floor(py[i]! / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(key(gx + dx, gy + dy)) ?? []) {
            if (j <= i) continue;
            const b = nodes[j]!;
            const rj = radii[j]!;
            const r = ri + rj;
            let x = xi - b.x! - b.vx!;
            let y = yi - b.y! - b.vy!;
            let l = x * x + y * y;
            if (l >= r * r) continue;
            if (x === 0) {
              x = jiggle();
              l += x * x;
            }
            if (y === 0) {
              y = jiggle();
              l += y * y;
            }
            l = Math.sqrt(l);
            l = ((r - l) / l) * strength;
            x *= l;
            y *= l;
            const share = (rj * rj) / (ri2 + rj * rj);
            a.vx! += x * share;
            a.vy! += y * share;
            b.vx! -= x * (1 - share);
            b.vy! -= y * (1 - share);
          }
        }
      }
    }
  }) as Force<N, undefined>;
  force.initialize = (ns: N[], rnd: () => number) => {
    nodes = ns;
    random = rnd;
    radii = Float64Array.from(ns, (d) => +radius(d));
    // Two marks can touch only if their centres are within twice the largest radius.
    cell = Math.max(1e-6, 2 * radii.reduce((m, r) => Math.max(m, r), 0));
  };
  return force;
}
