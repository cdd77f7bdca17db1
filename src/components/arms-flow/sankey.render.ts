/** Sankey geometry -> lit-html `svg` templates. No maths beyond formatting. */
import { svg, nothing, type TemplateResult } from 'lit';
import type { ViewState } from './view-state.js';
import type { SankeyGeometry, SankeyNodeBox } from './sankey.layout.js';
import { PALETTE_SLOTS, renderHatches } from './patterns.render.js';

export type SankeyView = ViewState<SankeyGeometry>;

function nodeLabel(n: SankeyNodeBox, narrow: boolean): TemplateResult {
  const l = n.label;
  const leader = l.leader
    ? svg`<line class="leader" x1=${l.leader[0]} y1=${l.leader[1]} x2=${l.leader[2]} y2=${l.leader[3]}></line>`
    : nothing;
  // Phones: name over value, so the gutters stay narrow and the bands keep their width.
  return narrow
    ? svg`${leader}<text class="label ${n.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}
        ><tspan class="name" x=${l.x} dy="-0.2em">${l.text}</tspan><tspan class="value" x=${l.x} dy="1.15em">${l.value}</tspan></text
      >`
    : svg`${leader}<text class="label ${n.kind}" x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}
        ><tspan class="name">${l.text}</tspan><tspan class="value">${`\u00a0${l.value}`}</tspan></text
      >`;
}

export function renderSankey(v: SankeyView): TemplateResult {
  const g = v.geometry;
  const focusable = (key: string) => {
    const i = v.index.get(key);
    return i === undefined ? null : i;
  };
  const dim = (key: string) => (v.bright && !v.bright.has(key) ? ' dim' : '');
  const flows = new Map<string, typeof g.links>();
  for (const l of g.links) flows.set(l.flow, [...(flows.get(l.flow) ?? []), l]);

  return svg`<svg class="af-svg sankey${g.narrow ? ' narrow' : ''}" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}"
    role="group" tabindex="0" aria-label=${v.title} aria-describedby="af-keys">
    <defs>${renderHatches('af-hatch', PALETTE_SLOTS)}</defs>
    <g class="links">
      ${[...flows].map(([flow, links]) => {
        const key = `f:${flow}`;
        const i = focusable(key);
        return svg`<g class="flow${dim(key)}${v.activeKey === key ? ' on' : ''}" data-i=${i ?? nothing}
          tabindex="-1" role="button"
          aria-label=${v.label(key)} aria-describedby=${v.activeKey === key && v.describedBy ? v.describedBy : nothing}>
          ${links.map((l) =>
            l.post
              ? svg`<path class="band post" fill="url(#af-hatch-${l.colour})" d=${l.d}></path>`
              : svg`<path class="band c${l.colour}" d=${l.d}></path>`,
          )}
          ${links.map((l) => svg`<path class="ring" d=${l.d}></path>`)}
        </g>`;
      })}
    </g>
    <g class="nodes">
      ${g.nodes.map((n) => {
        const h = Math.max(1, n.y1 - n.y0);
        const key = n.kind === 'supplier' && n.group ? `s:${n.group.key}` : n.kind === 'category' ? `c:${n.name}` : null;
        if (key === null) {
          return svg`<rect class="mark node ${n.kind}" x=${n.x0} y=${n.y0} width=${n.x1 - n.x0} height=${h}></rect>`;
        }
        const i = focusable(key);
        return svg`<g class="node-item${dim(key)}" data-i=${i ?? nothing}
          tabindex="-1" role="button"
          aria-label=${v.label(key)} aria-describedby=${v.activeKey === key && v.describedBy ? v.describedBy : nothing}>
          <rect class="mark node ${n.kind}${n.colour === null ? '' : ` c${n.colour}`}" x=${n.x0} y=${n.y0} width=${n.x1 - n.x0} height=${h}></rect>
          <rect class="ring" x=${n.x0 - 2} y=${n.y0 - 2} width=${n.x1 - n.x0 + 4} height=${h + 4}></rect>
        </g>`;
      })}
    </g>
    <g class="labels" aria-hidden="true">
      ${g.nodes.map((n) => nodeLabel(n, g.narrow))}
      ${
        g.heading
          ? svg`<text class="label recipient" x=${g.heading.x} y=${g.heading.y}
            ><tspan class="name">${g.heading.text}</tspan><tspan class="value">${`\u00a0${g.heading.value}`}</tspan></text
          >`
          : nothing
      }
    </g>
  </svg>`;
}
