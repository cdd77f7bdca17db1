/**
 * The base's option hook (src/internal/option-hook.ts), on the test widget's `mark`: an
 * attribute only the data can check, resolved and reported by the same route as `theme`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../fixtures/test-widget.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import { captureConsole } from '../fixtures/console.js';
import { drawn, q } from '../helpers/dom.js';

const marked = (el: Element) => [...el.shadowRoot!.querySelectorAll('rect.marked')].length;

describe('option hook: attributes resolved against the data', () => {
  it('checks an attribute against the data, says what is wrong, and draws what it names once the data has it', async () => {
    const cons = captureConsole('warn');
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager show-issues mark="Spoiled"></test-widget>`);
      await drawn(el);
      expect(el.issues.map((i) => i.message)).to.deep.equal([
        'invalid mark: "Spoiled" is no item here; use one of In favour, Against, Abstained.',
      ]);
      expect(q(el, '[role="alert"]')?.textContent).to.contain('invalid mark');
      expect(cons.lines.filter((l) => l.includes('invalid mark'))).to.have.length(1);
      expect(marked(el)).to.equal(0);

      el.data = {
        title: 'With spoiled ballots',
        items: [
          { label: 'Yes', value: 3 },
          { label: 'Spoiled', value: 1 },
        ],
      };
      await el.updateComplete;
      expect(el.issues).to.deep.equal([]);
      expect(q(el, '[role="alert"]')).to.equal(null);
      expect(marked(el)).to.equal(1);

      el.mark = 'against';
      await el.updateComplete;
      expect(el.issues.map((i) => i.path)).to.deep.equal(['mark']);
      expect(el.issues[0]!.message).to.contain('use one of Yes, Spoiled');
    } finally {
      cons.restore();
    }
  });

  it('resolves an option once per change of its inputs, not at every update', async () => {
    const el = await fixture<TestWidget>(html`<test-widget eager mark="Against"></test-widget>`);
    await drawn(el);
    const runs = el.markOption.runs;
    expect(marked(el)).to.equal(1);
    // Updates that change neither `mark` nor the data (a theme, a heading) do not resolve it again.
    el.heading = 'Another title';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.markOption.runs).to.equal(runs);
    el.mark = 'Abstained';
    await el.updateComplete;
    expect(el.markOption.runs).to.equal(runs + 1);
    el.data = { title: 'Other', items: [{ label: 'Abstained', value: 2 }] };
    await el.updateComplete;
    expect(el.markOption.runs).to.equal(runs + 2);
    expect(marked(el)).to.equal(1);
  });

  it('logs each problem once, with the attribute problems, and a new one without repeating the others', async () => {
    const cons = captureConsole('warn');
    try {
      const el = await fixture<TestWidget>(html`<test-widget eager theme="neon" mark="Nope"></test-widget>`);
      await drawn(el);
      expect(el.issues.map((i) => i.path)).to.deep.equal(['theme', 'mark']);
      el.requestUpdate();
      await el.updateComplete;
      expect(cons.lines).to.have.length(2);
      el.mark = 'Nor this';
      await el.updateComplete;
      expect(cons.lines).to.have.length(3);
      expect(cons.lines[2]).to.contain('"Nor this"');
      expect(cons.lines.every((l) => l.startsWith('<test-widget>'))).to.equal(true);
    } finally {
      cons.restore();
    }
  });
});
