/**
 * One way to find names in what an editor typed (`highlight="BLR Russian Federation China"`,
 * `supplier="Russia, China"`): an index built once per list of names, looked up in constant
 * time (exact) or O(log n) (a unique prefix), and a scan of the typed words that tries at
 * most as many words at a time as the longest name has. The whole is linear in the words
 * typed, whatever they are: junk words cost one failed lookup each, never a rescan of all names.
 */

/** Case-, accent- and apostrophe-insensitive form of a name, spaces collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const wordCount = (key: string): number => (key === '' ? 0 : key.split(' ').length);

export interface NameIndexOptions {
  /** Shortest query that may match by a unique prefix ("Russia" for "Russian Federation"); 0: exact only. */
  prefix?: number;
}

export class NameIndex<T> {
  /** Folded key -> the first value that claimed it (a Map: no key reaches a prototype). */
  private readonly _exact = new Map<string, T>();
  /** Every key, sorted, for prefix ranges by binary search. */
  private readonly _sorted: string[];
  private readonly _prefix: number;
  /** Words in the longest key: no run of typed words longer than this can name anything. */
  readonly maxWords: number;

  constructor(entries: Iterable<readonly [keys: readonly string[], value: T]>, options: NameIndexOptions = {}) {
    let maxWords = 1;
    for (const [keys, value] of entries) {
      for (const raw of keys) {
        const key = foldName(raw);
        if (!key || this._exact.has(key)) continue;
        this._exact.set(key, value);
        maxWords = Math.max(maxWords, wordCount(key));
      }
    }
    this.maxWords = maxWords;
    this._prefix = options.prefix ?? 0;
    this._sorted = this._prefix > 0 ? [...this._exact.keys()].sort() : [];
  }

  /** The value a name (or code) stands for: exact first, then a prefix only one value's keys start with. */
  get(query: string): T | undefined {
    const q = foldName(query);
    if (!q) return undefined;
    const exact = this._exact.get(q);
    if (exact !== undefined || this._prefix === 0 || q.length < this._prefix) return exact;
    const keys = this._sorted;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    let found: T | undefined;
    for (let i = lo; i < keys.length && keys[i]!.startsWith(q); i++) {
      const v = this._exact.get(keys[i]!)!;
      if (found === undefined) found = v;
      else if (v !== found) return undefined;
    }
    return found;
  }
}

/** A run of typed words: the value it names, or null for a word that names nothing. */
export interface Run<T> {
  words: string[];
  value: T | null;
}

/**
 * Splits typed words into the longest runs that name something, left to right; a word that
 * starts no such run is a run of its own with `value: null`. At most `maxWords` lookups per
 * word: linear in the number of words.
 */
export function scanNames<T>(words: readonly string[], lookup: (name: string) => T | undefined, maxWords: number): Run<T>[] {
  const out: Run<T>[] = [];
  let i = 0;
  while (i < words.length) {
    let hit: T | undefined;
    let end = i + 1;
    for (let j = Math.min(words.length, i + Math.max(1, maxWords)); j > i; j--) {
      hit = lookup(words.slice(i, j).join(' '));
      if (hit !== undefined) {
        end = j;
        break;
      }
    }
    out.push({ words: words.slice(i, end), value: hit ?? null });
    i = end;
  }
  return out;
}

/** A list of bad words for a message: the first few, then how many more (a message is never a novel). */
export function listSome(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max).map((u) => JSON.stringify(u.length > 40 ? `${u.slice(0, 40)}…` : u));
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}
