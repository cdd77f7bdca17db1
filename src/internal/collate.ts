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
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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

/** The reader's alphabetical order: compareEnglish in the English locales it matches, else Intl's. */
export function nameOrder(locale: string): (a: string, b: string) => number {
  return isPlainEnglish(locale) ? (a, b) => compareEnglish(a, b) : new Intl.Collator(locale).compare;
}
