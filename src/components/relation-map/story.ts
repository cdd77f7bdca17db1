/**
 * The story view's cast: which actors and ties carry the story, chosen by rules in the data
 * (the `story` rank of actors and ties), so a page's own data decides its own story. Pure.
 *
 * Rules:
 * - Actors with a `story` rank are the cast (at most STORY_ACTORS, best rank first; the centre always).
 *   Without any ranked actor, the cast is the centre and its best-connected neighbours.
 * - Ties with a `story` rank between two cast actors are drawn; without any ranked tie, every tie
 *   among the cast is.
 * - At most STORY_KINDS tie kinds at once: the kinds of the best-ranked ties win (then the most ties).
 * - Cast actors left with no drawn tie are dropped, except the centre.
 */
import type { Actor, Network, Tie, TieType } from '../../data/types.js';
import { compareActors } from './graph.js';

export const STORY_ACTORS = 20;
export const STORY_KINDS = 5;

/** Rank of an unranked item: after every ranked one. */
const rankOf = (x: { story?: number }) => x.story ?? Infinity;

export function storyNetwork(network: Network, centerId: string | null): Network {
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const ranked = network.actors.some((a) => a.story !== undefined);
  let cast: Actor[];
  if (ranked) {
    cast = network.actors.filter((a) => a.story !== undefined || a.id === centerId);
  } else {
    const degree = new Map<string, number>();
    const near = new Set<string>();
    for (const t of network.ties) {
      degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
      degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
      if (t.source === centerId) near.add(t.target);
      if (t.target === centerId) near.add(t.source);
    }
    cast = network.actors
      .filter((a) => a.id === centerId || near.has(a.id))
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || compareActors(a, b));
  }
  cast = cast
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.id === centerId ? -1 : 0) - (y.a.id === centerId ? -1 : 0) || rankOf(x.a) - rankOf(y.a) || x.i - y.i)
    .slice(0, STORY_ACTORS)
    .map((x) => x.a);
  const ids = new Set(cast.map((a) => a.id));
  const tiesRanked = network.ties.some((t) => t.story !== undefined);
  let ties = network.ties.filter(
    (t) => ids.has(t.source) && ids.has(t.target) && t.source !== t.target && (!tiesRanked || t.story !== undefined),
  );

  const kinds = storyKinds(ties);
  ties = ties.filter((t) => kinds.has(t.type));
  const tied = new Set<string>();
  for (const t of ties) tied.add(t.source).add(t.target);
  const actors = network.actors.filter((a) => ids.has(a.id) && (tied.has(a.id) || a.id === centerId) && byId.has(a.id));
  const out: Network = { actors, ties };
  if (centerId !== null) out.center = centerId;
  return out;
}

/** The tie kinds the story keeps: those of the best-ranked ties, then the most frequent, at most STORY_KINDS. */
export function storyKinds(ties: readonly Tie[]): Set<TieType> {
  const best = new Map<TieType, { rank: number; count: number }>();
  for (const t of ties) {
    const b = best.get(t.type) ?? { rank: Infinity, count: 0 };
    best.set(t.type, { rank: Math.min(b.rank, rankOf(t)), count: b.count + 1 });
  }
  return new Set(
    [...best]
      .sort(([a, x], [b, y]) => x.rank - y.rank || y.count - x.count || (a < b ? -1 : 1))
      .slice(0, STORY_KINDS)
      .map(([k]) => k),
  );
}

/** The key ties, stated in words beside the chart (rank 1), as indices into the graph's ties, in the data's order. */
export function keyTieIndices(graph: { ties: readonly Tie[] }): number[] {
  return graph.ties.flatMap((t, i) => (t.story === 1 ? [i] : []));
}
