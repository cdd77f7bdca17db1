// A second data editor's review of the issue 13 corrections: each finding as a check that fails
// if it comes back (the order of the March 2025 visits, wording that followed the articles, a
// note that said more than its reference, and the data notices a publisher reads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sources from '../../data/sources.json';
import vote from '../../data/vote.json';
import arms from '../../data/arms.json';
import network from '../../data/network.json';
import events from '../../data/events.json';
import disagreements from '../../data/disagreements.json';
import tiles from '../../data/geo/tiles.json';
import pkg from '../../package.json';
import { copiedWording, readArticles, type Dataset } from './provenance.js';
import { noSeeds, repoRoot, seedsDir } from './shared.js';

const DATA = { sources, vote, arms, network, events, disagreements } as unknown as Dataset;
const tie = (id: string) => DATA.network.ties.find((t) => t.id === id)!;
const event = (id: string) => DATA.events.find((e) => e.id === id)!;
const source = (id: string) => DATA.sources.find((s) => s.id === id)!;
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

test('the March 2025 visits sit after January 2025 on the timeline, the Kremlin meeting dated from a page read for it', () => {
  const ids = DATA.events.map((e) => e.id);
  assert.equal(event('mah-russia-belarus-2025').date, '2025-03');
  assert.ok(ids.indexOf('mah-russia-belarus-2025') > ids.indexOf('ryzhenkov-myanmar-2025'), 'after the January visit');
  assert.equal(ids.at(-1), 'mah-russia-belarus-2025');
  // A bare "2025" would sort before January 2025: every record from The Diplomat carries its month.
  for (const r of [...DATA.events, ...DATA.network.ties]) {
    if (r.sources.includes('diplomat-mah-belarus') && r.date?.startsWith('2025')) assert.notEqual(r.date, '2025', r.id);
  }
  const rfa = source('rfa-mah-putin-2025');
  assert.equal(rfa.kind, 'reference');
  assert.ok(rfa.confirmed);
  assert.match(rfa.url!, /^https:\/\/rfa\.org\/english\/myanmar\/2025\/03\/04\//);
  for (const id of ['mah-putin', 'mah-predicts-russian-victory']) {
    assert.equal(tie(id).date, '2025-03-04', id);
    assert.deepEqual(tie(id).sources, ['diplomat-mah-belarus', 'rfa-mah-putin-2025'], id);
    assert.equal(tie(id).dateFrom, undefined, `${id}: dated by Radio Free Asia, not by The Diplomat's own date`);
  }
  // "first official meeting" stays The Diplomat's words.
  assert.match(tie('mah-putin').label, /The Diplomat calls his "first official meeting"/);
  for (const id of ['mah-visit-blr-state', 'mah-ryzhenkov-airport', 'mah-shuleiko', 'blr-mm-business-forum-minsk']) {
    assert.equal(tie(id).date, '2025-03', id);
    assert.equal(tie(id).dateAsStated, 'yesterday', id);
  }
});

const reviewed = {
  ties: [
    'lukashenko-offer-2014',
    'mah-predicts-russian-victory',
    'mah-putin',
    'blr-mm-business-forum',
    'blr-mm-business-forum-minsk',
    'ussr-built-institute-hotel-hospital',
    'rus-mm-agreements',
    'rus-navy-training',
    'blr-russian-troops',
    'lukashenko-alliance-call',
    'unsc-statements',
    'rus-coup-domestic-matter',
    'chn-coup-domestic-matter',
    'usa-urges-arms-halt',
    'aapp-death-count-2021',
    'jfm-belarus-arms-list-2022',
    'mah-putin-2022',
  ],
  events: [
    'lukashenko-offer-2014',
    'armed-forces-day-2021',
    'aapp-count-2021',
    'mah-putin-2022',
    'ryzhenkov-myanmar-2025',
    'mah-russia-belarus-2025',
  ],
};

test('the labels the corrections added copy no run of 6 words from an article outside quotation marks', { skip: noSeeds }, () => {
  const texts = readArticles(DATA.sources, seedsDir);
  const only: Dataset = {
    ...DATA,
    sources: DATA.sources.filter((s) => s.kind === 'article'),
    vote: { ...DATA.vote, groups: [] },
    arms: { ...DATA.arms, figures: [], systems: [], markers: [] },
    network: { ...DATA.network, actors: [], ties: DATA.network.ties.filter((t) => reviewed.ties.includes(t.id)) },
    events: DATA.events.filter((e) => reviewed.events.includes(e.id)),
    disagreements: [],
  };
  // The source notes are not under review here; only labels, titles and their notes.
  only.sources = only.sources.map((s) => ({ ...s, dateNote: undefined, note: undefined }));
  assert.equal(only.network.ties.length, reviewed.ties.length);
  assert.equal(only.events.length, reviewed.events.length);
  assert.deepEqual(copiedWording(only, texts, 6), []);
});

test('claims keep the source\'s scope: countries, not every country; "another" forum, not a counted one; the Soviet projects as Lost Footsteps dates them', () => {
  assert.doesNotMatch(tie('usa-urges-arms-halt').label, /\bevery\b|\ball countries\b/i);
  assert.match(tie('usa-urges-arms-halt').label, /as of July 2021/);
  for (const id of ['rus-coup-domestic-matter', 'chn-coup-domestic-matter']) {
    assert.match(tie(id).label, /"a domestic matter for Myanmar"/, id);
  }
  const note = tie('ussr-built-institute-hotel-hospital').note ?? '';
  assert.match(note, /February 1960/);
  assert.doesNotMatch(note, /1950s/, 'Lost Footsteps dates the trip to February 1960');
  assert.match(event('armed-forces-day-2021').title, /report calls "the highest-profile visit by a foreign government official"/);
  // The Diplomat calls the Minsk forum "another", after the first in Yangon; it does not count them.
  for (const text of [tie('blr-mm-business-forum-minsk').label, event('mah-russia-belarus-2025').title]) {
    assert.doesNotMatch(text, /\bsecond\b/i, text);
    assert.match(text, /\banother\b/i, text);
  }
});

/* The notices a commercial publisher reads. */

test('the package ships the licence, the data notice and the third-party notices', () => {
  for (const f of ['LICENSE', 'THIRD-PARTY-NOTICES.md', 'data/NOTICE.md']) {
    assert.ok(pkg.files.includes(f), `package.json files ships ${f}`);
    assert.ok(existsSync(path.join(repoRoot, f)), f);
  }
  assert.match(read('LICENSE'), /MIT License/);
  assert.match(read('LICENSE'), /does not cover the data/);
});

test('data/NOTICE.md names every bundled data file, and the terms and credit lines of each owner', () => {
  const notice = read('data/NOTICE.md');
  const files = [
    ...readdirSync(path.join(repoRoot, 'data')).filter((f) => f.endsWith('.json')),
    ...readdirSync(path.join(repoRoot, 'data/geo'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `geo/${f}`),
  ];
  for (const f of files) assert.ok(notice.includes(`\`${f}\``), `NOTICE.md names ${f}`);
  // The CC BY-SA tile grid: its licence and its credit, word for word as the widget prints it.
  assert.match(notice, /`geo\/tiles\.json`[^\n]*CC BY-SA 4\.0/);
  assert.ok(notice.includes(tiles.credit), 'the tile grid credit');
  assert.ok(read('THIRD-PARTY-NOTICES.md').includes(tiles.credit), 'the tile grid credit in THIRD-PARTY-NOTICES.md');
  assert.match(read('README.md'), /\*\*Tile grid\*\*[^\n]*CC BY-SA 4\.0/);
  // UN and SIPRI terms in plain words, SIPRI's credit line as sources.json gives it.
  assert.match(notice, /\*\*non-commercial\*\*/);
  assert.ok(notice.includes(source('sipri-atdb-2025').terms!.match(/"([^"]+)"/)![1]!), 'SIPRI credit line');
  // Every page read for a name or a fact is named, by publisher.
  for (const s of DATA.sources.filter((x) => x.kind === 'reference')) {
    assert.ok(notice.includes(s.publisher.split(' (')[0]!), `NOTICE.md names ${s.publisher}`);
  }
});

test(
  'THIRD-PARTY-NOTICES.md has every runtime dependency, at the version installed',
  { skip: !existsSync(path.join(repoRoot, 'node_modules/lit/package.json')) && 'no node_modules' },
  () => {
    const notices = read('THIRD-PARTY-NOTICES.md');
    for (const name of Object.keys(pkg.dependencies)) {
      const { version } = JSON.parse(read(`node_modules/${name}/package.json`)) as { version: string };
      assert.ok(notices.includes(`## ${name} ${version} (`), `${name} ${version}`);
    }
  },
);
