/**
 * The map's code and geometry load only when a chart shows the map: a page with a sankey or a
 * timeline downloads none of it. Its own file, so no other test has loaded the map first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../../src/components/arms-flow/arms-flow.js';

const MAP_ONLY = /countries-110m|places\.json|map\.view|map\.layout|map\.render|d3-geo|topojson/;
// Room for every module of the unbundled source: past the default 250 entries, later loads go unrecorded.
performance.setResourceTimingBufferSize(2000);
const loaded = () => performance.getEntriesByType('resource').map((e) => e.name);

it('sankey and timeline pages do not download the map; a map page does, saying so meanwhile', async () => {
  // The dev server serves each module as its own file: past the default 250 entries Firefox
  // records no more, and the map's geometry would go unseen.
  performance.setResourceTimingBufferSize(5000);
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px">
    <arms-flow eager callouts="none"></arms-flow><arms-flow eager view="timeline" callouts="none"></arms-flow>
  </div>`);
  const [sankey, timeline] = [...wrap.querySelectorAll('arms-flow')] as ArmsFlow[];
  for (const el of [sankey!, timeline!]) await waitUntil(() => el.shadowRoot!.querySelector('.af-svg [data-i]'), 'not drawn');
  await new Promise((r) => setTimeout(r, 100));
  expect(
    loaded().filter((n) => MAP_ONLY.test(n)),
    loaded().join('\n'),
  ).to.deep.equal([]);

  const height = timeline!.shadowRoot!.querySelector('.af-svg')!.getBoundingClientRect().height;
  timeline!.view = 'map';
  await timeline!.updateComplete;
  const placeholder = timeline!.shadowRoot!.querySelector('.chart .placeholder');
  expect(placeholder?.textContent).to.contain('Loading map…');
  const reserved = placeholder!.getBoundingClientRect().height;
  expect(reserved).to.not.equal(height);
  // The legend's line widths and the note of suppliers with no place on the map come from the
  // data, so they are there while the geometry loads and nothing below the chart moves.
  const root = timeline!.shadowRoot!;
  const below = () => ({
    footer: Math.round(root.querySelector('.footer')!.getBoundingClientRect().top),
    widths: root.querySelector('[part="legend"] .widths')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    note:
      [...root.querySelectorAll('.chart [part="notes"] li')]
        .map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
        .find((t) => t.startsWith('Not on the map')) ?? '',
  });
  const loading = below();
  expect(loading.widths).to.contain('Circle area');
  expect(loading.note).to.contain('unknown supplier(s)');
  await waitUntil(() => timeline!.shadowRoot!.querySelector('.af-svg.map [data-i]'), 'map not drawn', { timeout: 10000 });
  // The reserved space is the map's own: drawing it moves nothing.
  expect(timeline!.shadowRoot!.querySelector('.af-svg.map')!.getBoundingClientRect().height).to.equal(reserved);
  expect(below()).to.deep.equal(loading);
  expect(loaded().some((n) => /countries-110m/.test(n))).to.be.true;
});
