/**
 * Host-page and platform cases: a widget moved into an iframe's document draws there, styled
 * and sized; a widget far below the fold that the reader jumps or flings to is drawn.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { uncaught } from './harness.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const TAGS = ['vote-chart', 'arms-flow', 'relation-map'] as const;
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

describe('adoption into another document (an iframe)', function () {
  this.timeout(60_000);
  for (const tag of TAGS) {
    it(`${tag}: drawn, styled and sized after moving into an iframe`, async () => {
      uncaught.length = 0;
      const el = document.createElement(tag) as Widget;
      el.setAttribute('eager', '');
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.chart svg, .chart canvas'), 'drawn first', { timeout: 20_000 });
      await el.updateComplete;
      const iframe = document.createElement('iframe');
      iframe.width = '700';
      iframe.height = '900';
      document.body.append(iframe);
      const doc = iframe.contentDocument!;
      doc.open();
      doc.write('<!doctype html><html lang="en"><body style="margin:0"><div id="box" style="width:500px"></div></body></html>');
      doc.close();
      doc.getElementById('box')!.append(el);
      try {
        expect(el.ownerDocument).to.equal(doc);
        await waitUntil(
          () => {
            const svg = el.shadowRoot!.querySelector('.chart svg, .chart canvas');
            return svg && Math.round(svg.getBoundingClientRect().width) <= 500 && svg.getBoundingClientRect().width > 200;
          },
          'the chart is redrawn at its new width',
          { timeout: 20_000 },
        );
        // Styled: the hidden table stays hidden (its rule comes from the adopted stylesheet).
        const hidden = el.shadowRoot!.querySelector('.sr-only');
        if (hidden) expect(hidden.getBoundingClientRect().width, 'the table is visually hidden').to.be.at.most(2);
        const title = el.shadowRoot!.querySelector('.title')!;
        expect(iframe.contentWindow!.getComputedStyle(title).fontWeight, 'the title is styled').to.not.equal('400');
        expect(el.getBoundingClientRect().height, 'not blank').to.be.greaterThan(200);
        expect(uncaught).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });
  }
});

describe('lazy drawing and fast scrolls', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const n of [...document.body.children]) if (n.tagName === 'DIV') n.remove();
    scrollTo(0, 0);
  });

  function farBelow(tag: string): { el: Widget; box: HTMLDivElement } {
    const box = document.createElement('div');
    box.style.cssText = 'width:600px';
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const el = document.createElement(tag) as Widget;
    const after = document.createElement('div');
    after.style.height = '6000px';
    box.append(spacer, el, after);
    document.body.append(box);
    return { el, box };
  }
  const drawn = (el: Widget) => !!el.shadowRoot?.querySelector('.chart svg, .chart canvas');

  for (const tag of TAGS) {
    it(`${tag}: not drawn far below; drawn when the reader jumps to it`, async () => {
      const { el } = farBelow(tag);
      await el.updateComplete;
      await frame();
      expect(drawn(el), 'no layout far below the fold').to.equal(false);
      el.scrollIntoView();
      await waitUntil(() => drawn(el), 'drawn after a jump', { timeout: 10_000 });
    });

    it(`${tag}: drawn when a fling carries it past the viewport between two frames`, async () => {
      const { el } = farBelow(tag);
      await el.updateComplete;
      await frame();
      expect(drawn(el)).to.equal(false);
      // One frame: far above the widget; the next: far below it. It never intersected.
      el.scrollIntoView();
      scrollBy(0, 3000);
      await frame();
      await frame();
      // A reader flicking back must find it drawn, not a blank box that fills in late.
      await waitUntil(() => drawn(el), 'drawn after being flung past', { timeout: 10_000 });
      expect(el.getBoundingClientRect().bottom, 'still above the viewport').to.be.lessThan(0);
    });

    it(`${tag}: drawn inside a scrolling container scrolled fast`, async () => {
      const box = document.createElement('div');
      box.style.cssText = 'width:600px;height:500px;overflow:auto';
      const spacer = document.createElement('div');
      spacer.style.height = '5000px';
      const el = document.createElement(tag) as Widget;
      box.append(spacer, el);
      document.body.append(box);
      await el.updateComplete;
      await frame();
      expect(drawn(el)).to.equal(false);
      box.scrollTop = 5000;
      await waitUntil(() => drawn(el), 'drawn in a scrolled container', { timeout: 10_000 });
    });
  }
});
