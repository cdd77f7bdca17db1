/**
 * Small pure readers shared by the validators. Each reads one field, pushes an issue naming
 * its path when the value is unusable, and returns the value or `undefined`. None throws.
 */
import { issue, type DataIssue } from './issue.js';
import { isReservedKey } from './plain.js';
import { LIMITS } from './limits.js';
import { wellFormed } from '../internal/strings.js';
import type { LocalNames } from './types.js';

export type Obj = Record<string, unknown>;

/** Longest string kept from user data; longer text is cut (a label is never a novel). */
export const MAX_TEXT = 2000;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a` + `b` -> `a.b`; `` + `b` -> `b`. */
export function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A short, safe rendering of a bad value for a message (never the whole input). */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(s);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function kind(value: unknown): string {
  if (value === undefined) return 'is missing';
  return `is ${show(value)}`;
}

/** A required (or optional) string field; trimmed length > 0 when required. */
export function readString(obj: Obj, key: string, path: string, issues: DataIssue[], required = true): string | undefined {
  const v = obj[key];
  const p = at(path, key);
  if (v === undefined || v === null) {
    if (required) issues.push(issue(p, 'is missing: expected text'));
    return undefined;
  }
  if (typeof v !== 'string') {
    issues.push(issue(p, `${kind(v)}: expected text`, required ? 'error' : 'warning'));
    return undefined;
  }
  if (required && v.trim() === '') {
    issues.push(issue(p, 'is empty: expected text'));
    return undefined;
  }
  if (v.length > MAX_TEXT) {
    issues.push(issue(p, `is ${v.length} characters long; only the first ${MAX_TEXT} are kept`, 'warning'));
    return wellFormed(v.slice(0, MAX_TEXT));
  }
  return v;
}

/**
 * An id or a name used as a key (`options[0].id`, an actor's id, a supplier): text, and not
 * one of the keys that reach an object's prototype (`__proto__`, `constructor`, `prototype`).
 */
export function readId(obj: Obj, key: string, path: string, issues: DataIssue[], required = true): string | undefined {
  const v = readString(obj, key, path, issues, required);
  if (v !== undefined && isReservedKey(v.trim())) {
    issues.push(issue(at(path, key), `is "${v}", a word JavaScript reserves for objects' prototypes: use another id`));
    return undefined;
  }
  return v;
}

/** A finite, non-negative number (optionally an integer). Strings, NaN, Infinity, negatives are refused. */
export function checkNumber(v: unknown, p: string, issues: DataIssue[], integer = false): number | undefined {
  if (typeof v !== 'number') {
    const hint = typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? ' (a number in quotes: remove the quotes)' : '';
    issues.push(issue(p, `${kind(v)}: expected a number${hint}`));
    return undefined;
  }
  if (!Number.isFinite(v)) {
    issues.push(issue(p, `is ${show(v)}: expected a finite number`));
    return undefined;
  }
  if (v < 0) {
    issues.push(issue(p, `is ${v}: expected a number of zero or more`));
    return undefined;
  }
  if (integer && !Number.isInteger(v)) {
    issues.push(issue(p, `is ${v}: expected a whole number`));
    return undefined;
  }
  if (integer && !Number.isSafeInteger(v)) {
    issues.push(issue(p, `is ${v}: too large to count exactly (at most ${Number.MAX_SAFE_INTEGER})`));
    return undefined;
  }
  return v;
}

export function readNumber(obj: Obj, key: string, path: string, issues: DataIssue[], integer = false): number | undefined {
  return checkNumber(obj[key], at(path, key), issues, integer);
}

/** `null` allowed (unknown); otherwise as readNumber. Returns `undefined` on error. */
export function readNullableNumber(obj: Obj, key: string, path: string, issues: DataIssue[], integer = false): number | null | undefined {
  const v = obj[key];
  if (v === null) return null;
  return checkNumber(v, at(path, key), issues, integer);
}

export function readBoolean(obj: Obj, key: string, path: string, issues: DataIssue[], fallback: boolean): boolean {
  const v = obj[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') {
    issues.push(issue(at(path, key), `${kind(v)}: expected true or false`));
    return fallback;
  }
  return v;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real ISO 8601 calendar date, possibly partial: `2014`, `2014-11`, `2014-11-25` (not `2021-02-30`). */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const year = Number(m[1]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

export function readDate(obj: Obj, key: string, path: string, issues: DataIssue[], required = true): string | undefined {
  const v = obj[key];
  const p = at(path, key);
  if (v === undefined || v === null) {
    if (required) issues.push(issue(p, 'is missing: expected a date like 2021-06-18 (or 2021-06, or 2021)'));
    return undefined;
  }
  if (!isPartialDate(v)) {
    issues.push(
      issue(
        p,
        `${kind(v)}: expected a real date written YYYY-MM-DD, YYYY-MM or YYYY${typeof v === 'string' && DATE.test(v) ? ' (no such day or month)' : ''}`,
      ),
    );
    return undefined;
  }
  return v;
}

const ISO3 = /^[A-Z]{3}$/;
const M49 = /^\d{3}$/;

export function isIso3(value: unknown): value is string {
  return typeof value === 'string' && ISO3.test(value);
}

export function isM49(value: unknown): value is string {
  return typeof value === 'string' && M49.test(value);
}

/** An ISO 3166-1 alpha-3 code (format only; the bundled data is also checked against the real list). */
export function readIso3(obj: Obj, key: string, path: string, issues: DataIssue[], required = true): string | undefined {
  const v = obj[key];
  const p = at(path, key);
  if (v === undefined || v === null) {
    if (required) issues.push(issue(p, 'is missing: expected a three-letter ISO 3166 code like MMR'));
    return undefined;
  }
  if (!isIso3(v)) {
    const hint = typeof v === 'string' && /^[a-z]{3}$/i.test(v) ? ` (write it in capitals: ${v.toUpperCase()})` : '';
    issues.push(issue(p, `${kind(v)}: expected a three-letter ISO 3166 code like MMR${hint}`));
    return undefined;
  }
  return v;
}

/** A list of source ids (strings). Missing -> [] (an editor's own data may cite nothing). */
export function readSources(obj: Obj, path: string, issues: DataIssue[]): string[] {
  const v = obj['sources'];
  const p = at(path, 'sources');
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    issues.push(issue(p, `${kind(v)}: expected a list of source ids`, 'warning'));
    return [];
  }
  if (v.length > LIMITS.sources) {
    issues.push(issue(p, `cites ${v.length} sources; only the first ${LIMITS.sources} are kept`, 'warning'));
  }
  const out: string[] = [];
  const n = Math.min(v.length, LIMITS.sources);
  for (let i = 0; i < n; i++) {
    const s = v[i];
    if (typeof s === 'string' && s.trim() !== '') out.push(s);
    else issues.push(issue(`${p}[${i}]`, `${kind(s)}: expected a source id`, 'warning'));
  }
  return out;
}

/** A list of strings (e.g. `asStated`); bad entries are dropped with a warning. */
export function readStringList(obj: Obj, key: string, path: string, issues: DataIssue[]): string[] | undefined {
  const v = obj[key];
  const p = at(path, key);
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    issues.push(issue(p, `${kind(v)}: expected a list of text`, 'warning'));
    return undefined;
  }
  const out: string[] = [];
  v.forEach((s, i) => {
    if (typeof s === 'string') out.push(s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s);
    else issues.push(issue(`${p}[${i}]`, `${kind(s)}: expected text`, 'warning'));
  });
  return out;
}

/** Reads a list field; a missing or non-list value yields an issue and `undefined`. */
export function readArray(obj: Obj, key: string, path: string, issues: DataIssue[], required = true): unknown[] | undefined {
  const v = obj[key];
  const p = at(path, key);
  if (v === undefined || v === null) {
    if (required) issues.push(issue(p, 'is missing: expected a list'));
    return undefined;
  }
  if (!Array.isArray(v)) {
    issues.push(issue(p, `${kind(v)}: expected a list`));
    return undefined;
  }
  return v;
}

/** Error when the input is not an object; returns it typed otherwise. */
export function expectObject(value: unknown, path: string, issues: DataIssue[], what = 'an object'): Obj | undefined {
  if (isObject(value)) return value;
  issues.push(issue(path || 'data', `${kind(value)}: expected ${what}`));
  return undefined;
}

/** Errors found since `mark` (the length of `issues` before reading a record). */
export function hasErrorSince(issues: DataIssue[], mark: number): boolean {
  for (let i = mark; i < issues.length; i++) if (issues[i]!.severity === 'error') return true;
  return false;
}

// Kept here too for existing imports; its home is freeze.ts (no validator code with it).
export { deepFreeze } from './freeze.js';

/** A language tag as `names` keys it: `my`, `ru`, `be`, `zh-Hant`, `pt-BR`. */
const LANG_KEY = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The optional `names` ({ "my": "…", "ru": "…" }): each entry a language tag and a non-empty
 * text; a bad entry is reported and left out (the English `name` shows instead).
 */
export function readNames(obj: Record<string, unknown>, p: string, issues: DataIssue[], field = 'names'): LocalNames | undefined {
  const v = obj[field];
  if (v === undefined || v === null) return undefined;
  const path = at(p, field);
  if (typeof v !== 'object' || Array.isArray(v)) {
    issues.push(issue(path, `is ${show(v)}: expected names by language, like { "my": "…", "ru": "…" }; ignored`, 'warning'));
    return undefined;
  }
  // No prototype: a key such as `__proto__` stays an ordinary entry.
  const names: LocalNames = Object.create(null) as LocalNames;
  let count = 0;
  for (const key of Object.keys(v as Record<string, unknown>)) {
    if (!LANG_KEY.test(key)) {
      issues.push(issue(at(path, key), `is not a language tag like "my", "ru" or "pt-BR"; ignored`, 'warning'));
      continue;
    }
    const name = readString(v as Record<string, unknown>, key, path, issues, false);
    if (name === undefined) continue;
    if (!name.trim()) {
      issues.push(issue(at(path, key), 'is empty: expected the name in that language; ignored', 'warning'));
      continue;
    }
    names[key] = name.trim();
    count++;
  }
  return count > 0 ? names : undefined;
}
