/** The `hemicycle` view's geometry as lit-html `svg` templates. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { formatNumber } from '../../internal/locale.js';
import { renderCallouts } from './bar.render.js';
import { countryVote } from './format.js';
import type { HemicycleLayout, Seat } from './hemicycle.layout.js';
import { AGAINST, crossMark, emphasisClass, focusCircle, renderLabels, type MarkState } from './marks.js';

function seatClass(s: Seat, state: MarkState): string {
  const emphasis = s.country ? emphasisClass(state, s.country.iso3) : '';
  return `mark seat ${s.option.cls}${emphasis}${state.selected === s.key ? ' selected' : ''}`;
}

export function renderHemicycle(l: HemicycleLayout, state: MarkState): SVGTemplateResult {
  const named = l.seats.length > 0 && l.seats[0]!.country !== null;
  const active = named ? l.seats.find((s) => s.key === state.active) : undefined;
  const activeOption = named ? undefined : state.active;
  return svg`
    <g class="seats">
      ${
        named
          ? l.seats.map(
              (s) => svg`<circle class=${seatClass(s, state)} data-key=${s.key} role="button" tabindex="-1"
              aria-label=${countryVote(s.country!)} cx=${s.x} cy=${s.y} r=${s.r}></circle>`,
            )
          : // Without a roll call a seat is nobody in particular: each vote is one mark.
            [...new Set(l.seats.map((s) => s.option))].map(
              (
                o,
              ) => svg`<g class=${`mark seat-group${state.selected === o.id ? ' selected' : ''}`} data-key=${o.id} role="button" tabindex="-1"
              aria-label=${`${o.label}: ${formatNumber(state.locale, o.count)}`}>
              ${l.seats.filter((s) => s.option === o).map((s) => svg`<circle class=${`seat ${o.cls}`} cx=${s.x} cy=${s.y} r=${s.r}></circle>`)}
            </g>`,
            )
      }
    </g>
    <g class="rings" aria-hidden="true">
      ${l.seats.map((s) => (s.option.cls === AGAINST ? svg`<g class=${`cue${s.country ? emphasisClass(state, s.country.iso3) : ''}`}>${crossMark(s.x, s.y, s.r)}</g>` : nothing))}
      ${l.seats.map((s) => (s.country && state.highlight.has(s.country.iso3) ? svg`<circle class="hl-ring" cx=${s.x} cy=${s.y} r=${s.r + 2.2}></circle>` : nothing))}
    </g>
    <g class="centre" aria-hidden="true">
      ${l.centre.map(
        (t, i) =>
          svg`<text class=${i === 0 ? 'centre-total' : 'centre-label'} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${t.size}>${t.text}</text>`,
      )}
    </g>
    ${renderLabels(l.labels)}
    ${l.groupCaption.map((t) => svg`<text class="group-caption" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`)}
    ${renderCallouts(l.callouts, 'cross')}
    ${state.showFocus && active ? focusCircle(active.x, active.y, active.r) : nothing}
    ${
      state.showFocus && activeOption
        ? l.seats
            .filter((s) => s.option.id === activeOption)
            .map((s) => svg`<circle class="focus-ring thin" cx=${s.x} cy=${s.y} r=${s.r + 1.5}></circle>`)
        : nothing
    }
  `;
}
