/**
 * The no-JS static figure (`npm run snapshot`): what a page without the script shows, and
 * the live widget taking over from it without moving the page. Proven on the minimal
 * widget, then on each real component that exists.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../fixtures/test-widget.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import { staticFigure, snapshotProblems, whenSettled, type SnapshotHost } from '../../src/internal/static-figure.js';
import { formatNumber } from '../../src/internal/locale.js';
import { drawn } from '../helpers/dom.js';

const canObserveShifts = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

/** What `scripts/snapshot.mjs` writes: the tag with the editor's attributes around the static figure. */
function snapshotMarkup(live: SnapshotHost, tag: string, attrs: Record<string, string>, idPrefix: string): string {
  const inert = document.implementation.createHTMLDocument('');
  const host = inert.createElement(tag);
  for (const [n, v] of Object.entries(attrs)) host.setAttribute(n, v);
  host.append(inert.importNode(staticFigure(live, { idPrefix }), true));
  return host.outerHTML;
}

/**
 * A page without the script, `width` px wide, with the snapshot between two paragraphs, in the
 * font of the page the snapshot was made in (the widgets take their page's font).
 */
async function pageWith(markup: string, width: number) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width + 40}px`;
  frame.style.height = '1200px';
  frame.style.border = '0';
  // In the top-level viewport: a lazy widget in an iframe scrolled out of view would not draw.
  frame.style.position = 'fixed';
  frame.style.top = '0';
  frame.style.left = '0';
  frame.style.background = 'white';
  // No scrollbar (Firefox draws one): the column must be exactly `width` wide.
  frame.srcdoc = `<!doctype html><html lang="en" style="overflow: hidden"><head><meta charset="utf-8"></head>
    <body style="margin: 0; padding: 0 20px; font-family: ${getComputedStyle(document.body).fontFamily.replace(/"/g, "'")}"><p>Before.</p>${markup}<p id="after">After.</p></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Loads a module into the frame, as a page does when its script tag arrives. */
function loadScript(frame: HTMLIFrameElement, path: string) {
  const s = frame.contentDocument!.createElement('script');
  s.type = 'module';
  s.src = new URL(path, location.href).href;
  frame.contentDocument!.head.append(s);
}

/** Height of the widget's box in the page, and where the paragraph after it starts. */
function measure(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  return { after: doc.getElementById('after')!.getBoundingClientRect().top };
}

async function takeOver(frame: HTMLIFrameElement, tag: string, module: string) {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const shifts: number[] = [];
  const moves: string[] = [];
  if (canObserveShifts) {
    new win.PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (e.hadRecentInput) continue;
        shifts.push(e.value);
        // Which box moved, for the failure message (nodes in shadow roots are not named).
        for (const src of (e as unknown as { sources?: Array<{ node: Node | null; previousRect: DOMRect; currentRect: DOMRect }> })
          .sources ?? []) {
          const what =
            src.node instanceof win.Element ? `<${src.node.localName}${src.node.id ? `#${src.node.id}` : ''}>` : 'a node in a shadow root';
          moves.push(`${what} ${Math.round(src.previousRect.top)} -> ${Math.round(src.currentRect.top)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
  const before = measure(frame);
  const staticHeight = frame.contentDocument!.querySelector(tag)!.querySelector('[role="figure"]')!.getBoundingClientRect().height;
  loadScript(frame, module);
  const live = frame.contentDocument!.querySelector(tag)!;
  await waitUntil(() => live.shadowRoot, 'the script did not load', { timeout: 15000 });
  await whenSettled(live);
  // Two frames: any shift from the first live paint is reported by then.
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 100));
  const after = measure(frame);
  return {
    staticHeight,
    liveHeight: live.getBoundingClientRect().height,
    moved: after.after - before.after,
    shifts,
    moves: moves.join('; '),
  };
}

describe('static snapshot: what a page without the script shows', () => {
  it('a figure with the title as a heading, the description, a chart SVG with marks, the source with its link, and the data table', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><test-widget eager></test-widget></div>`);
    const live = wrap.querySelector('test-widget')!;
    await drawn(live);
    const frame = await pageWith(snapshotMarkup(live, 'test-widget', {}, 'mt-a'), 600);
    try {
      const doc = frame.contentDocument!;
      const host = doc.querySelector('test-widget')!;
      expect(host.shadowRoot, 'no script ran: the element is not upgraded').to.be.null;
      const figure = host.querySelector('[role="figure"]')!;
      const heading = figure.querySelector('[role="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('Bundled default');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(figure.getAttribute('aria-labelledby')).to.equal(heading.id);
      const svg = figure.querySelector(':scope > svg')!;
      expect(svg.textContent).to.contain('3 bars.');
      expect(svg.querySelectorAll('svg svg rect')).to.have.length(3);
      const link = svg.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/');
      expect(link.textContent!.trim()).to.equal('Test source');
      // The table has the rows of the live widget's `table` property, formatted as it shows them.
      const rows = [...figure.querySelectorAll('details table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      expect(rows).to.deep.equal(live.table!.rows.map((r) => [String(r.label), formatNumber('en', r.value as number)]));
      expect(figure.querySelector('details table caption')!.textContent).to.equal('Bundled default');
      expect(figure.querySelector('details > p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: Test source');
      // Drawn: the bars keep their colours without the widget's stylesheet.
      expect(svg.querySelector('svg svg rect')!.getAttribute('fill')).to.equal('rgb(0, 114, 178)');
      expect(frame.contentWindow!.getComputedStyle(svg.querySelector('svg svg rect')!).fill).to.equal('rgb(0, 114, 178)');
    } finally {
      frame.remove();
    }
  });

  it('holds nothing a sanitiser or AMP strips: no script, style, class, event attribute, custom property or foreignObject', async () => {
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const live = await fixture<TestWidget>(
      html`<test-widget eager theme="dark" .data=${{ title: payload, items: [{ label: payload, value: 4 }] }}></test-widget>`,
    );
    await drawn(live);
    const markup = snapshotMarkup(live, 'test-widget', { theme: 'dark' }, 'mt-b');
    const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
    const host = doc.querySelector('test-widget')!;
    expect(snapshotProblems(host)).to.deep.equal([]);
    expect(doc.querySelectorAll('img, script, style, foreignObject')).to.have.length(0);
    const names = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name));
    expect(names.filter((n) => n === 'style' || n === 'class' || n.startsWith('on'))).to.deep.equal([]);
    expect(markup).not.to.contain('var(--');
    expect(host.querySelector('[role="heading"]')!.textContent!.replace(/\s/g, '')).to.equal(payload.replace(/\s/g, ''));
    // Dark as shown: the widget's background and text colours are in the SVG.
    expect(host.querySelector('svg > rect')!.getAttribute('fill')).to.equal('rgb(22, 22, 22)');
    expect(host.querySelector('[role="heading"] text')!.getAttribute('fill')).to.equal('rgb(236, 236, 236)');
  });

  it('scales down in a narrower column, keeping its proportions, instead of overflowing it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><test-widget eager></test-widget></div>`);
    const live = wrap.querySelector('test-widget')!;
    await drawn(live);
    const frame = await pageWith(snapshotMarkup(live, 'test-widget', {}, 'mt-c'), 320);
    try {
      const svg = frame.contentDocument!.querySelector('test-widget svg')!;
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect(svg.getBoundingClientRect().width).to.equal(320);
      expect(svg.getBoundingClientRect().height).to.be.closeTo((h! * 320) / w!, 0.5);
      expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      frame.remove();
    }
  });
});

describe('static snapshot: the live widget takes over', () => {
  it('without moving the page: same height (< 2 px), no layout shift', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><test-widget eager></test-widget></div>`);
    const live = wrap.querySelector('test-widget')!;
    await drawn(live);
    const frame = await pageWith(snapshotMarkup(live, 'test-widget', {}, 'mt-d'), 600);
    try {
      const r = await takeOver(frame, 'test-widget', '/test/fixtures/test-widget.ts');
      expect(Math.abs(r.liveHeight - r.staticHeight), `static ${r.staticHeight}px, live ${r.liveHeight}px`).to.be.lessThan(2);
      expect(Math.abs(r.moved), 'the paragraph after it moved').to.be.lessThan(2);
      if (canObserveShifts)
        expect(
          r.shifts.reduce((a, b) => a + b, 0),
          `cumulative layout shift: ${r.moves}`,
        ).to.equal(0);
      // The live chart replaced the static one: the static figure is no longer rendered.
      const stale = frame.contentDocument!.querySelector('test-widget [role="figure"]')!;
      expect(stale.getBoundingClientRect().height).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('a widget far below the fold keeps its snapshot until it nears the viewport, then draws in its place', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><test-widget eager></test-widget></div>`);
    const live = wrap.querySelector('test-widget')!;
    await drawn(live);
    const markup = snapshotMarkup(live, 'test-widget', {}, 'mt-e');
    const frame = await pageWith(`<div style="height: 3000px"></div>${markup}`, 600);
    try {
      const doc = frame.contentDocument!;
      const host = doc.querySelector('test-widget')!;
      const snapshot = host.querySelector('[role="figure"]')!;
      const height = snapshot.getBoundingClientRect().height;
      loadScript(frame, '/test/fixtures/test-widget.ts');
      await waitUntil(() => host.shadowRoot, 'the script did not load', { timeout: 15000 });
      await (host as TestWidget).updateComplete;
      expect(host.shadowRoot!.querySelector('.chart'), 'not drawn while far away').to.be.null;
      expect(snapshot.getBoundingClientRect().height, 'the snapshot still shows, at its height').to.be.closeTo(height, 0.5);
      host.scrollIntoView();
      await waitUntil(() => host.shadowRoot!.querySelector('.chart svg'), 'drawn once near', { timeout: 5000 });
      expect(snapshot.getBoundingClientRect().height, 'the live chart replaced it').to.equal(0);
      expect(host.getBoundingClientRect().height).to.be.closeTo(height, 2);
    } finally {
      frame.remove();
    }
  });

  it('a snapshot never hides a data problem: when nothing can be drawn the alert shows', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><test-widget eager></test-widget></div>`);
    const live = wrap.querySelector('test-widget')!;
    await drawn(live);
    const markup = snapshotMarkup(live, 'test-widget', { src: '/test/fixtures/not-json.html' }, 'mt-f');
    const frame = await pageWith(markup, 600);
    const win = frame.contentWindow as Window & typeof globalThis;
    const original = win.console.error;
    win.console.error = () => {};
    try {
      loadScript(frame, '/test/fixtures/test-widget.ts');
      const host = frame.contentDocument!.querySelector('test-widget')!;
      await waitUntil(() => host.shadowRoot?.querySelector('[role="alert"]'), 'no alert', { timeout: 5000 });
      expect(host.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('did not return JSON');
    } finally {
      win.console.error = original;
      frame.remove();
    }
  });
});

// The real components, once they exist: the same checks on each one's default view.
const components: Array<[tag: string, attrs: Record<string, string>]> = [
  ['vote-chart', {}],
  ['arms-flow', {}],
  ['relation-map', {}],
];
describe('static snapshot: the components', function () {
  this.timeout(40000);
  for (const [tag, attrs] of components) {
    const module = `/src/components/${tag}/${tag}.ts`;
    it(`<${tag}>: marks, the same table rows, nothing a sanitiser strips, no shift when it takes over`, async function () {
      await import(/* @vite-ignore */ module);
      expect(customElements.get(tag), `${module} registers <${tag}>`).to.exist;
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      const live = document.createElement(tag) as unknown as SnapshotHost;
      for (const [n, v] of Object.entries(attrs)) live.setAttribute(n, v);
      live.setAttribute('eager', '');
      wrap.append(live);
      expect(await whenSettled(live), 'drawn').to.be.true;
      const markup = snapshotMarkup(live, tag, attrs, `mt-${tag}`);
      const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
      expect(snapshotProblems(doc.querySelector(tag)!)).to.deep.equal([]);
      expect(
        doc.querySelectorAll(`${tag} svg svg path, ${tag} svg svg rect, ${tag} svg svg circle, ${tag} svg image`).length,
      ).to.be.greaterThan(3);
      expect(doc.querySelectorAll('details table tbody tr')).to.have.length(live.table!.rows.length);
      expect(doc.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
        live.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim(),
      );
      const frame = await pageWith(markup, 640);
      try {
        const r = await takeOver(frame, tag, module);
        expect(Math.abs(r.moved), `static ${r.staticHeight}px, live ${r.liveHeight}px`).to.be.lessThan(2);
        if (canObserveShifts)
          expect(
            r.shifts.reduce((a, b) => a + b, 0),
            `cumulative layout shift: ${r.moves}`,
          ).to.equal(0);
      } finally {
        frame.remove();
      }
    });
  }
});
