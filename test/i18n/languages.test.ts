/**
 * The widget's language: which one it speaks (its own `lang` over the page's), that a language's
 * catalogue loads only when a widget needs it, a page's own wording by message id, plurals, and
 * what a Burmese and a Russian reader see and hear.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../src/components/vote-chart/vote-chart.js';
import { plural, pluralCategory } from '../../src/internal/i18n/plural.js';

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const requests = () => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
/** Locale chunks this page has requested so far (the dev server serves them as .ts files). */
const localeRequests = () => requests().filter((n) => /\/i18n\/locales\//.test(n));
/**
 * Code only a widget in another language (or with `strings`) needs: the catalogue loader, the
 * overrides' parser, the lookup in a catalogue, the country names' code and tables, the
 * metrics of other scripts.
 */
const foreignCode = () =>
  requests().filter((n) =>
    /\/i18n\/(locales\/|(catalogues|overrides|messages|in-language)\.(ts|js)$)|\/(region-names(\.(my|ru|be))?|text-scripts)\.(ts|js)$/.test(
      n,
    ),
  );

async function mount(html: string, pageLang = 'en'): Promise<VoteChart> {
  document.documentElement.lang = pageLang;
  const host = document.createElement('div');
  host.style.width = '640px';
  host.innerHTML = html;
  document.body.replaceChildren(host);
  const el = host.querySelector('vote-chart')!;
  await el.updateComplete;
  await waitUntil(() => q(el, '.frame svg [data-key]'), 'chart was not drawn', { timeout: 20000 });
  await el.updateComplete;
  return el;
}

describe('languages', () => {
  after(() => (document.documentElement.lang = 'en'));

  // First: nothing else on this page has asked for a language yet.
  it('an English page requests no catalogue, nor the code that reads one or names countries in another language', async () => {
    const el = await mount('<vote-chart eager></vote-chart>');
    expect(text(el, '[part="title"]')).to.match(/^Belarus alone voted against/);
    await mount('<vote-chart eager lang="en-GB" view="hemicycle"></vote-chart>');
    expect(foreignCode()).to.deep.equal([]);
  });

  it('an English widget’s `strings` load the code that reads them, and no catalogue or country names', async () => {
    const el = await mount(
      `<vote-chart eager><script type="application/json" slot="strings">{ "figure.download": "The numbers (CSV)" }</script></vote-chart>`,
    );
    expect(text(el, '[part="download"]')).to.equal('The numbers (CSV)');
    const code = foreignCode();
    expect(code.some((n) => /\/i18n\/messages\.(ts|js)$/.test(n))).to.equal(true);
    expect(code.filter((n) => /\/locales\/|region-names/.test(n))).to.deep.equal([]);
  });

  it('a Burmese widget requests exactly its own catalogue, once', async () => {
    await mount('<vote-chart eager lang="my"></vote-chart>');
    await mount('<vote-chart eager lang="my" view="hemicycle"></vote-chart>');
    const chunks = localeRequests();
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/\/locales\/my\.(ts|js)/);
  });

  it('speaks Burmese: title, description, table and the chart’s accessible name', async () => {
    const el = await mount('<vote-chart eager lang="my"></vote-chart>');
    expect(text(el, '[part="title"]')).to.include('တစ်နိုင်ငံတည်းသာ');
    expect(text(el, '[part="description"]')).to.include('အဖွဲ့ဝင်');
    expect(q(el, '.frame svg')!.getAttribute('aria-label')).to.match(/^ဆန္ဒမဲ၏ ဘားဇယား- /);
    expect(text(el, '#vc-keys')).to.include('မြှားခလုတ်');
    expect(text(el, '[part="download"]')).to.equal('ဒေတာ ဒေါင်းလုဒ်ဆွဲရန် (CSV)');
    expect(text(el, 'caption')).to.include('ဆန္ဒမဲများ');
  });

  it('speaks Russian, with Russian plural forms', async () => {
    const el = await mount('<vote-chart eager lang="ru" view="hemicycle"></vote-chart>');
    expect(text(el, '[part="title"]')).to.match(/^Только /);
    expect(text(el, '[part="description"]')).to.include('из 193 членов');
    expect(text(el, '[part="source"]')).to.match(/^Источник(и)?:/);
    expect(q(el, '.frame svg')!.getAttribute('aria-label')).to.match(/^Полукруговая диаграмма голосования/);
    expect(text(el, 'label[for="vc-search"]')).to.equal('Найти страну');
  });

  it('the element’s own lang wins over the page’s, and follows a change of it', async () => {
    const el = await mount('<vote-chart eager lang="ru"></vote-chart>', 'my');
    expect(el.locale).to.equal('ru');
    expect(text(el, '[part="download"]')).to.equal('Скачать данные (CSV)');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(el.locale).to.equal('my');
    expect(text(el, '[part="download"]')).to.equal('ဒေတာ ဒေါင်းလုဒ်ဆွဲရန် (CSV)');
  });

  it('a page’s `strings` override any message by id, with placeholders, in any language', async () => {
    const el = await mount('<vote-chart eager lang="ru"></vote-chart>');
    el.strings = { 'figure.download': 'CSV-файл', 'vote.headline.alone': 'Против голосовала только {0}' };
    await el.updateComplete;
    expect(text(el, '[part="download"]')).to.equal('CSV-файл');
    // {0} is the message's first placeholder: the country (its name is the data's, in the data's language).
    expect(text(el, '[part="title"]')).to.match(/^Против голосовала только (Belarus|Беларусь);/);
    // The rest stays in the catalogue's words.
    expect(text(el, 'label[for="vc-search"]')).to.equal('Найти страну');
  });

  it('reads overrides from an inline <script type="application/json" slot="strings">, which is not the data', async () => {
    const el = await mount(
      `<vote-chart eager><script type="application/json" slot="strings">{ "figure.download": "Get the numbers" }</script></vote-chart>`,
    );
    expect(text(el, '[part="download"]')).to.equal('Get the numbers');
    expect(el.issues).to.deep.equal([]);
    expect(text(el, '[part="title"]')).to.match(/^Belarus alone voted against/);
  });

  it('a language the page adds is used, and ids it lacks stay in English', async () => {
    const { addLocale } = await import('../../src/internal/i18n/catalogues.js');
    addLocale('uk', { 'figure.download': 'Завантажити дані (CSV)' });
    const el = await mount('<vote-chart eager lang="uk-UA"></vote-chart>');
    expect(text(el, '[part="download"]')).to.equal('Завантажити дані (CSV)');
    expect(text(el, 'label[for="vc-search"]')).to.equal('Find a country');
  });

  it('plural messages choose a whole message per category', () => {
    const forms = { one: () => 'one', few: () => 'few', many: () => 'many', other: () => 'other' };
    expect([1, 2, 5, 21, 1.5].map((n) => plural('ru', n, forms))).to.deep.equal(['one', 'few', 'many', 'one', 'other']);
    expect([1, 2, 5].map((n) => plural('en', n, forms))).to.deep.equal(['one', 'other', 'other']);
    expect(pluralCategory('my', 1)).to.equal('other');
    expect(pluralCategory('be', 3)).to.equal('few');
  });
});
