/**
 * Issue 20's attacks, as a reader would meet them: sizes past the limits get a message
 * (not a hang), attribute words are matched in linear time, keys that reach the prototype
 * chain are refused, sums never show NaN, lone surrogates and control characters never
 * throw, deep or huge source lists never overflow the stack, exotic objects are explained.
 * Counts of inputs, messages and failures are logged for the closing note.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { defaultVote } from '../../src/data/vote.default.js';
import { ATTACKS, ALL_NAMES_SELECTOR, LONE, type Case } from './hostile.js';
import { capture, mount, readerText, state, uncaught } from './harness.js';

const tally = { inputs: 0, messages: 0, uncaught: 0, injections: 0, hangs: 0 };
const allNames = defaultVote()
  .rollCall!.map((r) => r.name)
  .join(' ');

function resolve(c: Case): Case {
  if (c.attrs?.['highlight'] !== ALL_NAMES_SELECTOR) return c;
  return { ...c, attrs: { ...c.attrs, highlight: allNames } };
}

describe('attacks: limits, matching, keys, sums, strings, shapes', function () {
  this.timeout(90_000);
  afterEach(() => {
    for (const box of [...document.body.children]) if (box.tagName === 'DIV') box.remove();
  });
  after(() =>
    console.log(
      `[robustness] attack inputs ${tally.inputs}, messages shown ${tally.messages}, uncaught ${tally.uncaught}, hangs ${tally.hangs}, injections ${tally.injections}`,
    ),
  );

  for (const raw of ATTACKS) {
    it(`${raw.tag}: ${raw.name}`, async function () {
      const c = resolve(raw);
      uncaught.length = 0;
      tally.inputs++;
      const log = capture();
      let el: HTMLElement;
      try {
        el = await mount(c, 60_000);
      } catch (e) {
        // Neither a chart nor a message within a minute: a hang.
        tally.hangs++;
        throw e;
      } finally {
        log.restore();
      }
      const s = state(el);
      if (s.alert) tally.messages++;
      tally.uncaught += uncaught.length;
      const said = `${s.alert} ${s.status} ${log.lines.join(' ')}`;
      if (c.expect === 'alert') expect(s.alert || s.status, 'a message in the widget').to.not.equal('');
      if (c.expect === 'chart' || c.expect === 'both') expect(s.chart, 'the valid part is drawn').to.exist;
      if (c.expect === 'both') expect(s.alert, 'the problem is shown in the widget').to.not.equal('');
      for (const m of c.mentions ?? []) expect(said, `the message names ${m}`).to.contain(m);
      // A figure a reader sees is never NaN or Infinity, and no control character reaches the page.
      const text = readerText(el);
      expect(text, 'text a reader sees').not.to.match(/\bNaN\b|Infinity|undefined/);
      expect(text, 'control characters').not.to.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
      const injected = el.shadowRoot!.querySelectorAll('img, script, iframe, object, embed').length;
      tally.injections += injected;
      expect(injected).to.equal(0);
      // Every link a reader can follow or save is well-formed (no lone surrogate in an href or file name).
      for (const a of el.shadowRoot!.querySelectorAll('a')) {
        a.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
        expect(() => decodeURIComponent(a.href), `link ${a.className} decodes`).not.to.throw();
        expect(a.download, 'file name').not.to.match(/[\uD800-\uDFFF\u0000-\u001f]/);
      }
      if (c.attrs?.['tools']) {
        const image = await (el as HTMLElement & { toImage(f: string): Promise<Blob> }).toImage('svg');
        expect(image.size, 'the SVG image is made').to.be.greaterThan(100);
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
    });
  }

  it('the lone surrogate is what the cases inject', () => {
    expect(LONE).to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
