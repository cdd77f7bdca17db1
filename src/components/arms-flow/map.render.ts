/** Map geometry -> lit-html `svg` templates. */
import { svg, nothing, type TemplateResult } from 'lit';
import type { ViewState } from './view-state.js';
import type { MapGeometry } from './map.layout.js';

export type MapView = ViewState<MapGeometry>;

export function renderMap(v: MapView): TemplateResult {
  const g = v.geometry;
  return svg`<svg class="af-svg map" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}"
    role="group" tabindex="0" aria-label=${v.title} aria-describedby="af-keys">
    <g class="land" aria-hidden="true">
      <path class="sea" d=${g.sphere}></path>
      ${g.countries.map((c) =>
        c.role === 'supplier'
          ? svg`<path class="country supplier c${c.colour}" d=${c.d}></path>`
          : svg`<path class="country ${c.role}" d=${c.d}></path>`,
      )}
      ${g.dots.map((d) => svg`<circle class="country ${d.role}${d.colour === null ? '' : ` c${d.colour}`}" cx=${d.x} cy=${d.y} r="3"></circle>`)}
    </g>
    <g class="flows">
      ${g.flows.map((f) => {
        const key = `m:${f.supplier}`;
        const i = v.index.get(key);
        const dim = v.bright && !v.bright.has(key) ? ' dim' : '';
        return svg`<g class="mflow-item${dim}" data-i=${i ?? nothing} tabindex="-1"
          role="button" aria-label=${v.label(key)} aria-describedby=${v.activeKey === key && v.describedBy ? v.describedBy : nothing}>
          <path class="hit" d=${f.d} stroke-width="12"></path>
          <path class="mflow s${f.group.colour}" d=${f.d} stroke-width=${f.width}></path>
          <circle class="origin c${f.group.colour}" cx=${f.from[0]} cy=${f.from[1]} r=${f.r}></circle>
          <circle class="ring" cx=${f.from[0]} cy=${f.from[1]} r=${f.r + 3}></circle>
        </g>`;
      })}
    </g>
    <g class="labels" aria-hidden="true">
      ${
        g.recipient
          ? svg`<circle class="recipient-dot" cx=${g.recipient.x} cy=${g.recipient.y} r="4.5"></circle>
            <text class="label recipient" x=${g.recipient.x} y=${g.recipient.y + 19} text-anchor="middle">${g.recipient.name}</text>`
          : nothing
      }
      ${g.flows.map((f) =>
        f.label
          ? svg`${
              f.label.leader
                ? svg`<line class="leader" x1=${f.label.leader[0]} y1=${f.label.leader[1]} x2=${f.label.leader[2]} y2=${f.label.leader[3]}></line>`
                : nothing
            }<text class="label" x=${f.label.x} y=${f.label.y} text-anchor=${f.label.anchor}>${f.label.text}</text>`
          : nothing,
      )}
    </g>
  </svg>`;
}
