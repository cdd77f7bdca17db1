/** Ranked bars (the map view on a phone) -> lit-html `svg` templates. */
import { svg, nothing, type TemplateResult } from 'lit';
import type { ViewState } from './view-state.js';
import type { BarsGeometry } from './bars.layout.js';

export function renderBars(v: ViewState<BarsGeometry>): TemplateResult {
  const g = v.geometry;
  return svg`<svg class="af-svg bars" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}"
    role="group" tabindex="0" aria-label=${v.title} aria-describedby="af-keys">
    ${g.bars.map((b) => {
      const key = `m:${b.supplier}`;
      const i = v.index.get(key);
      const dim = v.bright && !v.bright.has(key) ? ' dim' : '';
      return svg`<g class="bar-item${dim}" data-i=${i ?? nothing} tabindex="-1" role="button"
        aria-label=${v.label(key)} aria-describedby=${v.activeKey === key && v.describedBy ? v.describedBy : nothing}>
        <rect class="mark rbar c${b.group.colour}" x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>
        <rect class="ring" x=${b.x - 2} y=${b.y - 2} width=${b.w + 4} height=${b.h + 4}></rect>
      </g>`;
    })}
    <g class="labels" aria-hidden="true">
      ${g.bars.map(
        (b) => svg`<text class="label supplier" x=${b.name.x} y=${b.name.y} dy="0.35em" text-anchor="end">${b.supplier}</text>
          <text class="label value" x=${b.valueLabel.x} y=${b.valueLabel.y} dy="0.35em">${b.valueLabel.text}</text>`,
      )}
    </g>
  </svg>`;
}
