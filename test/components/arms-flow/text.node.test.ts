// <arms-flow> words and reported figures: what a reader reads, checked against the rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callouts } from '../../../src/components/arms-flow/callouts.js';
import { computedWords, knownWords, readerNote, reportedValue } from '../../../src/components/arms-flow/callouts.render.js';
import { normalizeArmsOptions, matchNames } from '../../../src/components/arms-flow/arms-flow.options.js';
import { NO_FILTER, ownRows, scopeOf, splitOf } from '../../../src/components/arms-flow/filter.js';
import { featuredSuppliers, supplierGroups } from '../../../src/components/arms-flow/groups.js';
import { descriptionOf, detailOf, emptyMessage, eventPhrase, splitLabel, tableOf, tiv } from '../../../src/components/arms-flow/text.js';
import { validateArmsData } from '../../../src/data/arms.js';
import type { DataIssue } from '../../../src/data/issue.js';
import { bundled, sourceRows, sum } from './rows.js';

const data = bundled();
const mm = sourceRows().rows.filter((r) => r.recipient === 'Myanmar');
const { all } = ownRows(data);

test('the reported figures beside our calculation: 16.3%, 58.2%, 838.8 TIV', () => {
  const share = (s: string, a: number, b: number) =>
    sum(mm, (r) => r.supplier === s && r.year >= a && r.year <= b) / sum(mm, (r) => r.year >= a && r.year <= b);
  const c = callouts(data.figures, all, data.register.release);
  const byId = (id: string) => c.find((x) => x.figure.id === id)!;
  const russia = byId('russia-share-2015-2019');
  const china = byId('china-share-2015-2019');
  const rus10 = byId('russia-arms-2010-2019');
  assert.ok(Math.abs(russia.computed!.value - share('Russia', 2015, 2019)) < 1e-9);
  assert.ok(Math.abs(china.computed!.value - share('China', 2015, 2019)) < 1e-9);
  assert.equal((russia.computed!.value * 100).toFixed(1), '16.3');
  assert.equal((china.computed!.value * 100).toFixed(1), '58.2');
  assert.ok(Math.abs(rus10.computed!.value - sum(mm, (r) => r.supplier === 'Russia' && r.year >= 2010 && r.year <= 2019)) < 1e-9);
  assert.equal(rus10.computed!.value.toFixed(1), '838.8');
  // Whole percent and whole TIV, as SIPRI publishes: the reported 16% beside our 16%.
  assert.equal(computedWords(russia, 'en'), '16% (183 of 1,126 TIV)');
  assert.equal(computedWords(china, 'en'), '58% (656 of 1,126 TIV)');
  // The TIV sum is never written as dollars; the dollar figure keeps its "roughly" as reported.
  const words = computedWords(rus10, 'en')!;
  assert.equal(words, '839 TIV');
  // Only what is known: the source the article names, how ours is made, that TIV is not money; no guess.
  const known = knownWords(rus10, 'en', data.register.release).join(' ');
  assert.match(known, /The article attributes it to SIPRI data\./);
  assert.match(known, /TIV is not money/);
  assert.doesNotMatch(known, /likely|probably|written as dollars/);
  assert.doesNotMatch(knownWords(russia, 'en', data.register.release).join(' '), /revises/, '16% and 16%: nothing to explain');
  assert.match(knownWords(china, 'en', data.register.release).join(' '), /SIPRI revises past years/);
  assert.equal(reportedValue(rus10.figure, 'en'), '“roughly $807 million”');
  assert.equal(reportedValue({ ...rus10.figure, asStated: undefined }, 'en'), 'about $807M');
  // Figures with nothing to compute carry their own note, cleaned of pointers to files.
  const shipments = byId('russia-post-coup-shipments');
  assert.equal(shipments.computed, null);
  assert.match(readerNote(shipments.explanation!), /cannot be compared/);
  assert.doesNotMatch(readerNote(shipments.explanation!), /\.json/);
});

test('the subtitle states the finding in one sentence; the detail states the unit, the main suppliers and Belarus in whole TIV', () => {
  const scope = scopeOf(data, NO_FILTER);
  const groups = supplierGroups(all, featuredSuppliers(data, new Set(all.map((d) => d.supplier))));
  assert.equal(
    descriptionOf(data, scope, groups, 'en'),
    'Russia (42%) and China (42%) supplied most of Myanmar’s imports of major arms, 2000–2023.',
  );
  const text = detailOf(data, scope, groups, 'en')!;
  assert.match(text, /a measure of military capability transferred, not a price/);
  assert.match(text, /Russia 1,905 TIV \(42%\)/);
  assert.match(text, /Belarus 64 \(1%\)/);
  assert.match(text, /Delivered from 2021, the year of the military coup \(1 February 2021\): 417 TIV\./);
  assert.doesNotMatch(text, /\d\.\d/, 'no decimals');
  assert.doesNotMatch(text, /\$/);
  const table = tableOf(data, scope, 'en', 'Information from the SIPRI Arms Transfers Database');
  assert.equal(table.rows.length, mm.length);
  assert.match(table.caption, /Information from the SIPRI Arms Transfers Database/);
  assert.match(table.caption, /United Wa State/);
  assert.match(table.caption, /not a price/);
});

test('an empty period says so in plain words', () => {
  const scope = scopeOf(data, { from: 2005, to: 2006, suppliers: ['Belarus'], categories: [] });
  assert.equal(scope.rows.length, 0);
  assert.equal(emptyMessage(scope), 'No deliveries to Myanmar match: 2005–2006, supplier Belarus.');
  assert.equal(tableOf(data, scope, 'en', null).rows.length, 0);
});

test('attributes: bad values warn, naming the attribute and what is shown instead', () => {
  const vocab = {
    suppliers: ['Russia', 'China', 'South Korea', 'Belarus', 'unknown supplier(s)'],
    categories: ['Aircraft', 'Air defence systems'],
    codes: new Map([
      ['RUS', 'Russia'],
      ['BLR', 'Belarus'],
    ]),
  };
  const issues: DataIssue[] = [];
  const o = normalizeArmsOptions(
    { view: 'pie', from: '2021', to: '2015', supplier: 'south korea belarus', category: 'air defence systems' },
    vocab,
    issues,
  );
  assert.equal(o.view, 'sankey');
  assert.deepEqual([o.filter.from, o.filter.to], [2015, 2021]);
  assert.deepEqual(o.filter.suppliers, ['South Korea', 'Belarus']);
  assert.deepEqual(o.filter.categories, ['Air defence systems']);
  assert.equal(issues[0]!.message, 'invalid view: "pie"; use one of sankey, map, timeline. Showing "sankey".');
  // The same words and attribute as <relation-map> (internal/year-range.ts): reported under `to`.
  assert.equal(issues[1]!.path, 'to');
  assert.equal(issues[1]!.message, 'from (2021) is after to (2015); swapped them.');
  assert.equal(issues.length, 2);

  const more: DataIssue[] = [];
  assert.deepEqual(matchNames('RUS, Narnia; unknown supplier(s)', 'supplier', vocab.suppliers, more, vocab.codes), [
    'Russia',
    'unknown supplier(s)',
  ]);
  assert.equal(more[0]!.path, 'supplier');
  assert.match(more[0]!.message, /"Narnia" is not in this data; use one of Russia, China, South Korea/);
  const none: DataIssue[] = [];
  assert.deepEqual(matchNames('Atlantis', 'category', vocab.categories, none), []);
  assert.match(none[0]!.message, /Showing every category/);
});

test('TIV reads in whole units, as SIPRI publishes; a value that rounds to nothing reads "<1"', () => {
  assert.equal(tiv('en', 1905.5), '1,906');
  assert.equal(tiv('en', 1868.6), '1,869');
  assert.equal(tiv('en', 2.4), '2');
  assert.equal(tiv('en', 0.48), '<1');
  assert.equal(tiv('en', 0), '0');
  assert.equal(tiv('de', 4493.5), '4.494');
});

test('the subtitle follows the filters: a picked supplier says what it delivered, a picked category names it', () => {
  const groups = supplierGroups(all, featuredSuppliers(data, new Set(all.map((d) => d.supplier))));
  const one = scopeOf(data, { from: 2015, to: 2019, suppliers: ['Belarus'], categories: [] });
  const belarus = sum(mm, (r) => r.supplier === 'Belarus' && r.year >= 2015 && r.year <= 2019);
  assert.equal(descriptionOf(data, one, groups, 'en'), `Belarus delivered ${Math.round(belarus)} TIV of major arms to Myanmar, 2015–2019.`);
  const two = scopeOf(data, { from: null, to: null, suppliers: ['Russia', 'Belarus'], categories: [] });
  assert.match(
    descriptionOf(data, two, groups, 'en'),
    /^Deliveries of major arms to Myanmar, 2000–2023: Russia 1,905 TIV and Belarus 64 TIV\.$/,
  );
  const cat = scopeOf(data, { from: null, to: null, suppliers: [], categories: ['Air defence systems', 'Missiles'] });
  assert.match(
    descriptionOf(data, cat, groups, 'en'),
    /supplied (most of|the largest shares of) Myanmar’s imports of air defence systems and missiles, 20\d\d–20\d\d\.$/,
  );
});

test("the coup is named in the reader's language where the data translates it, else as the data gives it", () => {
  const split = splitOf(data)!;
  assert.equal(eventPhrase('en', split), 'military coup');
  assert.equal(eventPhrase('ru', split), 'военный переворот');
  assert.equal(eventPhrase('be-BY', split), 'ваенны пераварот');
  assert.equal(eventPhrase('my', split), 'စစ်အာဏာသိမ်းမှု');
  // The timeline's line is labelled in it too.
  assert.equal(splitLabel('ru', split), 'Военный переворот');
  assert.equal(splitLabel('en-GB', split), 'Military coup');
  // A language the data does not translate keeps the English.
  assert.equal(eventPhrase('de', split), 'military coup');
  // Bad translations are reported and left out; the marker itself stays.
  const raw = JSON.parse(JSON.stringify(data)) as { markers: Array<Record<string, unknown>> };
  raw.markers[0]!['labels'] = { ru: '', 'not a tag': 'x', be: 'Ваенны пераварот' };
  const { value, issues } = validateArmsData(raw);
  assert.equal(value!.markers![0]!.label, 'Military coup');
  assert.deepEqual({ ...value!.markers![0]!.labels }, { be: 'Ваенны пераварот' });
  assert.deepEqual(
    issues.map((i) => i.path),
    ['markers[0].labels.ru', 'markers[0].labels.not a tag'],
  );
});
