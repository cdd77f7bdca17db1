import { css } from 'lit';
import { themeTokens } from '../../internal/base.styles.js';

/*
 * Vote colours: Okabe & Ito, as the rest of the library, with a meaning each — in favour
 * blue, against vermillion, abstained orange, did not vote grey (drawn hollow where shape
 * can say it too). Text labels always carry the meaning as well; colour is never alone.
 */
const voteTokens = themeTokens({
  'vote-yes': ['var(--_mt-color-1)', 'var(--_mt-color-1)'],
  'vote-no': ['var(--_mt-color-4)', 'var(--_mt-color-4)'],
  'vote-abstain': ['var(--_mt-color-2)', 'var(--_mt-color-2)'],
  'vote-absent': ['#8f8f8f', '#7d7d7d'],
  'vote-yes-ink': ['#ffffff', '#000000'],
  'vote-no-ink': ['#000000', '#000000'],
  'vote-abstain-ink': ['#000000', '#000000'],
  'vote-absent-ink': ['#000000', '#000000'],
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
  .centre-total {
    font-size: 22px;
    font-weight: 700;
  }
  .chart svg text.centre-label {
    font-size: 12px;
    fill: var(--_mt-muted);
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
    opacity: 0.55;
    stroke: var(--_mt-map-border);
    stroke-width: 0.5px;
  }
  .hl-outline {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 1.4px;
  }
  .subject {
    fill: none;
    stroke: var(--_mt-fg);
    stroke-width: 2px;
    stroke-linejoin: round;
  }
  .map-label {
    font-size: 12px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_mt-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .chart svg text.map-label {
    fill: var(--_mt-fg);
  }
  .map-label.small {
    font-size: 10px;
  }

  /* Emphasis and interaction. */
  .dim {
    opacity: 0.22;
  }
  .selected {
    stroke: var(--_mt-fg);
    stroke-width: 2px;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_mt-focus);
    stroke-width: 2.5px;
    pointer-events: none;
  }
  .focus-ring.thin {
    stroke-width: 1.5px;
  }
  .others,
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
    .focus-ring {
      stroke: Highlight;
    }
    .hl-ring,
    .hl-outline,
    .subject {
      stroke: CanvasText;
    }
  }
`;
