// The validators: each rejection path names the field an editor would look for, drops only
// the faulty record, never throws, and runs in linear time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateVoteRecord } from '../../src/data/vote.js';
import { validateArmsData } from '../../src/data/arms.js';
import { validateNetwork } from '../../src/data/network.js';
import { validateEvents } from '../../src/data/events.js';
import { validateDisagreements } from '../../src/data/disagreements.js';
import { validateSources } from '../../src/data/sources.validate.js';
import { isPartialDate, MAX_TEXT } from '../../src/data/check.js';
import { defaultVote } from '../../src/data/vote.default.js';
import { defaultArms } from '../../src/data/arms.default.js';
import { defaultNetwork } from '../../src/data/network.default.js';
import { defaultEvents } from '../../src/data/events.default.js';
import { defaultDisagreements } from '../../src/data/disagreements.default.js';
import { defaultSources } from '../../src/data/sources.js';
import type { DataIssue } from '../../src/data/issue.js';

const clone = <T>(v: T): T => structuredClone(v) as T;
const at = (issues: DataIssue[], path: string) => issues.filter((i) => i.path === path);
function one(issues: DataIssue[], path: string, severity: 'error' | 'warning' = 'error', message?: RegExp): DataIssue {
  const found = at(issues, path);
  assert.equal(found.length, 1, `expected one issue at ${path}, got: ${JSON.stringify(issues)}`);
  assert.equal(found[0]!.severity, severity);
  if (message) assert.match(found[0]!.message, message);
  return found[0]!;
}

/* ------------------------------------------------------------------ dates */

test('partial ISO dates: real calendar dates only', () => {
  for (const ok of ['1948', '2014-11', '2021-02-01', '2020-02-29', '2021-06-18']) assert.ok(isPartialDate(ok), ok);
  for (const bad of ['2021-02-30', '2021-13', '2021-00', '2019-02-29', '21-02-01', '2021/02/01', '2021-2-1', '', 2021, null]) {
    assert.ok(!isPartialDate(bad), String(bad));
  }
});

/* ------------------------------------------------------------------ vote */

test('vote: the bundled record validates without issue', () => {
  const r = validateVoteRecord(defaultVote());
  assert.deepEqual(r.issues, []);
  assert.equal(r.value!.rollCall!.length, 193);
});

test('vote: not an object -> null, path "data"', () => {
  for (const input of [null, undefined, 42, 'text', []]) {
    const r = validateVoteRecord(input);
    assert.equal(r.value, null);
    one(r.issues, 'data');
  }
});

test('vote: a roll-call entry with an unknown option is dropped, named by path', () => {
  const v = clone(defaultVote());
  v.rollCall![12]!.vote = 'maybe';
  const r = validateVoteRecord(v);
  one(r.issues, 'rollCall[12].vote', 'error', /"maybe".*not one of the options/);
  assert.equal(r.value!.rollCall!.length, 192);
  // The tally (119/1/36/37) now disagrees with the 192 counted: a warning names the option and the gap.
  const iso = defaultVote().rollCall![12]!;
  const w = one(r.issues, `tally.${iso.vote}`, 'warning');
  assert.match(w.message, /1 more in the tally/);
});

test('vote: ISO codes, duplicates and m49 in the roll call', () => {
  const v = clone(defaultVote());
  v.rollCall![0]!.iso3 = 'afg';
  v.rollCall![1]!.iso3 = 'AFGH';
  v.rollCall![2]!.iso3 = v.rollCall![3]!.iso3;
  (v.rollCall![4] as { m49: unknown }).m49 = 4;
  const r = validateVoteRecord(v);
  one(r.issues, 'rollCall[0].iso3', 'error', /capitals: AFG/);
  one(r.issues, 'rollCall[1].iso3');
  one(r.issues, 'rollCall[3].iso3', 'error', /already has a vote/);
  one(r.issues, 'rollCall[4].m49', 'warning');
  assert.equal(r.value!.rollCall!.length, 190);
  assert.equal(r.value!.rollCall!.find((e) => e.name === defaultVote().rollCall![4]!.name)!.m49, undefined);
});

test('vote: tally numbers must be whole, finite, non-negative numbers', () => {
  const cases: Array<[unknown, RegExp]> = [
    ['119', /in quotes/],
    [NaN, /finite/],
    [Infinity, /finite/],
    [-1, /zero or more/],
    [1.5, /whole number/],
    [null, /expected a number/],
  ];
  for (const [bad, message] of cases) {
    const v = clone(defaultVote()) as unknown as { tally: Record<string, unknown> };
    v.tally['yes'] = bad;
    const r = validateVoteRecord(v);
    one(r.issues, 'tally.yes', 'error', message);
    // The roll call still counts the option, so the chart keeps drawing.
    assert.equal(r.value!.tally['yes'], 119);
  }
});

test('vote: tally and roll call disagree -> warning naming option and difference', () => {
  const v = clone(defaultVote());
  v.tally['abstain'] = 33;
  v.total = 190;
  const r = validateVoteRecord(v);
  one(r.issues, 'tally.abstain', 'warning', /is 33 but the roll call has 36 "abstain" votes \(3 fewer in the tally\)/);
  one(r.issues, 'rollCall', 'warning', /193 members but the total is 190/);
  assert.equal(r.value!.tally['abstain'], 33);
});

test('vote: tally keys must be options; total must match the tally', () => {
  const v = clone(defaultVote());
  (v.tally as Record<string, number>)['present'] = 2;
  v.total = 200;
  const r = validateVoteRecord(v);
  one(r.issues, 'tally.present', 'error', /not one of the options/);
  one(r.issues, 'total', 'warning', /adds up to 193/);
});

test('vote: options need ids and labels, without duplicates; none usable -> null', () => {
  const v = clone(defaultVote()) as unknown as { options: unknown[] };
  v.options.push({ id: 'yes', label: 'Again' }, { id: 'x' }, 'nope');
  const r = validateVoteRecord(v);
  one(r.issues, 'options[4].id', 'error', /earlier option/);
  one(r.issues, 'options[5].label', 'error', /missing/);
  one(r.issues, 'options[6]', 'error');
  assert.equal(r.value!.options.length, 4);
  const none = validateVoteRecord({ id: 'x', title: 't', date: '2024', tally: { yes: 1 } });
  assert.equal(none.value, null);
  one(none.issues, 'options', 'error', /missing/);
});

test("vote: an editor's own two-option vote, tally only, no sources, passes cleanly", () => {
  const own = {
    id: 'A/RES/1',
    title: 'My vote',
    date: '2024-05-01',
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
    tally: { yes: 10, no: 3 },
    total: 13,
    sources: [],
  };
  const r = validateVoteRecord(own);
  assert.deepEqual(r.issues, []);
  // Records come without a prototype (issue 20: a polluted Object.prototype never fills a gap).
  assert.equal(Object.getPrototypeOf(r.value!.tally), null);
  assert.deepEqual({ ...r.value!.tally }, { yes: 10, no: 3 });
});

test('vote: a roll call alone (with a "present" option) is counted into the tally', () => {
  const r = validateVoteRecord({
    id: 'council-7',
    title: 'Council vote',
    date: '2024-05',
    options: [
      { id: 'for', label: 'For' },
      { id: 'present', label: 'Present' },
    ],
    rollCall: [
      { iso3: 'FRA', name: 'France', vote: 'for' },
      { iso3: 'DEU', name: 'Germany', vote: 'present' },
      { iso3: 'ITA', name: 'Italy', vote: 'for' },
    ],
  });
  assert.deepEqual(r.issues, []);
  assert.deepEqual({ ...r.value!.tally }, { for: 2, present: 1 });
  assert.equal(r.value!.total, 3);
  assert.deepEqual(r.value!.sources, []);
});

test('vote: dates, groups and over-long text', () => {
  const v = clone(defaultVote()) as unknown as Record<string, unknown> & { groups: Array<Record<string, unknown>> };
  v['date'] = '2021-02-30';
  v.groups[0]!['members'] = ['CHN', 'ind', 42];
  v.groups.push({ id: 'asean', label: 'Dup', members: [] });
  v['title'] = 'x'.repeat(MAX_TEXT + 10);
  const r = validateVoteRecord(v);
  one(r.issues, 'date', 'error', /no such day/);
  one(r.issues, 'groups[0].members[1]', 'warning');
  one(r.issues, 'groups[0].members[2]', 'warning');
  one(r.issues, `groups[${v.groups.length - 1}].id`, 'error', /earlier group/);
  one(r.issues, 'title', 'warning', /first 2000/);
  assert.equal(r.value!.title.length, MAX_TEXT);
  assert.deepEqual(r.value!.groups![0]!.members, ['CHN']);
});

test('vote: strings stay text (markup is not interpreted)', () => {
  const r = validateVoteRecord({
    title: '<img src=x onerror=alert(1)>',
    options: [{ id: 'yes', label: '<b>Yes</b>' }],
    tally: { yes: 1 },
  });
  assert.equal(r.value!.title, '<img src=x onerror=alert(1)>');
  assert.equal(r.value!.options[0]!.label, '<b>Yes</b>');
});

test('vote: 5,000 roll-call rows (the limit) validate in linear time; more are refused with a message', () => {
  const rollCall = Array.from({ length: 5000 }, (_, i) => ({
    iso3: String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + (Math.floor(i / 676) % 26)),
    name: `Member ${i}`,
    vote: i % 3 === 0 ? 'yes' : 'no',
  }));
  const input = {
    title: 'Big',
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
    rollCall,
  };
  const t0 = performance.now();
  const r = validateVoteRecord(input);
  const ms = performance.now() - t0;
  assert.ok(ms < 500, `took ${ms.toFixed(0)} ms`);
  assert.equal(r.value!.rollCall!.length, 5000);
  const over = validateVoteRecord({ ...input, rollCall: [...rollCall, ...rollCall] });
  assert.equal(over.value, null);
  assert.match(over.issues[0]!.message, /10,000 members; this widget draws at most 5,000/);
});

test('vote: validation does not modify its input (frozen bundled data is accepted)', () => {
  const before = JSON.stringify(defaultVote());
  validateVoteRecord(defaultVote());
  assert.equal(JSON.stringify(defaultVote()), before);
});

/* ------------------------------------------------------------------ arms */

test('arms: the bundled data validates without issue; { register } alone is accepted', () => {
  assert.deepEqual(validateArmsData(defaultArms()).issues, []);
  const r = validateArmsData({ register: defaultArms().register });
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.value!.figures, []);
  assert.equal(r.value!.register.deliveries.length, 212);
});

test('arms: bad rows are dropped by path, the rest kept', () => {
  const a = clone(defaultArms()) as unknown as { register: { deliveries: Array<Record<string, unknown>> } };
  const d = a.register.deliveries;
  d[12]!['tiv'] = -3;
  d[13]!['tiv'] = '3.75';
  d[14]!['deliveryYear'] = 2021.5;
  d[15]!['deliveryYear'] = 1850;
  d[16]!['delivered'] = NaN;
  d[17]!['supplier'] = '';
  d[18]!['orderYearEstimate'] = 'Yes';
  d[19] = 'row' as unknown as Record<string, unknown>;
  d[20]!['tivUnit'] = Infinity;
  const r = validateArmsData(a);
  one(r.issues, 'register.deliveries[12].tiv', 'error', /zero or more/);
  one(r.issues, 'register.deliveries[13].tiv', 'error', /in quotes/);
  one(r.issues, 'register.deliveries[14].deliveryYear', 'error', /whole number/);
  one(r.issues, 'register.deliveries[15].deliveryYear', 'error', /between 1900 and 2100/);
  one(r.issues, 'register.deliveries[16].delivered', 'error', /finite/);
  one(r.issues, 'register.deliveries[17].supplier', 'error', /empty/);
  one(r.issues, 'register.deliveries[18].orderYearEstimate', 'error', /true or false/);
  one(r.issues, 'register.deliveries[19]', 'error');
  one(r.issues, 'register.deliveries[20].tivUnit', 'error', /finite/);
  assert.equal(r.value!.register.deliveries.length, 212 - 9);
});

test('arms: a register in another unit is refused (TIV is not money)', () => {
  const a = clone(defaultArms()) as unknown as { register: Record<string, unknown> };
  a.register['unit'] = 'USD (millions)';
  const r = validateArmsData(a);
  assert.equal(r.value, null);
  one(r.issues, 'register.unit', 'error', /volume index, not money/);
  const missing = validateArmsData({ figures: [] });
  assert.equal(missing.value, null);
  one(missing.issues, 'register');
});

test('arms: bad figures, markers and systems are dropped by path', () => {
  const a = clone(defaultArms()) as unknown as {
    figures: Array<Record<string, unknown>>;
    markers: Array<Record<string, unknown>>;
    systems: Array<Record<string, unknown>>;
    register: Record<string, unknown>;
  };
  a.figures[0]!['unit'] = 'dollars';
  a.figures[1]!['value'] = 149;
  a.figures[2]!['computed'] = { measure: 'mean', supplier: 'Russia', from: 2010, to: 2019 };
  a.figures[3]!['qualifier'] = 'approximately';
  a.figures[4]!['period'] = { from: '2019', to: '2015' };
  a.figures[5]!['id'] = a.figures[6]!['id'];
  a.markers[0]!['date'] = '2021-02-31';
  a.systems[0]!['count'] = -6;
  a.register['suppliers'] = { Russia: { iso3: 'rus', m49: '643' }, China: { iso3: 'CHN', m49: '156' } };
  const r = validateArmsData(a);
  one(r.issues, 'figures[0].unit', 'error', /percent, usd, count, tiv/);
  one(r.issues, 'figures[1].value', 'error', /cannot exceed 100/);
  one(r.issues, 'figures[2].computed.measure', 'error');
  one(r.issues, 'figures[3].qualifier', 'error');
  one(r.issues, 'figures[4].period', 'error', /backwards/);
  one(r.issues, 'figures[6].id', 'error', /earlier entry/);
  one(r.issues, 'markers[0].date', 'error');
  one(r.issues, 'systems[0].count', 'error');
  one(r.issues, 'register.suppliers.Russia.iso3', 'warning');
  assert.equal(r.value!.figures.length, defaultArms().figures.length - 6);
  assert.deepEqual(Object.keys(r.value!.register.suppliers!), ['China']);
});

test('arms: 5,000 delivery rows (the limit) validate in linear time', () => {
  const row = defaultArms().register.deliveries[0]!;
  const deliveries = Array.from({ length: 5000 }, (_, i) => ({ ...row, sipriId: i }));
  const t0 = performance.now();
  const r = validateArmsData({ register: { recipient: 'Myanmar', unit: 'SIPRI TIV (millions)', deliveries } });
  const ms = performance.now() - t0;
  assert.ok(ms < 500, `took ${ms.toFixed(0)} ms`);
  assert.equal(r.value!.register.deliveries.length, 5000);
});

/* ------------------------------------------------------------------ network */

test('network: the bundled data validates without issue', () => {
  const r = validateNetwork(defaultNetwork());
  assert.deepEqual(r.issues, []);
  assert.equal(r.value!.center, 'mm-military');
});

test('network: duplicates, missing ends, self-loops, unknown types and bad dates are dropped by path', () => {
  const n = {
    center: 'nowhere',
    actors: [
      { id: 'a', kind: 'state', name: 'A', sources: [] },
      { id: 'b', kind: 'person', name: 'B' },
      { id: 'a', kind: 'state', name: 'A again' },
      { id: 'c', kind: 'alien', name: 'C' },
      { id: 'd', kind: 'organisation', name: 'D', country: 'xx' },
    ],
    ties: [
      { id: 't0', type: 'visit', source: 'a', target: 'b', label: 'ok', date: '2014-11' },
      { id: 't1', type: 'visit', source: 'a', target: 'zz', label: 'missing end' },
      { id: 't2', type: 'visit', source: 'b', target: 'b', label: 'self' },
      { id: 't3', type: 'friendship', source: 'a', target: 'b', label: 'type' },
      { id: 't4', type: 'meeting', source: 'a', target: 'b', label: 'date', date: '2014-13' },
      { id: 't0', type: 'visit', source: 'b', target: 'a', label: 'dup id' },
      { id: 't6', type: 'meeting', source: 'a', target: 'b', label: 'range', date: '2015', endDate: '2014' },
    ],
  };
  const r = validateNetwork(n);
  one(r.issues, 'actors[2].id', 'error', /earlier actor/);
  one(r.issues, 'actors[3].kind', 'error');
  one(r.issues, 'actors[4].country', 'warning');
  one(r.issues, 'ties[1].target', 'error', /not the id of any actor/);
  one(r.issues, 'ties[2].target', 'error', /same actor/);
  one(r.issues, 'ties[3].type', 'error', /arms-supply/);
  one(r.issues, 'ties[4].date', 'error');
  one(r.issues, 'ties[5].id', 'error', /earlier tie/);
  one(r.issues, 'ties[6].endDate', 'error', /before the start/);
  one(r.issues, 'center', 'warning');
  assert.deepEqual(
    r.value!.actors.map((a) => a.name),
    ['A', 'B', 'D'],
  );
  assert.deepEqual(
    r.value!.ties.map((t) => t.id),
    ['t0'],
  );
  assert.equal(r.value!.ties[0]!.directed, true);
});

test('network: no usable actor -> null', () => {
  assert.equal(validateNetwork({ actors: [{}] }).value, null);
  assert.equal(validateNetwork('x').value, null);
});

/* ------------------------------------------------------------------ events, disagreements, sources */

test('events and disagreements: bundled data validates; bad records dropped by path', () => {
  assert.deepEqual(validateEvents(defaultEvents()).issues, []);
  assert.deepEqual(validateDisagreements(defaultDisagreements()).issues, []);
  assert.deepEqual(validateSources(defaultSources()).issues, []);
  const e = validateEvents([
    { id: 'e1', date: '2021-02-01', title: 'ok', sources: ['x'] },
    { id: 'e2', date: '1 Feb 2021', title: 'bad date' },
    { id: 'e3', date: '2021' },
    { id: 'e1', date: '2021', title: 'dup' },
  ]);
  one(e.issues, '[1].date', 'error', /YYYY-MM-DD/);
  one(e.issues, '[2].title', 'error', /missing/);
  one(e.issues, '[3].id', 'error', /earlier event/);
  assert.deepEqual(
    e.value!.map((x) => x.id),
    ['e1'],
  );
  assert.equal(validateEvents({}).value, null);
  const d = validateDisagreements([
    { id: 'd1', topic: 't', shown: 's', why: 'w', claims: [{ value: 'a', sources: ['x'] }] },
    { id: 'd2', topic: 't', shown: 's', why: 'w', claims: [{ value: 'a' }, { value: 'b', asStated: [{ source: 1 }] }] },
  ]);
  one(d.issues, '[0].claims', 'error', /at least two/);
  one(d.issues, '[1].claims[1].asStated[0]', 'warning');
  assert.deepEqual(
    d.value!.map((x) => x.id),
    ['d2'],
  );
});

test('sources: duplicates, bad dates and undated sources without a reason are refused', () => {
  const r = validateSources([
    { id: 's', kind: 'article', publisher: 'P', title: 'T', date: '2021-07-07' },
    { id: 's', kind: 'article', publisher: 'P', title: 'T', date: '2021' },
    { id: 'u', kind: 'article', publisher: 'P', title: 'T', date: null },
    { id: 'v', kind: 'blog', publisher: 'P', title: 'T', date: '2021-13' },
  ]);
  one(r.issues, '[1].id', 'error');
  one(r.issues, '[2].dateNote', 'error');
  one(r.issues, '[3].kind', 'error');
  one(r.issues, '[3].date', 'error');
});
