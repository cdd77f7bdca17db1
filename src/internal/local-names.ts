/**
 * Names in the reader's language: an actor's from the data's own `names` (an editor can
 * correct them), a country's from the platform (`Intl.DisplayNames`, CLDR) by its ISO or
 * UN M49 code, else the English the data gives. English pages take the data's names as
 * they are, without waking Intl (./english.ts says why that matters for the first frame).
 */
import type { LocalNames } from '../data/types.js';

/** The language subtag of a locale (`my-MM` -> `my`), lower case, without Intl. */
export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** Pages whose names are the data's own (English) ones: no lookup, no Intl. */
export function namesAsGiven(locale: string): boolean {
  return languageOf(locale) === 'en' || locale === '';
}

/** The data's name for `locale`: its exact tag first (`pt-BR`), then its language (`pt`). */
export function dataName(locale: string, names: LocalNames | undefined): string | undefined {
  if (!names || namesAsGiven(locale)) return undefined;
  const own = (key: string): string | undefined => (Object.prototype.hasOwnProperty.call(names, key) ? names[key] : undefined);
  return own(locale) ?? own(languageOf(locale));
}

type Style = 'long' | 'short';
const displayNames = new Map<string, Intl.DisplayNames | null>();

function regionNames(locale: string, style: Style): Intl.DisplayNames | null {
  const key = `${locale}|${style}`;
  let d = displayNames.get(key);
  if (d === undefined) {
    d = null;
    try {
      // A browser without that language's data would answer in its own default language:
      // better the data's English than an English that differs from it ("Myanmar (Burma)").
      if (typeof Intl.DisplayNames === 'function' && Intl.DisplayNames.supportedLocalesOf([locale]).length > 0) {
        d = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      }
    } catch {
      d = null;
    }
    displayNames.set(key, d);
  }
  return d;
}

/** ISO 3166 alpha-2 of a code: alpha-2 as it is, an M49 number through CLDR's aliases (`104` -> `MM`). */
function alpha2(code: string): string | undefined {
  if (/^[A-Za-z]{2}$/.test(code)) return code.toUpperCase();
  if (!/^\d{3}$/.test(code)) return undefined;
  try {
    const region = new Intl.Locale(`und-${code}`).region;
    // ZZ: CLDR's "unknown region", not a name to show.
    return region && /^[A-Z]{2}$/.test(region) && region !== 'ZZ' ? region : undefined;
  } catch {
    return undefined;
  }
}

type Table = { names: Record<string, string>; short: Record<string, string> };

/**
 * Country names of the story's own languages, from CLDR, by M49 code: Chromium has no
 * Burmese or Belarusian locale data (its Intl answers in English), and with one table every
 * browser shows the same names. Loaded only on a page in that language.
 */
const TABLES: Record<string, () => Promise<Table>> = {
  my: () => import('./region-names.my.js'),
  ru: () => import('./region-names.ru.js'),
  be: () => import('./region-names.be.js'),
};
const tables = new Map<string, Table>();
const loading = new Map<string, Promise<void>>();

/**
 * Null when the country names of `locale` can be given now; else the promise of their table,
 * its load started (an element waits for it in `_settling()` and draws again). An English
 * page, or a language without a table, loads nothing.
 */
export function regionNamesPending(locale: string): Promise<void> | null {
  const lang = languageOf(locale);
  const load = TABLES[lang];
  if (!load || namesAsGiven(locale) || tables.has(lang)) return null;
  let p = loading.get(lang);
  if (!p) {
    p = load().then(
      (t) => void tables.set(lang, t),
      // No table (offline, a blocked chunk): Intl's names, else the data's English.
      () => void tables.set(lang, { names: {}, short: {} }),
    );
    loading.set(lang, p);
  }
  return p;
}

/** True once `regionName` answers in `locale` from its table (or needs none): memo keys include it. */
export function regionNamesReady(locale: string): boolean {
  return regionNamesPending(locale) === null;
}

/**
 * A country's name in `locale` from its ISO alpha-2 or UN M49 code (`MM`, `104`), or
 * undefined on an English page, for a code the platform does not know, or where it has no
 * names in that language. `short` is the short form ("США"), without a trailing "(…)"
 * ("Мьянма (Бирма)" -> "Мьянма"), for labels with little room. In `my`, `ru` and `be` the
 * names come from the table (see `regionNamesPending`; undefined until it is loaded).
 */
export function regionName(locale: string, code: string | null | undefined, style: Style = 'long'): string | undefined {
  if (!code || namesAsGiven(locale)) return undefined;
  const lang = languageOf(locale);
  let name: string | undefined;
  if (TABLES[lang] && /^\d{3}$/.test(code)) {
    const t = tables.get(lang);
    if (!t) return undefined;
    name = (style === 'short' ? t.short[code] : undefined) ?? t.names[code];
  }
  if (!name) {
    const region = alpha2(code);
    if (!region) return undefined;
    try {
      name = regionNames(locale, style)?.of(region);
    } catch {
      return undefined;
    }
    if (name === region) name = undefined;
  }
  if (!name) return undefined;
  return style === 'short' ? name.replace(/\s*\([^)]*\)\s*$/, '') || name : name;
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
