// Names in the reader's language (src/internal/local-names.ts) and where they enter each
// component's model: pure, so tested in Node, against names written out here by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dataName,
  englishLang,
  localName,
  namesAsGiven,
  regionName,
  regionNamesPending,
  regionNamesReady,
} from '../../src/internal/local-names.js';
import { installScripts, textWidth, wrap } from '../../src/internal/text-metrics.js';
import { scripts } from '../../src/internal/text-scripts.js';
import { buildModel } from '../../src/components/vote-chart/vote-model.js';
import { findCountry, resolveHighlight } from '../../src/components/vote-chart/vote-chart.options.js';
import { localArms, vocabularyOf } from '../../src/components/arms-flow/arms-model.js';
import { normalizeArmsOptions } from '../../src/components/arms-flow/arms-flow.options.js';
import { localNetwork } from '../../src/components/relation-map/view.js';
import { validateNetwork } from '../../src/data/network.js';
import { defaultNetwork } from '../../src/data/network.default.js';
import { defaultArms } from '../../src/data/arms.default.js';
import type { DataIssue } from '../../src/data/issue.js';
import { VOTE } from '../components/vote-chart/helpers.node.js';

/** Waits until `regionName` answers in `locale` (its code, then its table); how many loads that took. */
async function namesLoaded(locale: string): Promise<number> {
  let loads = 0;
  for (let p = regionNamesPending(locale); p; p = regionNamesPending(locale)) {
    await p;
    assert.ok(++loads <= 2, `${locale}: still waiting after the code and the table`);
  }
  return loads;
}

test("English pages keep the data's names and load nothing", () => {
  for (const l of ['en', 'en-GB', 'en-US', '']) assert.equal(namesAsGiven(l), true, l);
  assert.equal(regionNamesPending('en'), null);
  assert.equal(regionName('en', '104'), undefined);
  assert.equal(localName('en-GB', { name: 'Belarus', names: { be: 'Беларусь' } }), 'Belarus');
  assert.equal(englishLang('en'), undefined);
  assert.equal(englishLang('my'), 'en');
});

test('a name from the data: the exact tag, then the language; never a prototype key', () => {
  const names = { my: 'မင်းအောင်လှိုင်', 'pt-BR': 'X', ru: 'Мин Аунг Хлайн' };
  assert.equal(dataName('my-MM', names), 'မင်းအောင်လှိုင်');
  assert.equal(dataName('pt-BR', names), 'X');
  assert.equal(dataName('be', names), undefined);
  assert.equal(dataName('constructor', names), undefined);
  assert.equal(localName('be', { name: 'Min Aung Hlaing', names }), 'Min Aung Hlaing');
});

test('country names in Burmese, Russian and Belarusian from the CLDR tables, by M49 code, once loaded', async () => {
  // Before any is loaded, another language has no names yet (their code is not on an English page).
  assert.equal(regionName('de', 'BY'), undefined);
  for (const l of ['my', 'ru', 'be']) {
    assert.ok((await namesLoaded(l)) > 0, `${l} loads a table`);
    assert.equal(regionNamesReady(l), true);
  }
  assert.equal(regionName('my', '112'), 'ဘီလာရုစ်');
  assert.equal(regionName('ru', '112'), 'Беларусь');
  assert.equal(regionName('be', '643'), 'Расія');
  assert.equal(regionName('ru', '104'), 'Мьянма (Бирма)');
  assert.equal(regionName('ru', '104', 'short'), 'Мьянма');
  assert.equal(regionName('ru', '999'), undefined);
  // Another language goes to Intl (Node has full ICU), by alpha-2 or M49.
  assert.equal(regionName('de', '104'), 'Myanmar');
  assert.equal(regionName('de', 'BY'), 'Belarus');
});

test("the vote model names countries in the page's language; highlight still takes English names and codes", async () => {
  await namesLoaded('my');
  const model = buildModel(VOTE, { showAbsent: true, locale: 'my' });
  const blr = model.byIso.get('BLR')!;
  assert.equal(blr.name, 'ဘီလာရုစ်');
  assert.equal(blr.en, 'Belarus');
  // The seat order is the English one, whatever the page's language.
  assert.deepEqual(
    model.countries.map((c) => c.iso3),
    buildModel(VOTE, { showAbsent: true }).countries.map((c) => c.iso3),
  );
  const issues: DataIssue[] = [];
  const found = resolveHighlight('Belarus, Russian Federation China; VNM ရုရှား', model.countries, issues);
  assert.deepEqual(issues, []);
  assert.deepEqual(
    found.map((c) => c.iso3),
    ['BLR', 'RUS', 'CHN', 'VNM'],
  );
  assert.equal(findCountry('Russia', model.countries)?.iso3, 'RUS');
});

test('arms: suppliers renamed everywhere at once; supplier="Russia" still works; English data untouched', async () => {
  await namesLoaded('ru');
  const data = defaultArms();
  assert.equal(localArms(data, 'en').data, data);
  const local = localArms(data, 'ru');
  const suppliers = new Set(local.data.register.deliveries.map((d) => d.supplier));
  assert.ok(suppliers.has('Россия') && suppliers.has('Китай') && !suppliers.has('Russia'));
  assert.ok(suppliers.has('unknown supplier(s)'), "no code: the data's name");
  assert.ok(local.data.figures.some((f) => f.subject === 'Россия'));
  assert.equal(local.english.get('Россия'), 'Russia');
  const row = local.data.register.deliveries.find((d) => d.supplier === 'Россия')!;
  assert.equal(local.original(row).supplier, 'Russia');
  assert.ok(
    data.register.deliveries.every((d) => !/[а-я]/i.test(d.supplier)),
    'the given data is not changed',
  );
  const issues: DataIssue[] = [];
  const opts = normalizeArmsOptions({ supplier: 'Russia, China, BLR' }, vocabularyOf(local.data, local.english), issues);
  assert.deepEqual(issues, []);
  assert.deepEqual([...opts.filter.suppliers].sort(), ['Беларусь', 'Китай', 'Россия']);
});

test('relation-map: actors named from their `names`, ids untouched, the same object on an English page', () => {
  const data = defaultNetwork();
  assert.equal(localNetwork(data, 'en'), data);
  const my = localNetwork(data, 'my');
  const by = (id: string) => my.actors.find((a) => a.id === id)!;
  assert.equal(by('min-aung-hlaing').name, 'မင်းအောင်လှိုင်');
  assert.equal(by('alexander-lukashenko').name, 'Alexander Lukashenko', 'no Burmese form in the data: Latin kept');
  assert.equal(localNetwork(data, 'be').actors.find((a) => a.id === 'alexander-lukashenko')!.name, 'Аляксандр Лукашэнка');
  assert.deepEqual(
    my.actors.map((a) => a.id),
    data.actors.map((a) => a.id),
  );
});

test('every actor of the bundled network has a Russian name, and a source for its names', () => {
  for (const a of defaultNetwork().actors) {
    if (
      a.id === 'rada-airlines' ||
      a.id === 'justice-for-myanmar' ||
      a.id === 'aapp' ||
      a.id === 'us-sanctioned-brokers' ||
      a.id === 'kazan-helicopter-maker'
    )
      continue;
    if (
      [
        'aung-moe-myint',
        'kyaw-moe-tun',
        'than-swe',
        'htin-kyaw',
        'nyan-tun',
        'thaung-tun',
        'khin-aung-myint',
        'myint-nwe',
        'tin-maung-win',
      ].includes(a.id)
    )
      continue;
    assert.ok(a.names?.['ru'], `${a.id} has a Russian name`);
  }
  for (const a of defaultNetwork().actors) if (a.names) assert.ok(a.namesSource, `${a.id}: where its names come from`);
});

test('names: validated like every field; a bad entry is reported and left out', () => {
  const net = (names: unknown) => ({
    actors: [
      { id: 'a', kind: 'state', name: 'A', names, sources: [] },
      { id: 'b', kind: 'state', name: 'B', sources: [] },
    ],
    ties: [{ type: 'visit', source: 'a', target: 'b', label: 'x', sources: [] }],
  });
  let r = validateNetwork(net({ my: 'မ', ru: ' ', 'not a tag': 'x', be: 3, __proto__: 'y' }));
  const a = r.value!.actors[0]!;
  assert.deepEqual({ ...a.names }, { my: 'မ' });
  const paths = r.issues.map((i) => i.path);
  assert.ok(paths.includes('actors[0].names.ru'), paths.join());
  assert.ok(paths.includes('actors[0].names.not a tag'), paths.join());
  assert.ok(paths.includes('actors[0].names.be'), paths.join());
  r = validateNetwork(net(['my']));
  assert.equal(r.value!.actors[0]!.names, undefined);
  assert.ok(r.issues.some((i) => i.path === 'actors[0].names' && i.severity === 'warning'));
});

test('Burmese labels wrap between words (Intl.Segmenter), never inside one; widths estimated wide for Myanmar and Cyrillic', () => {
  // As on a page in another language (region-names.ts installs them), whatever the tests before loaded.
  installScripts(scripts);
  const text = 'ကုလသမဂ္ဂအထွေထွေညီလာခံ';
  const lines = wrap(text, 50, 12);
  assert.ok(lines.length > 1, lines.join('|'));
  assert.equal(lines.join(''), text);
  assert.deepEqual(lines, ['ကုလသမဂ္ဂ', 'အထွေထွေ', 'ညီလာခံ']);
  // Latin text still breaks at spaces only, the spaces kept between words.
  assert.equal(wrap('Belarus alone voted against', 80, 12).join(' '), 'Belarus alone voted against');
  assert.deepEqual(wrap('Belarus alone voted against', 1000, 12), ['Belarus alone voted against']);
  // Measured in Chromium with Padauk at 12 px: 27 and 41 px; DejaVu Sans: Беларусь 52 px.
  assert.ok(textWidth('မြန်မာ', 12) >= 27 && textWidth('ဘီလာရုစ်', 12) >= 41);
  assert.ok(textWidth('Беларусь', 12) >= 52);
  assert.equal(textWidth('\u103a', 12), 0, 'a combining sign takes no width');
  // Never between a virama and the consonant stacked under it, whatever the engine's segmenter does.
  for (const line of wrap('ရုရှား တရုတ် အိန္ဒိယ လာအို ထိုင်း ဘင်္ဂလားဒေ့ရှ်', 60, 12)) assert.ok(!line.endsWith('\u1039'), line);
});
