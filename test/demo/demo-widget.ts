/**
 * A stand-in component for the builder's tests: the shared base plus an enum, a list
 * and a boolean attribute, so the builder and embed page are tested without waiting
 * for (or depending on) any real chart. Its manifest is demo-widget.manifest.json.
 */
import { svg, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChartContext } from '../../src/internal/base-element.js';
import { defineElement } from '../../src/internal/define.js';
import { list } from '../../src/internal/options.js';
import { TestWidget, type WidgetData } from '../fixtures/test-widget.js';

/**
 * Bars or dots for three numbers.
 *
 * @tag demo-widget
 */
export class DemoWidget extends TestWidget {
  /** How to draw: `bars` or `dots`. */
  @property({ reflect: true }) view: 'bars' | 'dots' = 'bars';

  /** Labels to highlight, separated by spaces or commas. */
  @property() highlight = '';

  /** Print each value beside its mark. */
  @property({ type: Boolean, attribute: 'show-values' }) showValues = false;

  protected override _renderChart(data: WidgetData, ctx: ChartContext): TemplateResult {
    const max = Math.max(...data.items.map((d) => d.value), 1);
    const bh = ctx.height / data.items.length;
    const hl = new Set(list(this.highlight));
    const w = (v: number) => (v / max) * ctx.width * 0.8;
    return html`<svg width=${ctx.width} height=${ctx.height} role="img" aria-label=${data.title}>
      ${data.items.map((d, i) => {
        const cls = `mark c${i % 8}${hl.has(d.label) ? ' hl' : ''}`;
        const mark =
          this.view === 'dots'
            ? svg`<circle class=${cls} cx=${w(d.value)} cy=${i * bh + bh / 2} r="6"></circle>`
            : svg`<rect class=${cls} x="0" y=${i * bh} width=${w(d.value)} height=${bh - 2}></rect>`;
        return this.showValues ? svg`${mark}<text x=${w(d.value) + 8} y=${i * bh + bh / 2} dy="0.35em">${d.value}</text>` : mark;
      })}
    </svg>`;
  }
}

defineElement('demo-widget', DemoWidget);

declare global {
  interface HTMLElementTagNameMap {
    'demo-widget': DemoWidget;
  }
}
