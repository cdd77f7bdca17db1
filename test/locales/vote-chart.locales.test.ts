/**
 * <vote-chart> on Burmese, Russian and Belarusian pages, every view at 320 and 960 px:
 * countries named in the page's language (from CLDR), labels clear of each other and of
 * other countries' marks, the title's countries labelled, `highlight` still taking English
 * names and codes, and nothing axe calls serious.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../src/components/vote-chart/vote-chart.js';
import { LANGS, expectTextsClear, inScript, mountIn, words } from './locales.js';

const BELARUS = { my: 'ဘီလာရုစ်', ru: 'Беларусь', be: 'Беларусь' } as const;
const TITLE = ['BLR', 'RUS', 'CHN'];

for (const lang of LANGS) {
  for (const view of ['bar', 'hemicycle', 'map', 'tiles'] as const) {
    for (const width of [320, 960]) {
      it(`${lang}, ${view}, ${width} px: names in the page's language, labels clear`, async function () {
        this.timeout(30000);
        const { host, el } = await mountIn<VoteChart>('vote-chart', lang, `view="${view}"`, width, '.frame svg [data-key]');
        const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.frame svg')!;
        const n = expectTextsClear([svg], `${lang} ${view} ${width}px`, (t) => t.classList.contains('code'));
        expect(n).to.be.greaterThan(0);
        // A name covers no mark but its own.
        for (const label of svg.querySelectorAll('[data-label]')) {
          const own = label.getAttribute('data-label');
          const r = label.getBoundingClientRect();
          for (let x = r.left + 1; x < r.right - 1; x += 3) {
            for (let y = r.top + r.height * 0.2; y < r.bottom - r.height * 0.2; y += 3) {
              const key = el
                .shadowRoot!.elementsFromPoint(x, y)
                .find((e) => e.matches('.frame svg [data-key]'))
                ?.getAttribute('data-key');
              expect(key === undefined || key === own, `"${words(label)}" covers ${key}`).to.equal(true);
            }
          }
        }
        if (view !== 'bar') {
          const labelled = new Map([...svg.querySelectorAll('[data-label]')].map((l) => [l.getAttribute('data-label'), words(l)]));
          for (const iso of TITLE) expect(labelled.has(iso), `${iso} labelled`).to.equal(true);
          expect(labelled.get('BLR')).to.equal(BELARUS[lang]);
          for (const [iso, text] of labelled) expect(inScript(lang, text), `${iso} named "${text}"`).to.equal(true);
        } else {
          expect(words(el.shadowRoot!.querySelector('.callouts'))).to.contain(BELARUS[lang]);
        }
        // The hidden table and the search names are the reader's too.
        expect(el.table!.rows.map((r) => Object.values(r).join(' ')).join(' ')).to.contain(BELARUS[lang]);
        host.remove();
      });
    }
  }

  it(`${lang}: highlight takes English names and codes; axe finds nothing`, async function () {
    this.timeout(30000);
    const { el } = await mountIn<VoteChart>(
      'vote-chart',
      lang,
      'view="hemicycle" highlight="Belarus, Russian Federation, CHN, Viet Nam"',
      960,
      '.frame svg [data-key]',
    );
    expect(el.issues.filter((i) => i.path === 'highlight')).to.deep.equal([]);
    const labelled = [...el.shadowRoot!.querySelectorAll('.frame svg [data-label]')].map((l) => l.getAttribute('data-label'));
    expect(labelled).to.include.members(['BLR', 'RUS', 'CHN', 'VNM']);
    await expect(el).to.be.accessible();
  });
}
