import { isPlainEnglish } from './english.js';

/**
 * `Intl.Collator('en').compare`, settled without Intl for a pair of names whose first
 * difference, once case and accents are set aside, is between plain letters or a space:
 * nearly every pair of country names. The collator, whose start-up costs a fresh page
 * 15–25 ms, is built only for a pair this cannot settle (a tie, a digit, punctuation, another
 * script). test/internal/collate.test.ts checks it against the collator in each engine.
 */
let collator: Intl.Collator | undefined;

const PLAIN = /^[a-z ]?$/;

/** The name as the collator's first level sees it, near enough: no accents, no case. */
export function primaryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function compareEnglish(a: string, b: string, ka = primaryKey(a), kb = primaryKey(b)): number {
  let i = 0;
  while (i < ka.length && i < kb.length && ka[i] === kb[i]) i++;
  // At the first difference ('' is the end of the shorter), letters and spaces order as the
  // collator orders them: space first, then a to z, a name before its own continuation.
  const ca = ka[i] ?? '';
  const cb = kb[i] ?? '';
  if (ca !== cb && PLAIN.test(ca) && PLAIN.test(cb)) return ca < cb ? -1 : 1;
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}

/**
 * `items` in the reader's alphabetical order of `nameOf`: compareEnglish in the English
 * locales it matches (each name's key worked out once, not at every comparison), else Intl's.
 */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, locale: string): T[] {
  if (!isPlainEnglish(locale)) {
    const collator = new Intl.Collator(locale);
    return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  }
  const keyed = items.map((item) => ({ item, name: nameOf(item), key: primaryKey(nameOf(item)) }));
  keyed.sort((a, b) => compareEnglish(a.name, b.name, a.key, b.key));
  return keyed.map((k) => k.item);
}
