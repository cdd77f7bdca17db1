/** The `map` view's geometry as lit-html `svg` templates. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { countryVote } from './format.js';
import type { MapCountry, MapLayout } from './map.layout.js';
import { SUBJECT } from './map.size.js';
import { AGAINST, emphasisClass, focusCircle, hatchDefs, type MarkState } from './marks.js';

function mark(c: MapCountry, state: MarkState): SVGTemplateResult {
  const cls = `mark country ${c.country.option.cls}${emphasisClass(state, c.key)}${state.selected === c.key ? ' selected' : ''}`;
  return c.d
    ? svg`<path class=${cls} d=${c.d} data-key=${c.key} role="button" tabindex="-1" aria-label=${countryVote(c.country)}></path>`
    : svg`<circle class=${`${cls} dot`} cx=${c.x} cy=${c.y} r=${c.r} data-key=${c.key} role="button" tabindex="-1"
        aria-label=${countryVote(c.country)}></circle>`;
}

export function renderMap(l: MapLayout, state: MarkState): SVGTemplateResult {
  const active = l.countries.find((c) => c.key === state.active);
  return svg`
    ${hatchDefs()}
    <g class="others" aria-hidden="true">
      ${l.others.map((o) =>
        // A territory (Greenland) in its state's colour, faded with it: no colour outside the legend.
        o.kind === 'territory' && o.of
          ? svg`<path class=${`territory ${o.of.option.cls}${emphasisClass(state, o.of.iso3)}`} d=${o.d}></path>`
          : svg`<path class=${o.kind} d=${o.d}></path>`,
      )}
    </g>
    <g class="countries">${l.countries.map((c) => mark(c, state))}</g>
    <g class="emphasis" aria-hidden="true">
      ${l.countries
        .filter((c) => c.country.option.cls === AGAINST)
        .map((c) =>
          c.d
            ? svg`<path class=${`hatch${emphasisClass(state, c.key)}`} fill="url(#vc-hatch)" d=${c.d}></path>`
            : svg`<circle class="hatch" fill="url(#vc-hatch)" cx=${c.x} cy=${c.y} r=${c.r}></circle>`,
        )}
      ${l.others
        .filter((o) => o.kind === 'territory' && o.of?.option.cls === AGAINST)
        .map((o) => svg`<path class="hatch" fill="url(#vc-hatch)" d=${o.d}></path>`)}
      ${l.countries.filter((c) => !c.d && state.highlight.has(c.key)).map((c) => svg`<circle class="hl-ring" cx=${c.x} cy=${c.y} r=${c.r + 1.5}></circle>`)}
      ${l.subject ? svg`<path class="subject" d=${l.subject.d}></path>` : nothing}
    </g>
    <g class="map-labels" aria-hidden="true">
      ${l.labels.map((t) => (t.leader ? svg`<line class="label-leader" data-leader=${t.key} x1=${t.leader.x1} y1=${t.leader.y1} x2=${t.leader.x2} y2=${t.leader.y2}></line>` : nothing))}
      ${l.labels.map(
        (t) =>
          svg`<text class=${`map-label direct-label${t.key === SUBJECT ? ' subject-label' : ''}`} data-label=${t.key} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`,
      )}
    </g>
    ${
      state.showFocus && active
        ? active.d
          ? svg`<g class="focus-ring" aria-hidden="true"><path class="focus-outer" d=${active.d}></path><path class="focus-inner" d=${active.d}></path></g>`
          : focusCircle(active.x, active.y, active.r)
        : nothing
    }
  `;
}
