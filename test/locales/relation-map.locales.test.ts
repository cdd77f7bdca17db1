/**
 * <relation-map> on Burmese, Russian and Belarusian pages, every layout at 320 and 960 px:
 * actors named from the data's `names`, labels clear, text the data has only in English
 * marked `lang="en"`, `center` still taking ids, and nothing axe calls serious.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../src/components/relation-map/relation-map.js';
import { LANGS, expectTextsClear, inScript, mountIn, words } from './locales.js';

/** Min Aung Hlaing as each page names him: Burmese script; no settled Cyrillic form for `be` (Latin kept). */
const MAH = { my: 'မင်းအောင်လှိုင်', ru: 'Мин Аунг Хлайн', be: 'Min Aung Hlaing' } as const;
const LUKASHENKO = { my: 'Alexander Lukashenko', ru: 'Александр Лукашенко', be: 'Аляксандр Лукашэнка' } as const;

for (const lang of LANGS) {
  for (const layout of ['story', 'force', 'radial', 'geo'] as const) {
    for (const width of [320, 960]) {
      it(`${lang}, ${layout}, ${width} px: actors in the page's language, labels clear`, async function () {
        this.timeout(40000);
        const { host, el } = await mountIn<RelationMap>('relation-map', lang, `layout="${layout}"`, width, '.labels text.label');
        await el.updateComplete;
        const svgs = el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg');
        // The tolerance of relation-map's own label test (1 px): touching is not running into.
        expectTextsClear(
          [...svgs].filter((s) => s.querySelector('.labels')),
          `${lang} ${layout} ${width}px`,
          (t) => !t.matches('.labels text.label'),
          false,
          1,
        );
        const labels = [...el.shadowRoot!.querySelectorAll('.labels text.label')].map(words);
        // The story and the web name him (radial and geo label the states and whom room allows).
        if (layout === 'story' || layout === 'force') expect(labels).to.include(MAH[lang]);
        expect(
          labels.some((l) => inScript(lang, l)),
          `labels in the page's script: ${labels.join(', ')}`,
        ).to.equal(true);
        host.remove();
      });
    }
  }

  it(`${lang}: the story's callouts and the chrome speak the page's language; English-only words are marked`, async function () {
    this.timeout(40000);
    const { el } = await mountIn<RelationMap>('relation-map', lang, '', 960, '.labels text.label');
    const callouts = [...el.shadowRoot!.querySelectorAll('text.callout')];
    expect(callouts.length, 'words on the key ties at 960 px').to.be.greaterThan(0);
    for (const c of callouts) {
      expect(inScript(lang, words(c)), `callout "${words(c)}" in the page's script`).to.equal(true);
      expect(c.hasAttribute('lang'), 'a translated callout is not marked English').to.equal(false);
    }
    for (const sel of ['[part="title"]', '[part="description"]', 'button.whole', '.legend', '.key-ties-title']) {
      const text = words(el.shadowRoot!.querySelector(sel));
      expect(inScript(lang, text), `${sel} in the page's script: ${text}`).to.equal(true);
    }
    // The hidden table: headers in the page's language; the data's English descriptions and sources marked so.
    const table = el.shadowRoot!.querySelector('table')!;
    expect(inScript(lang, words(table.querySelector('thead')))).to.equal(true);
    const cells = [...table.querySelectorAll('tbody tr')][0]!.querySelectorAll('td');
    expect([...cells].map((c) => c.getAttribute('lang'))).to.deep.equal([null, null, null, 'en', 'en']);
    // The key ties' own labels are English in the data: marked so.
    const labels = [...el.shadowRoot!.querySelectorAll('.key-ties li > span[lang]')];
    expect(labels.length).to.be.greaterThan(0);
    for (const l of labels) expect(l.getAttribute('lang')).to.equal('en');
  });

  it(`${lang}: details and list name people in the page's language; English-only text is marked lang="en"; axe finds nothing`, async function () {
    this.timeout(40000);
    const { el } = await mountIn<RelationMap>(
      'relation-map',
      lang,
      'layout="force" center="alexander-lukashenko"',
      960,
      '.labels text.label',
    );
    expect(el.issues.filter((i) => i.path === 'center')).to.deep.equal([]);
    expect(words(el.shadowRoot!.querySelector('[part="description"]'))).to.contain(LUKASHENKO[lang]);
    const list = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.list-view')!;
    list.open = true;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const names = [...list.querySelectorAll('.actor-name')].map(words);
    expect(names).to.include(LUKASHENKO[lang]);
    // Tie labels are English only: each carries lang="en".
    const tieTexts = [...list.querySelectorAll('li li span[lang]')];
    expect(tieTexts.length).to.be.greaterThan(0);
    for (const s of tieTexts) expect(s.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });
}

it('en: English text carries no lang attribute of its own', async function () {
  this.timeout(30000);
  const { el } = await mountIn<RelationMap>('relation-map', 'en', 'layout="force"', 960, '.labels text.label');
  const list = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.list-view')!;
  list.open = true;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  expect(list.querySelectorAll('[lang]').length).to.equal(0);
  expect([...el.shadowRoot!.querySelectorAll('.labels text.label')].map(words)).to.include('Min Aung Hlaing');
});
