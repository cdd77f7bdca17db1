/**
 * <relation-map>'s labels as the browser draws them, for the bundled data in every view at
 * a phone's, a tablet's and a desktop's width: no text over another, none over a mark not
 * its own, every actor the title names labelled next to its own mark.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';
import { deriveView, TITLE_ACTORS } from '../../../src/components/relation-map/view.js';
import { normalizeMapOptions, type Layout } from '../../../src/components/relation-map/relation-map.options.js';
import { collisions, gapBetween, markRect, showRect, textInk, type Named } from '../../helpers/rendered-boxes.js';

const qa = <E extends Element = Element>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const words = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(view: Layout): Promise<RelationMap> {
  const host = await fixture<HTMLDivElement>(`<div><relation-map eager view="${view}"></relation-map></div>`);
  const el = host.firstElementChild as RelationMap;
  await el.updateComplete;
  await waitUntil(() => qa(el, '.labels text.label').length > 0, `${view}: no labels drawn`, { timeout: 15000 });
  await el.updateComplete;
  return el;
}

describe('relation-map labels, as rendered (bundled data)', () => {
  after(() => setViewport({ width: 960, height: 900 }));
  for (const view of ['story', 'force', 'radial', 'geo'] as const) {
    for (const width of [320, 640, 960]) {
      it(`${view} at ${width} px: no text over another or over another's mark; the title's actors labelled beside their marks`, async function () {
        await setViewport({ width, height: 900 });
        const el = await mount(view);
        const { graph } = deriveView(el.shownData!, normalizeMapOptions({ layout: view }, []), undefined);
        const name = (i: number) => graph.actors[i]!.name;
        const marks: Named[] = qa(el, '.nodes g.node').map((g) => ({
          name: name(Number(g.getAttribute('data-i'))),
          owner: g.getAttribute('data-i')!,
          rect: markRect(g.querySelector('.shape')!),
        }));
        const labels = qa(el, '.labels text.label');
        const texts: Named[] = [
          ...labels.map((t) => ({ name: words(t), owner: t.getAttribute('data-i')!, rect: textInk(t) })),
          ...qa(el, '.callouts text.callout').map((t) => ({ name: words(t), rect: textInk(t) })),
          ...qa(el, '.callouts .callout-badge circle').map((c) => ({ name: `callout ${words(c.parentElement)}`, rect: markRect(c) })),
          ...qa(el, '.ring-caption, .no-location text').map((t) => ({ name: words(t), rect: textInk(t) })),
        ];
        expect(collisions(texts, marks), `${view} at ${width} px`).to.deep.equal([]);

        for (const id of TITLE_ACTORS) {
          const i = graph.index.get(id);
          if (i === undefined) continue;
          const label = labels.find((t) => t.getAttribute('data-i') === String(i));
          expect(label, `${view} at ${width} px: ${name(i)} (in the title) is labelled`).to.exist;
          const mark = marks.find((m) => m.owner === String(i))!;
          const gap = gapBetween(textInk(label!), mark.rect);
          expect(
            gap,
            `${view} at ${width} px: "${words(label)}" [${showRect(textInk(label!))}] is ${Math.round(gap)} px from its mark [${showRect(mark.rect)}]`,
          ).to.be.below(6);
        }
        el.parentElement!.remove();
      });
    }
  }
});
