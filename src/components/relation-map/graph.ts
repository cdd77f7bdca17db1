/**
 * The network as a graph: indices, adjacency, distances and the filters the attributes
 * ask for. Pure (no DOM), so layouts and tests share it.
 */
import type { Actor, ActorKind, Network, Tie, TieType } from '../../data/types.js';

/** Every tie type, in the order the legend lists them. */
export const TIE_TYPES: readonly TieType[] = [
  'arms-supply',
  'trade',
  'agreement',
  'commission',
  'visit',
  'meeting',
  'diplomatic',
  'un-vote',
  'sanction',
  'report',
  'role',
];

export const ACTOR_KINDS: readonly ActorKind[] = ['state', 'organisation', 'person'];

/** Sort rank of a kind: states first, then organisations, then people. */
export const KIND_RANK: Record<ActorKind, number> = { state: 0, organisation: 1, person: 2 };

export interface Graph {
  actors: readonly Actor[];
  ties: readonly Tie[];
  /** Actor id -> index into `actors`. */
  index: ReadonlyMap<string, number>;
  /** Per tie: indices of its source and target actors. */
  ends: ReadonlyArray<readonly [number, number]>;
  /** Per actor: indices of the actors it is tied to (each once, ascending). */
  neighbors: ReadonlyArray<readonly number[]>;
  /** Per actor: indices of its ties. */
  tiesOf: ReadonlyArray<readonly number[]>;
}

/** Builds the graph; ties whose ends are missing, and self-loops, are left out (the validator reports them). */
export function buildGraph(actors: readonly Actor[], ties: readonly Tie[]): Graph {
  const index = new Map<string, number>();
  const kept: Actor[] = [];
  for (const a of actors) {
    if (index.has(a.id)) continue;
    index.set(a.id, kept.length);
    kept.push(a);
  }
  const neighborSets = kept.map(() => new Set<number>());
  const tiesOf: number[][] = kept.map(() => []);
  const keptTies: Tie[] = [];
  const ends: Array<[number, number]> = [];
  for (const t of ties) {
    const s = index.get(t.source);
    const e = index.get(t.target);
    if (s === undefined || e === undefined || s === e) continue;
    tiesOf[s]!.push(keptTies.length);
    tiesOf[e]!.push(keptTies.length);
    neighborSets[s]!.add(e);
    neighborSets[e]!.add(s);
    ends.push([s, e]);
    keptTies.push(t);
  }
  return {
    actors: kept,
    ties: keptTies,
    index,
    ends,
    neighbors: neighborSets.map((s) => [...s].sort((a, b) => a - b)),
    tiesOf,
  };
}

/** Graph distance (number of ties) from `start` to every actor; -1 where unreachable. */
export function distances(graph: Graph, start: number): number[] {
  const dist = graph.actors.map(() => -1);
  if (start < 0 || start >= dist.length) return dist;
  dist[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of graph.neighbors[u]!) {
      if (dist[v] === -1) {
        dist[v] = dist[u]! + 1;
        queue.push(v);
      }
    }
  }
  return dist;
}

/** The year of an ISO date, possibly partial (`2014`, `2014-11`, `2014-11-25`), or null. */
export function yearOf(date: string | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})/.exec(date);
  return m ? Number(m[1]) : null;
}

/** First and last year a tie covers, or null when it is undated. */
export function tieYears(tie: Tie): [number, number] | null {
  const start = yearOf(tie.date);
  if (start === null) return null;
  const end = yearOf(tie.endDate);
  return [start, end !== null && end >= start ? end : start];
}

/** Earliest and latest year among the dated ties, or null when none is dated. */
export function yearRange(ties: readonly Tie[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of ties) {
    const y = tieYears(t);
    if (!y) continue;
    lo = Math.min(lo, y[0]);
    hi = Math.max(hi, y[1]);
  }
  return lo <= hi ? [lo, hi] : null;
}

export interface TieFilter {
  /** Tie types to keep; null keeps every type. */
  types: ReadonlySet<TieType> | null;
  /** Keep ties that reach into [from, to]; undated ties are always kept (they cannot be placed in time). */
  from: number | null;
  to: number | null;
}

export function tiePasses(tie: Tie, filter: TieFilter): boolean {
  if (filter.types && !filter.types.has(tie.type)) return false;
  if (filter.from === null && filter.to === null) return true;
  const y = tieYears(tie);
  if (!y) return true;
  if (filter.from !== null && y[1] < filter.from) return false;
  if (filter.to !== null && y[0] > filter.to) return false;
  return true;
}

/**
 * The part of a network the filters keep: the ties that pass, and the actors that still
 * have a tie. Actors that had no tie to begin with stay (a user's isolated actors are
 * data too), and so does `keep` (the focus), so the picture always has its centre.
 */
export function filterNetwork(network: Network, filter: TieFilter, keep: string | null): Network {
  const ids = new Set(network.actors.map((a) => a.id));
  const anyTie = new Set<string>();
  const kept = new Set<string>();
  const ties: Tie[] = [];
  for (const t of network.ties) {
    if (!ids.has(t.source) || !ids.has(t.target) || t.source === t.target) continue;
    anyTie.add(t.source).add(t.target);
    if (!tiePasses(t, filter)) continue;
    kept.add(t.source).add(t.target);
    ties.push(t);
  }
  const actors = network.actors.filter((a) => kept.has(a.id) || !anyTie.has(a.id) || a.id === keep);
  const out: Network = { actors, ties };
  if (network.center !== undefined) out.center = network.center;
  return out;
}

/** Code-point order of names, case-folded: the same on every machine (no locale collation). */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Actors by kind, then name: the deterministic order layouts place them in. */
export function compareActors(a: Actor, b: Actor): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || compareNames(a.name, b.name) || compareNames(a.id, b.id);
}
