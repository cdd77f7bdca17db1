/** The `tiles` view's geometry as lit-html `svg` templates. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { countryVote } from './format.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { AGAINST, emphasisClass, focusRect, hatchDefs, renderLabels, type MarkState } from './marks.js';
import type { Tile, TilesLayout } from './tiles.layout.js';

function tile(t: Tile, state: MarkState): SVGTemplateResult {
  const cls = `mark tile ${t.country.option.cls}${emphasisClass(state, t.key)}${state.selected === t.key ? ' selected' : ''}`;
  return svg`<rect class=${cls} x=${t.x} y=${t.y} width=${t.size} height=${t.size} data-key=${t.key} role="button" tabindex="-1"
    aria-label=${msg(str`${countryVote(t.country)} (${t.key})`, { id: 'vote.tile' })}></rect>`;
}

export function renderTiles(l: TilesLayout, state: MarkState): SVGTemplateResult {
  const active = l.tiles.find((t) => t.key === state.active);
  return svg`
    ${hatchDefs()}
    <g class="tiles">${l.tiles.map((t) => tile(t, state))}</g>
    <g class="cues" aria-hidden="true">
      ${l.tiles
        .filter((t) => t.country.option.cls === AGAINST)
        .map(
          (t) =>
            svg`<rect class=${`hatch${emphasisClass(state, t.key)}`} fill="url(#vc-hatch)" x=${t.x} y=${t.y} width=${t.size} height=${t.size}></rect>`,
        )}
      ${l.tiles
        .filter((t) => state.highlight.has(t.key))
        .map((t) => svg`<rect class="hl-tile" x=${t.x - 1} y=${t.y - 1} width=${t.size + 2} height=${t.size + 2}></rect>`)}
    </g>
    <g class="codes" aria-hidden="true">
      ${l.tiles.map((t) =>
        t.code
          ? svg`<text class=${`code ink ink-${t.country.option.cls}${emphasisClass(state, t.key)}`} x=${t.code.x} y=${t.code.y}
              text-anchor="middle" font-size=${t.code.size}>${t.key}</text>`
          : nothing,
      )}
    </g>
    ${renderLabels(l.labels)}
    ${state.showFocus && active ? focusRect(active.x, active.y, active.size, active.size) : nothing}
  `;
}
