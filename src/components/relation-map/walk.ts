/**
 * The keyboard walk for a reader who cannot see the picture: from an actor (the anchor),
 * → and ← cycle through the actors tied to it in the order its details list them (dated
 * ties first, by date); ↓ goes into the actor the cursor is on (its ties become the
 * ones cycled); ↑ comes back out; Page Down / Page Up step through every actor in list
 * order, so none is out of reach (not even one with no tie). Each step says where it is;
 * a step that cannot go says why. Pure: the graph and a state in, a state and words out.
 */
import type { Graph } from './graph.js';
import { KIND_RANK, compareNames } from './graph.js';
import { TIE_LABEL } from './encoding.js';
import { sortTies, tieDate } from './text.js';

export interface WalkState {
  /** The actor whose ties are cycled. */
  anchor: number;
  /** Index into the anchor's neighbour order, or -1 when the cursor is on the anchor itself. */
  pos: number;
  /** Anchors gone into, to come back out to (last is the most recent). */
  trail: readonly number[];
}

export type WalkKey = 'next' | 'prev' | 'into' | 'out' | 'nextActor' | 'prevActor';

export interface WalkStep {
  state: WalkState;
  /** The actor the cursor is on after the step. */
  at: number;
  /** What a screen reader hears. */
  say: string;
  /** False when the step could not go (the cursor stayed). */
  moved: boolean;
}

/** The actors tied to `i`, each once, in the order of its first tie (as the details list them), with that tie. */
export function neighbourOrder(graph: Graph, i: number): Array<{ actor: number; tie: number }> {
  const seen = new Set<number>();
  const out: Array<{ actor: number; tie: number }> = [];
  for (const t of sortTies(graph, graph.tiesOf[i] ?? [])) {
    const [s, e] = graph.ends[t]!;
    const other = s === i ? e : s;
    if (seen.has(other)) continue;
    seen.add(other);
    out.push({ actor: other, tie: t });
  }
  return out;
}

/** Every actor in list order (states, organisations, people; by name): Page Down / Page Up. */
export function actorOrder(graph: Graph): number[] {
  return graph.actors
    .map((_, i) => i)
    .sort((a, b) => KIND_RANK[graph.actors[a]!.kind] - KIND_RANK[graph.actors[b]!.kind] || compareNames(graph.actors[a]!.name, graph.actors[b]!.name) || a - b);
}

export function startWalk(at: number): WalkState {
  return { anchor: at, pos: -1, trail: [] };
}

/** The actor the cursor is on. */
export function walkAt(graph: Graph, s: WalkState): number {
  return s.pos < 0 ? s.anchor : (neighbourOrder(graph, s.anchor)[s.pos]?.actor ?? s.anchor);
}

const n = (graph: Graph, i: number) => graph.actors[i]!.name;

export function walkStep(graph: Graph, s: WalkState, key: WalkKey, locale: string): WalkStep {
  const order = neighbourOrder(graph, s.anchor);
  const at = walkAt(graph, s);
  const stay = (say: string): WalkStep => ({ state: s, at, say, moved: false });
  const onNeighbour = (state: WalkState): WalkStep => {
    const list = state.anchor === s.anchor ? order : neighbourOrder(graph, state.anchor);
    const { actor, tie } = list[state.pos]!;
    const t = graph.ties[tie]!;
    const more = graph.ties.filter((_, k) => {
      const [a, b] = graph.ends[k]!;
      return (a === actor && b === state.anchor) || (b === actor && a === state.anchor);
    }).length;
    const when = t.date ? `, ${tieDate(locale, t)}` : '';
    const others = more > 1 ? ` (and ${more - 1} more ${more === 2 ? 'tie' : 'ties'})` : '';
    return {
      state,
      at: actor,
      say: `${n(graph, actor)}, ${state.pos + 1} of ${list.length} tied to ${n(graph, state.anchor)}: ${TIE_LABEL[t.type].toLowerCase()}${when}${others}. Down arrow goes to its own ties.`,
      moved: true,
    };
  };
  switch (key) {
    case 'next':
    case 'prev': {
      if (!order.length) return stay(`${n(graph, s.anchor)} has no ties to move along. Page Down goes to the next actor.`);
      const d = key === 'next' ? 1 : -1;
      const pos = s.pos < 0 ? (d > 0 ? 0 : order.length - 1) : (s.pos + d + order.length) % order.length;
      return onNeighbour({ ...s, pos });
    }
    case 'into': {
      if (s.pos < 0) {
        if (!order.length) return stay(`${n(graph, s.anchor)} has no ties to go into.`);
        return onNeighbour({ ...s, pos: 0 });
      }
      const next = order[s.pos]!.actor;
      const count = neighbourOrder(graph, next).length;
      return {
        state: { anchor: next, pos: -1, trail: [...s.trail, s.anchor] },
        at: next,
        say: `${n(graph, next)}: ${count} tied ${count === 1 ? 'actor' : 'actors'}. Right and left arrows go through them; up arrow back to ${n(graph, s.anchor)}.`,
        moved: true,
      };
    }
    case 'out': {
      if (!s.trail.length) {
        if (s.pos >= 0) return { state: { ...s, pos: -1 }, at: s.anchor, say: `Back to ${n(graph, s.anchor)}.`, moved: true };
        return stay(`${n(graph, s.anchor)} is where the walk started; there is nothing above it.`);
      }
      const anchor = s.trail[s.trail.length - 1]!;
      const pos = neighbourOrder(graph, anchor).findIndex((x) => x.actor === s.anchor);
      const state = { anchor, pos, trail: s.trail.slice(0, -1) };
      if (pos < 0) return { state: startWalk(anchor), at: anchor, say: `Back to ${n(graph, anchor)}.`, moved: true };
      const back = onNeighbour(state);
      return { ...back, say: `Back among the ties of ${n(graph, anchor)}. ${back.say}` };
    }
    default: {
      const all = actorOrder(graph);
      const k = all.indexOf(at);
      const next = all[(k + (key === 'nextActor' ? 1 : -1) + all.length) % all.length]!;
      if (all.length < 2) return stay(`${n(graph, at)} is the only actor.`);
      return { state: startWalk(next), at: next, say: `Actor ${all.indexOf(next) + 1} of ${all.length}: ${n(graph, next)}.`, moved: true };
    }
  }
}
