import { css, unsafeCSS } from 'lit';
import { themeTokens } from '../../internal/base.styles.js';

/*
 * Component styles. Colours only from custom properties, all public ones named --mt-* (each
 * documented on the class) and read through a private alias (--_mt-*). The names arms-flow had
 * before (--af-*) are read as fallbacks, so pages written for them keep working.
 */
/*
 * Supplier colours: four hues for the suppliers that carry the story and one neutral for the
 * rest, chosen so every pair stays at least 10 ΔE00 apart under protanopia, deuteranopia and
 * tritanopia in both themes (test/internal/palette.test.ts); lighter and more saturated on a
 * dark page, where the light theme's blue and magenta sink. They replace the base palette's
 * .c* and .s* classes inside this component only (same specificity, declared later).
 */
const supplierTokens = themeTokens({
  'supplier-1': ['#0b4f9c', '#6b9cff'],
  'supplier-2': ['#e8a200', '#f7c948'],
  'supplier-3': ['#4fb3bf', '#5fe0cc'],
  'supplier-4': ['#c2185b', '#ff5c9a'],
  'supplier-other': ['#8c8c8c', '#707070'],
});
const supplierClasses = unsafeCSS(
  [1, 2, 3, 4].map((n) => `.c${n - 1}{fill:var(--_mt-supplier-${n});}.s${n - 1}{stroke:var(--_mt-supplier-${n});}`).join('') +
    '.c7{fill:var(--_mt-supplier-other);}.s7{stroke:var(--_mt-supplier-other);}',
);
/* Half-transparent bands over a near-black page turn muddy: more of the hue when the widget paints dark. */
const darkBands = css`
  --_mt-sankey-band-opacity: var(--mt-sankey-band-opacity, var(--af-band-opacity, 0.72));
`;

export const armsFlowStyles = css`
  ${supplierTokens}
  :host([theme='dark']) {
    ${darkBands}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='system']) {
      ${darkBands}
    }
  }
  ${supplierClasses}
  :host {
    --_mt-map-land: var(--mt-map-land, var(--af-land, color-mix(in srgb, var(--_mt-fg) 10%, var(--_mt-bg))));
    --_mt-map-sea: var(--mt-map-sea, var(--af-sea, color-mix(in srgb, var(--_mt-focus) 4%, var(--_mt-bg))));
    --_mt-map-border: var(--mt-map-border, var(--af-border, var(--_mt-bg)));
    --_mt-recipient: var(--mt-recipient, var(--af-recipient, var(--_mt-fg)));
    --_mt-post-coup: var(--mt-post-coup, var(--af-after, var(--_mt-surface)));
    --_mt-sankey-node: var(--mt-sankey-node, var(--af-node, var(--_mt-muted)));
    --_mt-sankey-band-opacity: var(--mt-sankey-band-opacity, var(--af-band-opacity, 0.5));
  }
  .chart svg text {
    font-size: 12px;
  }
  .af-svg [data-i] {
    cursor: pointer;
    outline: none;
  }
  .dim {
    opacity: 0.25;
  }
  .ring {
    fill: none;
    stroke: var(--_mt-focus);
    stroke-width: 2px;
    visibility: hidden;
    pointer-events: none;
  }
  [data-i]:focus-visible .ring {
    visibility: visible;
  }

  /* sankey */
  .band {
    fill-opacity: var(--_mt-sankey-band-opacity);
    transition: opacity 150ms ease-out, fill-opacity 150ms ease-out;
  }
  .flow.on .band,
  .flow:hover .band {
    fill-opacity: 0.8;
  }
  .band.post {
    fill-opacity: 0.9;
  }
  .hatch-bg {
    fill-opacity: 0.3;
  }
  .hatch {
    fill: none;
    stroke-width: 1.6px;
  }
  .node.category,
  .node.recipient {
    fill: var(--_mt-sankey-node);
  }
  .chart svg .label {
    paint-order: stroke;
    stroke: var(--_mt-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .chart svg.narrow .label {
    font-size: 11px;
  }
  .chart svg .label .value {
    fill: var(--_mt-muted);
  }
  .chart svg .label.recipient,
  .chart svg .label.supplier .name {
    font-weight: 600;
  }
  .leader {
    stroke: var(--_mt-muted);
    stroke-width: 1px;
  }

  /* timeline */
  .gridline {
    stroke: var(--_mt-rule);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
  }
  .baseline {
    stroke: var(--_mt-muted);
  }
  .chart svg .tick,
  .chart svg .axis-title,
  .chart svg .total {
    fill: var(--_mt-muted);
    font-size: 11px;
  }
  .chart svg .total {
    font-size: 10px;
  }
  .after {
    fill: var(--_mt-post-coup);
  }
  .split-line {
    stroke: var(--_mt-fg);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .chart svg .split-label {
    font-size: 11px;
    font-weight: 600;
  }
  .chart svg .split-total {
    font-size: 11px;
    fill: var(--_mt-muted);
  }

  /* map */
  .sea {
    fill: var(--_mt-map-sea);
  }
  .country {
    stroke: var(--_mt-map-border);
    stroke-width: 0.5px;
  }
  /* Supplier countries take their palette class's fill, tinted. */
  .country:not(.supplier) {
    fill: var(--_mt-map-land);
  }
  .country.supplier {
    fill-opacity: 0.25;
  }
  .country.recipient {
    fill: var(--_mt-recipient);
    fill-opacity: 0.45;
  }
  .mflow {
    fill: none;
    stroke-linecap: round;
    stroke-opacity: 0.8;
    transition: opacity 150ms ease-out;
  }
  .origin {
    fill-opacity: 0.8;
    stroke: var(--_mt-bg);
    stroke-width: 1px;
  }
  .hit {
    fill: none;
    stroke: transparent;
  }
  .recipient-dot {
    fill: var(--_mt-recipient);
    stroke: var(--_mt-bg);
    stroke-width: 1.5px;
  }
  .map .label {
    font-weight: 600;
  }

  /* legend, notes, callouts */
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    margin: 0 0 0.4em;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .keys li,
  .post-key,
  .width-key {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    flex: none;
  }
  .post-key,
  .widths {
    margin: 0 0 0.5em;
    font-size: 0.8em;
    color: var(--_mt-muted);
  }
  .widths {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    align-items: center;
  }
  .width-line {
    fill: none;
    stroke: var(--_mt-muted);
  }
  .rbar {
    shape-rendering: crispEdges;
  }
  .notes {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_mt-muted);
  }
  .notes ul {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .notes p {
    margin: 0;
  }
  .notes li + li {
    margin-top: 0.25em;
  }
  .empty {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 120px;
    padding: 1em;
    background: var(--_mt-surface);
    border-radius: 4px;
    text-align: center;
  }
  .empty p {
    margin: 0;
  }
  .callouts {
    margin-top: 1em;
    border-top: 1px solid var(--_mt-rule);
    padding-top: 0.6em;
    font-size: 0.85em;
  }
  .callouts-h {
    margin: 0 0 0.4em;
    font-size: 1.05em;
    font-weight: 700;
  }
  .callouts ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
    gap: 0.6em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .more-callouts {
    margin-top: 0.6em;
  }
  .more-callouts > summary,
  .about > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .more-callouts > summary {
    margin-bottom: 0.4em;
  }
  .callout p {
    margin: 0;
  }
  .callout-what {
    font-weight: 600;
  }
  /* The reported figure and ours side by side, each under a small key. */
  .callout-values {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .callout-values .k {
    display: block;
    font-size: 0.85em;
    color: var(--_mt-muted);
  }
  .callout-values .reported,
  .callout-values .ours {
    font-variant-numeric: tabular-nums;
  }
  .callout-more {
    color: var(--_mt-muted);
  }
  .callout-more summary {
    cursor: pointer;
    font-size: 0.95em;
  }
  .callout-more a {
    color: inherit;
  }

  /* tooltip */
  .tooltip {
    transform: translateY(calc(-100% - 10px));
    max-width: none;
  }
  .tooltip.below {
    transform: translateY(12px);
  }
  .tooltip p {
    margin: 0;
  }
  .tip-head {
    font-weight: 700;
  }
  .tip-deals {
    margin: 0.3em 0 0;
    padding-inline-start: 1em;
  }
  .tip-deals .more {
    list-style: none;
    margin-inline-start: -1em;
    opacity: 0.85;
  }
  @media (forced-colors: active) {
    .band,
    .country.supplier {
      stroke: CanvasText;
      stroke-width: 0.5px;
    }
    .dim {
      opacity: 0.5;
    }
  }
`;
