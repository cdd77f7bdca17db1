/** The legend: supplier colours, the post-coup marking of the view, and line widths on the map. */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { OTHER_COLOUR, type SupplierGroup } from './groups.js';
import { renderHatches, PALETTE_SLOTS } from './patterns.render.js';
import { msg } from '../../internal/i18n/msg.js';

export interface LegendView {
  groups: readonly SupplierGroup[];
  view: 'sankey' | 'map' | 'timeline';
  /** Words for the post-coup marking, e.g. "Delivered 2021 or later (after the Military coup of 1 February 2021)". */
  post: string | null;
  /** Map circle sizes: formatted value and radius in px. */
  widths: Array<{ label: string; width: number }>;
}

const swatch = (cls: string) =>
  html`<svg class="swatch" width="14" height="14" aria-hidden="true">${svg`<rect class=${cls} width="14" height="14" rx="2"></rect>`}</svg>`;

export function renderLegend(v: LegendView): TemplateResult {
  // Suppliers without a colour of their own share one neutral key; the chart labels them.
  const own = v.groups.filter((g) => g.colour !== OTHER_COLOUR);
  const neutral = v.groups.some((g) => g.colour === OTHER_COLOUR);
  const keys = [
    ...own.map((g) => ({ colour: g.colour, label: g.label })),
    ...(neutral
      ? [
          {
            colour: OTHER_COLOUR,
            label: own.length ? msg('Other suppliers', { id: 'arms.otherSuppliers' }) : msg('Suppliers', { id: 'arms.legend.suppliers' }),
          },
        ]
      : []),
  ];
  return html`<ul class="keys">
      ${keys.map(
        (g) =>
          html`<li>
            ${swatch(`c${g.colour}`)}<span>${g.label}</span>
          </li>`,
      )}
    </ul>
    ${
      v.post
        ? html`<p class="post-key">
          ${
            v.view === 'sankey'
              ? html`<svg class="swatch" width="14" height="14" aria-hidden="true">
                ${svg`<defs>${renderHatches('af-hatch-key', PALETTE_SLOTS)}</defs><rect fill="url(#af-hatch-key-7)" width="14" height="14" rx="2"></rect>`}
              </svg>`
              : v.view === 'timeline'
                ? swatch('after')
                : nothing
          }<span>${v.post}</span>
        </p>`
        : nothing
    }
    ${
      v.widths.length
        ? html`<p class="widths">
          <span>${msg('Circle area: SIPRI TIV (millions)', { id: 'arms.legend.circleArea' })}</span>
          ${v.widths.map(
            (w) =>
              html`<span class="width-key"
                ><svg width=${2 * w.width + 2} height=${2 * w.width + 2} aria-hidden="true">${svg`<circle class="width-line" cx=${w.width + 1} cy=${w.width + 1} r=${w.width}></circle>`}</svg
                >${w.label}</span
              >`,
          )}
        </p>`
        : nothing
    }`;
}
