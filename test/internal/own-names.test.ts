/**
 * A site that already owns `<vote-chart>` registers the classes under names of its own:
 * `import { VoteChart } from 'myanmar-ties'` registers nothing, and the classes work under any
 * tag, their lazily loaded views (hemicycle, maps) and events included.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ArmsFlow, RelationMap, VoteChart } from '../../src/index.js';

customElements.define('site-vote', class extends VoteChart {});
customElements.define('site-arms', class extends ArmsFlow {});
customElements.define('site-network', class extends RelationMap {});

const count = (el: Element, sel: string): number => el.shadowRoot!.querySelectorAll(sel).length;
async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const host = await fixture<HTMLElement>(html`<div style="width: 640px"></div>`);
  host.innerHTML = markup;
  const el = host.firstElementChild as T;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe("registered under a site's own tag names", () => {
  it('importing the classes registers no tag of ours', () => {
    for (const tag of ['vote-chart', 'arms-flow', 'relation-map']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('<site-vote> draws the bar, the lazily loaded hemicycle and map, and fires vote-select', async () => {
    const bar = await mount<VoteChart>('<site-vote eager></site-vote>');
    expect(bar.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.match(/\S/);
    expect(count(bar, '.vote-yes')).to.be.greaterThan(0);
    const hemi = await mount<VoteChart>('<site-vote eager view="hemicycle"></site-vote>');
    await waitUntil(() => count(hemi, '.chart svg circle, .chart svg path') >= 150, 'hemicycle not drawn', { timeout: 15000 });
    const map = await mount<VoteChart>('<site-vote eager view="map"></site-vote>');
    await waitUntil(() => count(map, '.chart svg path') >= 150, 'map not drawn', { timeout: 20000 });
    expect(map.issues).to.deep.equal([]);
    const seat =
      hemi.shadowRoot!.querySelector<SVGElement>('.chart svg [tabindex="0"]') ??
      hemi.shadowRoot!.querySelector<SVGElement>('.chart svg [tabindex]');
    expect(seat, 'a focusable seat').to.not.equal(null);
    seat!.focus();
    const selected = oneEvent(hemi, 'vote-select');
    seat!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const e = (await selected) as CustomEvent<{ country: { iso3: string } }>;
    expect(e.target).to.equal(hemi);
    expect(e.detail.country.iso3).to.match(/^[A-Z]{3}$/);
  });

  it('<site-arms> draws the sankey and the lazily loaded map; <site-network> the geo layout', async () => {
    const sankey = await mount<ArmsFlow>('<site-arms eager></site-arms>');
    expect(count(sankey, '.chart svg [data-i]')).to.be.greaterThan(3);
    const map = await mount<ArmsFlow>('<site-arms eager view="map"></site-arms>');
    await waitUntil(() => count(map, '.af-svg.map [data-i]') > 0, 'arms map not drawn', { timeout: 20000 });
    const geo = await mount<RelationMap>('<site-network eager layout="geo"></site-network>');
    await waitUntil(() => count(geo, '.chart svg path, .chart canvas') > 10, 'geo layout not drawn', { timeout: 20000 });
    expect(geo.issues).to.deep.equal([]);
  });
});
