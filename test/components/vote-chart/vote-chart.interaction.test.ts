/**
 * The chart's keyboard, pointer, tooltip and search code loads only when a reader reaches for
 * a chart; what they do while it arrives is answered once it has. Its own file, so no other
 * test has loaded that code first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';

// The module, not this test file (vote-chart.interaction.test.ts).
const INTERACTION = /vote-chart\.interaction\.[jt]s/;
const fetched = () => performance.getEntriesByType('resource').some((e) => INTERACTION.test(e.name));
const q = <T extends Element = Element>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const words = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const centre = (n: Element): [number, number] => {
  const r = n.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

it('a chart only read downloads no interaction code; a key pressed as it loads is answered, and the page does not scroll', async () => {
  // The pointer away from where the chart will be: a pointer over it is a reader reaching for it.
  await sendMouse({ type: 'move', position: [760, 5] });
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px">
    <vote-chart eager></vote-chart>
    <div style="height: 3000px"></div>
  </div>`);
  const el = wrap.querySelector('vote-chart') as VoteChart;
  await waitUntil(() => q(el, '.frame svg [data-key]'), 'not drawn');
  await waitUntil(() => q(el, 'input[type="search"]'), 'search box not shown after the first paint');
  await new Promise((r) => setTimeout(r, 100));
  expect(fetched(), 'interaction code fetched before any reader action').to.be.false;
  expect(q(el, '[part="tooltip"]'), 'no tooltip before it is needed').to.be.null;

  const scrollY = window.scrollY;
  q<SVGElement>(el, '.frame svg')!.focus();
  // Down: a key that would scroll this tall page if the chart did not answer it.
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(fetched()).to.be.true;
  expect(el.shadowRoot!.activeElement?.getAttribute('data-key'), 'the queued key moved focus').to.equal('yes');
  expect(words(q(el, '[part="tooltip"]'))).to.contain('119 (76.3%)');
  expect(window.scrollY, 'the arrow key did not scroll the page').to.equal(scrollY);
});

it('a pointer over a seat shows its tooltip (the code arriving meanwhile); a click selects it', async () => {
  const el = await fixture<VoteChart>(html`<vote-chart eager view="hemicycle" style="width: 600px"></vote-chart>`);
  await waitUntil(() => q(el, '.frame svg [data-key="BLR"]'), 'seats not drawn');
  const seat = q(el, '[data-key="BLR"]')!;
  const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('vote-select', (e) => resolve(e as CustomEvent), { once: true }));
  await sendMouse({ type: 'move', position: centre(seat) });
  await el.updateComplete;
  await waitUntil(() => q<HTMLElement>(el, '[part="tooltip"]') && !q<HTMLElement>(el, '[part="tooltip"]')!.hidden, 'no tooltip');
  expect(words(q(el, '[part="tooltip"]'))).to.equal('Belarus Against');
  await sendMouse({ type: 'click', position: centre(seat) });
  expect((await selected).detail.country.iso3).to.equal('BLR');
  await sendMouse({ type: 'move', position: [0, 0] });
});
