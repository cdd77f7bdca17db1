/**
 * The Intl-free English formatting (src/internal/english.ts) must print exactly what Intl
 * prints, in each engine: compared value by value over counts, shares, awkward doubles and
 * every day of two years.
 */
import { expect } from '@open-wc/testing';
import { formatNumber, formatPartialDate, formatPercent } from '../../src/internal/locale.js';
import { isPlainEnglish } from '../../src/internal/english.js';
import { PLAIN_ENGLISH } from '../../src/internal/autoload.js';

const LOCALES = ['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-NZ'];

/** Deterministic doubles across magnitudes, with many digits. */
function doubles(n: number): number[] {
  let s = 7;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, () => rand() * 10 ** Math.floor(rand() * 12 - 4));
}

// Halfway cases, where rounding the binary value and rounding its decimal form disagree.
const AWKWARD = [
  0,
  0.5,
  1.005,
  2.675,
  0.125,
  0.0005,
  0.00125,
  1.0005,
  999.9995,
  9.9995,
  99999.99951,
  0.999,
  0.9995,
  1e-7,
  1e20,
  1e21,
  123456789.12345,
  4503599627370497,
  -1,
  -0,
  -0.0001,
  NaN,
  Infinity,
];

function mismatches(locale: string, options: Intl.NumberFormatOptions, values: number[]): string[] {
  const intl = new Intl.NumberFormat(locale, options);
  return values
    .map((v) => [v, formatNumber(locale, v, options), intl.format(v)] as const)
    .filter(([, ours, theirs]) => ours !== theirs)
    .map(([v, ours, theirs]) => `${locale} ${JSON.stringify(options)} ${v}: "${ours}" ≠ Intl "${theirs}"`);
}

describe('English formatting without Intl', () => {
  it('prints counts, shares and other numbers exactly as Intl.NumberFormat does', () => {
    const counts = Array.from({ length: 2100 }, (_, i) => i).concat([9999, 10000, 123456, 1234567, 193000000]);
    const shares: number[] = [];
    for (let whole = 1; whole <= 200; whole++) for (let part = 0; part <= whole; part++) shares.push(part / whole);
    const values = [...doubles(3000), ...AWKWARD];
    const found = LOCALES.flatMap((locale) => [
      ...mismatches(locale, {}, [...counts, ...values]),
      ...mismatches(locale, { useGrouping: false }, [...counts, ...values]),
      ...mismatches(locale, { maximumFractionDigits: 1 }, values),
      ...mismatches(locale, { minimumFractionDigits: 2 }, values),
      ...mismatches(locale, { style: 'percent' }, [...shares, ...values]),
      ...mismatches(locale, { style: 'percent', maximumFractionDigits: 1 }, [...shares, ...AWKWARD]),
      ...mismatches(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, [...shares, ...values]),
    ]);
    expect(found.slice(0, 10)).to.deep.equal([]);
    // formatPercent is the form the charts print.
    expect(formatPercent('en', 119 / 156)).to.equal('76.3%');
  });

  it('prints dates at each precision exactly as Intl.DateTimeFormat does', () => {
    const found: string[] = [];
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    for (const locale of LOCALES) {
      const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
      const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' });
      const year = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' });
      for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2022, 0, 1); t += 86400000) {
        const d = new Date(t);
        if (formatPartialDate(locale, iso(d)) !== day.format(d))
          found.push(`${locale} ${iso(d)}: ${formatPartialDate(locale, iso(d))} ≠ ${day.format(d)}`);
      }
      for (const y of [1000, 1815, 1999, 2021, 9999]) {
        for (let m = 0; m < 12; m++) {
          const d = new Date(Date.UTC(y, m, 1));
          const ym = iso(d).slice(0, 7);
          if (formatPartialDate(locale, ym) !== month.format(d)) found.push(`${locale} ${ym}: ${formatPartialDate(locale, ym)}`);
        }
        if (formatPartialDate(locale, String(y)) !== year.format(new Date(Date.UTC(y, 0, 1)))) found.push(`${locale} ${y}`);
      }
    }
    expect(found.slice(0, 10)).to.deep.equal([]);
    expect(formatPartialDate('en-GB', '2021-06-18')).to.equal('18 June 2021');
  });

  it('the CMS entry skips warming Intl for exactly these locales', () => {
    const tags = [...LOCALES, 'en-IN', 'en-ZA', 'en-SG', 'en-001', 'de', 'fr-CA', 'EN', 'en-us', 'english'];
    expect(tags.filter((t) => PLAIN_ENGLISH.test(t))).to.deep.equal(tags.filter((t) => isPlainEnglish(t)));
    expect(LOCALES.every(isPlainEnglish)).to.be.true;
  });

  it('builds no Intl formatter for English counts and dates, and still uses Intl elsewhere', () => {
    const Real = Intl.NumberFormat;
    const RealDate = Intl.DateTimeFormat;
    const built: string[] = [];
    try {
      Intl.NumberFormat = function (this: unknown, ...args: ConstructorParameters<typeof Real>) {
        built.push(`number ${String(args[0])}`);
        return new Real(...args);
      } as unknown as typeof Real;
      Intl.DateTimeFormat = function (this: unknown, ...args: ConstructorParameters<typeof RealDate>) {
        built.push(`date ${String(args[0])}`);
        return new RealDate(...args);
      } as unknown as typeof RealDate;
      // Options no other test uses, so the formatter is not already cached.
      expect(formatNumber('en-GB', 1234, { maximumFractionDigits: 4 })).to.equal('1,234');
      expect(formatPartialDate('en-NZ', '1987-03')).to.equal('March 1987');
      expect(built).to.deep.equal([]);
      expect(formatNumber('de', 1234, { maximumFractionDigits: 4 })).to.equal('1.234');
      expect(formatNumber('en-GB', -2, { maximumFractionDigits: 4 })).to.equal('-2');
      expect(built).to.deep.equal(['number de', 'number en-GB']);
    } finally {
      Intl.NumberFormat = Real;
      Intl.DateTimeFormat = RealDate;
    }
  });
});
