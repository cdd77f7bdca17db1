/**
 * Theming follows the page: each widget takes the colour scheme and font of the page around
 * it (not the reader's OS), paints no background of its own unless `theme` asks for one,
 * and takes tokens set at `:root`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/all.js';
import type { TiesElement } from '../../src/internal/base-element.js';

// Media emulation needs the Chrome DevTools protocol, which Firefox's driver does not offer:
// there the page's scheme is still tested, against whatever the OS prefers.
const canEmulate = !navigator.userAgent.includes('Firefox');
const TAGS = ['vote-chart', 'arms-flow', 'relation-map'] as const;
const LIGHT_FG = 'rgb(27, 27, 27)';
const DARK_FG = 'rgb(236, 236, 236)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

async function widgetIn(tag: string, pageStyle: string, attrs = ''): Promise<TiesElement<unknown>> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.style.cssText = `width: 480px; ${pageStyle}`;
  page.innerHTML = `<${tag} eager ${attrs}></${tag}>`;
  const el = page.firstElementChild as TiesElement<unknown>;
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string): Element => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const colour = (el: Element, name: string): string => getComputedStyle(part(el, name)).color;
/** The fill of the widget's first palette-coloured mark. */
const markFill = (el: Element): string =>
  getComputedStyle(el.shadowRoot!.querySelector('.c0, .vote-yes, .k-state .mark, [class*="k-"]')!).fill;

describe('theme follows the page', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('--mt-vote-yes');
    document.documentElement.style.removeProperty('--mt-fg');
    if (canEmulate) await emulateMedia({ colorScheme: 'light' });
  });

  for (const tag of TAGS) {
    it(`<${tag}> in a light page stays light while the OS prefers dark, and paints no box`, async () => {
      if (canEmulate) await emulateMedia({ colorScheme: 'dark' });
      const el = await widgetIn(tag, 'background: #fff; color-scheme: light');
      expect(getComputedStyle(el).backgroundColor).to.equal(TRANSPARENT);
      expect(colour(el, 'title')).to.equal(LIGHT_FG);
      expect(getComputedStyle(part(el, 'figure')).paddingLeft).to.equal('0px');
    });

    it(`<${tag}> in a dark page (color-scheme: dark) turns dark while the OS prefers light`, async () => {
      if (canEmulate) await emulateMedia({ colorScheme: 'light' });
      const light = await widgetIn(tag, 'background: #fff');
      const dark = await widgetIn(tag, 'background: #111; color-scheme: dark');
      expect(colour(dark, 'title')).to.equal(DARK_FG);
      expect(getComputedStyle(dark).backgroundColor).to.equal(TRANSPARENT);
      // The marks take the dark palette's lighter colours too.
      expect(markFill(dark)).to.not.equal(markFill(light));
    });

    it(`<${tag}> inherits the page's font unless --mt-font-family is set`, async () => {
      const el = await widgetIn(tag, 'font-family: Georgia, serif');
      expect(getComputedStyle(part(el, 'title')).fontFamily).to.match(/^Georgia/);
      el.style.setProperty('--mt-font-family', 'monospace');
      expect(getComputedStyle(part(el, 'title')).fontFamily).to.equal('monospace');
    });
  }

  it('a token set at :root reaches the widget (no :host declaration hides it)', async () => {
    document.documentElement.style.setProperty('--mt-vote-yes', 'rgb(1, 2, 3)');
    document.documentElement.style.setProperty('--mt-fg', 'rgb(4, 5, 6)');
    const el = await widgetIn('vote-chart', '');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.vote-yes')!).fill).to.equal('rgb(1, 2, 3)');
    expect(colour(el, 'title')).to.equal('rgb(4, 5, 6)');
    const arms = await widgetIn('arms-flow', '');
    expect(colour(arms, 'title')).to.equal('rgb(4, 5, 6)');
  });

  it('theme="dark" in a light page is the editor\'s choice: dark, on its own background, padded off the edge', async () => {
    const el = await widgetIn('vote-chart', 'background: #fff; color-scheme: light', 'theme="dark"');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 22, 22)');
    expect(colour(el, 'title')).to.equal(DARK_FG);
    // Padded in the frame after the first draw (a change of size inside a resize report would loop).
    await waitUntil(() => parseFloat(getComputedStyle(part(el, 'figure')).paddingLeft) > 8, 'padded');
    // The chart is laid out again inside the padding, not under it.
    const inside = (): boolean => {
      const box = el.getBoundingClientRect();
      const chart = el.shadowRoot!.querySelector('.chart svg')?.getBoundingClientRect();
      return !!chart && chart.right <= box.right - 8 && chart.left >= box.left + 8;
    };
    await waitUntil(inside, 'the chart is laid out inside the padding');
    // On a page of its own colour, nothing to set apart: no padding.
    const same = await widgetIn('vote-chart', 'background: #161616', 'theme="dark"');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(getComputedStyle(part(same, 'figure')).paddingLeft).to.equal('0px');
    const light = await widgetIn('vote-chart', 'background: #111; color-scheme: dark', 'theme="light"');
    expect(colour(light, 'title')).to.equal(LIGHT_FG);
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('theme="system" follows the reader\'s OS (Chromium: needs media emulation)', async function () {
    if (!canEmulate) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widgetIn('arms-flow', 'background: #fff; color-scheme: light', 'theme="system"');
    expect(colour(el, 'title')).to.equal(DARK_FG);
    await emulateMedia({ colorScheme: 'light' });
    expect(colour(el, 'title')).to.equal(LIGHT_FG);
  });
});
