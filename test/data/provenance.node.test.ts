// Provenance: every figure, name and date the dataset cites to an article must appear in that
// article's text (whitespace and typographic quotes/dashes normalised, nothing more lenient),
// so a typo or an invention fails; our own wording must not copy the articles' sentences.
// Skipped, with a message, when ../shared/seeds is absent (it is present in CI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sources from '../../data/sources.json';
import vote from '../../data/vote.json';
import arms from '../../data/arms.json';
import network from '../../data/network.json';
import events from '../../data/events.json';
import disagreements from '../../data/disagreements.json';
import { copiedText, copiedWording, provenanceProblems, readArticles, type Dataset } from './provenance.js';
import { noSeeds, repoRoot, seedsDir } from './shared.js';

const DATA = { sources, vote, arms, network, events, disagreements } as unknown as Dataset;
const suite = { skip: noSeeds };
if (noSeeds) console.log(`# provenance skipped: ${noSeeds}`);
const texts = noSeeds ? new Map<string, string>() : readArticles(DATA.sources, seedsDir);

function expectNone(problems: string[]): void {
  assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
}

const checked = noSeeds ? {} : provenanceProblems(DATA, texts);
for (const section of ['sources', 'vote', 'figures', 'systems', 'markers', 'actors', 'ties', 'events', 'disagreements']) {
  test(`${section}: every name, figure and date cited to an article is in its text`, suite, () => {
    expectNone(checked[section] ?? []);
  });
}

test('our labels, titles, roles and notes copy no run of 8 words from an article (quotes aside)', suite, () => {
  expectNone(copiedWording(DATA, texts));
});

test('no article text is copied into data/ (runs of 15 words, quotes included)', suite, () => {
  const files = new Map<string, string>();
  for (const f of ['sources.json', 'vote.json', 'arms.json', 'network.json', 'events.json', 'disagreements.json', 'README.md']) {
    try {
      files.set(`data/${f}`, readFileSync(path.join(repoRoot, 'data', f), 'utf8'));
    } catch {
      // README.md may not exist yet
    }
  }
  expectNone(copiedText(files, texts));
});

/* The checks catch what they are for: doctored copies of the data fail. */

function doctored(edit: (d: Dataset) => void): Record<string, string[]> {
  const copy = structuredClone(DATA);
  edit(copy);
  return provenanceProblems(copy, texts);
}
const find = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

test('a mistyped figure fails (16% -> 17%)', suite, () => {
  const r = doctored((d) => {
    const f = find(d.arms.figures, 'russia-share-2015-2019');
    f.value = 17;
  });
  assert.match(r.figures!.join('\n'), /russia-share-2015-2019: value 17/);
});

test('a dropped qualifier fails ("at least" removed)', suite, () => {
  const r = doctored((d) => {
    delete find(d.arms.figures, 'russia-post-coup-shipments').qualifier;
  });
  assert.match(r.figures!.join('\n'), /russia-post-coup-shipments: .* is qualified/);
});

test('an invented quotation fails', suite, () => {
  const r = doctored((d) => {
    find(d.arms.figures, 'china-share-2015-2019').asStated = '51%';
  });
  assert.match(r.figures!.join('\n'), /"51%" not in russia-key-backer-2021/);
});

test('a misspelt name fails', suite, () => {
  const r = doctored((d) => {
    find(d.network.actors, 'min-aung-hlaing').name = 'Min Aung Hliang';
    find(d.network.actors, 'min-aung-hlaing').asStated = [];
  });
  assert.match(r.actors!.join('\n'), /actors\.min-aung-hlaing/);
});

test('a date that disagrees with its stated words fails (2014-11 vs 2015-11)', suite, () => {
  const r = doctored((d) => {
    find(d.network.ties, 'mah-lukashenko-2014').date = '2015-11';
  });
  assert.match(r.ties!.join('\n'), /mah-lukashenko-2014\.dateAsStated names 2014/);
});

test('a wrong day fails (Feb. 10 -> 2021-02-11)', suite, () => {
  const r = doctored((d) => {
    find(d.events, 'rada-yangon').date = '2021-02-11';
  });
  assert.match(r.events!.join('\n'), /rada-yangon\.dateAsStated names day 10/);
});

test('a tie cited to an article that does not name its actors fails', suite, () => {
  const r = doctored((d) => {
    find(d.network.ties, 'blr-kvadrat-m').sources = ['globalsecurity-myanmar-russia'];
    find(d.network.ties, 'blr-kvadrat-m').dateAsStated = undefined;
  });
  assert.match(r.ties!.join('\n'), /blr-kvadrat-m: blr not named in globalsecurity-myanmar-russia/);
  assert.match(r.ties!.join('\n'), /blr-kvadrat-m: dated 2016 from articles only, but no dateAsStated/);
});

test('copied wording is caught', suite, () => {
  const copy = structuredClone(DATA);
  find(copy.network.ties, 'srb-supply').label = 'the airline had permission to operate its transport business in Serbia';
  assert.match(copiedWording(copy, texts).join('\n'), /ties\.srb-supply\.label/);
});
