/**
 * The story's key-tie callouts as drawn, at a phone's, a tablet's and a desktop's width: each
 * callout (words or number) belongs visibly to its own tie: where it meets its line (its
 * centre, or its leader's end) no other tie runs near, and its box is nearer its own tie
 * than any other by a margin. Ties between the same two actors (fanned side by side) count
 * as one. And no callout covers a label, a mark or another callout. (A layout that placed a
 * callout at the middle of its line, whatever runs there, fails this at every width.)
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../../src/components/relation-map/relation-map.js';
import { deriveView } from '../../../src/components/relation-map/view.js';
import { normalizeMapOptions } from '../../../src/components/relation-map/relation-map.options.js';
import { collisions, markRect, showRect, textInk, type Named, type Rect } from '../../helpers/rendered-boxes.js';

const qa = <E extends Element = Element>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<E>(sel)];
const words = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A drawn path as screen points about 2 px apart. */
function pathPoints(path: SVGPathElement): DOMPoint[] {
  const m = path.getScreenCTM()!;
  const len = path.getTotalLength();
  const n = Math.max(2, Math.ceil(len / 2));
  return Array.from({ length: n + 1 }, (_, i) => path.getPointAtLength((len * i) / n).matrixTransform(m));
}
const toRect = (p: { x: number; y: number }, b: Rect) =>
  Math.hypot(Math.max(0, b.left - p.x, p.x - b.right), Math.max(0, b.top - p.y, p.y - b.bottom));
const nearest = (pts: readonly DOMPoint[], b: Rect) => Math.min(...pts.map((p) => toRect(p, b)));

describe('relation-map story callouts, as drawn (bundled data)', () => {
  after(() => setViewport({ width: 960, height: 900 }));
  for (const width of [320, 640, 960]) {
    it(`at ${width} px each callout sits on or beside its own tie, nearer it than any other, over no label or mark`, async () => {
      await setViewport({ width, height: 900 });
      const host = await fixture<HTMLDivElement>(`<div><relation-map eager></relation-map></div>`);
      const el = host.firstElementChild as RelationMap;
      await el.updateComplete;
      await waitUntil(() => qa(el, '.callouts [data-t]').length > 0, 'no callouts drawn', { timeout: 15000 });
      const { graph } = deriveView(el.shownData!, normalizeMapOptions({ layout: 'story' }, []), undefined);
      const pair = (t: number) => [...graph.ends[t]!].sort((a, b) => a - b).join(' ');
      const ties = new Map(qa<SVGPathElement>(el, '.tie-hits path.tie-hit').map((p) => [Number(p.dataset['t']), pathPoints(p)]));
      const callouts = qa(el, '.callouts text.callout, .callouts .callout-badge');
      // A callout that cannot be set unambiguously is left to the list under the chart; most can.
      const keyTies = graph.ties.filter((t) => t.story === 1).length;
      expect(callouts.length, 'callouts drawn').to.be.at.least(width >= 960 ? keyTies : keyTies - 1);
      if (width >= 960) expect(qa(el, '.callouts text.callout').length, `every key tie in words at ${width} px`).to.equal(keyTies);
      else if (width >= 640) expect(qa(el, '.callouts text.callout').length, `words at ${width} px`).to.be.above(0);

      for (const c of callouts) {
        const t = Number(c.getAttribute('data-t'));
        const box = c.matches('text') ? textInk(c) : markRect(c.querySelector('circle')!);
        const name = `${width} px, "${words(c)}" [${showRect(box)}] on ${graph.actors[graph.ends[t]![0]]!.name} → ${graph.actors[graph.ends[t]![1]]!.name}`;
        const leader = qa<SVGLineElement>(el, `.callouts line.callout-leader[data-t="${t}"]`)[0];
        const m = c.closest('svg')!.querySelector<SVGGElement>('.callouts')!.getScreenCTM()!;
        const anchor = leader
          ? new DOMPoint(leader.x1.baseVal.value, leader.y1.baseVal.value).matrixTransform(m)
          : new DOMPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
        const at: Rect = { left: anchor.x, top: anchor.y, right: anchor.x, bottom: anchor.y };
        const own = ties.get(t)!;
        const others = [...ties].filter(([u]) => pair(u) !== pair(t)).map(([u, pts]) => ({ u, pts }));
        expect(nearest(own, at), `${name}: meets its own line`).to.be.below(2.5);
        for (const { u, pts } of others) {
          const other = `${graph.actors[graph.ends[u]![0]]!.name} → ${graph.actors[graph.ends[u]![1]]!.name}`;
          expect(nearest(pts, at), `${name}: where it meets its line, ${other} runs too near`).to.be.at.least(4);
          expect(nearest(pts, box) - nearest(own, box), `${name}: ${other} is about as near as its own line`).to.be.at.least(4);
        }
      }

      const marks: Named[] = qa(el, '.nodes g.node').map((g) => ({
        name: graph.actors[Number(g.getAttribute('data-i'))]!.name,
        rect: markRect(g.querySelector('.shape')!),
      }));
      const texts: Named[] = [
        ...qa(el, '.labels text.label').map((t) => ({ name: words(t), rect: textInk(t) })),
        ...callouts.map((c) => ({
          name: `callout ${words(c)}`,
          rect: c.matches('text') ? textInk(c) : markRect(c.querySelector('circle')!),
        })),
      ];
      expect(
        collisions(texts, marks).filter((s) => s.includes('callout')),
        `${width} px`,
      ).to.deep.equal([]);
      el.parentElement!.remove();
    });
  }
});
