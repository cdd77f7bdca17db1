/**
 * Runtime validation of a timeline: dated, sourced events. Bad events are dropped with an
 * issue naming their path (`[3].date`); the rest are kept in the order given.
 */
import { issue, type DataIssue, type Validated } from './issue.js';
import type { TimelineEvent } from './types.js';
import { expectObject, hasErrorSince, readDate, readSources, readString, readStringList } from './check.js';

/** Validates a list of timeline events. Never throws; null only when the input is not a list. */
export function validateEvents(input: unknown): Validated<TimelineEvent[]> {
  const issues: DataIssue[] = [];
  if (!Array.isArray(input)) {
    issues.push(issue('data', 'is not a list: expected a list of events like [{ "id": ..., "date": "2021-02-01", "title": ... }]'));
    return { value: null, issues };
  }
  const out: TimelineEvent[] = [];
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    const p = `[${i}]`;
    const e = expectObject(raw, p, issues, 'an event');
    if (!e) return;
    const mark = issues.length;
    const id = readString(e, 'id', p, issues);
    const date = readDate(e, 'date', p, issues);
    const title = readString(e, 'title', p, issues);
    const actors = readStringList(e, 'actors', p, issues);
    const dateAsStated = readString(e, 'dateAsStated', p, issues, false);
    const dateFrom = readString(e, 'dateFrom', p, issues, false);
    const note = readString(e, 'note', p, issues, false);
    const sources = readSources(e, p, issues);
    if (id !== undefined && seen.has(id)) issues.push(issue(`${p}.id`, `"${id}" is used by an earlier event; this one is dropped`));
    if (hasErrorSince(issues, mark)) return;
    seen.add(id!);
    const ev: TimelineEvent = { id: id!, date: date!, title: title!, sources };
    if (actors) ev.actors = actors;
    if (dateAsStated !== undefined) ev.dateAsStated = dateAsStated;
    if (dateFrom !== undefined) ev.dateFrom = dateFrom;
    if (note !== undefined) ev.note = note;
    out.push(ev);
  });
  return { value: out, issues };
}
