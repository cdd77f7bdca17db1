/**
 * The network in words: tie dates, ties seen from one actor, the description under the
 * title, what a screen reader hears when the keyboard moves. Pure; numbers and dates
 * through Intl in the widget's locale.
 */
import type { Actor, Tie, TieType } from '../../data/types.js';
import { formatNumber, formatDate } from '../../internal/locale.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';
import { kindLabel, tieLabel } from './encoding.js';
import { TIE_TYPES, type Graph } from './graph.js';
import type { Layout } from './relation-map.options.js';

/*
 * "57 actors", "6 ties": a count and its noun as ONE string (two template bindings with only a
 * space between them lose the space in Chromium's accessible names: "57actors"), one whole
 * message per plural form.
 */
export function actorCount(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    one: () => msg(str`${n} actor`, { id: 'rel.count.actors.one' }),
    few: () => msg(str`${n} actors`, { id: 'rel.count.actors.few' }),
    many: () => msg(str`${n} actors`, { id: 'rel.count.actors.many' }),
    other: () => msg(str`${n} actors`, { id: 'rel.count.actors.other' }),
  });
}

export function tieCount(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    one: () => msg(str`${n} tie`, { id: 'rel.count.ties.one' }),
    few: () => msg(str`${n} ties`, { id: 'rel.count.ties.few' }),
    many: () => msg(str`${n} ties`, { id: 'rel.count.ties.many' }),
    other: () => msg(str`${n} ties`, { id: 'rel.count.ties.other' }),
  });
}

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
  if (!tie.date) return msg('undated', { id: 'rel.date.undated' });
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

/**
 * `Visit to Belarus`, `Sanctioned by United States`: the tie and the actor at its other end, in
 * words; each type reads one way from its source's side, another from its target's.
 */
export function tieRelation(tie: Tie, from: Actor, other: Actor): string {
  const name = other.name;
  const into = tie.directed && tie.target === from.id;
  switch (tie.type) {
    case 'arms-supply':
      return into
        ? msg(str`Arms supply from ${name}`, { id: 'rel.relation.armsSupply.from' })
        : msg(str`Arms supply to ${name}`, { id: 'rel.relation.armsSupply.to' });
    case 'trade':
      return msg(str`Trade with ${name}`, { id: 'rel.relation.trade' });
    case 'agreement':
      return msg(str`Agreement with ${name}`, { id: 'rel.relation.agreement' });
    case 'commission':
      return into
        ? msg(str`Has as member ${name}`, { id: 'rel.relation.commission.from' })
        : msg(str`Member of ${name}`, { id: 'rel.relation.commission.to' });
    case 'visit':
      return into
        ? msg(str`Visit from ${name}`, { id: 'rel.relation.visit.from' })
        : msg(str`Visit to ${name}`, { id: 'rel.relation.visit.to' });
    case 'meeting':
      return msg(str`Meeting with ${name}`, { id: 'rel.relation.meeting' });
    case 'diplomatic':
      return msg(str`Diplomatic tie with ${name}`, { id: 'rel.relation.diplomatic' });
    case 'un-vote':
      return into
        ? msg(str`UN vote by ${name}`, { id: 'rel.relation.unVote.from' })
        : msg(str`UN vote in ${name}`, { id: 'rel.relation.unVote.to' });
    case 'sanction':
      return into
        ? msg(str`Sanctioned by ${name}`, { id: 'rel.relation.sanction.from' })
        : msg(str`Sanctions on ${name}`, { id: 'rel.relation.sanction.to' });
    case 'report':
      return into
        ? msg(str`Reported on by ${name}`, { id: 'rel.relation.report.from' })
        : msg(str`Report on ${name}`, { id: 'rel.relation.report.to' });
    case 'role':
      return into
        ? msg(str`Role held by ${name}`, { id: 'rel.relation.role.from' })
        : msg(str`Role in ${name}`, { id: 'rel.relation.role.to' });
  }
}

/** A kind's name inside a sentence ("person", "arms supply"): lower-cased, as the language writes it mid-sentence. */
export const inSentence = (label: string): string => label.toLowerCase();

/** `Min Aung Hlaing, person, 6 ties.` (the role, from the data, in brackets after the kind). */
export function actorSummary(locale: string, actor: Actor, ties: number): string {
  const name = actor.name;
  const kind = inSentence(kindLabel(actor.kind));
  const count = tieCount(locale, ties);
  const role = actor.role;
  return role
    ? msg(str`${name}, ${kind} (${role}), ${count}.`, { id: 'rel.summary.role' })
    : msg(str`${name}, ${kind}, ${count}.`, { id: 'rel.summary' });
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

/** How the layout draws the network, in a sentence (`focus`: the centre's name, or null). */
function layoutSentence(layout: Layout, focus: string | null): string {
  switch (layout) {
    case 'story':
      return focus
        ? msg(str`On the left, ${focus} and the actors of its country; on the right, those tied to them, grouped by country.`, {
            id: 'rel.layout.story',
          })
        : msg('On the left, the centre and the actors of its country; on the right, those tied to them, grouped by country.', {
            id: 'rel.layout.story.noCentre',
          });
    case 'force':
      return msg('Actors with many ties in common are drawn close together.', { id: 'rel.layout.force' });
    case 'radial':
      return focus
        ? msg(str`Rings show how many steps each actor is from ${focus}.`, { id: 'rel.layout.radial' })
        : msg('Rings show how many steps each actor is from the centre.', { id: 'rel.layout.radial.noCentre' });
    case 'geo':
      return msg(
        'States are placed on the map; people and organisations are grouped around their state; the ties of actors with no place are drawn when one of them is pointed at or chosen.',
        { id: 'rel.layout.geo' },
      );
  }
}

export function describe(
  locale: string,
  graph: Graph,
  focus: Actor | null,
  years: [number, number] | null,
  layout: Layout,
  drawn = true,
): string {
  const actors = actorCount(locale, graph.actors.length);
  const ties = tieCount(locale, graph.ties.length);
  const count = msg(str`${actors} and ${ties}`, { id: 'rel.description.count' });
  const span = years
    ? years[0] === years[1]
      ? formatYear(locale, years[0])
      : `${formatYear(locale, years[0])}–${formatYear(locale, years[1])}`
    : null;
  const name = focus?.name;
  const what =
    span && name
      ? msg(str`States, people and organisations and the ties between them: ${count}, ${span}, centred on ${name}.`, {
          id: 'rel.description.yearsCentre',
        })
      : span
        ? msg(str`States, people and organisations and the ties between them: ${count}, ${span}.`, { id: 'rel.description.years' })
        : name
          ? msg(str`States, people and organisations and the ties between them: ${count}, centred on ${name}.`, {
              id: 'rel.description.centre',
            })
          : msg(str`States, people and organisations and the ties between them: ${count}.`, { id: 'rel.description' });
  // Nothing drawn (no actors, or no tie matches the filters): no sentence about how it is drawn.
  if (!drawn) return what;
  const encoding = msg('Shape and colour show the kind of actor; line style and colour, the kind of tie.', {
    id: 'rel.description.encoding',
  });
  return `${what} ${encoding} ${layoutSentence(layout, name ?? null)}`;
}

/**
 * What the chart says when there is nothing to draw: `No actors to show.`, or, when the
 * attributes filtered every tie away, which filters: `No ties match: 2030–2031, sanction.`
 */
export function emptyText(
  locale: string,
  filter: { types: ReadonlySet<TieType> | null; from: number | null; to: number | null } | null,
): string {
  if (!filter) return msg('No actors to show.', { id: 'rel.empty.noActors' });
  const { types, from, to } = filter;
  const y = (n: number) => formatYear(locale, n);
  const parts: string[] = [];
  if (from !== null && to !== null) parts.push(from === to ? y(from) : `${y(from)}–${y(to)}`);
  else if (from !== null) {
    const year = y(from);
    parts.push(msg(str`from ${year}`, { id: 'rel.empty.from' }));
  } else if (to !== null) {
    const year = y(to);
    parts.push(msg(str`up to ${year}`, { id: 'rel.empty.upTo' }));
  }
  // The kinds by the names the legend gives them (the attribute's codes mean nothing to a reader).
  if (types) parts.push(...TIE_TYPES.filter((t) => types.has(t)).map((t) => inSentence(tieLabel(t))));
  const filters = parts.join(msg(', ', { id: 'list.separator' }));
  return parts.length
    ? msg(str`No ties match: ${filters}.`, { id: 'rel.empty.noMatch' })
    : msg('No ties match the filters.', { id: 'rel.empty.noMatch.bare' });
}
