import { css, unsafeCSS, type CSSResult } from 'lit';
import { themeTokens } from '../../internal/base.styles.js';
import { TIE_STYLE, KIND_COLOR } from './encoding.js';
import { TIE_TYPES, ACTOR_KINDS } from './graph.js';

/*
 * Colours: each actor kind and tie type has its own custom property (`--mt-actor-state`,
 * `--mt-tie-arms-supply`…) that falls back to a slot of the shared Okabe–Ito palette, so
 * the dark theme and a site's overrides reach the marks, the legend and the canvas alike.
 */
const kindRules = ACTOR_KINDS.map((k) => `.k-${k} { --_mt-kind: var(--mt-actor-${k}, var(--_mt-${KIND_COLOR[k]})); }`).join('\n');

const tieRules = TIE_TYPES.map((t) => {
  const s = TIE_STYLE[t];
  return `.t-${t} { --_mt-tie: var(--mt-tie-${t}, var(--_mt-${s.color})); stroke-width: ${s.width}px;${
    s.dash ? ` stroke-dasharray: ${s.dash.join(' ')};` : ''
  } }`;
}).join('\n');

const generated: CSSResult = unsafeCSS(`${kindRules}\n${tieRules}`);

export const relationMapStyles = [
  themeTokens({ 'actor-organisation': ['#009e73', '#009e73'] }),
  generated,
  css`
    :host {
      /* --rm-label-*: the names before --mt-label-*, still read. */
      --_mt-label-halo: var(--mt-label-halo, var(--rm-label-halo, var(--_mt-bg)));
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin: 0 0 0.5em;
      font-size: 0.85em;
    }
    .year {
      display: flex;
      align-items: center;
      gap: 0.5em;
      flex: 1 1 14em;
      min-width: 0;
    }
    .year input {
      flex: 1 1 auto;
      min-width: 6em;
      accent-color: var(--_mt-focus);
    }
    .year output {
      font-variant-numeric: tabular-nums;
      min-width: 2.6em;
      font-weight: 600;
    }
    .whole {
      font-weight: 600;
    }
    .key-ties {
      margin: 0.5em 0 0;
      font-size: 0.85em;
    }
    .key-ties-title {
      margin: 0;
      font-weight: 600;
    }
    .key-ties ol {
      margin: 0.25em 0 0;
      padding-inline-start: 1.6em;
    }
    .key-source {
      color: var(--_mt-muted);
    }
    .key-ends {
      font-weight: 600;
    }
    .zoom-buttons {
      display: flex;
      gap: 0.25em;
    }
    button {
      font: inherit;
      color: var(--_mt-fg);
      background: var(--_mt-surface);
      border: 1px solid var(--_mt-rule);
      border-radius: 4px;
      padding: 0.15em 0.6em;
      cursor: pointer;
      min-height: 2em;
    }
    button:hover {
      border-color: var(--_mt-muted);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2em 1.2em;
      margin: 0 0 0.5em;
      font-size: 0.8em;
      color: var(--_mt-muted);
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2em 0.9em;
      min-width: 0;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* An item moves whole to the next row; only one longer than the row (a Russian "Direction
       (who supplies…)" on a phone) wraps its words, rather than widening the legend past the chart. */
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    .legend svg {
      overflow: visible;
      flex: none;
    }
    .focus-sample {
      fill: none;
      stroke: var(--_mt-fg);
      stroke-width: 2px;
    }
    .arrow-sample {
      stroke: var(--_mt-muted);
      stroke-width: 1.5px;
    }
    .arrow-sample-head {
      fill: var(--_mt-muted);
    }
    .stage {
      position: relative;
    }
    /* "Laying out…" over the corner of a large network while it settles. */
    .settling {
      position: absolute;
      top: 6px;
      left: 6px;
      margin: 0;
      padding: 0.15em 0.5em;
      border-radius: 3px;
      font-size: 0.8em;
      color: var(--_mt-muted);
      background: var(--_mt-bg);
      pointer-events: none;
    }
    .graph {
      position: relative;
      overflow: hidden;
      border-radius: 4px;
      cursor: grab;
      user-select: none;
      -webkit-user-select: none;
    }
    .graph:focus {
      outline: none;
    }
    .graph:focus-visible {
      outline: 2px solid var(--_mt-focus);
      outline-offset: 2px;
    }
    .graph svg,
    .graph canvas {
      display: block;
    }
    .graph canvas {
      position: absolute;
      inset: 0;
    }
    .graph canvas.base {
      transition: opacity 150ms ease-out;
    }
    .graph canvas.overlay {
      pointer-events: none;
    }
    .graph.dim canvas.base {
      opacity: 0.16;
    }
    /* Marks */
    .shape {
      fill: var(--_mt-kind);
      stroke: var(--_mt-bg);
      stroke-width: 1.5px;
    }
    .node {
      cursor: pointer;
    }
    .node.focus .shape {
      stroke: var(--_mt-fg);
      stroke-width: 2px;
    }
    .tie {
      fill: none;
      stroke: var(--_mt-tie);
      stroke-linecap: round;
      vector-effect: non-scaling-stroke;
    }
    .tie.double-core {
      stroke: var(--_mt-bg);
      stroke-width: 1.2px;
      stroke-dasharray: none;
    }
    .tie-hit {
      fill: none;
      stroke: transparent;
      stroke-width: 9px;
      pointer-events: stroke;
      cursor: pointer;
      vector-effect: non-scaling-stroke;
    }
    .head {
      fill: var(--_mt-tie);
      stroke: none;
    }
    .ties .band {
      visibility: hidden;
    }
    /* A phone's map: the ties the story does not rank, thin and faint under the story's own. */
    .ties .minor {
      stroke-width: 0.75px;
      opacity: 0.16;
    }
    .later {
      opacity: 0.1;
    }
    .base,
    .overlay {
      transition: opacity 150ms ease-out;
    }
    .dim .base {
      opacity: 0.2;
    }
    .overlay {
      pointer-events: none;
    }
    .graph svg text.label {
      /* The size the layout measured labels at (a size smaller on a phone), unless the page sets one. */
      font-size: var(--mt-label-size, var(--rm-label-size, var(--_mt-label-auto, 12px)));
      fill: var(--_mt-fg);
      paint-order: stroke;
      stroke: var(--_mt-label-halo);
      stroke-width: 3px;
      stroke-linejoin: round;
      pointer-events: none;
    }
    .graph svg text.label.strong {
      font-weight: 600;
    }
    /* A key tie in words on its line: a size under the labels (as measured), with the same halo. */
    .graph svg .callout {
      font-size: calc(var(--mt-label-size, var(--rm-label-size, var(--_mt-label-auto, 12px))) - 1px);
      /* Its line's colour, darkened (lightened in the dark) towards the text colour to read as text. */
      fill: color-mix(in srgb, var(--_mt-tie) 55%, var(--_mt-fg));
      paint-order: stroke;
      stroke: var(--_mt-label-halo);
      stroke-width: 4px;
      stroke-dasharray: none;
      stroke-linejoin: round;
    }
    .graph svg .callout-leader {
      stroke: color-mix(in srgb, var(--_mt-tie) 55%, var(--_mt-fg));
      stroke-width: 1px;
      stroke-dasharray: none;
    }
    .graph svg .callout-badge circle {
      fill: color-mix(in srgb, var(--_mt-tie) 55%, var(--_mt-fg));
      stroke: var(--_mt-label-halo);
      stroke-width: 1.5px;
      stroke-dasharray: none;
    }
    .graph svg .callout-badge text {
      fill: var(--_mt-bg);
      font-size: 10px;
      font-weight: 700;
    }
    .ring {
      fill: none;
      stroke: var(--_mt-rule);
      stroke-dasharray: 2 3;
      vector-effect: non-scaling-stroke;
    }
    .country {
      fill: var(--_mt-surface);
      stroke: var(--_mt-bg);
      stroke-width: 0.5px;
      vector-effect: non-scaling-stroke;
    }
    .country.tied {
      fill: color-mix(in srgb, var(--_mt-surface), var(--_mt-fg) 9%);
    }
    .spoke {
      stroke: var(--_mt-muted);
      stroke-width: 0.75px;
      opacity: 0.6;
      vector-effect: non-scaling-stroke;
    }
    /* A cluster moved off its country: the leader shows where it belongs. */
    .leader {
      stroke: var(--_mt-muted);
      stroke-width: 1px;
      stroke-dasharray: 2 2;
      vector-effect: non-scaling-stroke;
    }
    .home,
    .leader-head {
      fill: var(--_mt-muted);
    }
    .no-location rect {
      fill: none;
      stroke: var(--_mt-rule);
      stroke-dasharray: 3 3;
      vector-effect: non-scaling-stroke;
    }
    .graph svg .ring-caption,
    .graph svg .no-location text {
      fill: var(--_mt-muted);
      font-size: 11px;
    }
    /* Ties into the band's actors run under the caption: a halo keeps it readable. */
    .graph svg .no-location text {
      paint-order: stroke;
      stroke: var(--_mt-label-halo);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .cursor-ring {
      fill: none;
      stroke: var(--_mt-focus);
      stroke-width: 2.5px;
      vector-effect: non-scaling-stroke;
    }
    .status-line {
      min-height: 1.2em;
    }
    .empty {
      display: flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      padding: 1em;
      color: var(--_mt-muted);
      background: var(--_mt-surface);
      border-radius: 4px;
    }
    /* Details panel */
    .details {
      margin: 0.5em 0 0;
      padding: 0.6em 0.8em 0.8em;
      background: var(--_mt-surface);
      border: 1px solid var(--_mt-rule);
      border-radius: 6px;
      font-size: 0.88em;
      overflow: auto;
    }
    .details.floating {
      position: absolute;
      top: 8px;
      width: min(22em, 42%);
      margin: 0;
      z-index: 3;
      box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
    }
    .details.floating.right {
      right: 8px;
    }
    .details.floating.left {
      left: 8px;
    }
    .details header {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: 0.5em;
    }
    .details .name {
      font-size: 1.1em;
      font-weight: 700;
      margin: 0;
    }
    .details .meta {
      margin: 0.15em 0 0.5em;
      color: var(--_mt-muted);
    }
    .details ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .details li {
      padding: 0.45em 0;
      border-top: 1px solid var(--_mt-rule);
    }
    .details .tie-button {
      display: block;
      width: 100%;
      text-align: start;
      background: none;
      border: none;
      padding: 0;
      min-height: 0;
      font-weight: 600;
      text-decoration: underline;
      text-decoration-color: var(--_mt-rule);
      text-underline-offset: 2px;
    }
    .details .tie-meta,
    .details .tie-src {
      display: block;
      color: var(--_mt-muted);
      font-size: 0.95em;
    }
    .details a {
      color: inherit;
    }
    .swatch {
      display: inline-block;
      vertical-align: middle;
      margin-inline-end: 0.3em;
    }
    /* List view */
    .list-view {
      margin-top: 0.5em;
      font-size: 0.88em;
    }
    .list-view summary {
      cursor: pointer;
      color: var(--_mt-muted);
    }
    .list-view ul {
      margin: 0.3em 0;
      padding-inline-start: 1.2em;
    }
    .list-view > ul > li {
      margin: 0.4em 0;
    }
    .list-view .actor-name {
      font-weight: 600;
    }
    .tooltip .kind {
      opacity: 0.8;
    }
    @media (forced-colors: active) {
      .shape {
        stroke: CanvasText;
      }
      .tie {
        stroke: CanvasText;
      }
      .head {
        fill: CanvasText;
      }
      .graph svg text.label,
      .graph svg .callout,
      .graph svg .no-location text {
        stroke: Canvas;
      }
      .graph svg .callout-badge circle {
        fill: CanvasText;
      }
      .graph svg .callout-leader {
        stroke: CanvasText;
      }
      .graph svg .callout-badge text {
        fill: Canvas;
      }
      .cursor-ring {
        stroke: Highlight;
      }
    }
  `,
];
