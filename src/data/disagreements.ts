/**
 * Runtime validation of disagreements: where sources differ, every claim with its sources,
 * the value the widgets show, and why.
 */
import { issue, type DataIssue, type Validated } from './issue.js';
import type { Claim, Disagreement } from './types.js';
import { at, expectObject, hasErrorSince, isObject, readArray, readSources, readString, show } from './check.js';

function readClaim(raw: unknown, p: string, issues: DataIssue[]): Claim | undefined {
  const c = expectObject(raw, p, issues, 'a claim like { "value": "2014", "sources": [...] }');
  if (!c) return undefined;
  const mark = issues.length;
  const value = readString(c, 'value', p, issues);
  const note = readString(c, 'note', p, issues, false);
  const sources = readSources(c, p, issues);
  let asStated: Claim['asStated'];
  const list = readArray(c, 'asStated', p, issues, false);
  if (list) {
    asStated = [];
    list.forEach((q, j) => {
      if (isObject(q) && typeof q['source'] === 'string' && typeof q['text'] === 'string') {
        asStated!.push({ source: q['source'], text: q['text'] });
      } else {
        issues.push(issue(`${at(p, 'asStated')}[${j}]`, `is ${show(q)}: expected { "source": ..., "text": ... }; dropped`, 'warning'));
      }
    });
  }
  if (hasErrorSince(issues, mark)) return undefined;
  const claim: Claim = { value: value!, sources };
  if (note !== undefined) claim.note = note;
  if (asStated) claim.asStated = asStated;
  return claim;
}

/** Validates a list of disagreements. Never throws; null only when the input is not a list. */
export function validateDisagreements(input: unknown): Validated<Disagreement[]> {
  const issues: DataIssue[] = [];
  if (!Array.isArray(input)) {
    issues.push(issue('data', 'is not a list: expected a list of disagreements'));
    return { value: null, issues };
  }
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    const p = `[${i}]`;
    const d = expectObject(raw, p, issues, 'a disagreement');
    if (!d) return;
    const mark = issues.length;
    const id = readString(d, 'id', p, issues);
    const topic = readString(d, 'topic', p, issues);
    const shown = readString(d, 'shown', p, issues);
    const why = readString(d, 'why', p, issues);
    const claimsRaw = readArray(d, 'claims', p, issues) ?? [];
    const claims: Claim[] = [];
    claimsRaw.forEach((c, j) => {
      const claim = readClaim(c, `${p}.claims[${j}]`, issues);
      if (claim) claims.push(claim);
    });
    if (claimsRaw.length > 0 && claims.length < 2) {
      issues.push(
        issue(`${p}.claims`, `has ${claims.length} usable claim${claims.length === 1 ? '' : 's'}: a disagreement needs at least two`),
      );
    }
    if (id !== undefined && seen.has(id)) issues.push(issue(`${p}.id`, `"${id}" is used by an earlier disagreement; this one is dropped`));
    if (hasErrorSince(issues, mark)) return;
    seen.add(id!);
    out.push({ id: id!, topic: topic!, claims, shown: shown!, why: why! });
  });
  return { value: out, issues };
}
