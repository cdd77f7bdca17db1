/**
 * Runtime validation of a network of actors (states, people, organisations) and their
 * typed, dated, sourced ties. Bad records are dropped with an issue naming their path.
 */
import { issue, type DataIssue, type Validated } from './issue.js';
import { bare, peekLength, toPlain } from './plain.js';
import { LIMITS, overLimit } from './limits.js';
import type { Actor, ActorKind, Network, Tie, TieType } from './types.js';
import {
  at,
  expectObject,
  hasErrorSince,
  isIso3,
  readArray,
  readId,
  readBoolean,
  readDate,
  readNames,
  readSources,
  readString,
  readStringList,
  show,
} from './check.js';

export const ACTOR_KINDS: readonly ActorKind[] = ['state', 'person', 'organisation'];
export const TIE_TYPES: readonly TieType[] = [
  'arms-supply',
  'visit',
  'meeting',
  'agreement',
  'sanction',
  'un-vote',
  'diplomatic',
  'commission',
  'trade',
  'report',
  'role',
];

/** The optional `story` rank: a whole number from 1; anything else is reported and ignored. */
function readStory(obj: Record<string, unknown>, p: string, issues: DataIssue[]): number | undefined {
  const v = obj['story'];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  issues.push(issue(at(p, 'story'), `is ${show(v)}: expected a whole number from 1 (1 = most important); ignored`, 'warning'));
  return undefined;
}

function readActor(raw: unknown, p: string, issues: DataIssue[]): Actor | undefined {
  const a = expectObject(raw, p, issues, 'an actor like { "id": "blr", "kind": "state", "name": "Belarus" }');
  if (!a) return undefined;
  const mark = issues.length;
  const id = readId(a, 'id', p, issues);
  const kind = a['kind'];
  if (!ACTOR_KINDS.includes(kind as ActorKind)) {
    issues.push(issue(at(p, 'kind'), `is ${show(kind)}: expected one of ${ACTOR_KINDS.join(', ')}`));
  }
  const name = readString(a, 'name', p, issues);
  let country: string | undefined;
  if (a['country'] !== undefined && a['country'] !== null) {
    if (isIso3(a['country'])) country = a['country'];
    else
      issues.push(issue(at(p, 'country'), `is ${show(a['country'])}: expected a three-letter ISO 3166 code like MMR; ignored`, 'warning'));
  }
  const role = readString(a, 'role', p, issues, false);
  const period = readString(a, 'period', p, issues, false);
  const asStated = readStringList(a, 'asStated', p, issues);
  const names = readNames(a, p, issues);
  const namesSource = readString(a, 'namesSource', p, issues, false);
  const sources = readSources(a, p, issues);
  if (hasErrorSince(issues, mark)) return undefined;
  const actor: Actor = bare({ id: id!, kind: kind as ActorKind, name: name!, sources });
  if (country !== undefined) actor.country = country;
  if (role !== undefined) actor.role = role;
  if (period !== undefined) actor.period = period;
  if (asStated) actor.asStated = asStated;
  if (names) actor.names = names;
  if (namesSource !== undefined) actor.namesSource = namesSource;
  const story = readStory(a, p, issues);
  if (story !== undefined) actor.story = story;
  return actor;
}

function readTie(raw: unknown, p: string, issues: DataIssue[], actorIds: Set<string>): Tie | undefined {
  const t = expectObject(raw, p, issues, 'a tie like { "type": "visit", "source": "a", "target": "b" }');
  if (!t) return undefined;
  const mark = issues.length;
  const id = readId(t, 'id', p, issues);
  const type = t['type'];
  if (!TIE_TYPES.includes(type as TieType)) {
    issues.push(issue(at(p, 'type'), `is ${show(type)}: expected one of ${TIE_TYPES.join(', ')}`));
  }
  const source = readString(t, 'source', p, issues);
  const target = readString(t, 'target', p, issues);
  if (source !== undefined && !actorIds.has(source)) {
    issues.push(issue(at(p, 'source'), `is "${source}", which is not the id of any actor`));
  }
  if (target !== undefined && !actorIds.has(target)) {
    issues.push(issue(at(p, 'target'), `is "${target}", which is not the id of any actor`));
  }
  if (source !== undefined && source === target) {
    issues.push(issue(at(p, 'target'), `is the same actor as the source ("${source}"): a tie joins two actors`));
  }
  const directed = readBoolean(t, 'directed', p, issues, true);
  const date = readDate(t, 'date', p, issues, false);
  const endDate = readDate(t, 'endDate', p, issues, false);
  if (date !== undefined && endDate !== undefined && endDate < date.slice(0, endDate.length)) {
    issues.push(issue(at(p, 'endDate'), `is ${endDate}, before the start ${date}`));
  }
  const label = readString(t, 'label', p, issues);
  const dateAsStated = readString(t, 'dateAsStated', p, issues, false);
  const dateFrom = readString(t, 'dateFrom', p, issues, false);
  const note = readString(t, 'note', p, issues, false);
  const callout = readString(t, 'callout', p, issues, false);
  const callouts = readNames(t, p, issues, 'callouts');
  const calloutsSource = readString(t, 'calloutsSource', p, issues, false);
  const sources = readSources(t, p, issues);
  if (hasErrorSince(issues, mark)) return undefined;
  const tie: Tie = bare({ id: id!, type: type as TieType, source: source!, target: target!, directed, label: label!, sources });
  if (date !== undefined) tie.date = date;
  if (endDate !== undefined) tie.endDate = endDate;
  if (dateAsStated !== undefined) tie.dateAsStated = dateAsStated;
  if (dateFrom !== undefined) tie.dateFrom = dateFrom;
  if (note !== undefined) tie.note = note;
  if (callout !== undefined) tie.callout = callout;
  if (callouts) tie.callouts = callouts;
  if (calloutsSource !== undefined) tie.calloutsSource = calloutsSource;
  const story = readStory(t, p, issues);
  if (story !== undefined) tie.story = story;
  return tie;
}

/**
 * Validates a network. Never throws. Duplicate actor ids keep the first; ties to missing
 * actors, self-loops, unknown tie types and bad dates are dropped with an issue naming the
 * path (`ties[4].target`). The value is null only when no actor is usable.
 */
export function validateNetwork(raw: unknown): Validated<Network> {
  const issues: DataIssue[] = [];
  // Size first, before any work on the whole; then plain data only (see plain.ts).
  for (const [key, limit, what] of [
    ['actors', LIMITS.actors, 'actors'],
    ['ties', LIMITS.ties, 'ties'],
  ] as const) {
    const n = peekLength(raw, [key]);
    if (n !== undefined && n > limit) issues.push(issue(key, overLimit(n, limit, what)));
  }
  if (issues.length > 0) return { value: null, issues };
  const input = toPlain(raw, issues);
  const obj = expectObject(input, 'data', issues, 'a network (an object with actors and ties)');
  if (!obj) return { value: null, issues };

  const actorsRaw = readArray(obj, 'actors', '', issues) ?? [];
  const actors: Actor[] = [];
  const ids = new Set<string>();
  actorsRaw.forEach((raw, i) => {
    const p = `actors[${i}]`;
    const a = readActor(raw, p, issues);
    if (!a) return;
    if (ids.has(a.id)) {
      issues.push(issue(`${p}.id`, `"${a.id}" is used by an earlier actor; this one is dropped`));
      return;
    }
    ids.add(a.id);
    actors.push(a);
  });

  const tiesRaw = readArray(obj, 'ties', '', issues, false) ?? [];
  const ties: Tie[] = [];
  const tieIds = new Set<string>();
  tiesRaw.forEach((raw, i) => {
    const p = `ties[${i}]`;
    const t = readTie(raw, p, issues, ids);
    if (!t) return;
    if (tieIds.has(t.id)) {
      issues.push(issue(`${p}.id`, `"${t.id}" is used by an earlier tie; this one is dropped`));
      return;
    }
    tieIds.add(t.id);
    ties.push(t);
  });

  if (actors.length === 0) {
    if (actorsRaw.length > 0) issues.push(issue('actors', 'has no usable actor'));
    return { value: null, issues };
  }
  const value: Network = bare({ actors, ties });
  if (obj['center'] !== undefined) {
    const center = readString(obj, 'center', '', issues, false);
    if (center !== undefined && !ids.has(center)) {
      issues.push(issue('center', `is "${center}", which is not the id of any actor; ignored`, 'warning'));
    } else if (center !== undefined) {
      value.center = center;
    }
  }
  return { value, issues };
}
