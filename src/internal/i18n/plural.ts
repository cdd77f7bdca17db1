/**
 * Plurals: one whole message per plural category, chosen by `Intl.PluralRules` (Russian and
 * Belarusian have four forms, Burmese one), never a word glued on.
 */
import { isPlainEnglish } from '../english.js';

export type PluralForms = {
  [K in Exclude<Intl.LDMLPluralRule, 'other'>]?: () => string;
} & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `locale`; English without Intl (src/internal/english.ts says why). */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  if (isPlainEnglish(locale) || locale === 'en') return n === 1 ? 'one' : 'other';
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
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
