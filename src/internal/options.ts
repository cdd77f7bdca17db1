import { issue, type DataIssue } from '../data/issue.js';

/*
 * Attribute normalisers in the manner of Observable Plot's `keyword()`: small pure
 * functions that turn what an editor typed into a valid option, and say clearly,
 * naming the attribute, when they had to fall back.
 */

export function keyword<T extends string>(
  value: string | null | undefined,
  name: string,
  allowed: readonly T[],
  fallback: T,
  issues: DataIssue[],
): T {
  if (value === null || value === undefined || value === '') return fallback;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  issues.push(
    issue(name, `invalid ${name}: ${JSON.stringify(value)}; use one of ${allowed.join(', ')}. Showing "${fallback}".`, 'warning'),
  );
  return fallback;
}

/** A whole year such as `2015`, or null when absent. */
export function year(value: string | number | null | undefined, name: string, issues: DataIssue[]): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 1000 || n > 9999) {
    issues.push(issue(name, `invalid ${name}: ${JSON.stringify(value)} is not a year such as 2015; ignored.`, 'warning'));
    return null;
  }
  return n;
}

/** Splits `"BLR RUS, CHN"` into `["BLR", "RUS", "CHN"]`. */
export function list(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
