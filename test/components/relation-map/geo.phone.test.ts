/**
 * <relation-map view="geo"> on a phone: the ties the story ranks stand out, drawn over the
 * rest, which are thin and faint; on a wide map every tie is drawn alike.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';

const qa = <E extends Element = Element>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];

async function mount(width: number): Promise<RelationMap> {
  await setViewport({ width, height: 900 });
  const host = await fixture<HTMLDivElement>(`<div><relation-map eager view="geo"></relation-map></div>`);
  const el = host.firstElementChild as RelationMap;
  await waitUntil(() => qa(el, '.ties path.tie').length > 0, 'no ties drawn', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

describe('relation-map geo on a phone', () => {
  after(() => setViewport({ width: 960, height: 900 }));
  it('at 320 px: the ties outside the story are faint and under the story’s, which are drawn as before', async () => {
    const el = await mount(320);
    const ties = qa<SVGPathElement>(el, '.ties path.tie:not(.double-core)');
    const faint = ties.filter((p) => p.classList.contains('minor'));
    const ranked = el.shownData!.ties.filter((t) => t.story !== undefined).length;
    expect(faint.length, 'faint ties').to.equal(el.shownData!.ties.length - ranked);
    expect(ties.length - faint.length, 'ties that stand out').to.equal(ranked);
    // Faint first in document order: the story's ties are painted over them.
    expect(
      ties.findIndex((p) => !p.classList.contains('minor')),
      'first tie that stands out',
    ).to.equal(faint.length);
    expect(Number(getComputedStyle(faint[0]!).opacity)).to.be.below(0.3);
    expect(Number(getComputedStyle(ties[faint.length]!).opacity)).to.equal(1);
    el.parentElement!.remove();
  });
  it('at 960 px: every tie drawn alike', async () => {
    const el = await mount(960);
    expect(qa(el, '.ties path.minor')).to.have.length(0);
    el.parentElement!.remove();
  });
});
