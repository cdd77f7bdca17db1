/**
 * Country names in languages other than English (local-names.ts loads this on a page in
 * one): the story's languages from CLDR tables, any other from `Intl.DisplayNames`.
 */
import { languageOf, namesAsGiven, type Style } from './language.js';
import { setFallback } from './locale.js';
import { tableDate, tableNumber, type LocaleFormats } from './locale-fallback.js';
import { installScripts } from './text-metrics.js';
import { scripts } from './text-scripts.js';

// Other scripts' text metrics, which layouts need before the first draw as they need these
// names: installed here, so they come in this chunk rather than one more request (and a named
// import, which a bundler that trusts our package.json `sideEffects` cannot drop).
installScripts(scripts);

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

type Table = { names: Record<string, string>; short: Record<string, string>; formats?: LocaleFormats };

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

/** Null when `locale` needs no table or has it; else the promise of its table, its load started. */
export function tablePending(locale: string): Promise<void> | null {
  const lang = languageOf(locale);
  const load = TABLES[lang];
  if (!load || namesAsGiven(locale) || tables.has(lang)) return null;
  let p = loading.get(lang);
  if (!p) {
    p = load().then(
      (t) => {
        tables.set(lang, t);
        setFallback(FALLBACK);
      },
      // No table (offline, a blocked chunk): Intl's names, else the data's English.
      () => void tables.set(lang, { names: {}, short: {} }),
    );
    loading.set(lang, p);
  }
  return p;
}

/** The table's date and number forms, for a locale the engine's Intl (`Intl.X.supportedLocalesOf`) lacks. */
function formatsFor(locale: string, intl: { supportedLocalesOf(l: string[]): string[] }): LocaleFormats | undefined {
  const t = tables.get(languageOf(locale))?.formats;
  return t && intl.supportedLocalesOf([locale]).length === 0 ? t : undefined;
}

const FALLBACK = {
  number(locale: string, options: Intl.NumberFormatOptions) {
    const t = formatsFor(locale, Intl.NumberFormat);
    return t && tableNumber(t, options);
  },
  date(locale: string, precision: 'day' | 'month' | 'year') {
    const t = formatsFor(locale, Intl.DateTimeFormat);
    return t && tableDate(t, precision);
  },
};

/** local-names.ts `regionName` (which see), for a non-English `locale`; in `my`, `ru` and `be` from the table once loaded. */
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
