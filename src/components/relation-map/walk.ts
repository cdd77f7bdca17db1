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
import { tieLabel } from './encoding.js';
import { inSentence, sortTies, tieDate } from './text.js';
import { formatNumber } from '../../internal/locale.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';

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
    .sort(
      (a, b) =>
        KIND_RANK[graph.actors[a]!.kind] - KIND_RANK[graph.actors[b]!.kind] ||
        compareNames(graph.actors[a]!.name, graph.actors[b]!.name) ||
        a - b,
    );
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
  const num = (k: number) => formatNumber(locale, k);
  const stay = (say: string): WalkStep => ({ state: s, at, say, moved: false });
  const onNeighbour = (state: WalkState): WalkStep => {
    const list = state.anchor === s.anchor ? order : neighbourOrder(graph, state.anchor);
    const { actor, tie } = list[state.pos]!;
    const t = graph.ties[tie]!;
    const more = graph.ties.filter((_, k) => {
      const [a, b] = graph.ends[k]!;
      return (a === actor && b === state.anchor) || (b === actor && a === state.anchor);
    }).length;
    const name = n(graph, actor);
    const k = num(state.pos + 1);
    const of = num(list.length);
    const anchor = n(graph, state.anchor);
    const kind = inSentence(tieLabel(t.type));
    const date = t.date ? tieDate(locale, t) : null;
    const where = date
      ? msg(str`${name}, ${k} of ${of} tied to ${anchor}: ${kind}, ${date}.`, { id: 'rel.walk.neighbour.dated' })
      : msg(str`${name}, ${k} of ${of} tied to ${anchor}: ${kind}.`, { id: 'rel.walk.neighbour' });
    const extra = more - 1;
    const m = num(extra);
    const others =
      extra > 0
        ? plural(locale, extra, {
            one: () => msg(str`${m} more tie between them.`, { id: 'rel.walk.more.one' }),
            few: () => msg(str`${m} more ties between them.`, { id: 'rel.walk.more.few' }),
            many: () => msg(str`${m} more ties between them.`, { id: 'rel.walk.more.many' }),
            other: () => msg(str`${m} more ties between them.`, { id: 'rel.walk.more.other' }),
          })
        : null;
    const hint = msg('Down arrow goes to its own ties.', { id: 'rel.walk.hint.into' });
    return { state, at: actor, say: [where, others, hint].filter(Boolean).join(' '), moved: true };
  };
  switch (key) {
    case 'next':
    case 'prev': {
      const name = n(graph, s.anchor);
      if (!order.length)
        return stay(msg(str`${name} has no ties to move along. Page Down goes to the next actor.`, { id: 'rel.walk.noTies' }));
      const d = key === 'next' ? 1 : -1;
      const pos = s.pos < 0 ? (d > 0 ? 0 : order.length - 1) : (s.pos + d + order.length) % order.length;
      return onNeighbour({ ...s, pos });
    }
    case 'into': {
      if (s.pos < 0) {
        const name = n(graph, s.anchor);
        if (!order.length) return stay(msg(str`${name} has no ties to go into.`, { id: 'rel.walk.noTiesInto' }));
        return onNeighbour({ ...s, pos: 0 });
      }
      const next = order[s.pos]!.actor;
      const count = neighbourOrder(graph, next).length;
      const name = n(graph, next);
      const c = num(count);
      const back = n(graph, s.anchor);
      return {
        state: { anchor: next, pos: -1, trail: [...s.trail, s.anchor] },
        at: next,
        say: plural(locale, count, {
          one: () =>
            msg(str`${name}: ${c} tied actor. Right and left arrows go through them; up arrow back to ${back}.`, {
              id: 'rel.walk.into.one',
            }),
          few: () =>
            msg(str`${name}: ${c} tied actors. Right and left arrows go through them; up arrow back to ${back}.`, {
              id: 'rel.walk.into.few',
            }),
          many: () =>
            msg(str`${name}: ${c} tied actors. Right and left arrows go through them; up arrow back to ${back}.`, {
              id: 'rel.walk.into.many',
            }),
          other: () =>
            msg(str`${name}: ${c} tied actors. Right and left arrows go through them; up arrow back to ${back}.`, {
              id: 'rel.walk.into.other',
            }),
        }),
        moved: true,
      };
    }
    case 'out': {
      const backTo = (i: number) => {
        const name = n(graph, i);
        return msg(str`Back to ${name}.`, { id: 'rel.walk.back' });
      };
      if (!s.trail.length) {
        if (s.pos >= 0) return { state: { ...s, pos: -1 }, at: s.anchor, say: backTo(s.anchor), moved: true };
        const name = n(graph, s.anchor);
        return stay(msg(str`${name} is where the walk started; there is nothing above it.`, { id: 'rel.walk.top' }));
      }
      const anchor = s.trail[s.trail.length - 1]!;
      const pos = neighbourOrder(graph, anchor).findIndex((x) => x.actor === s.anchor);
      const state = { anchor, pos, trail: s.trail.slice(0, -1) };
      if (pos < 0) return { state: startWalk(anchor), at: anchor, say: backTo(anchor), moved: true };
      const back = onNeighbour(state);
      const name = n(graph, anchor);
      return { ...back, say: `${msg(str`Back among the ties of ${name}.`, { id: 'rel.walk.backAmong' })} ${back.say}` };
    }
    default: {
      const all = actorOrder(graph);
      const k = all.indexOf(at);
      const next = all[(k + (key === 'nextActor' ? 1 : -1) + all.length) % all.length]!;
      if (all.length < 2) {
        const name = n(graph, at);
        return stay(msg(str`${name} is the only actor.`, { id: 'rel.walk.only' }));
      }
      const i = num(all.indexOf(next) + 1);
      const of = num(all.length);
      const name = n(graph, next);
      return { state: startWalk(next), at: next, say: msg(str`Actor ${i} of ${of}: ${name}.`, { id: 'rel.walk.actor' }), moved: true };
    }
  }
}
