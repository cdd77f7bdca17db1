// The vote model, attribute normalisers and words: pure, so tested in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel, namedByOption, optionClasses, shownCountries } from '../../../src/components/vote-chart/vote-model.js';
import {
  defaultHighlight,
  findCountry,
  normalizeView,
  resolveGroup,
  resolveHighlight,
} from '../../../src/components/vote-chart/vote-chart.options.js';
import { voteDescription, voteTable } from '../../../src/components/vote-chart/vote-chart.text.js';
import type { DataIssue } from '../../../src/data/issue.js';
import { TALLY_ONLY, TWO_OPTIONS, WITH_PRESENT } from '../../fixtures/vote.js';
import { VOTE, VOTE_WITH_HIGHLIGHT, countRollCall } from './helpers.node.js';

test('the bundled roll call counts 119 / 1 / 36 / 37 of 193, and the model agrees', () => {
  const counted = countRollCall(VOTE);
  assert.deepEqual(counted, { yes: 119, no: 1, abstain: 36, absent: 37 } as Record<string, number>);
  const model = buildModel(VOTE, { showAbsent: false });
  for (const o of model.options) assert.equal(o.count, counted[o.id], o.id);
  assert.equal(model.total, 193);
  assert.equal(model.shownTotal, 156);
  assert.equal(model.hiddenAbsent, 37);
  assert.equal(buildModel(VOTE, { showAbsent: true }).shownTotal, 193);
});

test('countries are ordered by vote, then name', () => {
  const model = buildModel(VOTE, { showAbsent: true });
  const order = VOTE.options.map((o) => o.id);
  const collator = new Intl.Collator('en');
  for (let i = 1; i < model.countries.length; i++) {
    const a = model.countries[i - 1]!;
    const b = model.countries[i]!;
    const byVote = order.indexOf(a.option.id) - order.indexOf(b.option.id);
    assert.ok(byVote < 0 || (byVote === 0 && collator.compare(a.name, b.name) <= 0), `${a.name} before ${b.name}`);
  }
  assert.equal(shownCountries(buildModel(VOTE, { showAbsent: false })).length, 156);
});

test('vote colours: semantic by id, other options take unused palette colours in order', () => {
  assert.deepEqual(optionClasses(VOTE.options), ['vote-yes', 'vote-no', 'vote-abstain', 'vote-absent']);
  assert.deepEqual(optionClasses(TWO_OPTIONS.options), ['vote-yes', 'vote-no']);
  // Palette 1, 2, 4 and 8 are reserved for yes, abstain, no and absent: "present" gets palette 3 (class c2).
  assert.deepEqual(optionClasses(WITH_PRESENT.options), ['vote-yes', 'vote-no', 'c2']);
  assert.deepEqual(
    optionClasses([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'gone', label: 'Gone', absent: true },
    ]),
    ['c2', 'c4', 'vote-absent'],
  );
});

test('annotations name the lone vote, the highlighted and the group, per option', () => {
  const model = buildModel(VOTE, { showAbsent: false });
  const named = namedByOption(model, { highlight: ['RUS', 'CHN'], group: VOTE.groups!.find((g) => g.id === 'neighbours')! });
  assert.deepEqual(
    named.get('no')!.map((c) => c.iso3),
    ['BLR'],
  );
  assert.deepEqual(
    named.get('abstain')!.map((c) => c.iso3),
    ['RUS', 'CHN', 'IND', 'LAO', 'THA', 'BGD'],
  );
  assert.deepEqual(named.get('yes'), []);
  // Without a roll call nobody can be named.
  const tally = buildModel(TALLY_ONLY, { showAbsent: false });
  assert.deepEqual([...namedByOption(tally, { highlight: ['BLR'], group: null }).values()].flat(), []);
});

test('the default highlight comes from the data: its `highlight` group, else its first group', () => {
  assert.deepEqual(defaultHighlight(VOTE_WITH_HIGHLIGHT), ['BLR', 'RUS', 'CHN']);
  assert.deepEqual(defaultHighlight({ ...VOTE, groups: [{ id: 'g', label: 'G', members: ['FRA'], sources: [] }] }), ['FRA']);
  assert.deepEqual(defaultHighlight(TALLY_ONLY), []);
});

test('highlight accepts codes and names in any case, and names what it cannot find', () => {
  const { countries } = buildModel(VOTE, { showAbsent: true });
  const issues: DataIssue[] = [];
  const codes = (v: string) => resolveHighlight(v, countries, issues).map((c) => c.iso3);
  assert.deepEqual(codes('BLR RUS CHN'), ['BLR', 'RUS', 'CHN']);
  assert.deepEqual(codes('blr, Russian Federation; china'), ['BLR', 'RUS', 'CHN']);
  assert.deepEqual(codes('Russian Federation China'), ['RUS', 'CHN']);
  assert.deepEqual(codes('Russia Bolivia Côte'), ['RUS', 'BOL', 'CIV']);
  assert.equal(issues.length, 0);
  assert.deepEqual(codes('BLR XYZ'), ['BLR']);
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.path, 'highlight');
  assert.match(issues[0]!.message, /^highlight: "XYZ" matches no country in this vote/);
});

test('findCountry: exact code or name first, then a unique prefix of four letters or more', () => {
  const { countries } = buildModel(VOTE, { showAbsent: true });
  assert.equal(findCountry('belarus', countries)?.iso3, 'BLR');
  assert.equal(findCountry('MMR', countries)?.iso3, 'MMR');
  assert.equal(findCountry('Iran', countries)?.iso3, 'IRN');
  assert.equal(findCountry('Niger', countries)?.iso3, 'NER', 'an exact name wins over a longer one it prefixes');
  assert.equal(findCountry('Guin', countries), null, 'ambiguous: Guinea, Guinea-Bissau, Equatorial Guinea…');
  assert.equal(findCountry('Be', countries), null);
});

test("group must be one of the data's groups; the warning lists them", () => {
  const issues: DataIssue[] = [];
  assert.equal(resolveGroup('ASEAN', VOTE, issues)?.id, 'asean');
  assert.equal(resolveGroup('nordic', VOTE, issues), null);
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.path, 'group');
  assert.match(issues[0]!.message, /invalid group: "nordic"; use one of neighbours, asean/);
  resolveGroup('x', TALLY_ONLY, issues);
  assert.match(issues[1]!.message, /defines no groups/);
});

test('view falls back to bar with a warning naming the attribute', () => {
  const issues: DataIssue[] = [];
  assert.equal(normalizeView('Hemicycle', issues), 'hemicycle');
  assert.equal(normalizeView('pie', issues), 'bar');
  assert.match(issues[0]!.message, /invalid view: "pie"; use one of bar, hemicycle, map/);
});

test('the description states the result in words, built from the record, dates day first', () => {
  const model = buildModel(VOTE, { showAbsent: false });
  assert.equal(
    voteDescription(model, 'en'),
    'UN General Assembly vote, 18 June 2021: 119 in favour, 1 against (Belarus), 36 abstained; 37 of 193 members did not vote.',
  );
  assert.match(voteDescription(model, 'de'), /18\. Juni 2021: 119 in favour/);
  assert.equal(
    voteDescription(buildModel(WITH_PRESENT, { showAbsent: false }), 'en'),
    'OAS/99, 2019: 5 yes, 1 no (Chile), 3 present, not voting (Bolivia, Paraguay and Peru), of 9 members.',
  );
  assert.equal(
    voteDescription(buildModel(TALLY_ONLY, { showAbsent: false }), 'en-GB'),
    'City council vote, May 2024: 31 yes, 17 no, 4 abstained, of 52 members.',
  );
});

test('the table lists every member with its vote, or one row per option without a roll call', () => {
  const t = voteTable(buildModel(VOTE, { showAbsent: false }), 'en');
  assert.equal(t.rows.length, 193);
  assert.deepEqual(
    t.rows.find((r) => r.iso3 === 'BLR'),
    { country: 'Belarus', iso3: 'BLR', vote: 'Against' },
  );
  const counts = countRollCall(VOTE);
  const labels = Object.fromEntries(VOTE.options.map((o) => [o.label, o.id]));
  const perLabel: Record<string, number> = {};
  for (const r of t.rows) perLabel[labels[r.vote as string]!] = (perLabel[labels[r.vote as string]!] ?? 0) + 1;
  assert.deepEqual(perLabel, counts);
  const tally = voteTable(buildModel(TALLY_ONLY, { showAbsent: false }), 'en');
  assert.deepEqual(tally.rows, [
    { option: 'Yes', count: 31, share: 59.6 },
    { option: 'No', count: 17, share: 32.7 },
    { option: 'Abstained', count: 4, share: 7.7 },
  ]);
});
