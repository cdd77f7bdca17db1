/**
 * Dates and numbers from a CLDR table (region-names.<lang>.ts, made from Node's full ICU by
 * scripts/make-region-names.mjs), for an engine whose Intl lacks the locale: Chromium has no
 * Burmese or Belarusian data and writes "June 18, 2021" and "1,234.5" in a Burmese sentence.
 * In the lazy region-names chunk: an English page never loads it.
 */
import { plainDigits } from './english.js';

export interface LocaleFormats {
  /** Patterns of locale.ts dateFormat() at each precision: `{y}` year, `{M}` month, `{d}` day, the rest literal. */
  day: string;
  month: string;
  year: string;
  /** Month names as a day-precision date writes them (the genitive in Belarusian and Russian). */
  months: string[];
  /** As a month-precision date writes them, where they differ. */
  monthsAlone?: string[];
  /** The locale's digits 0–9, where its numbering system is not Latin (Burmese). */
  digits?: string;
  group: string;
  decimal: string;
  /** Fewest digits before the first group separator: 2 keeps "1234" whole (Belarusian). */
  minGroup: number;
  /** `{n}` stands for the number. */
  percent: string;
}

export type Precision = 'day' | 'month' | 'year';

const localDigits = (t: LocaleFormats, s: string): string => (t.digits ? s.replace(/\d/g, (c) => t.digits![+c]!) : s);

/** Formats a UTC date at `precision` as Intl.DateTimeFormat(lang, locale.ts's options) in a full-ICU engine. */
export function tableDate(t: LocaleFormats, precision: Precision): { format(date: Date): string } {
  const months = (precision === 'month' && t.monthsAlone) || t.months;
  return {
    format: (date) =>
      t[precision].replace(/\{(.)\}/g, (_, k: string) =>
        k === 'M' ? months[date.getUTCMonth()]! : localDigits(t, String(k === 'y' ? date.getUTCFullYear() : date.getUTCDate())),
      ),
  };
}

/**
 * Formats a number as Intl.NumberFormat(lang, options) in a full-ICU engine, for the options
 * english.ts covers (decimal or percent, fraction digits, grouping); undefined for others.
 */
export function tableNumber(t: LocaleFormats, options: Intl.NumberFormatOptions): ((value: number) => string) | undefined {
  const d = plainDigits(options);
  if (!d) return undefined;
  // English Intl rounds; the table gives separators, grouping, digits and the percent form.
  const en = new Intl.NumberFormat('en', { ...options, useGrouping: false });
  return (value) => {
    let s = '';
    for (const p of en.formatToParts(value)) {
      if (p.type === 'integer') {
        const grouped = d.grouping && p.value.length >= 3 + t.minGroup;
        s += grouped ? p.value.replace(/\B(?=(\d{3})+$)/g, t.group) : p.value;
      } else if (p.type === 'decimal') s += t.decimal;
      else if (p.type !== 'percentSign') s += p.value;
    }
    return localDigits(t, d.percent ? t.percent.replace('{n}', s) : s);
  };
}
