/**
 * Reader tools: "Download image" (SVG and PNG) opted into with `tools`, and the print
 * stylesheet. Proven on the minimal widget, so they hold for every component.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { css, html as litHtml, type TemplateResult } from 'lit';
import '../fixtures/test-widget.js';
import { TestWidget, type WidgetData } from '../fixtures/test-widget.js';
import type { ChartContext } from '../../src/internal/base-element.js';
import { defineElement } from '../../src/internal/define.js';
import { captureConsole } from '../fixtures/console.js';
import { drawn as drawnBy, q, qa } from '../helpers/dom.js';

const canEmulate = !navigator.userAgent.includes('Firefox');
const drawn = (el: TestWidget) => drawnBy(el, '.chart svg');

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.be.null;
  return doc;
}

/** Every attribute and element in a document that would need a stylesheet or a script. */
function foreignBits(doc: Document): string[] {
  const out: string[] = [];
  for (const node of doc.querySelectorAll('*')) {
    if (['script', 'style', 'foreignObject', 'img', 'iframe'].includes(node.localName)) out.push(`<${node.localName}>`);
    for (const a of node.attributes) {
      if (a.name === 'style' || a.name === 'class' || a.name.startsWith('on')) out.push(`${a.name} on <${node.localName}>`);
      if (a.value.includes('var(')) out.push(`var() in ${a.name}`);
    }
  }
  return out;
}

/** Catches the download the tools start: the `<a download>` click, stopped before it saves. */
function catchDownloads() {
  const got: Array<{ name: string; href: string }> = [];
  const onClick = (e: Event) => {
    const a = e.composedPath()[0];
    if (a instanceof HTMLAnchorElement && a.download) {
      e.preventDefault();
      got.push({ name: a.download, href: a.href });
    }
  };
  document.addEventListener('click', onClick, true);
  return { got, stop: () => document.removeEventListener('click', onClick, true) };
}

/** The minimal widget with an HTML legend of colour swatches, as real components draw one. */
class LegendWidget extends TestWidget {
  static override styles = [
    ...TestWidget.styles,
    css`
      .key {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        margin-inline-end: 12px;
      }
      .swatch {
        display: inline-block;
        width: 10px;
        height: 10px;
        background: var(--_mt-color-1);
      }
    `,
  ];
  protected override _renderLegend(data: WidgetData): TemplateResult {
    return litHtml`${data.items.slice(0, 1).map((d) => litHtml`<span class="key"><span class="swatch"></span>${d.label}</span>`)}`;
  }
}
defineElement('legend-widget', LegendWidget);

/** The minimal widget drawing on a canvas, as a large network may be drawn. */
class CanvasWidget extends TestWidget {
  protected override _renderChart(_data: WidgetData, ctx: ChartContext): TemplateResult {
    return litHtml`<canvas width=${ctx.width} height=${ctx.height} role="img" aria-label="bars"></canvas>`;
  }
  protected override updated(): void {
    const canvas = this.shadowRoot!.querySelector('canvas');
    const c = canvas?.getContext('2d');
    if (!c) return;
    c.fillStyle = 'rgb(200, 0, 0)';
    c.fillRect(0, 0, 50, 50);
  }
}
defineElement('canvas-widget', CanvasWidget);

describe('reader tools: the tools attribute', () => {
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('offers nothing by default', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    expect(q(el, '[part~="tools"]')).to.be.null;
    expect(qa(el, 'button')).to.have.length(0);
  });

  it('tools="image" offers SVG and PNG as labelled buttons in a group', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager tools="image"></test-widget>`);
    await drawn(el);
    const group = q(el, '[part~="tools"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(q(el, `#${group.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Download image');
    const buttons = qa(el, '[part~="tools"] button') as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['SVG', 'PNG']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Download image as SVG', 'Download image as PNG']);
    expect(buttons.every((b) => b.type === 'button' && b.tabIndex === 0)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('tools="png" offers one format; a misspelt value is named in the widget and on the console', async () => {
    const one = await fixture<TestWidget>(html`<test-widget eager tools="PNG"></test-widget>`);
    await drawn(one);
    expect(qa(one, '[part~="tools"] button').map((b) => b.textContent!.trim())).to.deep.equal(['PNG']);
    const cons = captureConsole('warn');
    try {
      const bad = await fixture<TestWidget>(html`<test-widget eager tools="imag"></test-widget>`);
      await drawn(bad);
      expect(q(bad, '[role="alert"]')!.textContent).to.contain('invalid tools: "imag"');
      expect(cons.lines.join('\n')).to.contain('invalid tools');
      expect(q(bad, '[part~="tools"]')).to.be.null;
    } finally {
      cons.restore();
    }
  });
});

describe('reader tools: the exported SVG', () => {
  it('the SVG button downloads a standalone SVG named after the title, with title, description, chart and source', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager tools="image"></test-widget>`);
    await drawn(el);
    const downloads = catchDownloads();
    try {
      q<HTMLButtonElement>(el, '[part~="tools"] button')!.click();
      await waitUntil(() => downloads.got.length === 1, 'no download started');
    } finally {
      downloads.stop();
    }
    expect(downloads.got[0]!.name).to.equal('bundled-default.svg');
    const text = await (await fetch(downloads.got[0]!.href)).text();
    expect(text.startsWith('<?xml')).to.be.true;
    const doc = parseSvg(text);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Bundled default');
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(words).to.include('Bundled default');
    expect(words).to.include('3 bars.');
    expect(words).to.include('Source: Test source');
    // Title above the chart, source line below it.
    const y = (s: string) => Number([...doc.querySelectorAll('text')].find((t) => t.textContent!.includes(s))!.getAttribute('y'));
    const chart = doc.querySelector('svg svg')!;
    expect(y('Bundled default')).to.be.lessThan(Number(chart.getAttribute('y')));
    expect(y('Source:')).to.be.greaterThan(Number(chart.getAttribute('y')) + Number(chart.getAttribute('height')));
    expect(chart.querySelectorAll('rect')).to.have.length(3);
    expect(foreignBits(doc)).to.deep.equal([]);
    // No button, link or status text from the footer made it into the picture.
    expect(text).not.to.contain('Download');
  });

  it('is a picture of what is on screen: every mark keeps its computed colour, in light and in dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<TestWidget>(html`<test-widget eager theme=${theme}></test-widget>`);
      await drawn(el);
      const doc = parseSvg(await (await el.toImage('svg')).text());
      const shown = qa(el, '.chart svg rect').map((r) => getComputedStyle(r).fill);
      const saved = [...doc.querySelectorAll('svg svg rect')].map((r) => r.getAttribute('fill'));
      expect(saved, theme).to.deep.equal(shown);
      const labelFill = doc.querySelector('svg svg text')!.getAttribute('fill');
      expect(labelFill, `${theme} chart text`).to.equal(getComputedStyle(q(el, '.chart svg text')!).fill);
      // The background the widget shows is painted first.
      expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal(getComputedStyle(el).backgroundColor);
    }
  });

  it("follows a site's custom-property overrides", async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager style="--mt-color-1: rgb(1, 2, 3)"></test-widget>`);
    await drawn(el);
    const doc = parseSvg(await (await el.toImage('svg')).text());
    expect(doc.querySelector('svg svg rect')!.getAttribute('fill')).to.equal('rgb(1, 2, 3)');
  });

  it('draws an HTML legend as swatches and text', async () => {
    const el = await fixture<LegendWidget>(html`<legend-widget eager></legend-widget>`);
    await drawn(el);
    const doc = parseSvg(await (await el.toImage('svg')).text());
    const swatch = [...doc.querySelectorAll('rect')].find((r) => r.getAttribute('width') === '10' && r.getAttribute('height') === '10');
    expect(swatch, 'swatch').to.exist;
    expect(swatch!.getAttribute('fill')).to.equal('rgb(0, 114, 178)');
    const label = [...doc.querySelectorAll('text')].find((t) => t.textContent!.trim() === 'In favour');
    expect(label, 'legend label').to.exist;
    // Beside its swatch, above the chart.
    expect(Number(label!.getAttribute('x'))).to.be.greaterThan(Number(swatch!.getAttribute('x')) + 10);
    expect(Number(label!.getAttribute('y'))).to.be.lessThan(Number(doc.querySelector('svg svg')!.getAttribute('y')));
  });

  it('keeps a chart drawn on a canvas, as an embedded PNG where the canvas was', async () => {
    const el = await fixture<CanvasWidget>(html`<canvas-widget eager></canvas-widget>`);
    await waitUntil(() => q(el, 'canvas'), 'no canvas');
    await el.updateComplete;
    const doc = parseSvg(await (await el.toImage('svg')).text());
    const image = doc.querySelector('image')!;
    expect(image.getAttribute('href')!.startsWith('data:image/png;base64,')).to.be.true;
    const chart = q(el, '.chart')!.getBoundingClientRect();
    expect(Number(image.getAttribute('width'))).to.equal(chart.width);
    expect(Number(image.getAttribute('height'))).to.equal(120);
    // The PNG shows the canvas's pixels at its place.
    const bitmap = await createImageBitmap(await el.toImage('png'));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const c = canvas.getContext('2d')!;
    c.drawImage(bitmap, 0, 0);
    const x = 2 * (Number(image.getAttribute('x')) + 25);
    const y = 2 * (Number(image.getAttribute('y')) + 25);
    expect([...c.getImageData(x, y, 1, 1).data]).to.deep.equal([200, 0, 0, 255]);
  });

  it('never turns a string from data into markup', async () => {
    const payload = '<img src=x onerror="window.pwned=true"> & </text><script>window.pwned=true</script>';
    const el = await fixture<TestWidget>(
      html`<test-widget eager .data=${{ title: payload, items: [{ label: payload, value: 1 }] }}></test-widget>`,
    );
    await drawn(el);
    const text = await (await el.toImage('svg')).text();
    const doc = parseSvg(text);
    expect(foreignBits(doc)).to.deep.equal([]);
    expect(doc.querySelector('title')!.textContent).to.equal(payload);
    // The title wraps onto several lines: each is text, together they are the payload.
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('');
    expect(lines.replace(/\s/g, '')).to.contain(payload.replace(/\s/g, ''));
  });
});

describe('reader tools: the exported PNG', () => {
  it("is the SVG at twice the size, with the chart's colours", async () => {
    const el = await fixture<TestWidget>(html`<div style="width: 400px"><test-widget eager></test-widget></div>`);
    const w = el.querySelector('test-widget')! as TestWidget;
    await drawn(w);
    const svg = parseSvg(await (await w.toImage('svg')).text()).documentElement;
    const png = await w.toImage('png');
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(2 * Number(svg.getAttribute('width')));
    expect(bitmap.height).to.equal(2 * Number(svg.getAttribute('height')));
    // Sample the middle of the first bar.
    const chart = svg.querySelector('svg svg')!;
    const bar = chart.querySelector('rect')!;
    const x = 2 * (Number(chart.getAttribute('x')) + Number(bar.getAttribute('width')) / 2);
    const y = 2 * (Number(chart.getAttribute('y')) + Number(bar.getAttribute('height')) / 2);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    expect([...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data]).to.deep.equal([0, 114, 178, 255]);
  });

  it('is reachable by keyboard: Enter on the PNG button downloads bundled-default.png', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager tools="image"></test-widget>`);
    await drawn(el);
    const downloads = catchDownloads();
    try {
      (qa(el, '[part~="tools"] button').at(-1) as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => downloads.got.length === 1, 'no download started', { timeout: 5000 });
    } finally {
      downloads.stop();
    }
    expect(downloads.got[0]!.name).to.equal('bundled-default.png');
    const blob = await (await fetch(downloads.got[0]!.href)).blob();
    expect(blob.type).to.equal('image/png');
    expect(q(el, '[part~="tools"] [role="status"]')!.textContent).to.equal('Downloading bundled-default.png');
  });

  /** A page with the given CSP and one widget with tools; returns the frame once it has drawn. */
  async function cspFrame(policy: string) {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '600px';
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = policy;
    frame.srcdoc = `<!doctype html><html lang="en"><head>${meta.outerHTML}
      <script type="module" src="${new URL('/test/fixtures/csp-page.ts', location.href).href}"></script></head>
      <body><test-widget eager tools="image"></test-widget></body></html>`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('test-widget')?.shadowRoot?.querySelector('svg'), 'no draw under CSP', {
      timeout: 5000,
    });
    const widget = frame.contentDocument!.querySelector('test-widget') as TestWidget;
    await widget.updateComplete;
    return { frame, widget, violations: (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations };
  }

  // The page's own origin rather than 'self': Firefox does not match 'self' in a srcdoc frame.
  const self = location.origin;

  it('works under a strict CSP that allows img-src data:', async () => {
    const { frame, widget, violations } = await cspFrame(
      `default-src ${self}; script-src ${self}; style-src ${self}; img-src ${self} data:`,
    );
    try {
      const png = await widget.toImage('png');
      expect(png.type).to.equal('image/png');
      expect(png.size).to.be.greaterThan(1000);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('without img-src data: or blob:, the PNG is still made (painted, never loaded from a URL), with no violation', async () => {
    const { frame, widget, violations } = await cspFrame(`default-src ${self}; script-src ${self}; style-src ${self}; img-src ${self}`);
    try {
      expect((await widget.toImage('svg')).type).to.contain('image/svg+xml');
      const png = await widget.toImage('png');
      expect(png.type).to.equal('image/png');
      expect(png.size).to.be.greaterThan(1000);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('reader tools: print', () => {
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ media: 'screen' });
  });

  it('prints without interactive chrome, keeps the source line, colours and the figure on one page (Chromium: needs media emulation)', async function () {
    if (!canEmulate) this.skip();
    const el = await fixture<TestWidget>(html`<test-widget eager tools="image"></test-widget>`);
    await drawn(el);
    expect(getComputedStyle(q(el, '[part~="tools"]')!).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    for (const sel of ['[part~="tools"]', '[part~="download"]']) {
      expect(getComputedStyle(q(el, sel)!).display, sel).to.equal('none');
    }
    expect(getComputedStyle(q(el, '[part~="source"]')!).display).to.not.equal('none');
    expect(getComputedStyle(el).printColorAdjust).to.equal('exact');
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
    expect(getComputedStyle(q(el, '.chart svg')!).maxWidth).to.equal('100%');
    // The data table stays visually hidden: the chart prints.
    expect(q(el, 'table')!.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('a lazy widget far below the fold is drawn for printing, and its chart scales to the paper', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><div style="height: 5000px"></div><test-widget></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget')!;
    await el.updateComplete;
    await aTimeout(50);
    expect(q(el, '.chart svg'), 'not drawn before printing').to.be.null;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await aTimeout(0);
    const chart = q(el, '.chart svg')!;
    expect(chart, 'drawn for printing').to.exist;
    expect(chart.getAttribute('viewBox')).to.equal('0 0 900 120');
    if (canEmulate) {
      await emulateMedia({ media: 'print' });
      // Print layout does not run the resize observer; the CSS scales the 900px chart to fit
      // the narrower paper. Measured and put back before the observer could see it.
      wrap.style.width = '600px';
      const box = chart.getBoundingClientRect();
      wrap.style.width = '900px';
      expect(box.width).to.be.at.most(600);
      expect(box.height).to.be.closeTo(80, 1);
    }
    window.dispatchEvent(new Event('afterprint'));
    expect(chart.hasAttribute('viewBox'), 'screen rendering restored').to.be.false;
  });
});
