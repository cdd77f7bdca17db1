/**
 * The geo layout's world geometry loads only when a map shows it; meanwhile the chart box
 * holds what the drawn map will have under it, so nothing on the page moves when it arrives.
 * Its own file, so no other test has loaded the geometry first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';

it('geo: the list view is under the loading box too, and the footer does not move when the map arrives', async () => {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"><relation-map eager layout="geo"></relation-map></div>`);
  const el = wrap.querySelector('relation-map') as RelationMap;
  const root = () => el.shadowRoot!;
  await waitUntil(() => root().querySelector('.footer'), 'no footer');
  const loadingBox = root().querySelector('.chart [role="status"]');
  expect(loadingBox?.textContent, 'shows that the map is loading').to.contain('Loading');
  expect(root().querySelector('.chart details.list-view'), 'list view while loading').to.not.be.null;
  const footerTop = () => Math.round(root().querySelector('.footer')!.getBoundingClientRect().top);
  const before = footerTop();
  await waitUntil(() => root().querySelector('path.country'), 'map not drawn', { timeout: 10000 });
  expect(footerTop()).to.equal(before);
});
