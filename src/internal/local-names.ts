/**
 * Names in the reader's language: an actor's from the data's own `names` (an editor can
 * correct them), a country's from the platform (`Intl.DisplayNames`, CLDR) by its ISO or
 * UN M49 code, else the English the data gives. English pages take the data's names as
 * they are, without waking Intl (./english.ts says why that matters for the first frame).
 */
import type { LocalNames } from '../data/types.js';
import { languageOf, namesAsGiven, type Style } from './language.js';

export { languageOf, namesAsGiven, type Style } from './language.js';

/** The data's name for `locale`: its exact tag first (`pt-BR`), then its language (`pt`). */
export function dataName(locale: string, names: LocalNames | undefined): string | undefined {
  if (!names || namesAsGiven(locale)) return undefined;
  const own = (key: string): string | undefined => (Object.prototype.hasOwnProperty.call(names, key) ? names[key] : undefined);
  return own(locale) ?? own(languageOf(locale));
}

let intl: typeof import('./region-names.js') | undefined;
let intlJob: Promise<void> | undefined;

/**
 * Null when the country names of `locale` can be given now; else a promise, its load started,
 * after which to ask again: first their code (region-names.ts, which brings the layouts'
 * metrics of other scripts, text-scripts.ts), then the table of one of the story's languages.
 * The element waits for them before it draws. An English page loads nothing.
 * Never rejects: without them, the data's names.
 */
export function regionNamesPending(locale: string): Promise<void> | null {
  if (namesAsGiven(locale)) return null;
  return intl
    ? intl.tablePending(locale)
    : (intlJob ??= import('./region-names.js').then(
        (m) => void (intl = m),
        () => void (intl = { tablePending: () => null, regionName: () => undefined }),
      ));
}

/** True once `regionName` answers in `locale` (or needs nothing): memo keys include it. */
export function regionNamesReady(locale: string): boolean {
  return regionNamesPending(locale) === null;
}

/**
 * A country's name in `locale` from its ISO alpha-2 or UN M49 code (`MM`, `104`), or
 * undefined on an English page, for a code the platform does not know, where it has no names
 * in that language, or until `regionNamesPending(locale)` has loaded them. `short` is the
 * short form ("США"), without a trailing "(…)" ("Мьянма (Бирма)" -> "Мьянма"), for labels
 * with little room.
 */
export function regionName(locale: string, code: string | null | undefined, style?: Style): string | undefined {
  return intl?.regionName(locale, code, style);
}

export interface Nameable {
  /** The English name: what the data calls it, and the fallback. */
  name: string;
  names?: LocalNames | undefined;
  /** ISO alpha-2 or M49 code, for the platform's name of a country. */
  region?: string | null | undefined;
}

/** The name a reader of `locale` reads: the data's own translation, else the platform's country name, else the English. */
export function localName(locale: string, thing: Nameable): string {
  if (namesAsGiven(locale)) return thing.name;
  return dataName(locale, thing.names) ?? regionName(locale, thing.region) ?? thing.name;
}

/**
 * `lang` for text the data has only in English (a tie's label, a note, a role) shown on a
 * page in another language, so a screen reader switches voice: `en` there, undefined (no
 * attribute) on an English page.
 */
export function englishLang(locale: string): 'en' | undefined {
  return namesAsGiven(locale) ? undefined : 'en';
}
