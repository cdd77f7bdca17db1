// <arms-flow>'s model step (data + options → model), checked against sums worked out here from SIPRI's rows with plain loops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { armsModel, armsCallouts, vocabularyOf } from '../../../src/components/arms-flow/arms-model.js';
import { NO_FILTER } from '../../../src/components/arms-flow/filter.js';
import { bundled, sourceRows, sum } from './rows.js';

const data = bundled();
const mm = sourceRows().rows.filter((r) => r.recipient === 'Myanmar');
const close = (a: number, b: number, msg: string) => assert.ok(Math.abs(a - b) < 1e-6, `${msg}: ${a} vs ${b}`);

test('the whole register: every Myanmar row, its total, the post-coup part from 2021, the register and coup sources', () => {
  const m = armsModel(data, NO_FILTER);
  assert.equal(m.scope.rows.length, mm.length);
  close(m.total, sum(mm), 'total');
  close(
    m.postTotal,
    sum(mm, (r) => r.year >= 2021),
    'from 2021',
  );
  assert.equal(m.splitShown?.year, 2021);
  assert.equal(m.splitShown?.label, 'Military coup');
  assert.deepEqual(m.sourceIds, [...data.register.sources, ...data.markers!.find((x) => x.label === 'Military coup')!.sources]);
  const suppliers = new Set(mm.filter((r) => r.tiv > 0).map((r) => r.supplier));
  assert.equal(m.counts.suppliers, suppliers.size);
  assert.equal(m.counts.categories, new Set(mm.filter((r) => r.tiv > 0).map((r) => r.category)).size);
  // Every supplier drawn belongs to a group in the legend; the story suppliers have colours of their own.
  for (const s of suppliers) assert.ok(m.present.includes(m.groups.of(s)), s);
  for (const s of ['Russia', 'China', 'Belarus']) assert.ok(m.groups.of(s).colour < 4, `${s} has a story colour`);
});

test('a window before the coup: its rows only, no split shown, colours as over the whole register', () => {
  const whole = armsModel(data, NO_FILTER);
  const m = armsModel(data, { ...NO_FILTER, from: 2015, to: 2019 });
  const rows = mm.filter((r) => r.year >= 2015 && r.year <= 2019);
  assert.equal(m.scope.rows.length, rows.length);
  close(m.total, sum(rows), 'total 2015–2019');
  assert.equal(m.postTotal, 0);
  assert.equal(m.splitShown, null);
  assert.deepEqual(m.scope.period, [2015, 2019]);
  for (const s of new Set(rows.map((r) => r.supplier))) assert.equal(m.groups.of(s).colour, whole.groups.of(s).colour, s);
});

test('one supplier chosen: its rows, one legend entry, one bar', () => {
  const m = armsModel(data, { ...NO_FILTER, suppliers: ['Belarus'] });
  const rows = mm.filter((r) => r.supplier === 'Belarus');
  assert.ok(rows.length > 0);
  close(m.total, sum(rows), 'Belarus');
  assert.deepEqual(
    m.present.map((g) => g.label),
    ['Belarus'],
  );
  assert.equal(m.counts.suppliers, 1);
});

test('vocabulary: suppliers and categories ranked by TIV, ISO codes to SIPRI names; callouts ignore the filters', () => {
  const v = vocabularyOf(data);
  const by = new Map<string, number>();
  for (const r of mm) by.set(r.supplier, (by.get(r.supplier) ?? 0) + r.tiv);
  const top = [...by].sort((a, b) => b[1] - a[1])[0]![0];
  assert.equal(v.suppliers[0], top);
  assert.equal(v.suppliers.length, by.size);
  assert.equal(v.codes?.get('RUS'), 'Russia');
  const all = armsCallouts(data, armsModel(data, NO_FILTER));
  const narrowed = armsCallouts(data, armsModel(data, { ...NO_FILTER, from: 2015, to: 2016, suppliers: ['China'] }));
  assert.ok(all.length > 0);
  assert.deepEqual(
    narrowed.map((c) => c.computed?.value),
    all.map((c) => c.computed?.value),
  );
});
