/**
 * A component may load its validator on first use, so `_validate` may answer with a promise.
 * The base must still show the problems, fire `error`, drop answers for input that has since
 * changed, and hold `updateComplete` until the data is drawn.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { TestWidget, validateWidgetData, type WidgetData } from '../fixtures/test-widget.js';
import type { TiesErrorEvent } from '../../src/internal/base-element.js';
import { defineElement } from '../../src/internal/define.js';
import type { Validated } from '../../src/data/issue.js';
import { q, text } from '../helpers/dom.js';

/** The test widget, with a validator that answers later. */
abstract class LaterWidget extends TestWidget {
  protected abstract override _validate(input: unknown): Promise<Validated<WidgetData>>;
}

/** Answers after `delay` ms, taken from the input's title (`slow`: 150 ms, else 10 ms). */
class AsyncWidget extends LaterWidget {
  validations = 0;
  protected _validate(input: unknown): Promise<Validated<WidgetData>> {
    this.validations++;
    const delay = (input as { title?: string } | null)?.title === 'slow' ? 150 : 10;
    return new Promise((resolve) => setTimeout(() => resolve(validateWidgetData(input)), delay));
  }
}
/** Its validator cannot be loaded (a chunk that fails to download). */
class BrokenWidget extends LaterWidget {
  protected _validate(): Promise<Validated<WidgetData>> {
    return Promise.reject(new Error('Failed to fetch dynamically imported module'));
  }
}
defineElement('async-widget', AsyncWidget);
defineElement('broken-widget', BrokenWidget);

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join(' '));

function quietConsole(): () => void {
  const { error, warn } = console;
  console.error = () => {};
  console.warn = () => {};
  return () => Object.assign(console, { error, warn });
}

describe('asynchronous validation', () => {
  it('the bundled default is not validated at all', async () => {
    const el = await fixture<AsyncWidget>(html`<async-widget eager></async-widget>`);
    await el.updateComplete;
    expect(el.validations).to.equal(0);
    expect(text(el, '.title')).to.equal('Bundled default');
  });

  it('updateComplete waits for the validation and the redraw; problems are shown and fired', async () => {
    const restore = quietConsole();
    try {
      const el = await fixture<AsyncWidget>(html`<async-widget eager></async-widget>`);
      const error = oneEvent(el, 'error') as Promise<TiesErrorEvent>;
      el.data = {
        title: 'Mine',
        items: [
          { label: 'Good', value: 2 },
          { label: 'Bad', value: -1 },
        ],
      };
      await el.updateComplete;
      expect(el.shownData?.title).to.equal('Mine');
      expect(text(el, '.title')).to.equal('Mine');
      expect(text(el, '[role="alert"]')).to.contain('items[1].value');
      expect(rows(el)).to.deep.equal(['Good 2']);
      expect((await error).detail.issues.map((i) => i.path)).to.deep.equal(['items[1].value']);
    } finally {
      restore();
    }
  });

  it('data set twice quickly: the second wins, even when the first answer comes last', async () => {
    const el = await fixture<AsyncWidget>(html`<async-widget eager></async-widget>`);
    el.data = { title: 'slow', items: [{ label: 'First', value: 1 }] };
    await new Promise((r) => setTimeout(r, 0)); // the first validation has started
    el.data = { title: 'fast', items: [{ label: 'Second', value: 2 }] };
    await el.updateComplete;
    expect(el.shownData?.title).to.equal('fast');
    // Once the slow answer for the old input arrives, it is dropped.
    await new Promise((r) => setTimeout(r, 250));
    await el.updateComplete;
    expect(el.validations).to.equal(2);
    expect(el.shownData?.title).to.equal('fast');
    expect(rows(el)).to.deep.equal(['Second 2']);
  });

  it('keeps drawing the data shown until the new data is checked: no placeholder blinks in between', async () => {
    const el = await fixture<AsyncWidget>(html`<async-widget eager></async-widget>`);
    await el.updateComplete;
    el.data = { title: 'slow', items: [{ label: 'Later', value: 3 }] };
    await new Promise((r) => setTimeout(r, 50)); // rendered, still validating
    expect(q(el, '.placeholder'), 'no placeholder').to.be.null;
    expect(text(el, '.title')).to.equal('Bundled default');
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('slow');
  });

  it('a validator that cannot be loaded is reported like one that throws: in the widget, not blank', async () => {
    const restore = quietConsole();
    try {
      const el = document.createElement('broken-widget') as BrokenWidget;
      el.eager = true;
      el.data = { title: 'x', items: [] };
      const error = oneEvent(el, 'error') as Promise<TiesErrorEvent>;
      document.body.append(el);
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain('could not be read');
      expect((await error).detail.rendered).to.be.false;
      el.remove();
    } finally {
      restore();
    }
  });
});
