/**
 * The network in words: tie dates, ties seen from one actor, the description under the
 * title, what a screen reader hears when the keyboard moves. Pure; numbers and dates
 * through Intl in the widget's locale.
 */
import type { Actor, Tie, TieType } from '../../data/types.js';
import { formatNumber, formatDate } from '../../internal/locale.js';
import { KIND_LABEL } from './encoding.js';
import { TIE_TYPES, type Graph } from './graph.js';
import type { Layout } from './relation-map.options.js';

/**
 * "57 actors": a count and its noun as ONE string. Two template bindings with only a space
 * between them lose the space in Chromium's accessible names ("57actors"): it ignores a
 * whitespace-only text node.
 */
export const countOf = (locale: string, n: number, one: string, many: string): string => `${formatNumber(locale, n)} ${n === 1 ? one : many}`;

export const formatYear = (locale: string, y: number): string => formatNumber(locale, y, { useGrouping: false });

const dates = new Map<string, string>();

/** formatDate, remembered: it builds an Intl.DateTimeFormat per call, and a large network has thousands of dates. */
function partialDate(locale: string, iso: string): string {
  const key = `${locale} ${iso}`;
  let s = dates.get(key);
  if (s === undefined) {
    s = formatDate(locale, iso);
    if (dates.size > 5000) dates.clear();
    dates.set(key, s);
  }
  return s;
}

/** `November 2014`, `2018 – 2022`, or `undated`. */
export function tieDate(locale: string, tie: Tie): string {
  if (!tie.date) return 'undated';
  const start = partialDate(locale, tie.date);
  return tie.endDate && tie.endDate !== tie.date ? `${start} – ${partialDate(locale, tie.endDate)}` : start;
}

/** `to`, `from` or `with`: how a tie points, seen from one of its actors. */
export function direction(tie: Tie, from: string): 'to' | 'from' | 'with' {
  if (!tie.directed) return 'with';
  return tie.source === from ? 'to' : 'from';
}

export function otherEnd(tie: Tie, from: string): string {
  return tie.source === from ? tie.target : tie.source;
}

/** How each type of tie reads from its source's side and from its target's side. */
const RELATION: Record<TieType, [string, string]> = {
  'arms-supply': ['Arms supply to', 'Arms supply from'],
  trade: ['Trade with', 'Trade with'],
  agreement: ['Agreement with', 'Agreement with'],
  commission: ['Member of', 'Has as member'],
  visit: ['Visit to', 'Visit from'],
  meeting: ['Meeting with', 'Meeting with'],
  diplomatic: ['Diplomatic tie with', 'Diplomatic tie with'],
  'un-vote': ['UN vote in', 'UN vote by'],
  sanction: ['Sanctions on', 'Sanctioned by'],
  report: ['Report on', 'Reported on by'],
  role: ['Role in', 'Role held by'],
};

/** `Visit to Belarus`, `Sanctioned by United States`: the tie and the actor at its other end, in words. */
export function tieRelation(tie: Tie, from: Actor, other: Actor): string {
  const [out, into] = RELATION[tie.type];
  return `${tie.directed && tie.target === from.id ? into : out} ${other.name}`;
}

/** `Min Aung Hlaing, person, 6 ties.` */
export function actorSummary(locale: string, actor: Actor, ties: number): string {
  const n = formatNumber(locale, ties);
  return `${actor.name}, ${KIND_LABEL[actor.kind].toLowerCase()}${actor.role ? ` (${actor.role})` : ''}, ${n} ${ties === 1 ? 'tie' : 'ties'}.`;
}

/** Ties of one actor, dated ones first by date, then undated, each group by type. */
export function sortTies(graph: Graph, ties: readonly number[]): number[] {
  return [...ties].sort((a, b) => {
    const ta = graph.ties[a]!;
    const tb = graph.ties[b]!;
    if (!ta.date !== !tb.date) return ta.date ? -1 : 1;
    return (ta.date ?? '') < (tb.date ?? '') ? -1 : (ta.date ?? '') > (tb.date ?? '') ? 1 : a - b;
  });
}

const LAYOUT_SENTENCE: Record<Layout, (focus: string) => string> = {
  story: (focus) => `On the left, ${focus} and the actors of its country; on the right, those tied to them, grouped by country.`,
  force: () => 'Actors with many ties in common are drawn close together.',
  radial: (focus) => `Rings show how many steps each actor is from ${focus}.`,
  geo: () =>
    'States are placed on the map; people and organisations are grouped around their state; the ties of actors with no place are drawn when one of them is pointed at or chosen.',
};

export function describe(
  locale: string,
  graph: Graph,
  focus: Actor | null,
  years: [number, number] | null,
  layout: Layout,
  drawn = true,
): string {
  const a = graph.actors.length;
  const t = graph.ties.length;
  const count = `${formatNumber(locale, a)} ${a === 1 ? 'actor' : 'actors'} and ${formatNumber(locale, t)} ${t === 1 ? 'tie' : 'ties'}`;
  const span = years ? (years[0] === years[1] ? `, ${formatYear(locale, years[0])}` : `, ${formatYear(locale, years[0])}–${formatYear(locale, years[1])}`) : '';
  const centre = focus ? `, centred on ${focus.name}` : '';
  const what = `States, people and organisations and the ties between them: ${count}${span}${centre}.`;
  // Nothing drawn (no actors, or no tie matches the filters): no sentence about how it is drawn.
  if (!drawn) return what;
  return `${what} Shape and colour show the kind of actor; line style and colour, the kind of tie. ${LAYOUT_SENTENCE[layout](focus?.name ?? 'the centre')}`;
}

/**
 * What the chart says when there is nothing to draw: `No actors to show.`, or, when the
 * attributes filtered every tie away, which filters: `No ties match: 2030–2031, type sanction.`
 */
export function emptyText(
  locale: string,
  filter: { types: ReadonlySet<TieType> | null; from: number | null; to: number | null } | null,
): string {
  if (!filter) return 'No actors to show.';
  const { types, from, to } = filter;
  const y = (n: number) => formatYear(locale, n);
  const parts: string[] = [];
  if (from !== null && to !== null) parts.push(from === to ? y(from) : `${y(from)}–${y(to)}`);
  else if (from !== null) parts.push(`from ${y(from)}`);
  else if (to !== null) parts.push(`up to ${y(to)}`);
  if (types) {
    const list = TIE_TYPES.filter((t) => types.has(t));
    parts.push(`${list.length === 1 ? 'type' : 'types'} ${list.join(', ')}`);
  }
  return parts.length ? `No ties match: ${parts.join(', ')}.` : 'No ties match the filters.';
}
