/**
 * Every word a widget shows or announces comes from the message catalogue: each component in
 * each view, drawn in the pseudo-locale (see ./bypass.ts for what counts and what is exempt).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/vote-chart/vote-chart.js';
import { addLocale } from '../../src/internal/i18n/catalogues.js';
import { bypassed, bypasses } from './bypass.js';

addLocale('en-XA', () => import('../../src/internal/i18n/locales/en-XA.js'));

type Widget = HTMLElement & { shownData: unknown; updateComplete: Promise<boolean> };

async function mount(html: string, width = 960): Promise<Widget> {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.lang = 'en-XA';
  host.innerHTML = html;
  document.body.replaceChildren(host);
  const el = host.firstElementChild as Widget;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('.chart svg, .chart canvas'), 'chart was not drawn', { timeout: 20000 });
  await el.updateComplete;
  return el;
}

describe('pseudo-locale: no word bypasses the catalogue', () => {
  it('the rule catches English that is not from the catalogue, and passes data, numbers and dates', () => {
    expect(bypassed('Belarus alone voted against', ['belarus', 'against'])).to.equal('alone voted');
    expect(bypassed('Belarus⟦ áĺóñé ṽóţéđ ⟧against', ['belarus', 'against'])).to.equal('');
    expect(bypassed('119 (61.7%) — 18 June 2021', ['june'])).to.equal('');
  });

  for (const view of ['bar', 'hemicycle', 'map', 'tiles']) {
    for (const width of [320, 960]) {
      it(`<vote-chart view="${view}"> at ${width}px`, async () => {
        const el = await mount(`<vote-chart eager view="${view}" highlight="BLR RUS CHN" tools="image"></vote-chart>`, width);
        await waitUntil(() => el.shadowRoot!.querySelector('.frame svg [data-key]'), 'marks were not drawn', { timeout: 20000 });
        // A reader's turn: keyboard into the chart (tooltip), then a search with no match (announced).
        el.shadowRoot!.querySelector<SVGElement>('.frame svg')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const input = await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('#vc-search'), 'no search box', {
          timeout: 10000,
        }).then(() => el.shadowRoot!.querySelector<HTMLInputElement>('#vc-search')!);
        input.focus();
        await sendKeys({ type: 'Atlantis' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!.trim(), 'the search was announced').to.not.equal(
          '',
        );
        expect(bypasses(el, ['Atlantis'])).to.deep.equal([]);
      });
    }
  }
});
