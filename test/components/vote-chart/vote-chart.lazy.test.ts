/**
 * The map's code and geometry load only when a chart shows the map: a page with a bar or a
 * hemicycle downloads none of it. Its own file, so no other test has loaded the map first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';

const MAP_ONLY = /countries-110m|places\.json|map\.view|map\.layout|map\.render|d3-geo|topojson/;
const loaded = () => performance.getEntriesByType('resource').map((e) => e.name);

it('bar and hemicycle pages do not download the map, a map page does', async () => {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px">
    <vote-chart eager></vote-chart><vote-chart eager view="hemicycle"></vote-chart>
  </div>`);
  const [bar, hemi] = [...wrap.querySelectorAll('vote-chart')] as VoteChart[];
  for (const el of [bar!, hemi!]) await waitUntil(() => el.shadowRoot!.querySelector('.frame svg [data-key]'), 'not drawn');
  await new Promise((r) => setTimeout(r, 100));
  expect(
    loaded().filter((n) => MAP_ONLY.test(n)),
    loaded().join('\n'),
  ).to.deep.equal([]);

  // Switching one to the map loads it, showing "Loading map…" in the reserved space meanwhile.
  hemi!.view = 'map';
  await hemi!.updateComplete;
  const status = hemi!.shadowRoot!.querySelector('.chart [role="status"]');
  if (status) expect(status.textContent).to.contain('Loading map');
  await waitUntil(() => hemi!.shadowRoot!.querySelector('.countries [data-key]'), 'map not drawn', { timeout: 10000 });
  expect(loaded().some((n) => /countries-110m/.test(n))).to.be.true;
});
