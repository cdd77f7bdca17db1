/**
 * "One file is one file, or says it is not." Each one-file bundle, copied to a CDN folder
 * under a sub-path with only the files `npm run build` lists for it (the bundle and the chunks
 * it reaches, scripts/one-file.mjs; served by test/embed/copied-bundles.mjs), draws every
 * view and answers the pointer. Copied alone, it draws its default view, and a view whose code
 * is missing tells readers plainly, with no module URL, while the console has the details.
 */
import { expect, waitUntil, aTimeout } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';

const VIEWS: Record<string, [string, string[]]> = {
  'vote-chart': ['view', ['bar', 'hemicycle', 'map']],
  'arms-flow': ['view', ['sankey', 'timeline', 'map']],
  'relation-map': ['layout', ['force', 'radial', 'geo']],
};

interface Page {
  win: Window & typeof globalThis;
  el: HTMLElement;
  errors: string[];
}

async function page(src: string, markup: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = '720';
  frame.height = '900';
  // At the top left, so pointer positions in the frame are the page's.
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', border: '0', zIndex: '10', background: '#fff' });
  // Console errors noted from the start (a failed chunk can be reported before the frame's load event).
  const hook =
    '<script>window.__errors = []; const e = console.error.bind(console); console.error = (...a) => { window.__errors.push(a.map(String).join(" ")); e(...a); };</script>';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${hook}<script type="module" src="${src}"></script></head><body style="margin:0">${markup}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis & { __errors: string[] };
  return { win, el: win.document.body.firstElementChild as HTMLElement, errors: win.__errors };
}

const marks = (el: Element) =>
  el.shadowRoot?.querySelectorAll('.chart svg path, .chart svg rect, .chart svg circle, .chart canvas').length ?? 0;
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** The element's `updateComplete`, if it is defined yet. */
const settle = async (el: Element) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;

describe('one-file bundles copied to a CDN sub-path', function () {
  this.timeout(120_000);
  afterEach(async () => {
    await resetMouse();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  for (const [tag, [attr, views]] of Object.entries(VIEWS)) {
    it(`${tag}.js with the files the build lists: every view draws, the pointer gets a tooltip`, async () => {
      const src = `/copied/${tag}/news/static/mt/${tag}.js`;
      for (const view of views) {
        const { el, errors } = await page(src, `<${tag} ${attr}="${view}" eager></${tag}>`);
        await waitUntil(() => marks(el) > 2 && !el.shadowRoot!.querySelector('.placeholder'), `${tag} ${view} did not draw`, {
          timeout: 30_000,
        });
        await settle(el);
        expect(text(el), `${tag} ${view}`).to.not.contain('could not');
        expect(errors, `${tag} ${view}`).to.deep.equal([]);
        if (view === views[0]) {
          // The first mark with a name, under the pointer: its tooltip comes from a lazy chunk for some.
          const mark = [...el.shadowRoot!.querySelectorAll('.chart [aria-label]')].find((m) => {
            const r = m.getBoundingClientRect();
            return r.width > 4 && r.height > 4 && m.localName !== 'svg';
          })!;
          expect(mark, `${tag}: a named mark`).to.exist;
          const r = mark.getBoundingClientRect();
          await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
          await waitUntil(
            () => el.shadowRoot!.querySelector('[part="tooltip"]:not([hidden])')?.textContent?.trim(),
            `${tag}: no tooltip on hover`,
            { timeout: 20_000 },
          );
        }
        document.querySelectorAll('iframe').forEach((f) => f.remove());
      }
    });
  }

  it('vote-chart.js copied alone: the bar draws; the map says plainly it could not load, the console says why', async () => {
    const src = '/alone/vote-chart/news/static/mt/vote-chart.js';
    const bar = await page(src, '<vote-chart eager></vote-chart>');
    await waitUntil(() => marks(bar.el) > 2, 'the bar did not draw', { timeout: 30_000 });
    document.querySelectorAll('iframe').forEach((f) => f.remove());

    const map = await page(src, '<vote-chart view="map" eager></vote-chart>');
    await waitUntil(() => text(map.el).includes('could not'), 'no message where the map should be', { timeout: 30_000 });
    await aTimeout(100);
    const said = text(map.el);
    expect(said).to.match(/this view could not load/i);
    expect(said).to.not.match(/https?:|\/static\/|\.js\b|chunks/);
    expect(map.errors.join('\n')).to.match(
      /<vote-chart>: the map could not load\. A one-file bundle \(dist\/vote-chart\.js\) needs the dist\/chunks\/ folder/,
    );
  });
});
