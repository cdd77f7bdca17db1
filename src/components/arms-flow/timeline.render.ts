/** Timeline geometry -> lit-html `svg` templates. */
import { svg, nothing, type TemplateResult } from 'lit';
import type { ViewState } from './view-state.js';
import type { TimelineGeometry } from './timeline.layout.js';
import { msg, str } from '../../internal/i18n/msg.js';

export interface TimelineView extends ViewState<TimelineGeometry> {
  tick: (n: number) => string;
  /** A year as the axis writes it, in the locale's digits. */
  year: (y: number) => string;
  /** Words for the split line, e.g. "Military coup, 1 February 2021", and the span after it. */
  splitLabel: string | null;
  splitTotal: string | null;
  /** Total above each bar (wide charts only), formatted. */
  total: ((year: number) => string) | null;
}

export function renderTimeline(v: TimelineView): TemplateResult {
  const g = v.geometry;
  const { plot } = g;
  const s = g.split;
  // The split's words sit in the band after it when there is room, else left of the line.
  const labelRight = s ? s.x1 - s.x > 150 : true;
  return svg`<svg class="af-svg timeline" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}"
    role="group" tabindex="0" aria-label=${v.title} aria-describedby="af-keys">
    ${
      s
        ? svg`<rect class="after" x=${s.x} y=${plot.y0 - 4} width=${Math.max(0, s.x1 - s.x)} height=${plot.y1 - plot.y0 + 4}></rect>`
        : nothing
    }
    <g class="grid" aria-hidden="true">
      ${g.yTicks.map(
        (t) => svg`<line class="gridline" x1=${plot.x0} x2=${plot.x1} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${plot.x0 - 6} y=${t.y} dy="0.32em" text-anchor="end">${v.tick(t.value)}</text>`,
      )}
      <text class="axis-title" x="0" y="12">${msg('SIPRI TIV (millions)', { id: 'arms.axis.tiv' })}</text>
    </g>
    <g class="bars">
      ${g.bars.map((b) => {
        const key = `b:${b.id}`;
        const i = v.index.get(key);
        const dim = v.bright && !v.bright.has(key) ? ' dim' : '';
        return svg`<g class="bar-item${dim}" data-i=${i ?? nothing} tabindex="-1"
          role="button" aria-label=${v.label(key)} aria-describedby=${v.activeKey === key && v.describedBy ? v.describedBy : nothing}>
          <rect class="mark bar c${b.group.colour}" x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>
          <rect class="ring" x=${b.x - 1.5} y=${b.y - 1.5} width=${b.w + 3} height=${b.h + 3}></rect>
        </g>`;
      })}
    </g>
    <g class="axis" aria-hidden="true">
      <line class="baseline" x1=${plot.x0} x2=${plot.x1} y1=${plot.y1} y2=${plot.y1}></line>
      ${g.xTicks.map((t) => svg`<text class="tick" x=${t.x} y=${plot.y1 + 15} text-anchor="middle">${v.year(t.year)}</text>`)}
      ${
        v.total
          ? g.years.map((yr) => {
              const t = g.totals.get(yr)!;
              if (!(t > 0)) return nothing;
              const top = Math.min(...g.bars.filter((b) => b.year === yr).map((b) => b.y));
              const x = g.bars.find((b) => b.year === yr)!;
              return svg`<text class="total" x=${x.x + x.w / 2} y=${top - 4} text-anchor="middle">${v.total!(yr)}</text>`;
            })
          : nothing
      }
    </g>
    ${
      s
        ? svg`<g class="split" aria-hidden="true">
          <line class="split-line" x1=${s.x} x2=${s.x} y1=${plot.y0 - 10} y2=${plot.y1}></line>
          ${
            v.splitLabel
              ? svg`<text class="split-label" x=${labelRight ? s.x + 5 : s.x - 5} y=${plot.y0 - 14}
                text-anchor=${labelRight ? 'start' : 'end'}
                >${v.splitLabel}${
                  !labelRight && v.splitTotal && !g.narrow
                    ? svg`<tspan class="split-total">${msg(str` · since then, ${v.splitTotal}`, { id: 'arms.timeline.sinceThen' })}</tspan>`
                    : nothing
                }</text
              >`
              : nothing
          }
          ${v.splitTotal && labelRight ? svg`<text class="split-total" x=${s.x + 5} y=${plot.y0 + 8}>${v.splitTotal}</text>` : nothing}
        </g>`
        : nothing
    }
  </svg>`;
}
