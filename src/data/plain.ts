/**
 * What a page hands a widget is read once, as plain data, before any validator looks at it:
 * own data properties only (never a getter's code, never the prototype chain a page may have
 * polluted), copied into null-prototype objects and fresh arrays, with the keys `__proto__`,
 * `constructor` and `prototype` refused, text cleaned (lone surrogates, control characters),
 * nesting and size bounded (no recursion deeper than MAX_DEPTH, no list longer than MAX_LIST).
 * Class instances, Maps, Sets, Dates and functions are not data: each is named in a message.
 */
import { issue, type DataIssue } from './issue.js';
import { cleanText } from '../internal/strings.js';
import { LIMITS } from './limits.js';

/** Keys that reach an object's prototype when used to read or write it. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The object without a prototype: a field the data leaves out (`rollCall`, `center`, a
 * figure's `note`) reads as undefined even where a page has polluted Object.prototype.
 * Validators return their records so; JSON.stringify, spread and property access work as usual.
 */
export function bare<T extends object>(o: T): T {
  return Object.assign(Object.create(null) as T, o);
}

export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}

/** Nesting deeper than any of the data shapes needs (they go five levels down). */
const MAX_DEPTH = 16;

const fmt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** What kind of non-plain object this is, for a message ("a Map", "a Date", "an instance of Foo"). */
function describe(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== 'Object') return `a ${tag}`;
  let name = '';
  try {
    const ctor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(value) ?? {}, 'constructor')?.value;
    if (typeof ctor === 'function' && typeof ctor.name === 'string') name = ctor.name;
  } catch {
    /* a Proxy's trap threw: the generic wording below */
  }
  return name ? `an instance of ${cleanText(name).slice(0, 40)}` : 'an object with its own prototype';
}

/** An object literal or parsed JSON, from this window or another (an iframe's). */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return true;
  // Another realm's Object.prototype: itself has a null prototype and a `constructor` named Object.
  if (Object.getPrototypeOf(proto) !== null) return false;
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  return typeof ctor === 'function' && ctor.name === 'Object';
}

class Budget {
  values = 0;
  exhausted = false;
}

/** Text, numbers, booleans: copied without a path (most of the input; no string built per value). */
function leaf(value: unknown, budget: Budget): { ok: boolean; value: unknown } {
  const t = typeof value;
  if (t === 'number' || t === 'boolean' || t === 'undefined' || value === null) return { ok: ++budget.values <= LIMITS.values, value };
  if (t === 'string') return { ok: ++budget.values <= LIMITS.values, value: cleanText(value as string) };
  return { ok: false, value: undefined };
}

function copy(value: unknown, path: string, depth: number, issues: DataIssue[], budget: Budget): unknown {
  if (budget.exhausted) return undefined;
  if (++budget.values > LIMITS.values) {
    budget.exhausted = true;
    issues.push(issue('data', `holds more than ${fmt(LIMITS.values)} values: too large to read; nothing of it is drawn`));
    return undefined;
  }
  switch (typeof value) {
    case 'string':
      return cleanText(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'object':
      break;
    default:
      issues.push(issue(path || 'data', `is a ${typeof value}: expected plain data (text, numbers, lists, objects); ignored`, 'warning'));
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) {
    issues.push(issue(path || 'data', `is nested more than ${MAX_DEPTH} levels deep; ignored`));
    return undefined;
  }
  if (Array.isArray(value)) {
    const n = value.length;
    if (n > LIMITS.list) {
      issues.push(issue(path || 'data', `lists ${fmt(n)} entries; at most ${fmt(LIMITS.list)} are read: ignored`));
      return undefined;
    }
    // Pushed, not `new Array(n)`: a large preallocated array is a slow sparse one in V8.
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const d = Object.getOwnPropertyDescriptor(value, i);
      if (d && 'get' in d) {
        issues.push(issue(`${path}[${i}]`, 'is a getter: expected plain data; ignored'));
        out.push(undefined);
      } else if (!d) out.push(undefined);
      else {
        const l = leaf(d.value, budget);
        out.push(l.ok ? l.value : copy(d.value, `${path}[${i}]`, depth + 1, issues, budget));
      }
    }
    return out;
  }
  if (!isPlainObject(value)) {
    issues.push(issue(path || 'data', `is ${describe(value)}: expected plain data (an object literal or parsed JSON)`));
    return undefined;
  }
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in d && !isReservedKey(key)) {
      const l = leaf(d.value, budget);
      if (l.ok) {
        out[key] = l.value;
        continue;
      }
    }
    const p = path ? `${path}.${key}` : key;
    if (isReservedKey(key)) {
      issues.push(issue(p, `"${key}" is not allowed as a key (it reaches the prototype of objects); ignored`));
      continue;
    }
    if ('get' in d) {
      issues.push(issue(p, 'is a getter: expected plain data (a value, not code); ignored'));
      continue;
    }
    out[key] = copy(d.value, p, depth + 1, issues, budget);
  }
  return out;
}

/**
 * The input as plain data (see above), with an issue for everything left out. Never throws:
 * a Proxy whose traps throw gives a message instead.
 */
export function toPlain(input: unknown, issues: DataIssue[]): unknown {
  try {
    return copy(input, '', 0, issues, new Budget());
  } catch (e) {
    issues.push(issue('data', `could not be read (${cleanText(String((e as Error)?.message ?? e)).slice(0, 80)}): expected plain data`));
    return undefined;
  }
}

/**
 * The length of a list inside the input (`['register', 'deliveries']`), read through own data
 * properties only, or undefined: checked against the limits before any work on the whole.
 */
export function peekLength(input: unknown, path: readonly string[]): number | undefined {
  try {
    let v: unknown = input;
    for (const key of path) {
      if (typeof v !== 'object' || v === null) return undefined;
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (!d || !('value' in d)) return undefined;
      v = d.value;
    }
    return Array.isArray(v) ? v.length : undefined;
  } catch {
    return undefined;
  }
}
