/**
 * The chart's keyboard, pointer, tooltip and search: a key pressed on the chart is answered at
 * once (the page does not scroll), a pointer shows the tooltip, a click selects.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';
import { centre, q, words } from '../../helpers/dom.js';

it('a key pressed on the chart moves focus and shows the tooltip, and the page does not scroll', async () => {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px">
    <vote-chart eager></vote-chart>
    <div style="height: 3000px"></div>
  </div>`);
  const el = wrap.querySelector('vote-chart') as VoteChart;
  await waitUntil(() => q(el, '.frame svg [data-key]'), 'not drawn');
  expect(q(el, '[part="tooltip"]'), 'no tooltip before a reader reaches for the chart').to.be.null;

  const scrollY = window.scrollY;
  q<SVGElement>(el, '.frame svg')!.focus();
  // Down: a key that would scroll this tall page if the chart did not answer it.
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(el.shadowRoot!.activeElement?.getAttribute('data-key'), 'the key moved focus').to.equal('yes');
  expect(words(q(el, '[part="tooltip"]'))).to.contain('119 (76.3%)');
  expect(window.scrollY, 'the arrow key did not scroll the page').to.equal(scrollY);
});

it('a pointer over a seat shows its tooltip; a click selects it', async () => {
  const el = await fixture<VoteChart>(html`<vote-chart eager view="hemicycle" style="width: 600px"></vote-chart>`);
  await waitUntil(() => q(el, '.frame svg [data-key="BLR"]'), 'seats not drawn');
  const seat = q(el, '[data-key="BLR"]')!;
  const selected = new Promise<CustomEvent>((resolve) =>
    el.addEventListener('vote-select', (e) => resolve(e as CustomEvent), { once: true }),
  );
  await sendMouse({ type: 'move', position: centre(seat) });
  await el.updateComplete;
  await waitUntil(() => q<HTMLElement>(el, '[part="tooltip"]') && !q<HTMLElement>(el, '[part="tooltip"]')!.hidden, 'no tooltip');
  expect(words(q(el, '[part="tooltip"]'))).to.equal('Belarus Against');
  await sendMouse({ type: 'click', position: centre(seat) });
  expect((await selected).detail.country.iso3).to.equal('BLR');
  await sendMouse({ type: 'move', position: [0, 0] });
});
