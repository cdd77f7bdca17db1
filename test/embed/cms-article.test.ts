/**
 * One-tag embed on a realistic CMS article page: hostile theme CSS, a strict
 * Content-Security-Policy header (no unsafe-inline, no unsafe-eval), the built bundle
 * pasted twice plus a second copy from another folder, and several widgets of each kind.
 * Every widget must draw, correctly sized and styled, with no CSP violation, no console
 * error and no uncaught exception.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface EmbedProbe {
  errors: string[];
  warnings: string[];
  violations: string[];
  uncaught: string[];
}

const TAGS = ['vote-chart', 'arms-flow', 'relation-map'];

describe('one-tag embed on a hostile CMS article page', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  let win: Window & { __embed: EmbedProbe };
  let doc: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/embed/cms-article.html';
    frame.width = '720';
    frame.height = '900';
    // The new frame starts on a complete about:blank: wait for the article's own load event.
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as typeof win;
    doc = frame.contentDocument!;
    const widgets = () => [...doc.querySelectorAll(TAGS.join(','))];
    await waitUntil(() => widgets().every((w) => w.shadowRoot?.querySelector('.chart svg, .chart canvas')), 'not every widget drew', {
      timeout: 40_000,
      interval: 100,
    });
    // Let lazy map geometry and late renders settle.
    const busy = (w: Element) =>
      [...w.shadowRoot!.querySelectorAll('[role="status"]')].some((s) => /loading|laying out/i.test(s.textContent ?? ''));
    await waitUntil(
      () => !widgets().some(busy),
      `still loading: ${widgets()
        .filter(busy)
        .map((w) => w.localName)
        .join(', ')}`,
      {
        timeout: 20_000,
      },
    );
  });

  after(() => frame.remove());

  it('serves the page with a strict CSP header, and nothing violates it', async () => {
    const res = await fetch('/test/embed/cms-article.html');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).not.to.contain('unsafe');
    expect(win.__embed.violations).to.deep.equal([]);
  });

  it('logs no console error and throws nothing', () => {
    expect(win.__embed.uncaught).to.deep.equal([]);
    expect(win.__embed.errors).to.deep.equal([]);
  });

  it('registers each tag once and warns about the second copy instead of throwing', () => {
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
    expect(win.__embed.warnings.some((w) => /already defined by another copy/.test(w))).to.equal(true);
  });

  it('draws all nine widgets at the article width, in their own type, with no alert', () => {
    const article = doc.querySelector('article')!;
    const width = article.getBoundingClientRect().width;
    const widgets = [...doc.querySelectorAll(TAGS.join(','))];
    expect(widgets).to.have.length(9);
    for (const w of widgets) {
      const root = w.shadowRoot!;
      const label = `${w.localName} ${w.getAttribute('view') ?? w.getAttribute('layout') ?? ''}`;
      const chart = root.querySelector<SVGElement | HTMLCanvasElement>('.chart svg, .chart canvas')!;
      const box = chart.getBoundingClientRect();
      // The page's `svg { height: auto; max-width: 100% }` and content-box resets must not squash or overflow it.
      expect(box.width, `${label} width`).to.be.within(width - 40, width + 1);
      expect(box.height, `${label} height`).to.be.greaterThan(80);
      expect(root.querySelector('[role="alert"]'), `${label} alert`).to.equal(null);
      const title = root.querySelector('[part~="title"]')!;
      const style = win.getComputedStyle(title);
      // 16px base x 1.15: the page's 22px italic uppercase serif does not leak in.
      expect(style.fontSize, `${label} title size`).to.equal('18.4px');
      expect(style.fontStyle, `${label} title style`).to.equal('normal');
      expect(style.textTransform, `${label} title case`).to.equal('none');
      // The page's `text { fill: red; font-size: 40px }` does not reach SVG labels.
      const text = root.querySelector('svg text');
      if (text) expect(win.getComputedStyle(text).fill, `${label} text fill`).not.to.equal('rgb(255, 0, 0)');
    }
  });

  it('leaves the host page as it was: no global styles or elements added', () => {
    expect(doc.adoptedStyleSheets.length).to.equal(0);
    expect(doc.querySelectorAll('head style').length).to.equal(0);
    expect(win.getComputedStyle(doc.body).fontStyle).to.equal('italic');
  });
});
