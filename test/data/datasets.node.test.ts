// The bundled data against its origins: the roll call and tally against the UN CSV, SIPRI's
// rows against the SIPRI CSV (all 212, same values), our calculations recomputed here
// independently, and the loaders (frozen, typed, one object per call).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultVote } from '../../src/data/vote.default.js';
import { defaultArms } from '../../src/data/arms.default.js';
import { defaultNetwork } from '../../src/data/network.default.js';
import { defaultEvents } from '../../src/data/events.default.js';
import { defaultDisagreements } from '../../src/data/disagreements.default.js';
import { defaultSources, getSource, sourceRefs } from '../../src/data/sources.js';
import { computeFromRegister } from '../../src/data/arms.js';
import { noSipriCsv, noVoteCsv, readCsv, sipriCsv, voteCsv } from './shared.js';

/* ------------------------------------------------------------------ loaders */

function assertDeepFrozen(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null) return;
  assert.ok(Object.isFrozen(value), `${path} is not frozen`);
  for (const [k, v] of Object.entries(value)) assertDeepFrozen(v, `${path}.${k}`);
}

test('loaders return the same deep-frozen data on every call', () => {
  const loaders = { defaultVote, defaultArms, defaultNetwork, defaultEvents, defaultDisagreements, defaultSources };
  for (const [name, load] of Object.entries(loaders)) {
    assert.equal(load(), load(), `${name} returns one object`);
    assertDeepFrozen(load(), name);
  }
  assert.throws(() => {
    (defaultVote().rollCall![0] as { vote: string }).vote = 'no';
  }, TypeError);
});

test('sourceRefs: footer labels with dates as stated or inferred, SIPRI with its credit line', () => {
  const refs = sourceRefs(['irrawaddy-2021-07-07', 'sipri-atdb-2025', 'irrawaddy-2021-07-07', 'My newsroom', 'russia-key-backer-2021']);
  assert.deepEqual(refs[0], {
    label: 'The Irrawaddy, "UN Vote Puts Spotlight on Myanmar-Belarus Connection", 7 July 2021',
    url: 'https://www.irrawaddy.com/opinion/analysis/un-vote-puts-spotlight-on-myanmar-belarus-connection.html',
  });
  assert.match(refs[1]!.label, /^Information from the SIPRI Arms Transfers Database/);
  assert.equal(refs[1]!.url, 'https://www.sipri.org/databases/armstransfers');
  assert.deepEqual(refs[2], { label: 'My newsroom' }, 'unknown ids are shown as written; repeats dropped');
  // The printed line cites as a newspaper credit does; the provenance stays in sourceLabel().
  assert.equal(refs[3]!.label, '"Russia Emerges as Key Backer of Myanmar’s Military Post-Coup", July 2021');
  assert.equal(refs.length, 4);
  assert.equal(sourceRefs(['globalsecurity-myanmar-russia'])[0]!.label, 'GlobalSecurity.org, "Myanmar - Russia Relations"');
  assert.equal(getSource('nope'), undefined);
  assert.equal(getSource('undl-a-res-75-287')!.url, 'https://digitallibrary.un.org/record/3929594');
});

/* ------------------------------------------------------------------ vote vs the UN CSV */

const VOTE_MAP: Record<string, string> = { yes: 'yes', no: 'no', abstain: 'abstain', 'non-voting': 'absent' };

test('vote: all 193 roll-call entries equal the UN CSV, and the tally is recounted from it', { skip: noVoteCsv }, () => {
  const rows = readCsv(voteCsv);
  const v = defaultVote();
  assert.equal(rows.length, 193);
  assert.equal(v.rollCall!.length, rows.length);
  const counts: Record<string, number> = {};
  rows.forEach((r, i) => {
    const e = v.rollCall![i]!;
    assert.deepEqual(
      { iso3: e.iso3, m49: e.m49, name: e.name, vote: e.vote },
      { iso3: r['iso3'], m49: r['m49'], name: r['country_name'], vote: VOTE_MAP[r['vote']!] },
      `row ${i + 1}`,
    );
    counts[VOTE_MAP[r['vote']!]!] = (counts[VOTE_MAP[r['vote']!]!] ?? 0) + 1;
  });
  assert.deepEqual(counts, { yes: 119, no: 1, abstain: 36, absent: 37 });
  assert.deepEqual({ ...v.tally }, counts);
  assert.equal(v.total, 193);
});

test("vote: the groups and the articles' statements agree with the roll call", () => {
  const v = defaultVote();
  const voteOf = new Map(v.rollCall!.map((e) => [e.iso3, e.vote]));
  const group = (id: string) => v.groups!.find((g) => g.id === id)!;
  assert.deepEqual([...group('neighbours').members].sort(), ['BGD', 'CHN', 'IND', 'LAO', 'THA']);
  for (const m of group('neighbours').members) assert.equal(voteOf.get(m), 'abstain', `${m} (all five neighbours abstained)`);
  assert.equal(group('asean').members.length, 10);
  for (const m of ['KHM', 'LAO', 'BRN']) assert.equal(voteOf.get(m), 'abstain', m);
  for (const m of ['SGP', 'VNM', 'IDN', 'MYS', 'PHL']) assert.equal(voteOf.get(m), 'yes', m);
  assert.deepEqual(
    v.rollCall!.filter((e) => e.vote === 'no').map((e) => e.iso3),
    ['BLR'],
    'Belarus alone against',
  );
  assert.equal(voteOf.get('RUS'), 'abstain');
  assert.equal(voteOf.get('CHN'), 'abstain');
  // The Irrawaddy: the five neighbours, "Russia and 30 other nations" abstained: 36.
  assert.equal(5 + 1 + 30, v.tally['abstain']);
});

/* ------------------------------------------------------------------ arms vs the SIPRI CSV */

const yes = (s: string) => {
  assert.ok(s === 'Yes' || s === 'No', s);
  return s === 'Yes';
};
const num = (s: string) => (s === '' ? null : Number(s));

test('arms: all 212 SIPRI rows equal the CSV, value for value, in order', { skip: noSipriCsv }, () => {
  const rows = readCsv(sipriCsv);
  const d = defaultArms().register.deliveries;
  assert.equal(rows.length, 212);
  assert.equal(d.length, rows.length);
  rows.forEach((r, i) => {
    assert.deepEqual(
      { ...d[i] },
      {
        sipriId: Number(r['SIPRI AT Database ID']),
        supplier: r['Supplier'],
        recipient: r['Recipient'],
        designation: r['Designation'],
        description: r['Description'],
        category: r['Armament category'],
        orderYear: num(r['Order date']!),
        orderYearEstimate: yes(r['Order date is estimate']!),
        delivered: num(r['Numbers delivered']!),
        deliveredEstimate: yes(r['Numbers delivered is estimate']!),
        deliveryYear: Number(r['Delivery year']),
        deliveryYearEstimate: yes(r['Delivery year is estimate']!),
        status: r['Status'],
        sipriEstimate: num(r['SIPRI estimate']!),
        tivUnit: num(r['TIV deal unit']!),
        tiv: Number(r['TIV delivery values']),
        localProduction: yes(r['Local production']!),
      },
      `row ${i + 1}`,
    );
  });
  assert.equal(d.filter((x) => x.recipient === 'United Wa State (Myanmar)*').length, 2);
  assert.equal(d.filter((x) => x.recipient === 'Myanmar').length, 210);
});

/** Our calculation, done here from the CSV itself (not through the code under test). */
function fromCsv(measure: 'share' | 'sum', supplier: string, from: number, to: number): number {
  let s = 0;
  let t = 0;
  for (const r of readCsv(sipriCsv)) {
    const y = Number(r['Delivery year']);
    if (r['Recipient'] !== 'Myanmar' || y < from || y > to) continue;
    t += Number(r['TIV delivery values']);
    if (r['Supplier'] === supplier) s += Number(r['TIV delivery values']);
  }
  return measure === 'sum' ? s : (100 * s) / t;
}

test('arms: our calculations from the 2025 release (16.3%, 58.2%, 838.81 TIV), recomputed from the CSV', { skip: noSipriCsv }, () => {
  const arms = defaultArms();
  const expected: Record<string, number> = {
    'russia-share-2015-2019': 16.3,
    'china-share-2015-2019': 58.2,
    'russia-arms-2010-2019': 838.81,
  };
  for (const f of arms.figures.filter((x) => x.computed)) {
    const c = f.computed!;
    const ours = computeFromRegister(arms.register, c).value;
    const independent = fromCsv(c.measure, c.supplier, c.from, c.to);
    assert.ok(Math.abs(ours - independent) < 1e-9, `${f.id}: ${ours} vs ${independent}`);
    const digits = c.measure === 'share' ? 1 : 2;
    assert.equal(Number(independent.toFixed(digits)), expected[f.id], f.id);
  }
  // The disagreements quote the same calculations.
  const dis = new Map(defaultDisagreements().map((d) => [d.id, d]));
  assert.ok(dis.get('china-share-2015-2019')!.claims.some((c) => c.value === '58.2%' && c.sources.includes('sipri-atdb-2025')));
  assert.ok(dis.get('russia-share-2015-2019')!.claims.some((c) => c.value === '16.3%'));
  assert.ok(dis.get('russia-2010-2019')!.claims.some((c) => c.value === '838.81 TIV (millions)'));
});

test('arms: the Belarus counts the articles report match the SIPRI rows they point to', () => {
  const arms = defaultArms();
  for (const id of ['belarus-kvadrat-m-2016', 'belarus-3m9-2015-2016', 'belarus-mi24-2019']) {
    const f = arms.figures.find((x) => x.id === id)!;
    const rows = arms.register.deliveries.filter((d) => f.sipriIds!.includes(d.sipriId));
    assert.ok(
      rows.every((r) => r.supplier === 'Belarus'),
      id,
    );
    assert.equal(
      rows.reduce((s, r) => s + (r.delivered ?? 0), 0),
      f.value,
      id,
    );
    const years = rows.map((r) => r.deliveryYear);
    assert.equal(String(Math.min(...years)), f.period.from, id);
    assert.equal(String(Math.max(...years)), f.period.to, id);
  }
});

test('arms: TIV is never labelled as money', () => {
  const arms = defaultArms();
  assert.equal(arms.register.unit, 'SIPRI TIV (millions)');
  assert.ok(arms.figures.every((f) => f.unit !== 'tiv' || !/\$|usd|dollar/i.test(`${f.label} ${f.asStated ?? ''}`)));
  // Nowhere in the arms data, the sources or the disagreements is a TIV number written with a $.
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk([arms.figures, arms.systems, arms.markers, defaultSources(), defaultDisagreements()]);
  const money = strings.filter((s) =>
    /\$\s?[\d.,]+\s*(million)?\s*(SIPRI )?TIV|[\d.,]+\s*TIV\s*(\(millions\)\s*)?(US\$|USD|dollars)/i.test(s),
  );
  assert.deepEqual(money, []);
  for (const key of Object.keys(arms.register.deliveries[0]!)) assert.doesNotMatch(key, /usd|dollar|price/i);
});

test('network and events: every event actor is in the network; the timeline runs 1948 to 2023 in order', () => {
  const ids = new Set(defaultNetwork().actors.map((a) => a.id));
  const events = defaultEvents();
  for (const e of events) for (const a of e.actors ?? []) assert.ok(ids.has(a), `${e.id}: ${a}`);
  assert.equal(events[0]!.date, '1948-02-18');
  for (let i = 1; i < events.length; i++) assert.ok(events[i - 1]!.date <= events[i]!.date, events[i]!.id);
  assert.ok(defaultNetwork().actors.length >= 45);
  assert.ok(defaultNetwork().ties.length >= 80);
});
