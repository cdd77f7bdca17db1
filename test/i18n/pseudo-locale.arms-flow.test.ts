/**
 * Every word <arms-flow> shows or announces comes from the message catalogue: each view at
 * 320 and 960 px drawn in the pseudo-locale, after a reader's turn (keyboard into the chart,
 * so a tooltip and an accessible description show; the notes and the reported figures opened),
 * and the filtered and empty states (see ./bypass.ts for what counts and what is exempt).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../src/components/arms-flow/arms-flow.js';
import { addLocale } from '../../src/internal/i18n/catalogues.js';
import { getSource } from '../../src/data/sources.js';
import { bypasses as bypassesOf } from './bypass.js';

addLocale('en-XA', () => import('../../src/internal/i18n/locales/en-XA.js'));

/**
 * What bypassed the catalogue, less the register's credit line in the table's caption: SIPRI's
 * terms prescribe it word for word ("Information from the SIPRI Arms Transfers Database"), so it
 * stays as the data's sources give it, like the source line's titles.
 */
function bypasses(el: ArmsFlow): string[] {
  const credits = (el.shownData?.register.sources ?? []).map((id) => getSource(id)?.credit ?? '');
  return bypassesOf(el, credits);
}

async function mount(attrs: string, width: number, drawn = '.af-svg [data-i]'): Promise<ArmsFlow> {
  await setViewport({ width: width + 40, height: 1200 });
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.lang = 'en-XA';
  host.innerHTML = `<arms-flow eager ${attrs}></arms-flow>`;
  document.body.replaceChildren(host);
  const el = host.firstElementChild as ArmsFlow;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector(drawn), `<arms-flow ${attrs}> was not drawn at ${width}px`, { timeout: 20000 });
  await el.updateComplete;
  return el;
}

/** Keyboard into the chart (tooltip, aria-describedby), a move, and every disclosure opened. */
async function readersTurn(el: ArmsFlow): Promise<void> {
  el.shadowRoot!.querySelector<SVGElement>('.af-svg')!.focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await el.updateComplete;
}

describe('pseudo-locale: no word of <arms-flow> bypasses the catalogue', () => {
  for (const view of ['sankey', 'map', 'timeline'] as const) {
    for (const width of [320, 960]) {
      it(`view="${view}" at ${width}px, after a reader's turn`, async function () {
        this.timeout(40000);
        const el = await mount(`view="${view}"`, width);
        await readersTurn(el);
        expect(el.shadowRoot!.querySelector('#af-tip'), 'the keyboard showed a tooltip').to.exist;
        expect(el.shadowRoot!.querySelector('[aria-describedby="af-tip"]'), 'the focused mark is described by it').to.exist;
        expect(bypasses(el)).to.deep.equal([]);
      });
    }
  }

  it('a category node (every supplier, "from N suppliers") and the filtered words', async function () {
    this.timeout(40000);
    const el = await mount('view="sankey" supplier="Russia, China" category="Aircraft" from="2010" callouts="none"', 960);
    // Right twice: a supplier's flow, then its category node.
    el.shadowRoot!.querySelector<SVGElement>('.af-svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#af-tip .tip-from'), 'a category tooltip lists its suppliers').to.exist;
    expect(bypasses(el)).to.deep.equal([]);
  });

  it('one supplier picked, and nothing matching (the empty state)', async function () {
    this.timeout(40000);
    const one = await mount('view="timeline" supplier="Belarus"', 960);
    await readersTurn(one);
    expect(bypasses(one)).to.deep.equal([]);
    const none = await mount('view="sankey" supplier="Belarus" from="1950" to="1951"', 320, '.empty [role="status"]');
    expect(bypasses(none)).to.deep.equal([]);
  });
});
