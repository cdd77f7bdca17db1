/**
 * Every view of every component on a page with a strict Content-Security-Policy header (no
 * inline style, no `unsafe-*`) and a hostile site stylesheet: each draws, nothing violates the
 * policy, through hover, keyboard, image export and a large network on a canvas. With
 * `img-src` that allows no `data:` or `blob:` image, the PNG export still works and causes no
 * violation, whether the policy is a header or a `<meta>` tag.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
  uncaught: string[];
}
type Win = Window & typeof globalThis & { __embed: Probe };
type Widget = HTMLElement & { updateComplete: Promise<unknown>; toImage(f: string): Promise<Blob>; data?: unknown };
const TAGS = ['vote-chart', 'arms-flow', 'relation-map'];

async function open(src: string): Promise<{ frame: HTMLIFrameElement; win: Win; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.width = '720';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'components defined', { timeout: 30_000 });
  return { frame, win, doc };
}

const network = (n: number) => ({
  actors: Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    kind: ['state', 'person', 'organisation'][i % 3],
    name: `Actor ${i}`,
    sources: [],
  })),
  ties: Array.from({ length: n }, (_, i) => ({
    id: `t${i}`,
    type: 'visit',
    source: `a${i}`,
    target: `a${(i * 7 + 1) % n}`,
    directed: true,
    label: `tie ${i}`,
    sources: [],
  })).filter((t) => t.source !== t.target),
});

describe('strict CSP and a hostile site stylesheet, every view', function () {
  this.timeout(120_000);
  let frame: HTMLIFrameElement;
  let win: Win;
  let doc: Document;

  before(async () => {
    ({ frame, win, doc } = await open('/test/robustness/csp-hostile.html'));
    (doc.getElementById('large') as Widget).data = network(700);
    const eager = () => [...doc.querySelectorAll<Widget>('[eager], #large')];
    await waitUntil(() => eager().every((w) => w.shadowRoot?.querySelector('.chart svg, .chart canvas')), 'not every widget drew', {
      timeout: 60_000,
      interval: 100,
    });
    for (const w of eager()) await w.updateComplete;
  });
  after(() => frame.remove());

  it('is served with a strict policy', async () => {
    const policy = (await fetch('/test/robustness/csp-hostile.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("style-src 'self'");
    expect(policy).not.to.contain('unsafe');
  });

  // (Styles set through the CSSOM show in a `style` attribute too, and are allowed: the policy
  // violations below are what counts.)
  it('every view draws, sized, on the hostile page', () => {
    for (const w of doc.querySelectorAll<Widget>('[eager], #large')) {
      expect(
        w.shadowRoot!.querySelector('.chart svg, .chart canvas'),
        `${w.localName} ${w.getAttribute('view') ?? w.getAttribute('layout') ?? ''}`,
      ).to.exist;
      expect(w.getBoundingClientRect().height, 'not collapsed').to.be.greaterThan(150);
    }
    expect(doc.querySelector('relation-map#large')!.shadowRoot!.querySelector('.chart canvas'), 'the large network is on a canvas').to
      .exist;
  });

  it('hover, keyboard and image export cause no violation', async () => {
    for (const w of doc.querySelectorAll<Widget>('[eager]')) {
      const mark = w.shadowRoot!.querySelector('.chart svg [tabindex], .chart svg rect, .chart svg circle, .chart svg path');
      const r = (mark ?? w).getBoundingClientRect();
      for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove']) {
        mark?.dispatchEvent(
          new (type.startsWith('pointer') ? win.PointerEvent : win.MouseEvent)(type, {
            bubbles: true,
            composed: true,
            clientX: r.x + r.width / 2,
            clientY: r.y + r.height / 2,
          }),
        );
      }
      const focusable = w.shadowRoot!.querySelector<HTMLElement>('.chart [tabindex="0"]');
      focusable?.focus();
      focusable?.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await w.updateComplete;
      const svg = await w.toImage('svg');
      expect(svg.size).to.be.greaterThan(500);
      const png = await w.toImage('png');
      expect(png.type).to.equal('image/png');
    }
    // A lazy widget scrolled to.
    const lazy = doc.getElementById('lazy') as Widget;
    lazy.scrollIntoView();
    await waitUntil(() => lazy.shadowRoot?.querySelector('.chart svg'), 'lazy widget drawn', { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 300));
    console.log(
      `[robustness] every view on the strict-CSP hostile page: CSP violations ${win.__embed.violations.length}, uncaught ${win.__embed.uncaught.length}`,
    );
    expect(win.__embed.violations, 'CSP violations').to.deep.equal([]);
    expect(win.__embed.uncaught, 'uncaught').to.deep.equal([]);
    expect(win.__embed.errors, 'console errors').to.deep.equal([]);
  });
});

describe('PNG export where img-src allows no data: or blob: image', function () {
  this.timeout(120_000);
  // The PNG is painted on a canvas, never loaded from a URL: a policy in a <meta> tag or in a
  // header (which script cannot read) is never asked, so nothing is reported, and the PNG works.
  const pages = [
    ['a <meta> policy', '/test/robustness/csp-meta.html'],
    ['a header policy', '/test/robustness/csp-hostile.html?img=self'],
  ] as const;
  let violations = 0;
  after(() => console.log(`[robustness] PNG under img-src 'self': CSP violations ${violations}`));
  for (const [what, src] of pages) {
    for (const tag of TAGS) {
      it(`${tag}, ${what}: the PNG is made, with no violation`, async () => {
        const { frame, win, doc } = await open(src);
        try {
          if (what === 'a header policy') {
            const policy = (await fetch(src)).headers.get('content-security-policy') ?? '';
            expect(policy).to.match(/img-src 'self';/);
          }
          const w = doc.querySelector<Widget>(`${tag}[eager]`)!;
          await waitUntil(() => w.shadowRoot?.querySelector('.chart svg'), 'drawn', { timeout: 60_000 });
          await w.updateComplete;
          const before = win.__embed.violations.length;
          const png = await w.toImage('png');
          expect(png.type).to.equal('image/png');
          expect(png.size).to.be.greaterThan(5000);
          // The footer button too: a download, no message. The download is caught before it
          // saves: a real one opens Firefox's downloads panel, which takes the keyboard focus
          // from every later test file.
          const saved: string[] = [];
          const onClick = (e: Event) => {
            const a = e.composedPath()[0] as HTMLAnchorElement;
            if (a.localName === 'a' && a.download) {
              e.preventDefault();
              saved.push(a.download);
            }
          };
          doc.addEventListener('click', onClick, true);
          const button = [...w.shadowRoot!.querySelectorAll('button')].find((b) => /PNG/.test(b.textContent ?? ''));
          button!.click();
          await waitUntil(() => saved.length === 1, 'no PNG download started', { timeout: 20_000 });
          doc.removeEventListener('click', onClick, true);
          expect(saved[0]).to.match(/\.png$/);
          expect(w.shadowRoot!.querySelector('.tools-error'), 'no error shown').to.equal(null);
          violations += win.__embed.violations.length - before;
          expect(win.__embed.violations.slice(before), 'CSP violations').to.deep.equal([]);
          expect((await w.toImage('svg')).size).to.be.greaterThan(500);
          expect(win.__embed.uncaught).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
