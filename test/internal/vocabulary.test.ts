/**
 * One vocabulary for page CSS, as a page sees it: the `--mt-*` names style the widgets, the
 * former `--af-*` / `--rm-*` names still do (a page written for them keeps its look), and a part
 * renamed to the common name still answers to its old one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/arms-flow/arms-flow.js';
import '../../src/components/vote-chart/vote-chart.js';
import '../../src/components/relation-map/relation-map.js';
import type { ArmsFlow } from '../../src/components/arms-flow/arms-flow.js';
import { mount, q } from '../helpers/dom.js';

function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('page CSS: one vocabulary', () => {
  it('arms-flow: the former --af-* names still apply, from :root and in the dark theme; the --mt-* names win', async () => {
    const style = pageStyle(`:root { --af-band-opacity: 0.33; --af-sea: rgb(1, 2, 3); }
      arms-flow.mt { --mt-sankey-band-opacity: 0.44; --mt-map-sea: rgb(4, 5, 6); }`);
    try {
      const el = await mount<ArmsFlow>('<arms-flow eager></arms-flow>', { width: 960, selector: '.af-svg', timeout: 10000 });
      const band = () => {
        // The bands ease between opacities (a 150 ms transition): read where they settle.
        const path = q(el, 'path.band:not(.post)')!;
        path.getAnimations().forEach((a) => a.finish());
        return getComputedStyle(path).fillOpacity;
      };
      expect(band()).to.equal('0.33');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(band(), 'the dark theme keeps the page’s value').to.equal('0.33');
      el.classList.add('mt');
      expect(band()).to.equal('0.44');
      el.classList.remove('mt');
      el.removeAttribute('theme');
      el.view = 'map';
      await waitUntil(() => q(el, '.sea'), 'map not drawn', { timeout: 10000 });
      expect(getComputedStyle(q(el, '.sea')!).fill).to.equal('rgb(1, 2, 3)');
      el.classList.add('mt');
      expect(getComputedStyle(q(el, '.sea')!).fill).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('relation-map: --mt-label-size sizes the labels, the former --rm-label-size still does', async () => {
    const style = pageStyle(
      `relation-map.old { --rm-label-size: 17px; } relation-map.new { --rm-label-size: 17px; --mt-label-size: 15px; }`,
    );
    try {
      const el = await mount('<relation-map eager class="old"></relation-map>', { width: 960, timeout: 15000 });
      const label = () => q(el, '.label, text');
      await waitUntil(() => label(), 'no label', { timeout: 15000 });
      expect(getComputedStyle(label()!).fontSize).to.equal('17px');
      el.className = 'new';
      expect(getComputedStyle(label()!).fontSize).to.equal('15px');
    } finally {
      style.remove();
    }
  });

  it('vote-chart: the search box is part "controls", as relation-map’s slider bar is, and still part "search"', async () => {
    const style = pageStyle(`vote-chart::part(search) { border-top: 3px solid rgb(1, 2, 3); }
      vote-chart::part(controls) { border-bottom: 4px solid rgb(4, 5, 6); }`);
    try {
      const el = await mount('<vote-chart eager view="hemicycle"></vote-chart>', { width: 600 });
      await waitUntil(() => q(el, '.controls'), 'no controls');
      const cs = getComputedStyle(q(el, '.controls')!);
      expect(cs.borderTopWidth).to.equal('3px');
      expect(cs.borderBottomWidth).to.equal('4px');
    } finally {
      style.remove();
    }
  });
});
