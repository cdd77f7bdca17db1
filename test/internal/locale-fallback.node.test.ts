/**
 * Dates and numbers from the CLDR tables (src/internal/locale-fallback.ts), which Chromium
 * readers of Burmese and Belarusian get since its Intl lacks them, must read exactly as Node's
 * full ICU writes them: every precision locale.ts formats, over every month and awkward days,
 * and the counts, shares and years the widgets print.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableDate, tableNumber, type LocaleFormats } from '../../src/internal/locale-fallback.js';
import { formats as my } from '../../src/internal/region-names.my.js';
import { formats as be } from '../../src/internal/region-names.be.js';
import { formats as ru } from '../../src/internal/region-names.ru.js';

const TABLES: Record<string, LocaleFormats> = { my, be, ru };

const DATES: Date[] = [];
for (const y of [1991, 2014, 2021, 2023])
  for (let m = 0; m < 12; m++) for (const d of [1, 9, 18, 28]) DATES.push(new Date(Date.UTC(y, m, d)));

const PRECISIONS = [
  ['day', { month: 'long', day: 'numeric' }],
  ['month', { month: 'long' }],
  ['year', {}],
] as const;

for (const [lang, table] of Object.entries(TABLES)) {
  test(`${lang}: dates at each precision read as Intl writes them with full ICU`, () => {
    for (const [precision, options] of PRECISIONS) {
      const intl = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', ...options });
      const ours = tableDate(table, precision);
      for (const date of DATES) assert.equal(ours.format(date), intl.format(date), `${lang} ${precision} ${date.toISOString()}`);
    }
  });

  test(`${lang}: counts, shares and years read as Intl writes them with full ICU`, () => {
    const values = [0, 1, 7, 36, 119, 193, 999, 1000, 1234, 12345, 123456, 1234567, 0.5, 2.675, 1234.5, 61.66];
    const shares = [0, 0.005, 0.0052, 0.1, 0.6166, 0.5, 1, 0.18652849740932642, 12.34];
    const cases: Array<[Intl.NumberFormatOptions, number[]]> = [
      [{}, values],
      [{ maximumFractionDigits: 0 }, values],
      [{ useGrouping: false }, [1991, 2021, 12345]],
      [{ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, shares],
      [{ style: 'percent', maximumFractionDigits: 0 }, shares],
      [{ style: 'percent', maximumFractionDigits: 1 }, shares],
    ];
    for (const [options, vs] of cases) {
      const intl = new Intl.NumberFormat(lang, options);
      const ours = tableNumber(table, options);
      assert.ok(ours, `${lang} ${JSON.stringify(options)}: the table covers it`);
      for (const v of vs) assert.equal(ours(v), intl.format(v), `${lang} ${JSON.stringify(options)} ${v}`);
    }
  });
}

test('Burmese digits where CLDR uses them; Belarusian keeps 1234 whole and writes the genitive month', () => {
  assert.equal(tableDate(my, 'day').format(new Date(Date.UTC(2021, 5, 18))), '၂၀၂၁ ဇွန် ၁၈');
  assert.equal(tableNumber(my, {})!(119), '၁၁၉');
  assert.equal(tableDate(be, 'day').format(new Date(Date.UTC(2021, 5, 18))), '18 чэрвеня 2021 г.');
  assert.equal(tableDate(be, 'month').format(new Date(Date.UTC(2021, 5, 1))), 'чэрвень 2021');
  assert.equal(tableNumber(be, {})!(1234), '1234');
});

test('options the table does not cover stay with Intl', () => {
  assert.equal(tableNumber(my, { style: 'currency', currency: 'USD', notation: 'compact' }), undefined);
});
