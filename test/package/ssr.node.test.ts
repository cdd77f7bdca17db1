/**
 * Server rendering with Lit SSR (what Astro's Lit integration and any Lit SSR setup do): each
 * component renders its figure's text into declarative shadow DOM without throwing, makes no
 * request, and leaves the chart to the client.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defaultVote } from '../../src/data/vote.default.js';

// Under Lit's Node build a DOM shim provides customElements, so the entries do register.
await import('../../src/all.js');

const ssr = async (markup: unknown): Promise<string> => collectResult(render(markup));
const text = (out: string): string =>
  out
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

for (const tag of ['vote-chart', 'arms-flow', 'relation-map']) {
  test(`<${tag}> renders its figure on the server (declarative shadow DOM, title, source line)`, async () => {
    assert.ok(customElements.get(tag), `${tag} is registered under Lit's Node build`);
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (u: string) => {
      fetched.push(String(u));
      throw new Error('no network on the server');
    }) as typeof fetch;
    try {
      const out = await ssr(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
      assert.match(out, /<template shadowroot(mode)?="open"/);
      assert.match(out, /<figure part="figure"/);
      assert.match(out, /role="heading"/, 'the title is in the server HTML');
      assert.match(text(out), /Source/i, 'the source line is in the server HTML');
      // No chart on the server (it needs the widget's width): a placeholder reserves its box.
      assert.match(out, /class="placeholder"/);
      const withSrc = await ssr(staticHtml`<${unsafeStatic(tag)} src="/elsewhere.json"></${unsafeStatic(tag)}>`);
      assert.doesNotMatch(withSrc, /role="heading"/, 'with src, the bundled data is not shown in its place');
      assert.deepEqual(fetched, [], 'no request from the server');
    } finally {
      globalThis.fetch = realFetch;
    }
  });
}

test('data given as a property is not replaced by the bundled data on the server', async () => {
  // Its validator loads on first use, which a synchronous server render cannot wait for: the
  // host stays empty (no stand-in figure with other numbers) and the client draws the data.
  const record = { ...defaultVote(), title: 'A vote given by the page' };
  const out = await ssr(html`<vote-chart .data=${record}></vote-chart>`);
  assert.match(out, /<vote-chart[^>]*><template shadowroot/);
  assert.doesNotMatch(out, /role="heading"/);
});
