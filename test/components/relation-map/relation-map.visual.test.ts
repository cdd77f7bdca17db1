/**
 * Visual snapshots of <relation-map>: each layout, light and dark, at 320 and 960 px, on the
 * fixture network (so a change to the bundled data does not churn them). No hover state.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';
import type { Network } from '../../../src/data/types.js';
import { network } from './fixture.js';

/** The fixture with a story ranked in it: its key ties stated on their lines (words at 960 px, numbers at 320). */
const ranked: Network = {
  ...network,
  actors: network.actors.map((a) =>
    ['mm-military', 'mmr', 'blr', 'rus', 'chn', 'min-aung-hlaing', 'alexander-lukashenko', 'vladimir-putin', 'un-ga'].includes(a.id)
      ? { ...a, story: 1 }
      : a,
  ),
  ties: network.ties.map((t) => {
    const callout = { 't-kvadrat': 'Kvadrat-M systems, 2016', 't-su30': 'Su-30 jets, 2018–22', 't-vote': 'Only vote against, 2021' }[t.id];
    if (callout) return { ...t, story: 1, callout };
    return ['t-chn-arms', 't-meet-2014', 't-putin', 't-luka-role'].includes(t.id) ? { ...t, story: 2 } : t;
  }),
};

before(async () => {
  await setViewport({ width: 1000, height: 1000 });
});

// The fixture ranks no story, so `story` shows the rules' fallback cast (the centre and its best-connected neighbours).
for (const layout of ['story', 'story-ranked', 'force', 'radial', 'geo'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 960]) {
      it(`${layout}, ${theme}, ${width} px`, async function () {
        this.timeout(20000);
        const [view, data] = layout === 'story-ranked' ? ['story', ranked] : [layout, network];
        const wrap =
          await fixture<HTMLDivElement>(html`<div style=${`width:${width}px;background:${theme === 'dark' ? '#161616' : '#ffffff'}`}>
          <relation-map eager view=${view} theme=${theme} .data=${data}></relation-map>
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
