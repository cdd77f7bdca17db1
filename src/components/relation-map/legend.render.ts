/** The legend: the kinds of actor (shape and colour) and the tie types present (line style). */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ActorKind, TieType } from '../../data/types.js';
import { kindLabel, tieLabel, TIE_STYLE, shapePath } from './encoding.js';
import { msg } from '../../internal/i18n/msg.js';

export function tieSample(type: TieType): TemplateResult {
  return html`<svg width="30" height="10" aria-hidden="true" class="swatch">
    <path class=${`tie t-${type}`} d="M1,5H27"></path>
    ${TIE_STYLE[type].double ? svg`<path class="tie double-core" d="M1,5H27"></path>` : nothing}
  </svg>`;
}

export function renderLegend(kinds: readonly ActorKind[], types: readonly TieType[], hasFocus: boolean, directed: boolean): TemplateResult {
  return html`<ul aria-label=${msg('Kinds of actor', { id: 'rel.legend.kinds' })}>
      ${kinds.map(
        (k) => html`<li>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path class=${`shape k-${k}`} d=${shapePath(k, 5.5)}></path></svg>
          ${kindLabel(k)}
        </li>`,
      )}
      ${
        hasFocus
          ? html`<li>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle class="focus-sample" r="5.5"></circle></svg>
            ${msg('Centre', { id: 'rel.legend.centre' })}
          </li>`
          : nothing
      }
    </ul>
    <ul aria-label=${msg('Kinds of tie', { id: 'rel.legend.ties' })}>
      ${types.map((t) => html`<li>${tieSample(t)}${tieLabel(t)}</li>`)}
      ${
        directed
          ? html`<li>
            <svg width="30" height="10" aria-hidden="true" class="swatch">
              <path class="arrow-sample" d="M1,5H22"></path><path class="arrow-sample-head" d="M20,1L28,5L20,9Z"></path>
            </svg>
            ${msg('Direction (who supplies, visits, sanctions)', { id: 'rel.legend.direction' })}
          </li>`
          : nothing
      }
    </ul>`;
}
