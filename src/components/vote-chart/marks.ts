/** What the renderers need to know about interaction state, and the marks every view shares. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { PlacedLabel } from './labels.layout.js';

export interface MarkState {
  /** Key of the mark with keyboard focus or hover. */
  active: string | null;
  /** Draw the focus ring (keyboard focus is inside the chart). */
  showFocus: boolean;
  /** Key of the last selected mark. */
  selected: string | null;
  /** Highlighted countries (iso3): the ones the annotations name. */
  highlight: ReadonlySet<string>;
  /** Members of the emphasised group, or null when no group is emphasised. */
  group: ReadonlySet<string> | null;
  locale: string;
}

/**
 * Classes for a country's mark: highlighted, dimmed outside the emphasised group. A country the
 * annotations name is never dimmed: the note that names it must point at a mark one can see.
 */
export function emphasisClass(state: MarkState, iso3: string): string {
  const hl = state.highlight.has(iso3);
  return `${hl ? ' hl' : ''}${state.group && !state.group.has(iso3) && !hl ? ' dim' : ''}`;
}

/** Fill class of "against" marks, which also carry the hatch: colour is never the only cue. */
export const AGAINST = 'vote-no';

/** The hatch laid over "against" marks (its lines take the ink colour of the fill). */
export function hatchDefs(id = 'vc-hatch'): SVGTemplateResult {
  return svg`<defs><pattern id=${id} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
    <rect class="hatch-line" x="0" y="0" width="1.5" height="4"></rect>
  </pattern></defs>`;
}

/** Direct labels with their leaders. */
export function renderLabels(labels: readonly PlacedLabel[], cls = 'direct-label'): SVGTemplateResult {
  return svg`<g class="direct-labels" aria-hidden="true">
    ${labels.map((l) => (l.leader ? svg`<line class="label-leader" data-leader=${l.key} x1=${l.leader.x1} y1=${l.leader.y1} x2=${l.leader.x2} y2=${l.leader.y2}></line>` : nothing))}
    ${labels.map((l) => svg`<text class=${cls} data-label=${l.key} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
  </g>`;
}

/** The focus ring: a dark ring outside a light one, so it shows on every fill and on the page. */
export function focusCircle(x: number, y: number, r: number): SVGTemplateResult {
  return svg`<g class="focus-ring" aria-hidden="true">
    <circle class="focus-outer" cx=${x} cy=${y} r=${r + 3}></circle>
    <circle class="focus-inner" cx=${x} cy=${y} r=${r + 1}></circle>
  </g>`;
}

export function focusRect(x: number, y: number, w: number, h: number): SVGTemplateResult {
  return svg`<g class="focus-ring" aria-hidden="true">
    <rect class="focus-outer" x=${x - 3} y=${y - 3} width=${w + 6} height=${h + 6} rx="2"></rect>
    <rect class="focus-inner" x=${x - 1} y=${y - 1} width=${w + 2} height=${h + 2}></rect>
  </g>`;
}

/** The cross drawn on an "against" seat, too small for a hatch to read. */
export function crossMark(x: number, y: number, r: number): SVGTemplateResult {
  const d = r * 0.55;
  return svg`<path class="cross" d=${`M${x - d},${y - d}L${x + d},${y + d}M${x - d},${y + d}L${x + d},${y - d}`}></path>`;
}
