import { css, unsafeCSS } from 'lit';

/*
 * Colours: Okabe & Ito's colour-blind-safe palette for categories, with lighter
 * variants in dark mode so marks keep their contrast on a dark page.
 * Every colour is a custom property a site can override from outside.
 */
const light = css`
  --mt-bg: #ffffff;
  --mt-fg: #1b1b1b;
  --mt-muted: #595959;
  --mt-rule: #d0d0d0;
  --mt-surface: #f4f4f4;
  --mt-focus: #0b57d0;
  --mt-tooltip-bg: #1b1b1b;
  --mt-tooltip-fg: #ffffff;
  --mt-alert-bg: #fff4e5;
  --mt-alert-fg: #5c2c00;
  --mt-alert-border: #d55e00;
  --mt-color-1: #0072b2;
  --mt-color-2: #e69f00;
  --mt-color-3: #009e73;
  --mt-color-4: #d55e00;
  --mt-color-5: #cc79a7;
  --mt-color-6: #56b4e9;
  --mt-color-7: #a08a00;
  --mt-color-8: #7a7a7a;
  color-scheme: light;
`;

const dark = css`
  --mt-bg: #161616;
  --mt-fg: #ececec;
  --mt-muted: #a8a8a8;
  --mt-rule: #444444;
  --mt-surface: #242424;
  --mt-focus: #8ab4f8;
  --mt-tooltip-bg: #ececec;
  --mt-tooltip-fg: #161616;
  --mt-alert-bg: #3a2410;
  --mt-alert-fg: #ffe0c2;
  --mt-alert-border: #ff9a5a;
  --mt-color-1: #56b4e9;
  --mt-color-2: #f0b840;
  --mt-color-3: #2fc59b;
  --mt-color-4: #ff8c4a;
  --mt-color-5: #e39cc6;
  --mt-color-6: #9ad3f5;
  --mt-color-7: #e8d44d;
  --mt-color-8: #9a9a9a;
  color-scheme: dark;
`;

/** Styles every widget shares: theme, typography reset, figure frame, a11y helpers. */
export const baseStyles = css`
  :host {
    ${light}
    /* The host page's inherited text settings must not leak in (CMS themes set them on body). */
    display: block;
    box-sizing: border-box;
    font-family: var(--mt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--mt-font-size, 16px);
    line-height: 1.4;
    font-weight: 400;
    font-style: normal;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    word-spacing: normal;
    color: var(--mt-fg);
    background: var(--mt-bg);
    contain: layout paint;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  figure {
    margin: 0;
    padding: var(--mt-padding, 12px 0);
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.25em;
  }
  .description {
    margin: 0 0 0.75em;
    color: var(--mt-muted);
    font-size: 0.95em;
  }
  .chart {
    position: relative;
    width: 100%;
  }
  .chart svg {
    display: block;
    overflow: visible;
    max-width: none;
  }
  /* SVG text takes the theme's text colour unless a mark class says otherwise. */
  .chart svg text {
    fill: var(--mt-fg);
    font-family: inherit;
  }
  .placeholder {
    width: 100%;
    background: var(--mt-surface);
    border-radius: 4px;
  }
  .status {
    margin: 0;
    padding: 1em;
    color: var(--mt-muted);
  }
  .alert {
    margin: 0 0 0.75em;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--mt-alert-border);
    background: var(--mt-alert-bg);
    color: var(--mt-alert-fg);
    font-size: 0.9em;
  }
  .alert ul {
    margin: 0.3em 0 0;
    padding-inline-start: 1.2em;
  }
  .alert code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    justify-content: space-between;
    align-items: baseline;
    margin-top: 0.6em;
    font-size: 0.8em;
    color: var(--mt-muted);
  }
  .source {
    margin: 0;
  }
  .footer a {
    color: inherit;
  }
  /* With reader tools on, the data and image downloads keep to the end of the footer, on one line or wrapped. */
  .footer:has(.tools) {
    justify-content: flex-end;
  }
  .footer:has(.tools) .source {
    margin-inline-end: auto;
  }
  .tools {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.4em;
  }
  .tools button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--mt-rule);
    border-radius: 3px;
    padding: 0 0.45em;
    cursor: pointer;
  }
  .tools button:hover {
    border-color: currentColor;
  }
  .tools-error {
    flex-basis: 100%;
    color: var(--mt-alert-fg);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--mt-focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 16em;
    padding: 0.4em 0.6em;
    border-radius: 4px;
    background: var(--mt-tooltip-bg);
    color: var(--mt-tooltip-fg);
    font-size: 0.85em;
    line-height: 1.3;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    transition: opacity 120ms ease-out;
  }
  .mark {
    transition: opacity 150ms ease-out;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --mt-fg: CanvasText;
      --mt-bg: Canvas;
      --mt-muted: CanvasText;
      --mt-rule: CanvasText;
      --mt-focus: Highlight;
      --mt-tooltip-bg: Canvas;
      --mt-tooltip-fg: CanvasText;
      --mt-alert-bg: Canvas;
      --mt-alert-fg: CanvasText;
      --mt-alert-border: CanvasText;
    }
    /* Keep category colours (they carry meaning) and outline every mark in the system text colour. */
    .chart svg {
      forced-color-adjust: none;
    }
    .chart svg .mark {
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .chart svg text {
      fill: CanvasText;
    }
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
  /*
   * Print: the figure as on screen in its colours, on one page, without what only works on
   * screen (tooltips, controls, download links and buttons). The chart scales to the paper
   * (the base gives it a viewBox on beforeprint); the source line stays.
   */
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      break-inside: avoid;
      contain: none;
    }
    figure {
      break-inside: avoid;
    }
    .tooltip,
    .download,
    .tools,
    [part~='controls'],
    [part~='search'],
    .controls,
    button,
    input,
    select,
    textarea,
    [role='slider'],
    [role='search'] {
      display: none !important;
    }
    .chart svg,
    .chart canvas {
      max-width: 100% !important;
      height: auto !important;
    }
    .chart svg svg {
      max-width: none !important;
      height: revert !important;
    }
  }
`;

/** Category colour classes `.c0`…`.c7` for fills, cycling the palette. */
export const paletteStyles = unsafeCSS(
  Array.from({ length: 8 }, (_, i) => `.c${i}{fill:var(--mt-color-${i + 1});}.s${i}{stroke:var(--mt-color-${i + 1});}`).join(''),
);
