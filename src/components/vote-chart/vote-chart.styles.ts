import { css } from 'lit';
import { themeTokens } from '../../internal/base.styles.js';
import { VOTE_COLORS, VOTE_INK } from './vote-colors.js';

/*
 * Vote colours (vote-colors.ts says how they were chosen): each a meaning, never alone —
 * against also carries a hatch or a cross, text labels carry every meaning.
 */
const voteTokens = themeTokens({
  'vote-yes': [VOTE_COLORS.light.yes, VOTE_COLORS.dark.yes],
  'vote-no': [VOTE_COLORS.light.no, VOTE_COLORS.dark.no],
  'vote-abstain': [VOTE_COLORS.light.abstain, VOTE_COLORS.dark.abstain],
  'vote-absent': [VOTE_COLORS.light.absent, VOTE_COLORS.dark.absent],
  'vote-yes-ink': [VOTE_INK.light.yes, VOTE_INK.dark.yes],
  'vote-no-ink': [VOTE_INK.light.no, VOTE_INK.dark.no],
  'vote-abstain-ink': [VOTE_INK.light.abstain, VOTE_INK.dark.abstain],
  'vote-absent-ink': [VOTE_INK.light.absent, VOTE_INK.dark.absent],
  'map-nonmember': ['#e6e6e6', '#3b3b3b'],
  'map-border': ['#ffffff', '#161616'],
});

export const voteChartStyles = css`
  ${voteTokens}

  .frame {
    position: relative;
  }
  .frame svg:focus {
    outline: none;
  }
  .frame svg:focus-visible {
    outline: 2px solid var(--_mt-focus);
    outline-offset: 3px;
    border-radius: 2px;
  }
  .frame svg [tabindex]:focus {
    outline: none;
  }
  .message {
    display: flex;
    align-items: center;
    justify-content: center;
    margin: 0;
    padding: 1em;
    text-align: center;
    color: var(--_mt-muted);
    background: var(--_mt-surface);
    border-radius: 4px;
  }

  /* Fills by vote. */
  .vote-yes {
    fill: var(--_mt-vote-yes);
  }
  .vote-no {
    fill: var(--_mt-vote-no);
  }
  .vote-abstain {
    fill: var(--_mt-vote-abstain);
  }
  .vote-absent {
    fill: var(--_mt-vote-absent);
  }
  .chart svg text.ink {
    fill: #000000;
  }
  .chart svg text.ink-vote-yes,
  .chart svg text.ink-c0 {
    fill: var(--_mt-vote-yes-ink);
  }
  .chart svg text.ink-vote-no {
    fill: var(--_mt-vote-no-ink);
  }
  .chart svg text.ink-vote-abstain {
    fill: var(--_mt-vote-abstain-ink);
  }
  .chart svg text.ink-vote-absent {
    fill: var(--_mt-vote-absent-ink);
  }
  .count {
    font-size: 15px;
    font-weight: 700;
  }
  .share,
  .gcount {
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .gcount {
    font-weight: 700;
  }
  .opt-label {
    font-size: 13px;
    font-weight: 700;
  }
  .chart svg text.note-text {
    font-size: 12px;
    fill: var(--_mt-muted);
  }
  .callout-text {
    font-size: 13px;
  }
  .group-caption {
    font-size: 13px;
    font-weight: 700;
  }
  .seg,
  .gseg {
    stroke: var(--_mt-bg);
    stroke-width: 1px;
  }
  .seg {
    cursor: pointer;
  }
  .chart svg .leader {
    stroke: var(--_mt-fg);
    stroke-width: 1px;
  }
  .chart svg .leader-dot {
    fill: var(--_mt-fg);
  }

  /* Hemicycle. */
  .seat {
    cursor: pointer;
  }
  .seat.vote-absent {
    fill: var(--_mt-bg);
    stroke: var(--_mt-vote-absent);
    stroke-width: 1.6px;
  }
  .hl-ring {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 1.6px;
  }
  /* Sizes come from the layout (font-size attributes): as large as the hollow allows. */
  .centre-total {
    font-weight: 700;
  }
  .chart svg text.centre-label {
    fill: var(--_mt-muted);
  }
  .cross {
    fill: none;
    stroke: var(--_mt-vote-no-ink);
    stroke-width: 1.6px;
    stroke-linecap: round;
  }
  .legend-list .cross {
    stroke-width: 1.4px;
  }

  /* Map. */
  .country {
    stroke: var(--_mt-map-border);
    stroke-width: 0.5px;
    cursor: pointer;
  }
  .country.dot {
    stroke-width: 0.8px;
  }
  .country.vote-absent:not(.dot) {
    fill: var(--_mt-vote-absent);
  }
  .nonmember {
    fill: var(--_mt-map-nonmember);
    stroke: var(--_mt-muted);
    stroke-width: 0.6px;
    stroke-dasharray: 1.5 1.5;
  }
  .outside {
    fill: var(--_mt-map-nonmember);
    stroke: var(--_mt-map-border);
    stroke-width: 0.5px;
  }
  .territory {
    stroke: var(--_mt-map-border);
    stroke-width: 0.5px;
  }
  .subject {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 2px;
    stroke-linejoin: round;
  }
  .map-label {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_mt-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .chart svg text.map-label {
    fill: var(--_mt-fg);
  }
  /* Names beside marks, with a halo so a leader or a border never strikes them through. */
  .direct-label {
    font-size: 11px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_mt-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .chart svg text.direct-label {
    fill: var(--_mt-fg);
  }
  .map-label,
  .tiles-view .direct-label {
    font-size: 12px;
  }
  .narrow .map-label,
  .narrow .direct-label {
    font-size: 10px;
  }
  .chart svg .label-leader {
    stroke: var(--_mt-fg);
    stroke-width: 0.8px;
  }
  /* Against: a hatch over the fill, in the fill's ink colour. */
  .hatch {
    pointer-events: none;
  }
  .hatch-line {
    fill: var(--_mt-vote-no-ink);
    opacity: 0.75;
  }

  /* Tiles. */
  .tile {
    cursor: pointer;
  }
  .tile.vote-absent {
    fill: var(--_mt-vote-absent);
  }
  .hl-tile {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 1.6px;
  }
  .code {
    font-weight: 700;
    pointer-events: none;
  }
  .chart-note {
    margin: 0.4em 0 0;
    font-size: 0.8em;
    color: var(--_mt-muted);
  }

  /* Emphasis and interaction. */
  .dim {
    opacity: 0.22;
  }
  .selected {
    stroke: var(--_mt-fg);
    stroke-width: 2px;
  }
  /* The focus ring: dark outside, light inside, so it shows on every fill and on the page. */
  .focus-ring {
    fill: none;
    stroke: var(--_mt-focus);
    stroke-width: 2.5px;
    pointer-events: none;
  }
  .focus-outer {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 3px;
  }
  .focus-inner {
    fill: none;
    stroke: var(--_mt-bg);
    stroke-width: 2px;
  }
  .focus-ring.thin {
    stroke-width: 1.5px;
  }
  .others,
  .cues,
  .codes,
  .direct-labels,
  .emphasis,
  .map-labels,
  .rings,
  .centre,
  .callouts,
  .inside,
  .labels,
  .note {
    pointer-events: none;
  }

  /* Tooltip: placed by the chart at a mark, above it unless too near the top. */
  .tooltip {
    left: 0;
    top: 0;
    transform: translate(-50%, calc(-100% - 8px));
    white-space: normal;
    width: max-content;
  }
  .tooltip.below {
    transform: translate(-50%, 8px);
  }
  .tooltip.start {
    transform: translate(-12px, calc(-100% - 8px));
  }
  .tooltip.start.below {
    transform: translate(-12px, 8px);
  }
  .tooltip.end {
    transform: translate(calc(-100% + 12px), calc(-100% - 8px));
  }
  .tooltip.end.below {
    transform: translate(calc(-100% + 12px), 8px);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
  }
  .tip-vote {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .tip-note {
    display: block;
    opacity: 0.85;
    font-size: 0.95em;
  }

  /* Legend. */
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch-box {
    flex: none;
  }
  .legend-list .nonmember {
    stroke-dasharray: 1.5 1.5;
    stroke-width: 1px;
  }
  .seat-swatch.vote-absent {
    fill: var(--_mt-bg);
    stroke: var(--_mt-vote-absent);
    stroke-width: 1.6px;
  }
  .subject-swatch {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 2px;
  }

  /* Search box. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.6em;
    margin: 0 0 0.6em;
    font-size: 0.9em;
  }
  /* The box, and before the first paint an empty stand-in of the same size (see _renderControls). */
  .controls input,
  .controls .field {
    box-sizing: border-box;
    height: 2em;
    font: inherit;
    color: var(--_mt-fg);
    background: var(--_mt-bg);
    border: 1px solid var(--_mt-muted);
    border-radius: 4px;
    padding: 0.25em 0.5em;
    min-width: 0;
    flex: 1 1 10em;
    max-width: 18em;
  }
  .found {
    margin: 0;
    flex: 1 1 12em;
    color: var(--_mt-muted);
    min-height: 1.4em;
  }

  @media (forced-colors: active) {
    /* Swatches carry the vote colours, as the chart does. */
    .swatch-box,
    .tip-vote svg {
      forced-color-adjust: none;
    }
    .focus-ring,
    .focus-outer {
      stroke: Highlight;
    }
    .focus-inner {
      stroke: Canvas;
    }
    .hl-ring,
    .hl-tile,
    .subject {
      stroke: CanvasText;
    }
  }
`;
