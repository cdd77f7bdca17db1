/**
 * Dates and numbers in Burmese and Belarusian in every engine: Chromium's Intl has no data for
 * either and would write "June 18, 2021" and "1,234" in a Burmese or Belarusian sentence, so
 * the widgets write them from CLDR tables (src/internal/locale-fallback.ts). The expected
 * strings are what Node (full ICU) and Firefox write.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/vote-chart/vote-chart.js';
import '../../src/components/arms-flow/arms-flow.js';
import '../../src/components/relation-map/relation-map.js';
import type { VoteChart } from '../../src/components/vote-chart/vote-chart.js';
import type { ArmsFlow } from '../../src/components/arms-flow/arms-flow.js';
import type { RelationMap } from '../../src/components/relation-map/relation-map.js';
import { mountIn, words } from './locales.js';

const ENGLISH_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const VOTE = {
  my: { date: '၂၀၂၁ ဇွန် ၁၈', count: '၁၁၉', share: '၇၆.၃%' },
  be: { date: '18 чэрвеня 2021 г.', count: '119', share: '76,3 %' },
} as const;
const COUP = { my: '၂၀၂၁ ဖေဖော်ဝါရီ ၁', be: '1 лютага 2021 г.' } as const;
const TOTAL = { my: '၄,၄၉၃ TIV', be: '4493 TIV' } as const;

for (const lang of ['my', 'be'] as const) {
  it(`${lang}: <vote-chart> writes the vote's date, its counts and shares in the page's language`, async function () {
    this.timeout(30000);
    const { host, el } = await mountIn<VoteChart>('vote-chart', lang, 'view="bar"', 960, '.frame svg [data-key]');
    const description = words(el.shadowRoot!.querySelector('[part="description"]'));
    expect(description, 'the description names the vote and its date').to.contain(VOTE[lang].date);
    expect(description).to.not.match(ENGLISH_MONTH);
    const chart = words(el.shadowRoot!.querySelector('.frame svg'));
    expect(chart).to.contain(VOTE[lang].count);
    expect(chart).to.contain(VOTE[lang].share);
    host.remove();
  });

  it(`${lang}: <arms-flow>'s timeline writes the coup's date and its figures in the page's language`, async function () {
    this.timeout(30000);
    const { host, el } = await mountIn<ArmsFlow>('arms-flow', lang, 'view="timeline" callouts="none"', 960, '.af-svg [data-i]');
    const chart = [...el.shadowRoot!.querySelectorAll('svg.af-svg')].map((s) => words(s)).join(' ');
    expect(chart, 'the split line names the coup with its date').to.contain(COUP[lang]);
    expect(chart).to.not.match(ENGLISH_MONTH);
    // "Total 4,493 TIV" in the notes under the chart.
    expect((el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ')).to.contain(TOTAL[lang]);
    host.remove();
  });

  it(`${lang}: <relation-map>'s key ties are dated in the page's language`, async function () {
    this.timeout(30000);
    const { host, el } = await mountIn<RelationMap>('relation-map', lang, '', 960, '.labels text.label');
    const dates = [...el.shadowRoot!.querySelectorAll('.key-date')].map((d) => words(d));
    expect(dates.length).to.be.greaterThan(0);
    for (const d of dates) {
      expect(d, 'no English month').to.not.match(ENGLISH_MONTH);
      if (lang === 'my') expect(d, 'Burmese digits').to.match(/^[\u1040-\u1049]{4}/);
    }
    host.remove();
  });
}
