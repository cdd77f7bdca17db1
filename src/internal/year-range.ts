/**
 * The `from` and `to` attributes every widget with a time axis has: two years, either
 * optional, read with `year()` and put in order when given the wrong way round. One
 * normaliser, so every widget says the same thing about the same mistake.
 */
import { issue, type DataIssue } from '../data/issue.js';
import { year } from './options.js';

export interface YearRange {
  from: number | null;
  to: number | null;
}

export function yearRangeOption(
  from: string | number | null | undefined,
  to: string | number | null | undefined,
  issues: DataIssue[],
): YearRange {
  let f = year(from, 'from', issues);
  let t = year(to, 'to', issues);
  if (f !== null && t !== null && f > t) {
    issues.push(issue('to', `from (${f}) is after to (${t}); swapped them.`, 'warning'));
    [f, t] = [t, f];
  }
  return { from: f, to: t };
}
