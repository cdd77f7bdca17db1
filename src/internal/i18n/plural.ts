/**
 * Plurals: one whole message per plural category, chosen by `Intl.PluralRules` (Russian and
 * Belarusian have four forms, Burmese one), never a word glued on.
 */
import { namesAsGiven } from '../local-names.js';

export type PluralForms = {
  [K in Exclude<Intl.LDMLPluralRule, 'other'>]?: () => string;
} & { other: () => string };

/** The plural category of `n` in `locale`; any English without Intl (src/internal/english.ts says why). */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  // Not cached: a few per drawing, and only on a page not in English.
  return namesAsGiven(locale) ? (n === 1 ? 'one' : 'other') : new Intl.PluralRules(locale).select(n);
}

/**
 * The message for `n`: `plural(locale, n, { one: () => msg(...), other: () => msg(...) })`.
 * Each form is a function so only the chosen one is looked up. A language's category the source
 * does not write (Russian `few`) reads its own message id when the catalogue has one, so list
 * every category the shipped languages use: `one`, `few`, `many`, `other`.
 */
export function plural(locale: string, n: number, forms: PluralForms): string {
  return (forms[pluralCategory(locale, n)] ?? forms.other)();
}
