/**
 * <vote-chart> loads its validator only for data the page gives (the bundled vote is checked
 * at build time). These fail if a page's own data stops being validated, or if an answer for
 * data since replaced wins.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';
import { TALLY_ONLY, TWO_OPTIONS } from '../../fixtures/vote.js';
import { q, words } from '../../helpers/dom.js';

function quietConsole(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...a: unknown[]) => lines.push(a.join(' '));
  console.warn = (...a: unknown[]) => lines.push(a.join(' '));
  return { lines, restore: () => Object.assign(console, { error, warn }) };
}

describe("vote-chart: validation of the page's own data", () => {
  it('inline JSON with a negative tally shows the alert naming tally.yes once updateComplete resolves', async () => {
    const cons = quietConsole();
    try {
      const bad = { ...TALLY_ONLY, tally: { ...TALLY_ONLY.tally, yes: -3 } };
      const wrap = document.createElement('div');
      wrap.innerHTML = `<vote-chart eager><script type="application/json">${JSON.stringify(bad)}</script></vote-chart>`;
      await fixture(wrap);
      const el = wrap.querySelector('vote-chart') as VoteChart;
      await el.updateComplete;
      const alert = words(q(el, '[role="alert"]'));
      expect(alert).to.contain('tally.yes');
      expect(alert).to.contain('-3');
      expect(el.issues.map((i) => i.path)).to.include('tally.yes');
      expect(cons.lines.some((l) => l.includes('<vote-chart> inline JSON: tally.yes'))).to.be.true;
    } finally {
      cons.restore();
    }
  });

  it('the data property is validated too: a bad vote in the roll call is named after updateComplete', async () => {
    const cons = quietConsole();
    try {
      const el = await fixture<VoteChart>(html`<vote-chart eager></vote-chart>`);
      const bad = structuredClone(TWO_OPTIONS);
      (bad.rollCall![0] as { vote: string }).vote = 'perhaps';
      el.data = bad;
      await el.updateComplete;
      expect(words(q(el, '[role="alert"]'))).to.contain('rollCall[0].vote');
      expect(el.shownData?.title).to.equal(TWO_OPTIONS.title);
    } finally {
      cons.restore();
    }
  });

  it('data set twice quickly: the second wins', async () => {
    const el = await fixture<VoteChart>(html`<vote-chart eager></vote-chart>`);
    el.data = TWO_OPTIONS;
    el.data = TALLY_ONLY;
    await el.updateComplete;
    expect(el.shownData?.title).to.equal(TALLY_ONLY.title);
    el.data = TALLY_ONLY;
    await new Promise((r) => setTimeout(r, 0));
    el.data = TWO_OPTIONS;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shownData?.title).to.equal(TWO_OPTIONS.title);
    expect(words(q(el, '[part="title"]'))).to.equal(TWO_OPTIONS.title);
    expect(el.issues).to.deep.equal([]);
  });
});
