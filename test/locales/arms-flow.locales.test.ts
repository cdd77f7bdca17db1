/**
 * <arms-flow> on Burmese, Russian and Belarusian pages, every view at 320 and 960 px:
 * suppliers named in the page's language, labels clear, `supplier` still taking SIPRI's
 * English names, events still carrying them, and nothing axe calls serious.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../src/components/arms-flow/arms-flow.js';
import { LANGS, expectTextsClear, mountIn, words } from './locales.js';

const RUSSIA = { my: 'ရုရှား', ru: 'Россия', be: 'Расія' } as const;
const MYANMAR = { my: 'မြန်မာ', ru: 'Мьянма', be: 'М’янма' } as const;
/** SIPRI's "Missiles", in the catalogue's words. */
const MISSILES = { my: 'ဒုံးကျည်', ru: 'Ракеты', be: 'Ракеты' } as const;

for (const lang of LANGS) {
  for (const view of ['sankey', 'map', 'timeline'] as const) {
    for (const width of [320, 960]) {
      it(`${lang}, ${view}, ${width} px: suppliers in the page's language, labels clear`, async function () {
        this.timeout(30000);
        const { host, el } = await mountIn<ArmsFlow>('arms-flow', lang, `view="${view}" callouts="none"`, width, '.af-svg [data-i]');
        const svgs = el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.af-svg');
        expect(expectTextsClear(svgs, `${lang} ${view} ${width}px`)).to.be.greaterThan(0);
        const drawn = [...svgs].map((s) => words(s)).join(' ') + words(el.shadowRoot!.querySelector('[part="legend"]'));
        expect(drawn).to.contain(RUSSIA[lang]);
        expect(drawn).to.not.match(/\bRussia\b/);
        expect(words(el.shadowRoot!.querySelector('[part="title"]')), "the recipient named in the page's language").to.contain(
          MYANMAR[lang],
        );
        if (view === 'sankey') {
          expect(drawn, "categories in the page's language").to.contain(MISSILES[lang]);
          expect(drawn).to.not.match(/\b(Aircraft|Missiles|Ships)\b/);
        }
        host.remove();
      });
    }
  }

  it(`${lang}: supplier="Russia, China" and category="Missiles, Aircraft" filter by SIPRI's names; flow-select gives SIPRI's names; axe finds nothing`, async function () {
    this.timeout(30000);
    const { el } = await mountIn<ArmsFlow>(
      'arms-flow',
      lang,
      'supplier="Russia, China" category="Missiles, Aircraft"',
      960,
      '.af-svg [data-i]',
    );
    expect(el.issues.filter((i) => i.path === 'supplier' || i.path === 'category')).to.deep.equal([]);
    expect(new Set(el.table!.rows.map((r) => r['category'])).has(MISSILES[lang])).to.equal(true);
    const suppliers = new Set(el.table!.rows.map((r) => r['supplier']));
    expect(suppliers.size).to.equal(2);
    expect(suppliers.has(RUSSIA[lang])).to.equal(true);
    const mark = el.shadowRoot!.querySelector<SVGElement>('.af-svg [data-i]')!;
    const event = oneEvent(el, 'flow-select');
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await event;
    for (const d of detail.deliveries) expect(['Russia', 'China']).to.include(d.supplier);
    expect(detail.recipient).to.equal('Myanmar');
    for (const d of detail.deliveries) expect(d.recipient).to.equal('Myanmar');
    if (detail.supplier !== null) expect(['Russia', 'China']).to.include(detail.supplier);
    for (const d of detail.deliveries) expect(['Missiles', 'Aircraft']).to.include(d.category);
    if (detail.category !== null) expect(['Missiles', 'Aircraft']).to.include(detail.category);
    await expect(el).to.be.accessible();
  });
}
