/**
 * Hostile or broken input, across the three components: every case gives a clear
 * message in the widget (naming the field) or draws the valid part, or both — never an
 * uncaught exception, never a blank box, and no payload ever executes.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { CASES, PAYLOAD } from './hostile.js';
import { capture, mount, squash, state, uncaught } from './harness.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

describe('bad input: every case is reported or rendered, never crashes, never executes', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const box of [...document.body.children]) if (box.tagName === 'DIV') box.remove();
  });

  for (const c of CASES) {
    it(`${c.tag}: ${c.name}`, async function () {
      expect(customElements.get(c.tag), `<${c.tag}> is registered by src/all.ts`).to.exist;
      uncaught.length = 0;
      const log = capture();
      let el: HTMLElement;
      try {
        el = await mount(c);
      } finally {
        log.restore();
      }
      const s = state(el);
      const said = `${s.alert} ${s.status} ${log.lines.join(' ')}`;
      if (c.expect === 'alert') expect(s.alert || s.status, 'a message in the widget').to.not.equal('');
      if (c.expect === 'chart' || c.expect === 'both') expect(s.chart, 'the valid part is drawn').to.exist;
      if (c.expect === 'both') expect(s.alert, 'the problem is shown in the widget').to.not.equal('');
      for (const m of c.mentions ?? []) expect(said, `the message names ${m}`).to.contain(m);
      if (c.literal) expect(squash(el.shadowRoot!.textContent)).to.contain(squash(c.literal));
      // No payload became markup, and none ran.
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, iframe, object, embed').length, 'injected elements').to.equal(0);
      const handlers = [...root.querySelectorAll('*')].flatMap((n) =>
        [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      );
      expect(handlers, 'inline event handlers').to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 20));
      expect(window.__pwned, 'payload executed').to.equal(undefined);
      expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
    });
  }

  it('the payload is what the cases inject', () => {
    expect(PAYLOAD).to.contain('onerror');
  });
});

describe('bad input: src that fails', function () {
  this.timeout(30_000);
  for (const tag of ['vote-chart', 'arms-flow', 'relation-map'] as const) {
    for (const [what, src, mention] of [
      ['404s', '/test/robustness/missing.json', '404'],
      ['returns HTML', '/test/fixtures/not-json.html', 'did not return JSON'],
    ] as const) {
      it(`${tag}: a src that ${what}`, async function () {
        expect(customElements.get(tag), `<${tag}> is registered by src/all.ts`).to.exist;
        const log = capture();
        try {
          const el = await mount({ name: what, tag, attrs: { src }, expect: 'alert' });
          expect(state(el).alert).to.contain(mention);
          expect(state(el).alert).to.contain(src);
        } finally {
          log.restore();
        }
      });
    }
  }

  it('vote-chart: a src that never answers gives up with a message', async function () {
    expect(customElements.get('vote-chart'), '<vote-chart> is registered by src/all.ts').to.exist;
    const log = capture();
    try {
      const el = await mount({ name: 'timeout', tag: 'vote-chart', attrs: { src: '/test/robustness/never.json' }, expect: 'alert' });
      expect(state(el).alert).to.match(/did not answer within/);
    } finally {
      log.restore();
    }
  });
});
