/**
 * The embed contract, proven on a minimal widget. Each test names the behaviour a
 * user would notice and fails if the base stops providing it.
 */
import { expect, fixture, html, aTimeout, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../fixtures/test-widget.js';
import { TestWidget, DEFAULT_DATA } from '../fixtures/test-widget.js';
import { defineElement } from '../../src/internal/define.js';
import { TiesElement, type TiesErrorEvent } from '../../src/internal/base-element.js';
import { captureConsole } from '../fixtures/console.js';
import { drawn as drawnBy, q, qa, tableRows, text } from '../helpers/dom.js';

const shadow = (el: Element) => el.shadowRoot!;
const drawn = (el: TestWidget) => drawnBy(el, 'svg');

describe('embed contract: data in', () => {
  it('shows the bundled default when given nothing', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    expect(text(el, '.title')).to.equal('Bundled default');
    expect(tableRows(el)).to.deep.equal([
      ['In favour', '119'],
      ['Against', '1'],
      ['Abstained', '36'],
    ]);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager
      ><script type="application/json">
        { "title": "Inline", "items": [{ "label": "A", "value": 5 }] }
      </script></test-widget
    >`);
    await drawn(el);
    expect(text(el, '.title')).to.equal('Inline');
    expect(tableRows(el)).to.deep.equal([['A', '5']]);
  });

  it('fetches src, which wins over inline JSON', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager src="/test/fixtures/widget-data.json"
      ><script type="application/json">
        { "title": "Inline", "items": [{ "label": "A", "value": 5 }] }
      </script></test-widget
    >`);
    await waitUntil(() => text(el, '.title') === 'From a URL', 'src data not shown');
    await drawn(el);
    expect(tableRows(el)[0]).to.deep.equal(['One', '1,234.5']);
  });

  it('the data property wins over src and inline JSON', async () => {
    const el = await fixture<TestWidget>(html`<test-widget
      eager
      src="/test/fixtures/widget-data.json"
      .data=${{ title: 'Property', items: [{ label: 'P', value: 7 }] }}
      ><script type="application/json">
        { "title": "Inline", "items": [] }
      </script></test-widget
    >`);
    await drawn(el);
    expect(text(el, '.title')).to.equal('Property');
    expect(tableRows(el)).to.deep.equal([['P', '7']]);
  });

  it('redraws when the data property changes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    el.data = {
      title: 'Changed',
      items: [
        { label: 'X', value: 1 },
        { label: 'Y', value: 2 },
      ],
    };
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Changed');
    expect(qa(el, 'svg rect')).to.have.length(2);
  });

  it('makes no network request unless src asks for one', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls++;
      return original(...args);
    };
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
      await drawn(el);
      await aTimeout(50);
      expect(calls).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });
});

describe('embed contract: bad input', () => {
  it('names the bad field in the widget, on the console and in an error event; the valid part still renders', async () => {
    const cons = captureConsole('error');
    try {
      const el = document.createElement('test-widget') as TestWidget;
      el.eager = true;
      el.data = {
        title: 'Partly bad',
        items: [
          { label: 'Good', value: 3 },
          { label: 'Bad', value: -4 },
        ],
      };
      const event = oneEvent(el, 'error') as Promise<TiesErrorEvent>;
      document.body.append(el);
      const e = await event;
      await drawn(el);
      expect(e.bubbles, 'does not bubble to window, where error trackers listen').to.be.false;
      expect(e.detail.issues.map((i) => i.path)).to.deep.equal(['items[1].value']);
      expect(e.detail.rendered).to.be.true;
      const alert = q(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('items[1].value');
      expect(alert.textContent).to.contain('-4');
      expect(cons.lines.some((l) => l.includes('<test-widget>') && l.includes('items[1].value'))).to.be.true;
      expect(tableRows(el)).to.deep.equal([['Good', '3']]);
      el.remove();
    } finally {
      cons.restore();
    }
  });

  it('shows a message, not a blank box, when nothing is usable', async () => {
    const cons = captureConsole('error');
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager .data=${{ items: 'nope' }}></test-widget>`);
      const alert = q(el, '[role="alert"]');
      expect(alert, 'alert shown').to.exist;
      expect(alert!.textContent).to.contain('could not be drawn');
      expect(alert!.textContent).to.contain('items');
      expect(q(el, 'svg')).to.be.null;
    } finally {
      cons.restore();
    }
  });

  it('reports malformed inline JSON without throwing', async () => {
    const cons = captureConsole('error');
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager
        ><script type="application/json">
          { "title": "oops", items: [
        </script></test-widget
      >`);
      expect(text(el, '[role="alert"]')).to.match(/not valid JSON/);
      expect(cons.lines.join('\n')).to.contain('<script type="application/json">');
    } finally {
      cons.restore();
    }
  });

  it('reports a src that 404s and a src that returns HTML', async () => {
    const cons = captureConsole('error');
    try {
      const missing = await fixture<TestWidget>(html`<test-widget eager src="/test/fixtures/missing.json"></test-widget>`);
      await waitUntil(() => q(missing, '[role="alert"]'), 'no alert for 404');
      expect(text(missing, '[role="alert"]')).to.contain('404');
      const htmlSrc = await fixture<TestWidget>(html`<test-widget eager src="/test/fixtures/not-json.html"></test-widget>`);
      await waitUntil(() => q(htmlSrc, '[role="alert"]'), 'no alert for HTML');
      expect(text(htmlSrc, '[role="alert"]')).to.contain('did not return JSON');
    } finally {
      cons.restore();
    }
  });

  it('never turns a string from data into markup', async () => {
    const cons = captureConsole('error');
    (window as unknown as { pwned?: boolean }).pwned = false;
    try {
      const payload = '<img src=x onerror="window.pwned=true">';
      const el = await fixture<TestWidget>(html`<test-widget
        eager
        .data=${{
          title: payload,
          items: [
            { label: payload, value: 1 },
            { label: 2, value: 1 },
          ],
        }}
      ></test-widget>`);
      await drawn(el);
      await aTimeout(50);
      expect(qa(el, 'img')).to.have.length(0);
      expect(text(el, '.title')).to.equal(payload);
      expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
    } finally {
      cons.restore();
    }
  });

  it('warns about an unknown attribute value, naming the attribute', async () => {
    const cons = captureConsole('warn');
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager theme="blue"></test-widget>`);
      await drawn(el);
      expect(text(el, '[role="alert"]')).to.contain('invalid theme: "blue"');
      expect(cons.lines.join('\n')).to.contain('invalid theme');
    } finally {
      cons.restore();
    }
  });

  it('keeps an attribute mistake from readers on a live page (console and issues only), and shows it with show-issues', async () => {
    const cons = captureConsole('warn');
    const was = TiesElement.developmentPage;
    TiesElement.developmentPage = false;
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager theme="blue"></test-widget>`);
      await drawn(el);
      expect(q(el, '[role="alert"]'), 'no box for readers').to.equal(null);
      expect(el.issues.map((i) => i.path)).to.deep.equal(['theme']);
      expect(cons.lines.join('\n')).to.contain('invalid theme: "blue"');
      el.showIssues = true;
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain('Some settings of this chart were not understood, so it shows its defaults instead');
      expect(text(el, '[role="alert"]')).to.contain('invalid theme: "blue"');
      // Problems with the data are the reader's business: they show without it.
      el.showIssues = false;
      el.data = {
        title: 'Partly bad',
        items: [
          { label: 'Good', value: 3 },
          { label: 'Bad', value: -4 },
        ],
      };
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain('Some of the data could not be used');
      expect(text(el, '[role="alert"]')).to.not.contain('theme');
    } finally {
      TiesElement.developmentPage = was;
      cons.restore();
    }
  });
});

describe('embed contract: size and laziness', () => {
  it('fits its container and redraws when the width changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 500px"><test-widget eager></test-widget></div>`);
    const el = wrap.querySelector('test-widget')!;
    await drawn(el);
    expect(q(el, 'svg')!.getAttribute('width')).to.equal('500');
    wrap.style.width = '320px';
    await waitUntil(() => q(el, 'svg')!.getAttribute('width') === '320', 'did not redraw at 320px');
  });

  it('reserves the chart height before drawing, so the page does not shift', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><div style="height: 5000px"></div><test-widget></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget')!;
    await el.updateComplete;
    const before = el.getBoundingClientRect().height;
    expect(q(el, 'svg'), 'not drawn while far offscreen').to.be.null;
    expect(q<HTMLElement>(el, '.placeholder')!.getBoundingClientRect().height).to.equal(120);
    el.scrollIntoView();
    await waitUntil(() => q(el, 'svg'), 'not drawn after scrolling near');
    await el.updateComplete;
    expect(q(el, '.chart')!.getBoundingClientRect().height).to.equal(120);
    // Title, description and source line are rendered before drawing too, so only the alert-free chart box changes.
    expect(Math.abs(el.getBoundingClientRect().height - before)).to.be.lessThan(40);
  });

  it('eager draws at once even far below the viewport', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div><test-widget eager></test-widget></div>`);
    const el = wrap.querySelector('test-widget')!;
    await drawn(el);
    expect(q(el, 'svg')).to.exist;
  });
});

describe('embed contract: figure semantics', () => {
  it('has a title heading, a description, a source line, a hidden table and a CSV of the same rows', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    const heading = q(el, '[role="heading"]')!;
    expect(heading.textContent).to.equal('Bundled default');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(text(el, '[part="description"]')).to.equal('3 bars.');
    expect(text(el, '[part="source"]')).to.equal('Source: Test source');
    const table = q<HTMLTableElement>(el, 'table')!;
    const box = table.parentElement!;
    expect(box.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
    expect(getComputedStyle(box).overflow).to.equal('hidden');
    expect(table.querySelector('caption')!.textContent).to.equal('Bundled default');
    const link = q<HTMLAnchorElement>(el, 'a[download]')!;
    expect(link.textContent!.trim()).to.equal('Download data (CSV)');
    expect(link.download).to.equal('bundled-default.csv');
    const csv = decodeURIComponent(link.href.split(',').slice(1).join(','));
    expect(csv.replace('\ufeff', '').trim().split('\r\n')).to.deep.equal([
      'Label,Value',
      ...DEFAULT_DATA.items.map((d) => `${d.label},${d.value}`),
    ]);
  });

  it('draws the chart in its first frame; the hidden table follows it, and the CSV link works in between', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const el = document.createElement('test-widget') as TestWidget;
    el.eager = true;
    // Animation frame callbacks run before the frame is painted: what they see is the first frame.
    const first = new Promise<{ chart: boolean; table: boolean; csv: string }>((resolve) =>
      requestAnimationFrame(() => {
        const link = q<HTMLAnchorElement>(el, 'a[download]')!;
        let csv = '';
        // After the link's own handler, before the browser would follow it.
        shadow(el).addEventListener(
          'click',
          (e) => {
            csv = decodeURIComponent((e.target as HTMLAnchorElement).href.split(',').slice(1).join(','));
            e.preventDefault();
          },
          { once: true },
        );
        link.click();
        resolve({ chart: q(el, '.chart svg') !== null, table: q(el, 'table') !== null, csv });
      }),
    );
    host.append(el);
    const seen = await first;
    expect(seen.chart, 'chart in the first frame').to.be.true;
    expect(seen.table, 'hidden table in the first frame').to.be.false;
    expect(seen.csv.replace('\ufeff', '').trim().split('\r\n')).to.deep.equal([
      'Label,Value',
      ...DEFAULT_DATA.items.map((d) => `${d.label},${d.value}`),
    ]);
    await el.updateComplete;
    expect(tableRows(el)).to.have.length(DEFAULT_DATA.items.length);
  });

  it('neutralises spreadsheet formulas in the CSV', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget eager .data=${{ title: 't', items: [{ label: '=HYPERLINK("x")', value: 1 }] }}></test-widget>`,
    );
    await drawn(el);
    const csv = decodeURIComponent(q<HTMLAnchorElement>(el, 'a[download]')!.href.split(',').slice(1).join(','));
    expect(csv).to.contain(`"'=HYPERLINK(""x"")"`);
  });

  it('is accessible (axe)', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    await expect(el).to.be.accessible();
  });
});

// Media emulation needs the Chrome DevTools protocol, which Firefox's driver does not offer.
const canEmulate = !navigator.userAgent.includes('Firefox');

describe('embed contract: theme, locale, motion', () => {
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('theme="dark" and theme="light" set the colours, on a background of their own', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager theme="light"></test-widget>`);
    const bg = () => getComputedStyle(el).backgroundColor;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(22, 22, 22)');
    expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 236)');
  });

  it('theme="auto" (default) follows the page, not the OS; theme="system" follows the OS (Chromium: needs media emulation)', async function () {
    if (!canEmulate) this.skip();
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await el.updateComplete;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(el).backgroundColor, 'nothing painted').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(el).color).to.equal('rgb(27, 27, 27)');
    el.theme = 'system';
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 236)');
  });

  it('formats numbers in the lang of the nearest ancestor, and follows its own lang', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de"><test-widget eager src="/test/fixtures/widget-data.json"></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget')!;
    await waitUntil(() => tableRows(el).length === 2, 'src data not drawn');
    expect(tableRows(el)[0]![1]).to.equal('1.234,5');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(tableRows(el)[0]![1]!.replace(/\s/g, ' ')).to.equal('1 234,5');
  });

  it('drops transitions under prefers-reduced-motion (Chromium: needs media emulation)', async function () {
    if (!canEmulate) this.skip();
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    const rect = q(el, 'rect.mark')!;
    expect(getComputedStyle(rect).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(rect).transitionDuration).to.equal('0s');
  });

  it('draws category colours from the documented custom properties', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager style="--mt-color-1: rgb(1, 2, 3)"></test-widget>`);
    await drawn(el);
    expect(getComputedStyle(q(el, 'rect.c0')!).fill).to.equal('rgb(1, 2, 3)');
  });
});

describe('embed contract: registration', () => {
  it('defining a taken tag is a no-op with a warning, never an exception', async () => {
    const cons = captureConsole('warn');
    try {
      class Other extends TestWidget {}
      expect(() => defineElement('test-widget', Other)).not.to.throw();
      expect(customElements.get('test-widget')).to.equal(TestWidget);
      expect(cons.lines.join('\n')).to.contain('<test-widget> is already defined');
      // The exported class can be registered under a site's own tag.
      expect(defineElement('site-widget', class extends TestWidget {})).to.be.true;
    } finally {
      cons.restore();
    }
  });
});

describe('embed contract: viewport', () => {
  it('draws at 320 px wide', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<TestWidget>(html`<test-widget eager></test-widget>`);
    await drawn(el);
    expect(Number(q(el, 'svg')!.getAttribute('width'))).to.be.at.most(320);
  });
});

describe('embed contract: large data', () => {
  it('caps the hidden table, says so, and builds the full CSV when the reader asks', async () => {
    const items = Array.from({ length: 2500 }, (_, i) => ({ label: `Row ${i}`, value: i }));
    const el = await fixture<TestWidget>(html`<test-widget eager .data=${{ title: 'Many rows', items }}></test-widget>`);
    await drawn(el);
    expect(qa(el, 'table tbody tr')).to.have.length(1000);
    expect(text(el, 'table caption')).to.contain('the first 1,000 of 2,500 rows');
    const link = q<HTMLAnchorElement>(el, 'a[download]')!;
    // Nothing heavy up front; the click handler fills the link before the browser follows it.
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    const csv = decodeURIComponent(link.href.split(',').slice(1).join(',')).replace('\ufeff', '').trim().split('\r\n');
    expect(csv).to.have.length(2501);
    expect(csv[2500]).to.equal('Row 2499,2499');
  });
});
