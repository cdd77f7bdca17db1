/**
 * The one-file bundles (dist/vote-chart.js, arms-flow.js, relation-map.js): each draws its
 * default view from a single script request and registers only its own tag; the vote chart's
 * other views and its interaction come from dist/chunks/ beside it (the files the build lists),
 * asked for only when a reader needs them.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function page(script: string, body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.width = '720';
  frame.height = '800';
  frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .filter((r) => /\.js(\?|$)/.test(r.name))
    .map((r) => new URL(r.name).pathname);

const drawn = (win: Window, tag: string, mark: string) => () =>
  (win.document.querySelector(tag)?.shadowRoot?.querySelectorAll(`.chart ${mark}`).length ?? 0) > 0;

describe('one-file bundles', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('dist/vote-chart.js draws the hemicycle with its code from dist/chunks/ and registers no other tag', async () => {
    const win = await page('/dist/vote-chart.js', '<vote-chart view="hemicycle"></vote-chart>');
    await waitUntil(drawn(win, 'vote-chart', 'circle.seat'), 'the seats were not drawn', { timeout: 20_000 });
    const seats = [...win.document.querySelector('vote-chart')!.shadowRoot!.querySelectorAll('.chart circle.seat')];
    // One seat per member that voted (119 + 1 + 36), named from the bundled roll call.
    expect(seats.length).to.equal(156);
    expect(seats.filter((s) => s.getAttribute('aria-label') === 'Belarus: against').length).to.equal(1);
    const [first, ...rest] = scripts(win);
    expect(first).to.equal('/dist/vote-chart.js');
    expect(rest.filter((p) => !p.startsWith('/dist/chunks/'))).to.deep.equal([]);
    expect(win.customElements.get('arms-flow')).to.equal(undefined);
    expect(win.customElements.get('relation-map')).to.equal(undefined);
  });

  it('dist/vote-chart.js draws the bar from one request and answers a pointer with code from dist/chunks/', async () => {
    const win = await page('/dist/vote-chart.js', '<vote-chart></vote-chart>');
    await waitUntil(drawn(win, 'vote-chart', 'rect[data-key]'), 'the bar was not drawn', { timeout: 20_000 });
    expect(scripts(win).filter((p) => !p.startsWith('/dist/chunks/'))).to.deep.equal(['/dist/vote-chart.js']);
    const root = win.document.querySelector('vote-chart')!.shadowRoot!;
    const segment = root.querySelector('rect[data-key="yes"]')!;
    const at = { bubbles: true, composed: true, clientX: 20, clientY: 20 };
    const { PointerEvent: Pointer } = win as unknown as typeof globalThis;
    segment.dispatchEvent(new Pointer('pointerover', at));
    segment.dispatchEvent(new Pointer('pointermove', at));
    await waitUntil(() => root.querySelector('[part="tooltip"]:not([hidden])'), 'no tooltip', { timeout: 20_000 });
    expect(root.querySelector('[part="tooltip"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('In favour');
    expect(scripts(win).filter((p) => !p.startsWith('/dist/chunks/'))).to.deep.equal(['/dist/vote-chart.js']);
  });

  it('dist/vote-chart.js in English loads no language code; in Russian it loads its words and names before it draws', async () => {
    const foreign = (win: Window) =>
      scripts(win).filter((p) => /^\/dist\/chunks\/(messages|catalogues|overrides|region-names|my|ru|be)[-.]/.test(p));
    const en = await page('/dist/vote-chart.js', '<vote-chart eager></vote-chart>');
    await waitUntil(drawn(en, 'vote-chart', 'rect[data-key]'), 'the bar was not drawn', { timeout: 20_000 });
    expect(foreign(en)).to.deep.equal([]);
    const ru = await page('/dist/vote-chart.js', '<vote-chart eager lang="ru" view="hemicycle"></vote-chart>');
    const root = () => ru.document.querySelector('vote-chart')!.shadowRoot!;
    // The first seats drawn already have their Russian names and words: no English first.
    await waitUntil(() => root().querySelector('.chart circle.seat'), 'the seats were not drawn', { timeout: 20_000 });
    const labels = [...root().querySelectorAll('.chart circle.seat')].map((s) => s.getAttribute('aria-label'));
    // The vote's options in Russian too (the catalogue's words for `no`), not the data's English.
    expect(labels.filter((l) => l === 'Беларусь: против')).to.have.length(1);
    expect(labels.filter((l) => /^Belarus: /.test(l ?? ''))).to.deep.equal([]);
    expect(root().querySelector('.frame svg')!.getAttribute('aria-label')).to.match(/^Полукруговая диаграмма/);
    expect(
      foreign(ru)
        .map((p) => p.replace(/^\/dist\/chunks\/|-[\w-]{8}\.js$/g, ''))
        .sort(),
    ).to.deep.equal(['messages', 'region-names', 'region-names.ru', 'ru']);
  });

  it('dist/vote-chart.js takes the page strings by full message id (the bundle stores messages under short keys)', async () => {
    const strings = JSON.stringify({ 'vote.headline.alone': 'Лишь {0} — {1}', 'vote.chart.bar': 'Only the bar: {0}.' });
    for (const [lang, headline, chart] of [
      ['ru', /^Лишь Беларусь — против; /, /^Only the bar: /],
      ['en', /^Лишь Belarus — against; /, /^Only the bar: /],
    ] as const) {
      const win = await page(
        '/dist/vote-chart.js',
        `<vote-chart eager lang="${lang}"><script type="application/json" slot="strings">${strings}</script></vote-chart>`,
      );
      await waitUntil(drawn(win, 'vote-chart', 'rect[data-key]'), 'the bar was not drawn', { timeout: 20_000 });
      const root = win.document.querySelector('vote-chart')!.shadowRoot!;
      expect(root.querySelector('[part="title"]')!.textContent!.trim()).to.match(headline);
      expect(root.querySelector('.frame svg')!.getAttribute('aria-label')).to.match(chart);
      document.querySelectorAll('iframe').forEach((f) => f.remove());
    }
  });

  it('dist/arms-flow.js and dist/relation-map.js each draw their widget from one request', async () => {
    for (const tag of ['arms-flow', 'relation-map']) {
      const win = await page(`/dist/${tag}.js`, `<${tag}></${tag}>`);
      await waitUntil(drawn(win, tag, 'svg, canvas'), `<${tag}> was not drawn`, { timeout: 20_000 });
      expect(scripts(win), tag).to.deep.equal([`/dist/${tag}.js`]);
      expect(win.customElements.get('vote-chart'), tag).to.equal(undefined);
    }
  });
});
