/**
 * The part of the data the attributes select, as a graph, and what follows from it alone:
 * the figure's text, its table, the ties after the slider's year. Pure; the element
 * memoises each on its inputs.
 */
import type { DataIssue } from '../../data/issue.js';
import type { Actor, ActorKind, Network, Tie, TieType } from '../../data/types.js';
import type { Validated } from '../../data/issue.js';
import { validateNetwork } from '../../data/network.js';
import { sourceRefs } from '../../data/sources.refs.js';
import type { FigureText } from '../../internal/base-element.js';
import type { DataTable } from '../../internal/csv.js';
import { formatNumber } from '../../internal/locale.js';
import { dataName, englishLang, localName, namesAsGiven } from '../../internal/local-names.js';
import { ACTOR_KINDS, TIE_TYPES, buildGraph, filterNetwork, tieYears, yearRange, type Graph } from './graph.js';
import { tieLabel } from './encoding.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { resolveFocus, type MapOptions } from './relation-map.options.js';
import { describe, otherEnd, sortTies, tieDate } from './text.js';
import type { Later } from './network.render.js';
import { storyNetwork } from './story.js';

/** Above this many actors, or ties, the network is drawn on a canvas instead of in SVG. */
export const CANVAS_ACTORS = 600;
export const CANVAS_TIES = 1500;

/** The bundled story's title, in the widget's language. */
export const storyTitle = (): string => msg("Who backs Myanmar's junta: the Belarus and Russia connection", { id: 'rel.title.story' });
/** The title of a page's own network. */
export const neutralTitle = (): string => msg('Network of actors and ties', { id: 'rel.title.neutral' });
/** The actors the story's title names (the junta, Myanmar, Belarus, Russia): labelled next to their marks in every view, at every width. */
export const TITLE_ACTORS: readonly string[] = ['mm-military', 'mmr', 'blr', 'rus'];

/** Indices of the title's actors in the graph, when the title is the bundled one. */
export function titleActors(graph: Graph, bundled: boolean): number[] {
  return bundled ? TITLE_ACTORS.flatMap((id) => (graph.index.has(id) ? [graph.index.get(id)!] : [])) : [];
}

export interface View {
  graph: Graph;
  /** Index of the actor the picture centres on, or -1. */
  focus: number;
  /** Problems only the data can reveal (an unknown centre actor). */
  issues: DataIssue[];
  years: [number, number] | null;
  large: boolean;
  /** Nothing to draw: no actors at all, or the filters kept no tie (what it says instead). */
  empty: 'no-actors' | 'no-ties' | null;
}

/**
 * The network with each actor named in the reader's language (its `names`, else the English
 * `name`), and each story callout in it where the data translates it (`callouts`): every
 * label, tooltip, list, table and sentence then reads them. Ids are untouched, so `center` and
 * the events keep working whatever the page's language. The same object on an English page.
 */
export function localNetwork(data: Network, locale: string): Network {
  if (namesAsGiven(locale) || !(data.actors.some((a) => a.names) || data.ties.some((t) => t.callouts))) return data;
  const actors = data.actors.map((a) => {
    const name = localName(locale, a);
    return name === a.name ? a : { ...a, name };
  });
  const ties = data.ties.map((t) => {
    const callout = dataName(locale, t.callouts);
    return callout === undefined || callout === t.callout ? t : { ...t, callout };
  });
  return { ...data, actors, ties };
}

/** The network validator, but an empty list of actors is a network with nothing in it (the chart says so), not unusable data. */
export function validateMapData(input: unknown): Validated<Network> {
  const result = validateNetwork(input);
  const actors = (input as { actors?: unknown } | null)?.actors;
  if (result.value === null && Array.isArray(actors) && actors.length === 0)
    return { value: { actors: [], ties: [] }, issues: result.issues };
  return result;
}

/** `attribute`: which attribute named the centre actor (`center`, or its alias `focus`), for the editor's message. */
export function deriveView(
  data: Network,
  o: Pick<MapOptions, 'types' | 'from' | 'to' | 'layout'>,
  center: string | null | undefined,
  attribute = 'center',
): View {
  const issues: DataIssue[] = [];
  const focusId = resolveFocus(center, data, issues, attribute);
  // The story view draws its cast only; the filters then apply to it as to the whole web.
  const source = o.layout === 'story' ? storyNetwork(data, focusId) : data;
  const filtered = filterNetwork(source, { types: o.types, from: o.from, to: o.to }, focusId);
  const graph = buildGraph(filtered.actors, filtered.ties);
  // Filters that keep no tie leave the focus alone (and any actors that had no tie): the
  // chart says which filters match nothing rather than draw a lone mark.
  const empty = data.actors.length === 0 ? 'no-actors' : graph.ties.length === 0 && data.ties.length > 0 ? 'no-ties' : null;
  return {
    empty,
    graph,
    focus: focusId !== null ? (graph.index.get(focusId) ?? -1) : -1,
    issues,
    years: yearRange(graph.ties),
    large: graph.actors.length > CANVAS_ACTORS || graph.ties.length > CANVAS_TIES,
  };
}

export function viewText(view: View, locale: string, layout: MapOptions['layout'], bundled: boolean): FigureText {
  const focus = view.focus >= 0 ? view.graph.actors[view.focus]! : null;
  const ids: string[] = [];
  for (const t of view.graph.ties) ids.push(...t.sources);
  for (const a of view.graph.actors) ids.push(...a.sources);
  return {
    title: bundled ? storyTitle() : neutralTitle(),
    description: describe(locale, view.graph, focus, view.years, layout, !view.empty),
    sources: sourceRefs(ids),
  };
}

export function viewTable({ graph }: View, locale: string): DataTable {
  const name = (id: string) => graph.actors[graph.index.get(id)!]?.name ?? id;
  const n = formatNumber(locale, graph.ties.length);
  const mutual = (kind: string) => msg(str`${kind} (mutual)`, { id: 'rel.table.mutual' });
  return {
    caption: msg(str`Ties between actors (${n})`, { id: 'rel.table.caption' }),
    columns: [
      { key: 'source', label: msg('From', { id: 'rel.table.from' }) },
      { key: 'type', label: msg('Tie', { id: 'rel.table.tie' }) },
      { key: 'target', label: msg('To', { id: 'rel.table.to' }) },
      { key: 'date', label: msg('Date', { id: 'rel.table.date' }) },
      // The data's own words, in English only: marked so a screen reader switches voice.
      { key: 'label', label: msg('Description', { id: 'rel.table.description' }), lang: englishLang(locale) },
      { key: 'sources', label: msg('Sources', { id: 'rel.table.sources' }), lang: englishLang(locale) },
    ],
    rows: graph.ties.map((t) => ({
      source: name(t.source),
      type: t.directed ? tieLabel(t.type) : mutual(tieLabel(t.type)),
      target: name(t.target),
      date: t.date ? tieDate(locale, t) : '',
      label: t.label,
      sources: sourceRefs(t.sources)
        .map((s) => s.label)
        .join('; '),
    })),
  };
}

/** The slider's year if it cuts the view's years, else null (it shows everything, or the data changed under it). */
export function yearIn(view: View, year: number | null): number | null {
  return year !== null && view.years && year >= view.years[0] && year < view.years[1] ? year : null;
}

/** Ties after `year`, and actors all of whose ties are. */
export function laterOf(view: View, year: number | null): Later {
  const ties = new Set<number>();
  const actors = new Set<number>();
  if (year === null) return { ties, actors };
  view.graph.ties.forEach((t, i) => {
    const y = tieYears(t);
    if (y && y[0] > year) ties.add(i);
  });
  view.graph.tiesOf.forEach((list, i) => {
    if (list.length && list.every((t) => ties.has(t))) actors.add(i);
  });
  return { ties, actors };
}

/** The ties of actor `i` as its details panel lists them: in order, with the actor at the other end. */
export function detailTies(view: View, i: number, later: Later): Array<{ tie: Tie; other: Actor; later: boolean }> {
  const actor = view.graph.actors[i]!;
  return sortTies(view.graph, view.graph.tiesOf[i]!).map((t) => {
    const tie = view.graph.ties[t]!;
    return { tie, other: view.graph.actors[view.graph.index.get(otherEnd(tie, actor.id))!]!, later: later.ties.has(t) };
  });
}

/** What the legend lists: the kinds of actor and of tie present, and whether any tie has a direction. */
export function legendOf(graph: Graph): { kinds: ActorKind[]; types: TieType[]; directed: boolean } {
  return {
    kinds: ACTOR_KINDS.filter((k) => graph.actors.some((a) => a.kind === k)),
    types: TIE_TYPES.filter((t) => graph.ties.some((x) => x.type === t)),
    directed: graph.ties.some((t) => t.directed),
  };
}
