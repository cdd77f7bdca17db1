/** The `map` view's geometry as lit-html `svg` templates. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { countryVote } from './format.js';
import type { MapCountry, MapLayout } from './map.layout.js';
import { SUBJECT } from './map.size.js';
import { emphasisClass, type MarkState } from './marks.js';

function mark(c: MapCountry, state: MarkState): SVGTemplateResult {
  const cls = `mark country ${c.country.option.cls}${emphasisClass(state, c.key)}${state.selected === c.key ? ' selected' : ''}`;
  return c.d
    ? svg`<path class=${cls} d=${c.d} data-key=${c.key} role="button" tabindex="-1" aria-label=${countryVote(c.country)}></path>`
    : svg`<circle class=${`${cls} dot`} cx=${c.x} cy=${c.y} r=${c.r} data-key=${c.key} role="button" tabindex="-1"
        aria-label=${countryVote(c.country)}></circle>`;
}

function outline(c: MapCountry, cls: string, extra = 0): SVGTemplateResult {
  return c.d
    ? svg`<path class=${cls} d=${c.d}></path>`
    : svg`<circle class=${cls} cx=${c.x} cy=${c.y} r=${c.r + 1.5 + extra}></circle>`;
}

export function renderMap(l: MapLayout, state: MarkState): SVGTemplateResult {
  const active = l.countries.find((c) => c.key === state.active);
  return svg`
    <g class="others" aria-hidden="true">
      ${l.others.map((o) =>
        o.kind === 'territory' && o.of
          ? svg`<path class=${`territory ${o.of.option.cls}`} d=${o.d}></path>`
          : svg`<path class=${o.kind} d=${o.d}></path>`,
      )}
    </g>
    <g class="countries">${l.countries.map((c) => mark(c, state))}</g>
    <g class="emphasis" aria-hidden="true">
      ${l.countries.filter((c) => state.highlight.has(c.key)).map((c) => outline(c, 'hl-outline'))}
      ${l.subject ? svg`<path class="subject" d=${l.subject.d}></path>` : nothing}
    </g>
    <g class="map-labels" aria-hidden="true">
      ${l.labels.map(
        (t) => svg`<text class=${`map-label${t.key === SUBJECT ? ' subject-label' : ''}`} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`,
      )}
    </g>
    ${state.showFocus && active ? outline(active, 'focus-ring', 1.5) : nothing}
  `;
}
