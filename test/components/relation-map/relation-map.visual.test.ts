/**
 * Visual snapshots of <relation-map>: each layout, light and dark, at 320 and 960 px, on the
 * fixture network (so a change to the bundled data does not churn them). No hover state.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';
import { network } from './fixture.js';

before(async () => {
  await setViewport({ width: 1000, height: 1000 });
});

// The fixture ranks no story, so `story` shows the rules' fallback cast (the centre and its best-connected neighbours).
for (const layout of ['story', 'force', 'radial', 'geo'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 960]) {
      it(`${layout}, ${theme}, ${width} px`, async function () {
        this.timeout(20000);
        const wrap = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px;background:${theme === 'dark' ? '#161616' : '#ffffff'}`}>
          <relation-map eager view=${layout} theme=${theme} .data=${network}></relation-map>
        </div>`);
        const el = wrap.querySelector('relation-map') as RelationMap;
        await el.updateComplete;
        // Let fonts settle and a frame paint.
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        await visualDiff(el, `relation-map-${layout}-${theme}-${width}`);
      });
    }
  }
}
