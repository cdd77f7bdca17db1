/** Runtime validation of a list of sources (used by check-data; users' data cites by id or in words). */
import { issue, type DataIssue, type Validated } from './issue.js';
import type { Source } from './types.js';
import { at, expectObject, hasErrorSince, readDate, readString, show } from './check.js';

const KINDS = ['article', 'dataset', 'record', 'reference'] as const;

export function validateSources(input: unknown): Validated<Source[]> {
  const issues: DataIssue[] = [];
  if (!Array.isArray(input)) {
    issues.push(issue('data', 'is not a list: expected a list of sources'));
    return { value: null, issues };
  }
  const out: Source[] = [];
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    const p = `[${i}]`;
    const s = expectObject(raw, p, issues, 'a source');
    if (!s) return;
    const mark = issues.length;
    const id = readString(s, 'id', p, issues);
    const kind = s['kind'];
    if (!KINDS.includes(kind as Source['kind'])) issues.push(issue(at(p, 'kind'), `is ${show(kind)}: expected ${KINDS.join(', ')}`));
    const publisher = readString(s, 'publisher', p, issues);
    const title = readString(s, 'title', p, issues);
    const date = s['date'] === null ? null : readDate(s, 'date', p, issues);
    if (s['date'] === null && s['dateNote'] === undefined)
      issues.push(issue(at(p, 'dateNote'), 'is missing: an undated source must say why'));
    if (s['notBefore'] !== undefined) readDate(s, 'notBefore', p, issues);
    for (const key of ['dateAsStated', 'dateNote', 'url', 'credit', 'terms', 'file', 'note', 'label', 'confirmed'])
      readString(s, key, p, issues, false);
    if (s['publisherStated'] !== undefined && typeof s['publisherStated'] !== 'boolean') {
      issues.push(issue(at(p, 'publisherStated'), `is ${show(s['publisherStated'])}: expected true or false`));
    }
    if (typeof s['url'] === 'string' && !/^https:\/\//.test(s['url'])) issues.push(issue(at(p, 'url'), 'expected an https:// address'));
    if (id !== undefined && seen.has(id)) issues.push(issue(`${p}.id`, `"${id}" is used by an earlier source`));
    if (hasErrorSince(issues, mark)) return;
    seen.add(id!);
    out.push({ ...(s as unknown as Source), id: id!, publisher: publisher!, title: title!, date: date ?? null });
  });
  return { value: out, issues };
}
