/**
 * The hosted iframe embed (dist/embed.html) as a page uses it, with the builder's iframe code:
 * the frame fits its content (the page posts its height), follows it when the column narrows,
 * and checks its query against the list built into the page, fetching no manifest.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { iframeSnippet } from '../../demo/builder-manifest.js';

async function host(code: string, width: number): Promise<HTMLIFrameElement> {
  const outer = document.createElement('iframe');
  outer.width = String(width);
  outer.height = '2600';
  Object.assign(outer.style, { position: 'fixed', top: '0', left: '0', border: '0' });
  outer.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0">${code}<p id="after">After.</p></body></html>`;
  const loaded = new Promise((r) => outer.addEventListener('load', r, { once: true }));
  document.body.append(outer);
  await loaded;
  return outer;
}

describe('iframe embed (dist/embed.html)', function () {
  this.timeout(90_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('sizes itself to its content at 720 px, grows when the column narrows to 320 px, and fetches no manifest', async () => {
    // The height the builder would write, deliberately wrong: the frame must correct it.
    const code = iframeSnippet('arms-flow', [['eager', '']], 'Who arms Myanmar', 360, `${location.origin}/`);
    expect(code).to.contain('data-myanmar-ties');
    const outer = await host(code, 720);
    const doc = outer.contentDocument!;
    const frame = doc.querySelector('iframe')!;
    const inner = () => frame.contentDocument;
    const fits = () => {
      const d = inner();
      const el = d?.querySelector('arms-flow');
      if (!el?.shadowRoot?.querySelector('.chart svg')) return false;
      return Math.abs(Number(frame.height) - Math.ceil(d!.documentElement.getBoundingClientRect().height)) <= 1;
    };
    await waitUntil(fits, 'the frame did not take its content height at 720 px', { timeout: 40_000 });
    const wide = Number(frame.height);
    expect(wide, 'taller than the 360 px it was given').to.be.greaterThan(600);
    // Nothing clipped: the frame's document does not scroll.
    expect(inner()!.documentElement.scrollHeight).to.be.at.most(wide + 1);

    outer.width = '320';
    await waitUntil(() => Number(frame.height) > wide && fits(), 'the frame did not grow at 320 px', { timeout: 40_000 });

    const fetched = (inner()!.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (r) => new URL(r.name).pathname,
    );
    expect(
      fetched.filter((p) => p.endsWith('.json')),
      'no JSON fetched to check the query',
    ).to.deep.equal([]);
  });

  it('a page that stripped the listener keeps the height it was given', async () => {
    const code = iframeSnippet('vote-chart', [], 'The situation in Myanmar', 480, `${location.origin}/`).replace(
      /<script>.*<\/script>/s,
      '',
    );
    const outer = await host(code, 640);
    const frame = outer.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => frame.contentDocument?.querySelector('vote-chart')?.shadowRoot?.querySelector('.chart svg'), 'no chart', {
      timeout: 40_000,
    });
    expect(frame.height).to.equal('480');
  });

  it('ignores a height message from any other window', async () => {
    const code = iframeSnippet('vote-chart', [], 'The situation in Myanmar', 480, `${location.origin}/`);
    const outer = await host(code, 640);
    const win = outer.contentWindow!;
    const frame = outer.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => frame.contentDocument?.querySelector('vote-chart')?.shadowRoot?.querySelector('.chart svg'), 'no chart', {
      timeout: 40_000,
    });
    await waitUntil(() => frame.height !== '480', 'the frame never sized itself', { timeout: 20_000 });
    const sized = frame.height;
    win.postMessage({ type: 'myanmar-ties:height', height: 5 }, '*');
    await new Promise((r) => setTimeout(r, 300));
    expect(frame.height).to.equal(sized);
  });
});
