import { css, unsafeCSS, type CSSResult } from 'lit';

/*
 * Colours: Okabe & Ito's colour-blind-safe palette for categories, with lighter variants on a
 * dark page so marks keep their contrast. Each is a public custom property (`--mt-fg`…) a
 * site may set anywhere, `:root` included: the shadow styles read it once, with the default
 * as fallback, into a private one (`--_mt-fg`) that every rule uses. Declaring the public
 * names on :host would hide a page's `:root` values.
 *
 * Which default applies follows the page: `light-dark()` picks by the colour scheme the widget
 * inherits (an ancestor's `color-scheme: dark`), unless `theme` sets one.
 */
export type TokenTable = Record<string, readonly [light: string, dark: string]>;

// Written as the CSS minifier (scripts/css-literals.mjs) leaves it, so both builds parse alike.
const SUPPORTS = '(color:light-dark(#000, #fff))';

/**
 * The three blocks that give each token of `table` its private alias: light defaults (for
 * browsers without `light-dark()`), both schemes through `light-dark()`, and, without it, dark
 * for an explicit `theme="dark"` or `theme="system"` in a dark OS.
 */
export function themeTokens(table: TokenTable): CSSResult {
  const decl = (pick: (v: readonly [string, string]) => string) =>
    Object.entries(table)
      .map(([name, v]) => `--_mt-${name}:var(--mt-${name},${pick(v)});`)
      .join('');
  const dark = decl((v) => v[1]);
  return unsafeCSS(
    `:host{${decl((v) => v[0])}}` +
      `@supports ${SUPPORTS}{:host{${decl(([l, d]) => (l === d ? l : `light-dark(${l},${d})`))}}}` +
      `@supports not ${SUPPORTS}{:host([theme='dark']){${dark}}@media (prefers-color-scheme: dark){:host([theme='system']){${dark}}}}`,
  );
}

export const BASE_TOKENS: TokenTable = {
  bg: ['#ffffff', '#161616'],
  fg: ['#1b1b1b', '#ececec'],
  muted: ['#595959', '#a8a8a8'],
  rule: ['#d0d0d0', '#444444'],
  surface: ['#f4f4f4', '#242424'],
  focus: ['#0b57d0', '#8ab4f8'],
  'tooltip-bg': ['#1b1b1b', '#ececec'],
  'tooltip-fg': ['#ffffff', '#161616'],
  'alert-bg': ['#fff4e5', '#3a2410'],
  'alert-fg': ['#5c2c00', '#ffe0c2'],
  'alert-border': ['#d55e00', '#ff9a5a'],
  'color-1': ['#0072b2', '#56b4e9'],
  'color-2': ['#e69f00', '#f0b840'],
  'color-3': ['#009e73', '#2fc59b'],
  'color-4': ['#d55e00', '#ff8c4a'],
  'color-5': ['#cc79a7', '#e39cc6'],
  'color-6': ['#56b4e9', '#9ad3f5'],
  'color-7': ['#a08a00', '#e8d44d'],
  'color-8': ['#7a7a7a', '#9a9a9a'],
};

/**
 * A colour as the widget resolves it (a `light-dark()` or `var()` value included), as
 * `rgb()`: for drawing on a canvas, which takes no CSS functions. Reads through a probe in
 * the shadow root, so the widget's colour scheme applies.
 */
export function resolveColor(host: Element, value: string): string {
  if (!value || /^#[0-9a-f]{3,8}$|^rgba?\(/i.test(value)) return value;
  const root = host.shadowRoot ?? host;
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = value;
  root.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || value;
}

/** Styles every widget shares: theme, typography reset, figure frame, a11y helpers. */
export const baseStyles = css`
  ${themeTokens(BASE_TOKENS)}
  :host {
    /*
     * Inherited from the page: its font and colour scheme (newsroom sites set their own),
     * nothing painted behind the widget. Reset: what would break the layout if inherited.
     */
    display: block;
    box-sizing: border-box;
    /* Without --mt-font-family the declaration is invalid and the page's font is inherited. */
    font-family: var(--mt-font-family);
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
    color: var(--_mt-fg);
    contain: layout paint;
    max-width: 100%;
  }
  /*
   * A Burmese page: a font that has Myanmar script, unless the page names its own. The page's
   * font usually has none, and a system without one draws boxes (tofu) instead of names.
   */
  :host(:lang(my)) {
    font-family: var(--mt-font-family, 'Noto Sans Myanmar', Padauk, 'Myanmar Text', 'Myanmar MN', 'Myanmar Sangam MN', sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  /* An explicit theme is an editor's choice: its own scheme on its own background. */
  :host([theme='light']),
  :host([theme='dark']) {
    background: var(--_mt-bg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='system']) {
    color-scheme: light dark;
  }
  /* Painted on a background the page's own differs from: text kept off the box's edge. */
  figure.boxed {
    padding-inline: var(--mt-padding-inline, 12px);
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
    color: var(--_mt-muted);
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
    fill: var(--_mt-fg);
    font-family: inherit;
  }
  .placeholder {
    width: 100%;
    background: var(--_mt-surface);
    border-radius: 4px;
  }
  .status {
    margin: 0;
    padding: 1em;
    color: var(--_mt-muted);
  }
  .alert {
    margin: 0 0 0.75em;
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_mt-alert-border);
    background: var(--_mt-alert-bg);
    color: var(--_mt-alert-fg);
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
    color: var(--_mt-muted);
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
    border: 1px solid var(--_mt-rule);
    border-radius: 3px;
    padding: 0 0.45em;
    cursor: pointer;
  }
  .tools button:hover {
    border-color: currentColor;
  }
  .tools-error {
    flex-basis: 100%;
    color: var(--_mt-alert-fg);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_mt-focus);
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
    background: var(--_mt-tooltip-bg);
    color: var(--_mt-tooltip-fg);
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
      --_mt-fg: CanvasText;
      --_mt-bg: Canvas;
      --_mt-muted: CanvasText;
      --_mt-rule: CanvasText;
      --_mt-focus: Highlight;
      --_mt-tooltip-bg: Canvas;
      --_mt-tooltip-fg: CanvasText;
      --_mt-alert-bg: Canvas;
      --_mt-alert-fg: CanvasText;
      --_mt-alert-border: CanvasText;
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
  Array.from({ length: 8 }, (_, i) => `.c${i}{fill:var(--_mt-color-${i + 1});}.s${i}{stroke:var(--_mt-color-${i + 1});}`).join(''),
);
