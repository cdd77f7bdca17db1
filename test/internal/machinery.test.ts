/**
 * The shared controllers of src/internal, each on the test widget: lazy code, keyboard
 * focus over keyed marks, tooltips, text measuring. What a reader or a page would notice:
 * the text drawn, what a screen reader hears, what `updateComplete` waits for.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, svg, nothing, type TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { TestWidget, type WidgetData } from '../fixtures/test-widget.js';
import type { ChartContext } from '../../src/internal/base-element.js';
import { LazyController } from '../../src/internal/lazy.controller.js';
import { KeyedFocusController } from '../../src/internal/keyed-focus.controller.js';
import { placeTooltip, tooltipTemplate } from '../../src/internal/tooltip.js';
import { createMeasurer } from '../../src/internal/text-metrics.js';

/** A promise the test settles by hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

let loads: Array<ReturnType<typeof deferred<string>>> = [];

class LazyWidget extends TestWidget {
  readonly code = new LazyController<string>(this, () => {
    const d = deferred<string>();
    loads.push(d);
    return d.promise;
  });
  protected override _settling(): Promise<unknown> | null {
    return super._settling() ?? this.code.pending;
  }
  protected override _renderChart(_data: WidgetData, ctx: ChartContext): TemplateResult {
    const value = this.code.request();
    if (this.code.state === 'error') return html`<p class="status" role="alert">Could not load: ${this.code.error}</p>`;
    if (value === null) return html`<p class="status" role="status">Loading…</p>`;
    return html`<p class="status">${value} at ${ctx.width} px</p>`;
  }
}
customElements.define('lazy-widget', LazyWidget);

class KeyedWidget extends TestWidget {
  readonly keys: KeyedFocusController<string> = new KeyedFocusController<string>(this, {
    start: () => this._labels()[0] ?? null,
    has: (k) => this._labels().includes(k),
    describe: (k) => `${k}: ${this._data.value!.items.find((d) => d.label === k)!.value} votes.`,
    keys: {
      ArrowDown: (k) => this._step(k, 1),
      ArrowUp: (k) => this._step(k, -1),
      Enter: (k) => void (this.chosen = k),
      // Not ours: the page keeps it.
      Escape: () => false,
    },
    changed: () => this.requestUpdate(),
  });
  chosen: string | null = null;
  private _labels(): string[] {
    return this._data.value?.items.map((d) => d.label) ?? [];
  }
  private _step(k: string, d: number): void {
    const all = this._labels();
    const next = all[all.indexOf(k) + d];
    if (next !== undefined) this.keys.moveTo(next);
  }
  protected override _renderChart(data: WidgetData, ctx: ChartContext): TemplateResult {
    const id = (k: string) => `mark-${data.items.findIndex((d) => d.label === k)}`;
    return html`<svg
        width=${ctx.width}
        height=${ctx.height}
        tabindex="0"
        role="listbox"
        aria-label="Votes"
        aria-activedescendant=${this.keys.activeDescendant(id) ?? nothing}
        @focus=${this.keys.onFocus}
        @blur=${this.keys.onBlur}
        @keydown=${this.keys.onKeydown}
      >
        ${data.items.map((d, i) => svg`<rect id=${`mark-${i}`} role="option" aria-label=${d.label} class="mark" x="0" y=${i * 30} width="40" height="20"></rect>`)}
      </svg>
      <p class="live" role="status">${this.keys.announcement}</p>`;
  }
}
customElements.define('keyed-widget', KeyedWidget);

/** Roving focus: each bar is focusable and read by its own label, as `<vote-chart>`'s marks are. */
class RovingWidget extends TestWidget {
  readonly keys: KeyedFocusController<string> = new KeyedFocusController<string>(this, {
    start: () => this._labels()[0] ?? null,
    has: (k) => this._labels().includes(k),
    keys: {
      // Built on first use: `step` is the controller's own.
      ArrowDown: (at, e) => this.keys.step(this._next(1))(at, e),
      ArrowUp: (at, e) => this.keys.step(this._next(-1))(at, e),
      Escape: () => (this.keys.active ? this.keys.leave() : false),
    },
    moving: (k) => this.moves.push(k),
    changed: () => this.requestUpdate(),
    roving: {
      container: () => this.shadowRoot!.querySelector('svg'),
      element: (k) => this.shadowRoot!.querySelector<SVGElement>(`[data-key="${CSS.escape(k)}"]`),
      keyOf: (el) => el.getAttribute('data-key'),
      rendered: () => this.updateComplete,
    },
  });
  moves: string[] = [];
  private _labels(): string[] {
    return this._data.value?.items.map((d) => d.label) ?? [];
  }
  private _next(d: number): (from: string) => string | null {
    return (k) => this._labels()[this._labels().indexOf(k) + d] ?? null;
  }
  protected override _renderChart(data: WidgetData, ctx: ChartContext): TemplateResult {
    return html`<svg
        width=${ctx.width}
        height=${ctx.height}
        tabindex="0"
        role="group"
        aria-label="Votes"
        @focusin=${this.keys.onFocusIn}
        @focusout=${this.keys.onFocusOut}
        @keydown=${this.keys.onKeydown}
      >
        ${data.items.map(
          (d, i) => svg`<rect data-key=${d.label} role="button" tabindex="-1" aria-label=${`${d.label}: ${d.value}`}
          class=${this.keys.active && this.keys.cursor === d.label ? 'mark on' : 'mark'} x="0" y=${i * 30} width="40" height="20"></rect>`,
        )}
      </svg>
      <button class="after">After</button>`;
  }
}
customElements.define('roving-widget', RovingWidget);

class TipWidget extends TestWidget {
  at = { x: 0, below: 0, above: 0 };
  protected override _renderChart(_data: WidgetData, ctx: ChartContext): TemplateResult {
    return html`<div class="box">${tooltipTemplate(html`<strong>Belarus</strong> against`, placeTooltip(this.at, ctx.width, ctx.height))}</div>`;
  }
}
customElements.define('tip-widget', TipWidget);

/** Mounted without awaiting `updateComplete` (which waits for the code the test has not let load yet). */
async function mountLazy(width = 400): Promise<LazyWidget> {
  const el = document.createElement('lazy-widget') as LazyWidget;
  el.setAttribute('eager', '');
  el.style.width = `${width}px`;
  document.body.append(el);
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

describe('LazyController on the test widget', () => {
  beforeEach(() => (loads = []));
  afterEach(() => document.querySelectorAll('lazy-widget').forEach((e) => e.remove()));

  it('loads once, says so meanwhile, and updateComplete waits for the code', async () => {
    const el = await mountLazy(400);
    const status = () => el.shadowRoot!.querySelector('.status')?.textContent?.trim();
    expect(el.code.state).to.equal('loading');
    expect(loads.length).to.equal(1);
    // Not done while the code loads: a test (or page) awaiting it sees the chart drawn.
    let done = false;
    void el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).to.equal(false);
    expect(status()).to.equal('Loading…');
    el.requestUpdate();
    await new Promise((r) => setTimeout(r, 20));
    expect(loads.length, 'asked again while loading: no second load').to.equal(1);
    loads[0]!.resolve('Chart code');
    await el.updateComplete;
    expect(done).to.equal(true);
    expect(el.code.state).to.equal('ready');
    expect(status()).to.equal('Chart code at 400 px');
  });

  it('on failure shows the reason, does not retry by itself, and loads again on retry()', async () => {
    const el = await mountLazy();
    loads[0]!.reject(new Error('network down'));
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"].status');
    expect(alert?.textContent).to.contain('network down');
    expect(el.code.state).to.equal('error');
    el.requestUpdate();
    await el.updateComplete;
    expect(loads.length).to.equal(1);
    el.code.retry();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.code.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('.status')?.textContent).to.equal('Loading…');
    loads[1]!.resolve('Second try');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.status')?.textContent).to.contain('Second try');
  });
});

describe('KeyedFocusController on the test widget', () => {
  it('starts on the first mark, walks by key, announces each, and leaves unmapped keys to the page', async () => {
    const el = await fixture<KeyedWidget>(html`<keyed-widget eager></keyed-widget>`);
    const chart = el.shadowRoot!.querySelector<SVGSVGElement>('svg')!;
    const live = () => el.shadowRoot!.querySelector('.live')!.textContent;
    expect(chart.hasAttribute('aria-activedescendant')).to.equal(false);
    chart.focus();
    await el.updateComplete;
    expect(live()).to.equal('In favour: 119 votes.');
    expect(chart.getAttribute('aria-activedescendant')).to.equal('mark-0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live()).to.equal('Abstained: 36 votes.');
    expect(chart.getAttribute('aria-activedescendant')).to.equal('mark-2');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.keys.cursor, 'no mark past the last: stays').to.equal('Abstained');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    expect(el.chosen).to.equal('Against');

    const seen: boolean[] = [];
    el.addEventListener('keydown', (e) => seen.push(e.defaultPrevented));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'x' });
    expect(seen).to.deep.equal([true, false, false]);

    chart.blur();
    await el.updateComplete;
    expect(chart.hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('keeps the cursor on its mark across new data, and starts again when the mark has gone', async () => {
    const el = await fixture<KeyedWidget>(html`<keyed-widget eager></keyed-widget>`);
    el.shadowRoot!.querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    el.data = {
      title: 'Reordered',
      items: [
        { label: 'Abstained', value: 36 },
        { label: 'Against', value: 1 },
      ],
    };
    await el.updateComplete;
    expect(el.keys.current()).to.equal('Against');
    el.data = { title: 'Other', items: [{ label: 'Yes', value: 3 }] };
    await el.updateComplete;
    expect(el.keys.current()).to.equal('Yes');
  });
});

describe('KeyedFocusController with roving focus on the test widget', () => {
  const focused = (el: RovingWidget) => el.shadowRoot!.activeElement;
  const on = (el: RovingWidget) => el.shadowRoot!.querySelector('.mark.on')?.getAttribute('data-key') ?? null;

  it('Tab stops on the chart; a move key enters at the start, focus follows the cursor, Escape returns to the chart', async () => {
    const el = await fixture<RovingWidget>(html`<roving-widget eager></roving-widget>`);
    const chart = el.shadowRoot!.querySelector<SVGSVGElement>('svg')!;
    chart.focus();
    await el.updateComplete;
    expect(focused(el), 'the chart itself, read by its name').to.equal(chart);
    expect(el.keys.active).to.equal(false);
    expect(on(el)).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('aria-label'), 'entered at the first mark, not past it').to.equal('In favour: 119');
    expect(el.keys.active).to.equal(true);
    expect(el.keys.ring, 'keyboard focus shows its ring').to.equal(true);
    expect(on(el)).to.equal('In favour');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Against: 1');
    expect(el.moves).to.deep.equal(['In favour', 'Against']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused(el)).to.equal(chart);
    expect(el.keys.active).to.equal(false);
    expect(on(el)).to.equal(null);
    // Back in: where the reader left off.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Against: 1');
    // Escape on the chart itself is the page's.
    await sendKeys({ press: 'Escape' });
    const seen: boolean[] = [];
    el.addEventListener('keydown', (e) => seen.push(e.defaultPrevented));
    await sendKeys({ press: 'Escape' });
    expect(seen).to.deep.equal([false]);
  });

  it('focus leaving the marks turns the cursor off; a click focuses the mark without a ring', async () => {
    const el = await fixture<RovingWidget>(html`<roving-widget eager></roving-widget>`);
    el.shadowRoot!.querySelector<SVGSVGElement>('svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.keys.active).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.after')!.focus();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.keys.active).to.equal(false);
    expect(on(el)).to.equal(null);
    expect(el.keys.cursor, 'kept for the return').to.equal('In favour');
    const rect = el.shadowRoot!.querySelector('[data-key="Abstained"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await el.updateComplete;
    expect(el.keys.cursor).to.equal('Abstained');
    expect(el.keys.active).to.equal(true);
    expect(el.keys.ring, 'a pointer’s focus draws no keyboard ring').to.equal(false);
    expect(el.moves, 'focus by pointer is no move by key').to.deep.equal(['In favour']);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a mark moved to before it is drawn takes focus once it is', async () => {
    const el = await fixture<RovingWidget>(html`<roving-widget eager></roving-widget>`);
    el.data = {
      title: 'New',
      items: [
        { label: 'Yes', value: 3 },
        { label: 'No', value: 2 },
      ],
    };
    el.keys.moveTo('No');
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-key')).to.equal('No');
  });
});

describe('tooltip on the test widget', () => {
  it('sits inside the chart: clamped at the sides, flipped above near the bottom, positioned without a style attribute', async () => {
    const el = await fixture<TipWidget>(html`<tip-widget eager style="width: 300px"></tip-widget>`);
    el.at = { x: 290, below: 20, above: 0 };
    el.requestUpdate();
    await el.updateComplete;
    const tip = () => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip().getAttribute('aria-hidden')).to.equal('true');
    expect(tip().textContent).to.contain('Belarus');
    expect(tip().style.left).to.equal('40px');
    expect(tip().style.top).to.equal('20px');
    el.at = { x: 150, below: 110, above: 90 };
    el.requestUpdate();
    await el.updateComplete;
    expect(tip().style.top).to.equal('');
    expect(tip().style.bottom).to.equal('30px');
  });
});

describe('text metrics in a browser', () => {
  it('measures text as drawn: longer text is wider, bold is wider, widths are remembered', () => {
    const measure = createMeasurer('sans-serif')!;
    expect(measure).to.be.a('function');
    const plain = measure('Belarus', 12, false);
    expect(plain).to.be.greaterThan(20).and.lessThan(80);
    expect(measure('Belarus and Russia', 12, false)).to.be.greaterThan(plain);
    expect(measure('Belarus', 12, true)).to.be.at.least(plain);
    expect(measure('Belarus', 24, false)).to.be.greaterThan(plain * 1.7);
    expect(measure('Belarus', 12, false)).to.equal(plain);
  });
});
