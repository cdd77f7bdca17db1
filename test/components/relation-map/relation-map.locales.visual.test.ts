/**
 * Visual snapshots of <relation-map> on Burmese and Russian pages, every layout at 320 and
 * 960 px (baselines relation-map-<lang>-<layout>-<width> under test/screenshots/<browser>/baseline/),
 * on the fixture network (so a change to the bundled network does not churn them) with each
 * actor's `names` as the bundled data gives them, and the widget's own words from the catalogue
 * (title, description, legend, controls, bands): the names and words in Padauk and Cyrillic, and their placing.
 */
import { waitUntil } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';
import { defaultNetwork } from '../../../src/data/network.default.js';
import { mountIn } from '../../locales/locales.js';
import { network } from './fixture.js';

const bundled = new Map(defaultNetwork().actors.map((a) => [a.id === 'unga' ? 'un-ga' : a.id, a.names]));
const named = { ...network, actors: network.actors.map((a) => (bundled.get(a.id) ? { ...a, names: { ...bundled.get(a.id) } } : a)) };

for (const lang of ['my', 'ru'] as const) {
  for (const layout of ['story', 'force', 'radial', 'geo'] as const) {
    for (const width of [320, 960]) {
      it(`${lang}, ${layout}, ${width} px`, async function () {
        this.timeout(40000);
        const { host, el } = await mountIn<RelationMap>('relation-map', lang, `layout="${layout}"`, width, '.labels text.label');
        el.data = named;
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.querySelector('.labels text.label'), 'not drawn', { timeout: 15000 });
        await el.updateComplete;
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await visualDiff(host, `relation-map-${lang}-${layout}-${width}`);
        host.remove();
      });
    }
  }
}
