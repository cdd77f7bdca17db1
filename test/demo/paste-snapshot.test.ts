/**
 * The builder's default code carries its picture: the tag with a static snapshot of the
 * preview inside, then the script. Pasted where scripts are stripped, the picture shows; pasted
 * into a normal page, the live chart takes its place and nothing below it moves. At three
 * column widths, each set in the builder as an editor would.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { mountBuilder, type EmbedBuilder } from '../../demo/builder.js';
import { loadComponents } from '../../demo/embed.js';
import { readComponents, type ComponentSpec, type Manifest } from '../../demo/builder-manifest.js';

const CDN_SCRIPT = '<script type="module" src="https://YOUR-CDN/myanmar-ties/dist/myanmar-ties.js"></script>';
const firefox = navigator.userAgent.includes('Firefox');

let vote: ComponentSpec;
before(async () => {
  const res = await fetch('/custom-elements.json');
  expect(res.ok, '/custom-elements.json is missing: run npm run build').to.be.true;
  vote = readComponents((await res.json()) as Manifest).find((c) => c.tag === 'vote-chart')!;
  await loadComponents([vote]);
});

const builders: EmbedBuilder[] = [];
afterEach(() => {
  for (const b of builders.splice(0)) b.disconnect();
  document.querySelectorAll('iframe.under-test').forEach((f) => f.remove());
});

async function codeAt(width: number, view?: string): Promise<string> {
  const root = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  // Mounted at the column's width: resizing a drawn <vote-chart> from the builder's width to
  // 320 px has made Chromium report "ResizeObserver loop completed with undelivered
  // notifications" from the widget's own size observer (src/internal/base-element.ts).
  const b = mountBuilder(root, [vote], { width });
  builders.push(b);
  await b.ready;
  if (view) {
    const select = [...b.form.querySelectorAll('label')].find((l) => l.querySelector('code')?.textContent === 'view')!
      .control as HTMLSelectElement;
    select.value = view;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await b.codeReady();
  expect(Math.round(b.preview!.getBoundingClientRect().width)).to.equal(width);
  return b.pasteCode.value;
}

async function page(body: string, width: number): Promise<Window> {
  const f = document.createElement('iframe');
  f.className = 'under-test';
  f.width = String(width + 40);
  f.height = '1400';
  Object.assign(f.style, { position: 'fixed', top: '0', left: '0', border: '0', background: '#fff' });
  // In the builder's font: the widget takes its page's font, and the picture was made in the builder's.
  // The first script notes every layout shift; the one after the paste, where "After" stood
  // before any module ran (module scripts run after the document is parsed).
  f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.__shifts = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true }); } catch {}</script>
<style>body { font-family: ${getComputedStyle(document.body).fontFamily}; }</style>
</head><body style="margin:0"><p>Before.</p><div id="column" style="width:${width}px">${body}</div><p id="after">After.</p>
<script>window.__afterTop = document.getElementById('after').getBoundingClientRect().top;</script></body></html>`;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  await loaded;
  return f.contentWindow!;
}

/** The code pasted into a normal page (the CDN's script is the built bundle here): the live chart takes over and the page below does not move. */
async function takesOverInPlace(code: string, width: number): Promise<Element> {
  const win = await page(code.replace(CDN_SCRIPT, '<script type="module" src="/dist/myanmar-ties.js"></script>'), width);
  const live = win.document.querySelector('vote-chart')!;
  await waitUntil(() => live.shadowRoot?.querySelector('.chart svg rect[data-key]'), 'the live chart did not take over', {
    timeout: 30_000,
  });
  await (live as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await aTimeout(600);
  const state = win as unknown as { __afterTop: number; __shifts: number[] };
  const after = win.document.getElementById('after')!.getBoundingClientRect().top;
  expect(after - state.__afterTop, 'the paragraph below moved (px)').to.be.closeTo(0, 1);
  if (!firefox)
    expect(
      state.__shifts.reduce((a, b) => a + b, 0),
      'layout shift',
    ).to.be.below(0.001);
  return live;
}

describe('the builder’s default code, pasted', function () {
  this.timeout(120_000);

  for (const width of [320, 640, 960]) {
    it(`at ${width} px: the picture shows where scripts are stripped, and the live chart takes over without moving the page`, async () => {
      const code = await codeAt(width);
      expect(code.startsWith('<vote-chart><div role="figure"'), 'the tag with its picture first').to.be.true;
      expect(code.endsWith(`\n${CDN_SCRIPT}`), 'then the script').to.be.true;
      expect(code).to.not.match(/<details|<table/);
      expect(code.length, 'a small paste without the table').to.be.below(16_000);

      // Scripts stripped (AMP, RSS, a sanitiser): the picture, full width, with the numbers on it.
      const stripped = await page(code.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''), width);
      const still = stripped.document.querySelector('vote-chart')!;
      expect(stripped.customElements.get('vote-chart')).to.equal(undefined);
      const svg = still.querySelector(':scope > [role="figure"] > svg')!;
      expect(svg.getBoundingClientRect().width).to.equal(width);
      expect(svg.getBoundingClientRect().height).to.be.greaterThan(150);
      expect(svg.textContent).to.contain('119');
      expect(svg.textContent).to.contain('Belarus');
      document.querySelectorAll('iframe.under-test').forEach((f) => f.remove());

      // A normal page.
      await takesOverInPlace(code, width);
    });
  }

  for (const column of [320, 960]) {
    it(`made at 640 px, pasted into a ${column} px column: the picture's box already has the live chart's height, so nothing moves`, async () => {
      const code = await codeAt(640);
      expect(code, 'the sizes by column width').to.match(/<style>[^<]*@container \(min-width:\d+px\)/);
      const live = await takesOverInPlace(code, column);
      // The picture was the live chart's height, not the 640 px picture scaled to the column.
      const scaled = live.querySelector(':scope > [role="figure"] > svg')!.getAttribute('viewBox')!.split(' ').map(Number);
      expect(
        Math.abs(live.getBoundingClientRect().height - (scaled[3]! * column) / 640),
        'a picture scaled in proportion would have moved the page (px)',
      ).to.be.greaterThan(20);
    });
  }

  it('the hemicycle at 640 px: same picture-then-live, nothing moves', async () => {
    const code = await codeAt(640, 'hemicycle');
    expect(code).to.match(/^<vote-chart view="hemicycle"><div role="figure"/);
    const win = await page(code.replace(CDN_SCRIPT, '<script type="module" src="/dist/myanmar-ties.js"></script>'), 640);
    const live = win.document.querySelector('vote-chart')!;
    await waitUntil(() => live.shadowRoot?.querySelector('.chart circle.seat'), 'the hemicycle did not take over', { timeout: 30_000 });
    await aTimeout(600);
    const state = win as unknown as { __afterTop: number };
    expect(win.document.getElementById('after')!.getBoundingClientRect().top - state.__afterTop).to.be.closeTo(0, 1);
  });
});

describe('the builder helps an editor not to err', function () {
  this.timeout(60_000);

  it('opens on the vote, names the charts in plain words, and offers the data’s groups and countries as lists', async () => {
    const res = await fetch('/custom-elements.json');
    const all = readComponents((await res.json()) as Manifest);
    await loadComponents(all);
    const root = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    const b = mountBuilder(root, all);
    builders.push(b);
    await b.ready;
    expect(b.spec.tag).to.equal('vote-chart');
    const chart = b.form.querySelector('select')!;
    expect([...chart.options].map((o) => o.textContent)).to.deep.equal([
      'The UN vote on Myanmar <vote-chart>',
      'Arms delivered to Myanmar <arms-flow>',
      'The network behind the junta <relation-map>',
    ]);
    const labelled = (name: string) =>
      [...b.form.querySelectorAll('label')].find((l) => l.querySelector('code')?.textContent === name)!.control!;
    const group = labelled('group') as HTMLSelectElement;
    expect(group.localName).to.equal('select');
    expect([...group.options].map((o) => o.value)).to.include.members(['', 'neighbours', 'asean']);
    group.value = 'asean';
    group.dispatchEvent(new Event('change', { bubbles: true }));
    await b.ready;
    expect(b.snippet).to.contain('<vote-chart group="asean">');

    const add = b.form.querySelector<HTMLSelectElement>('.picker select')!;
    expect(add.labels![0]!.textContent).to.equal('Add a country to highlight');
    expect([...add.options].some((o) => o.value === 'BLR' && o.textContent === 'Belarus (BLR)')).to.be.true;
    for (const iso of ['BLR', 'CHN', 'BLR']) {
      add.value = iso;
      add.dispatchEvent(new Event('change', { bubbles: true }));
      await b.ready;
    }
    expect((labelled('highlight') as HTMLInputElement).value).to.equal('BLR CHN');
    expect(b.snippet).to.contain('highlight="BLR CHN"');
  });

  it('offers the four languages; the code carries the choice as lang and its picture is made in it', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    const b = mountBuilder(root, [vote], { width: 640 });
    builders.push(b);
    await b.ready;
    const select = [...b.form.querySelectorAll('label')].find((l) => l.querySelector('code')?.textContent === 'lang')!
      .control as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'en', 'my', 'ru', 'be']);
    select.value = 'my';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await b.ready;
    await b.codeReady();
    expect(b.snippet).to.equal(`${CDN_SCRIPT}\n<vote-chart lang="my"></vote-chart>`);
    const code = b.pasteCode.value;
    expect(code).to.match(/^<vote-chart lang="my"><div role="figure"/);
    // The picture speaks Burmese: its title, the chart's accessible name and the source line are the catalogue's.
    expect(code).to.contain('တစ်နိုင်ငံတည်းသာ');
    expect(code).to.contain('aria-label="ဆန္ဒမဲ၏ ဘားဇယား- ');
    expect(code).to.contain('ရင်းမြစ်များ- ');
  });

  it('a typo never reaches the code or the preview: the field says what is wrong', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    const b = mountBuilder(root, [vote]);
    builders.push(b);
    await b.ready;
    const field = [...b.form.querySelectorAll('label')].find((l) => l.querySelector('code')?.textContent === 'highlight')!
      .control as HTMLInputElement;
    field.value = 'BLR Narnia';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await b.ready;
    await b.codeReady();
    expect(b.snippet).to.equal(`${CDN_SCRIPT}\n<vote-chart></vote-chart>`);
    expect(b.pasteCode.value).to.match(/^<vote-chart><div role="figure"/);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const said = field.closest('.field')!.querySelector('.field-error')!;
    expect(said.textContent).to.match(/^Not used: .*"Narnia"/);
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(said.id);
    expect(b.preview!.hasAttribute('highlight')).to.be.false;
    expect(b.preview!.shadowRoot!.querySelector('[part="error"], [role="alert"]')).to.be.null;
    // Corrected, it is used again.
    field.value = 'BLR';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await b.ready;
    expect(b.snippet).to.contain('<vote-chart highlight="BLR">');
    expect(field.hasAttribute('aria-invalid')).to.be.false;
    expect(field.closest('.field')!.querySelector('.field-error')).to.be.null;
  });
});
