import { formatPlain, formatPlainDate, isPlainEnglish, plainDigits } from './english.js';

/**
 * The `lang` in force for an element: its own, else the nearest ancestor's,
 * crossing shadow roots, else the document's, else the browser's, else English.
 */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return validLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  return validLocale(nav || 'en');
}

/** A tag Intl accepts: an editor's typo (`lang="english"`) falls back to `en`, never throws. */
export function validLocale(tag: string): string {
  // Already canonical (`en`, `en-GB`…): no need to wake Intl (see ./english.ts).
  if (isPlainEnglish(tag)) return tag;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

type Format = (value: number) => string;
type Precision = 'day' | 'month' | 'year';
type DateFormat = { format(date: Date): string };
const numberFormats = new Map<string, Format>();
const dateFormats = new Map<string, DateFormat>();

/** Formatters for a locale the engine's Intl lacks, from the CLDR tables (./locale-fallback.ts). */
export interface Fallback {
  number(locale: string, options: Intl.NumberFormatOptions): Format | undefined;
  date(locale: string, precision: Precision): DateFormat | undefined;
}
let fallback: Fallback | undefined;

/** Set by region-names.ts as a table arrives; what was cached without it is formatted again. */
export function setFallback(f: Fallback): void {
  fallback = f;
  numberFormats.clear();
  dateFormats.clear();
}

/**
 * A cached formatter: building an Intl.NumberFormat costs more than formatting with it. In
 * the common English locales it formats without Intl (./english.ts says why) and builds the
 * Intl one only for a value that needs it.
 */
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Format {
  const key = locale + JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) {
    const plain = isPlainEnglish(locale) ? plainDigits(options) : null;
    let intl: Intl.NumberFormat | undefined;
    const viaIntl = (value: number): string => (intl ??= new Intl.NumberFormat(locale, options)).format(value);
    f = plain ? (value) => formatPlain(value, plain) ?? viaIntl(value) : (fallback?.number(locale, options) ?? viaIntl);
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options)(value);
}

/** Share as a percentage, e.g. 0.6166 → "61.7%" (in the locale's own form). */
export function formatPercent(locale: string, share: number, digits = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })(share);
}

/**
 * Formats an ISO date that may be partial (`2014`, `2014-11`, `2014-11-25`)
 * at the precision it has, never inventing a day or month.
 */
export function formatPartialDate(locale: string, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const precision = d ? 'day' : mo ? 'month' : 'year';
  return formatPlainDate(locale, date, precision) ?? dateFormat(locale, precision).format(date);
}

/**
 * A date as every widget writes it to readers: day first in English ("18 June 2021"), as the
 * UN record and newspaper credit lines write it, whatever English the page is in; any other
 * locale as Intl writes it. One style within a widget and across the three.
 */
export function formatDate(locale: string, iso: string): string {
  return formatPartialDate(isPlainEnglish(locale) ? 'en-GB' : locale, iso);
}

/** Cached: building an Intl.DateTimeFormat costs far more than formatting (5,000 dated ties). */
function dateFormat(locale: string, precision: Precision): DateFormat {
  const key = `${locale}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    f = fallback?.date(locale, precision) ?? new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}
