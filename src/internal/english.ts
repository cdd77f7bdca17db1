/**
 * Numbers and dates in the common English locales, without Intl.
 *
 * Why: on a fresh page the first Intl object costs 15–25 ms of main thread while ICU starts
 * up, more than all the rest of a vote chart's first frame. For the locales below these
 * functions give Intl's output exactly (test/internal/english.test.ts compares them value by
 * value, in each browser and in Node). Anything they do not cover (another locale or option,
 * a negative number, one Intl would print in exponent form) returns null, and the caller
 * asks Intl.
 */

/** "June 18, 2021". */
const MONTH_FIRST = new Set(['en', 'en-US', 'en-CA']);
/** "18 June 2021". */
const DAY_FIRST = new Set(['en-GB', 'en-AU', 'en-IE', 'en-NZ']);

/** English month names (also the sources' citation dates, src/data/sources.ts). */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Locales whose numbers read 1,234.5 and 76.3%, and whose long dates are written above. */
export function isPlainEnglish(locale: string): boolean {
  return MONTH_FIRST.has(locale) || DAY_FIRST.has(locale);
}

export interface PlainDigits {
  percent: boolean;
  min: number;
  max: number;
  grouping: boolean;
}

const OPTIONS = new Set(['style', 'minimumFractionDigits', 'maximumFractionDigits', 'useGrouping']);

/** Intl.NumberFormat options this covers, resolved with Intl's defaults; null for any other. */
export function plainDigits(options: Intl.NumberFormatOptions): PlainDigits | null {
  for (const key of Object.keys(options)) if (!OPTIONS.has(key)) return null;
  const { style = 'decimal', minimumFractionDigits, maximumFractionDigits, useGrouping = true } = options;
  if ((style !== 'decimal' && style !== 'percent') || typeof useGrouping !== 'boolean') return null;
  const min = minimumFractionDigits ?? 0;
  const max = maximumFractionDigits ?? Math.max(min, style === 'percent' ? 0 : 3);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 20 || min > max) return null;
  return { percent: style === 'percent', min, max, grouping: useGrouping };
}

/** "0999" + 1 → "1000": a string of decimal digits plus one. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * `value` as Intl.NumberFormat('en', options) prints it. Like ICU, it rounds the shortest
 * decimal that reads back as the same double (what String() gives: 1.005, not the binary
 * 1.00499…), half away from zero.
 */
export function formatPlain(value: number, d: PlainDigits): string | null {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) return null;
  const s = String(value);
  if (s.includes('e')) return null;
  let [int = '0', frac = ''] = s.split('.');
  if (d.percent) {
    frac = frac.padEnd(2, '0');
    int = (int + frac.slice(0, 2)).replace(/^0+(?=\d)/, '');
    frac = frac.slice(2);
  }
  if (frac.length > d.max) {
    const up = frac.charCodeAt(d.max) >= 53; /* "5" */
    frac = frac.slice(0, d.max);
    if (up) {
      const n = increment(int + frac);
      int = n.slice(0, n.length - d.max);
      frac = n.slice(n.length - d.max);
    }
  }
  while (frac.length > d.min && frac.endsWith('0')) frac = frac.slice(0, -1);
  frac = frac.padEnd(d.min, '0');
  if (d.grouping) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${int}${frac ? `.${frac}` : ''}${d.percent ? '%' : ''}`;
}

/** A UTC date at the precision given, as Intl.DateTimeFormat with `month: 'long'` prints it. */
export function formatPlainDate(locale: string, date: Date, precision: 'day' | 'month' | 'year'): string | null {
  const y = date.getUTCFullYear();
  if (!isPlainEnglish(locale) || !(y >= 1000 && y <= 9999)) return null;
  if (precision === 'year') return String(y);
  const month = MONTHS[date.getUTCMonth()]!;
  if (precision === 'month') return `${month} ${y}`;
  const day = date.getUTCDate();
  return DAY_FIRST.has(locale) ? `${day} ${month} ${y}` : `${month} ${day}, ${y}`;
}
