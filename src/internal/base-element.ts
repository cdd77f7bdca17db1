import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DataIssue, Validated } from '../data/issue.js';
import { baseStyles, paletteStyles } from './base.styles.js';
import { DataController, type DataOrigin } from './data-controller.js';
import { renderDownload, renderIssues, renderSources, renderTable } from './figure.js';
import type { DataTable } from './csv.js';
import { resolveLang, validLocale } from './locale.js';
import { ImageToolsController, toolsOption } from './image-tools.js';
import { OptionHook, type Normalized, type Option } from './option-hook.js';
import { PrintController } from './print.controller.js';
import { cssom } from './cssom.js';
import { boxPadding, themeOption } from './theme-box.js';
import { afterPaint } from './after-paint.js';
import { cleanText } from './strings.js';
import { restyleFor } from './adopt.js';
import { watchScrolledPast } from './scroll-watch.js';
import { observeHost } from './host-observers.js';
import type { ImageFormat } from './image-export.js';
import { MessagesController } from './i18n/messages.controller.js';
import { msg, withMessages, type Messages } from './i18n/msg.js';

export type { Theme, Tools, TiesErrorDetail, TiesErrorEvent, TiesElementEventMap, FigureText, ChartContext } from './element-types.js';
import type { Theme, Tools, TiesElementEventMap, FigureText, ChartContext } from './element-types.js';

/**
 * The embed contract every widget keeps: data in three ways plus a bundled default,
 * validation with messages in the widget, container-width sizing with the height
 * reserved before the first draw, lazy layout near the viewport, figure semantics
 * (title, description, sources, hidden table, CSV), theme and locale.
 *
 * A component supplies the pure parts: how to validate, the default data, the text,
 * the table and the chart for a width. Shared behaviour lives in controllers
 * (`DataController`, `PrintController`, the size and viewport observers), not in this class.
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart title - The chart's title.
 * @csspart description - The one-paragraph description under the title.
 * @csspart error - The message listing problems with the data or attributes.
 * @csspart legend - The legend.
 * @csspart chart - The box holding the SVG.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart source - The source line.
 * @csspart download - The "Download data (CSV)" link.
 * @csspart table - The visually hidden data table.
 * @csspart tools - The "Download image" buttons (with `tools="image"`).
 *
 * @cssproperty --mt-bg - Background colour.
 * @cssproperty --mt-fg - Text colour.
 * @cssproperty --mt-muted - Secondary text colour (description, source line, axis labels).
 * @cssproperty --mt-rule - Lines and gridlines.
 * @cssproperty --mt-surface - Placeholder and panel backgrounds.
 * @cssproperty --mt-focus - Focus ring colour.
 * @cssproperty --mt-tooltip-bg - Tooltip background.
 * @cssproperty --mt-tooltip-fg - Tooltip text.
 * @cssproperty --mt-alert-bg - Background of the data-problem message.
 * @cssproperty --mt-alert-fg - Text of the data-problem message.
 * @cssproperty --mt-alert-border - Accent of the data-problem message.
 * @cssproperty --mt-color-1 - Category colour 1 (Okabe–Ito blue); --mt-color-2 … --mt-color-8 follow the same palette.
 * @cssproperty --mt-font-family - Font family (default: the page's, inherited).
 * @cssproperty --mt-padding-inline - Padding at the sides when an explicit theme paints a box on a page of another colour (default 12px).
 * @cssproperty --mt-font-size - Base font size (default 16px).
 *
 * @fires error - `CustomEvent<TiesErrorDetail>`: the data given could not be used, wholly or in part. Listen on the element: like the native `error` event it does not bubble, so page-wide error trackers do not mistake it for a crash.
 */
export abstract class TiesElement<T> extends LitElement {
  static override styles = [baseStyles, paletteStyles];

  // Reactive properties declared here rather than by decorators: the bundles then carry no decorator code.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    data: { attribute: false },
    src: { reflect: true },
    eager: { type: Boolean, reflect: true },
    heading: {},
    description: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    tools: {},
    showIssues: { attribute: 'show-issues', type: Boolean },
    strings: { attribute: false },
    _near: { state: true, attribute: false },
    _padX: { state: true, attribute: false },
    _extras: { state: true, attribute: false },
  };

  /**
   * Colour theme: `auto` (default: follows the page, light unless an ancestor sets
   * `color-scheme: dark`), `light` or `dark` (painted on their own background), or `system`
   * (follows the reader's operating system).
   */
  theme: Theme = 'auto';

  /**
   * Data to show, set as a property by code. Takes precedence over `src` and inline JSON.
   * Typed for code; still validated, since JavaScript callers and JSON are not type-checked.
   */
  data?: T | null;

  /** URL of a JSON file to show instead of the bundled data. The only network request a widget makes. */
  src?: string;

  /** Draw at once instead of waiting until the widget nears the viewport (for print and screenshots). */
  eager = false;

  /** Replaces the title. */
  heading?: string;

  /** Replaces the one-paragraph description. */
  description?: string;

  /** Level of the title for the page outline (1–6). */
  headingLevel = 2;

  /**
   * Reader tools in the footer, off by default: `image` offers "Download image" as SVG and
   * PNG (title, description, legend, chart and source line burned in); `svg` or `png` offers one.
   */
  tools?: Tools;

  /**
   * Show readers the box listing mistakes in the attributes (a misspelt `view`…). They always
   * go to the console and `issues`; the box shows them only with this attribute, or on a
   * development page (see `TiesElement.developmentPage`). Problems with the data always show.
   */
  showIssues = false;

  /**
   * The page's own wording for any message the widget shows or announces, by message id
   * (docs/languages.md lists them), whatever the language: `{ "figure.download": "CSV" }`.
   * `{0}`, `{1}`… stand for the message's placeholders. Also read from an inline
   * `<script type="application/json" slot="strings">`.
   */
  strings?: Record<string, string>;

  /**
   * Whether this page is a developer's (localhost, `*.localhost`, `*.test`, a file): there the
   * box listing attribute mistakes shows without `show-issues`. Set it to decide otherwise.
   */
  static developmentPage: boolean =
    typeof location !== 'undefined' &&
    (location.protocol === 'file:' || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|.*\.localhost|.*\.test)?$/.test(location.hostname));

  /** The "Download image" buttons `tools` asks for. */
  private readonly _tools = new ImageToolsController(this, () => this._toolsOption.value);
  /**
   * The page's text settings around a static snapshot (`npm run snapshot`) put inside the tag,
   * or null when there is none: the snapshot was laid out with them.
   */
  private _snapshotText: Record<string, string> | null = null;

  private _near = false;
  /**
   * Width of the side padding, in px, when an explicit theme paints a box on a page of another
   * colour (else 0). Inside the figure, so the host keeps its size; the chart is laid out narrower.
   */
  private _padX = 0;

  /**
   * False until the first frame with the widget's data has been painted. What no one sees at
   * first (the hidden table, the CSV file, long lists) waits for it, so it never delays the chart.
   */
  private _extras = false;
  private _extrasJob: Promise<void> | null = null;
  /** Whether the last render had data and a width (so its text, controls and legend are up). */
  private _renderedReady = false;

  /** Every attribute option (`_option()`), resolved in one place; its problems are shown with the data problems. */
  private readonly _optionHook = new OptionHook();
  private _optionIssues: DataIssue[] = [];
  private readonly _toolsOption: Option<ImageFormat[]>;

  protected readonly _data: DataController<T>;

  /** The catalogue of the widget's language (loaded when first needed) and the page's overrides. */
  private readonly _messages = new MessagesController(this, () => this.strings);
  private _templates: Messages | null = null;
  /**
   * Changes whenever the widget's words do (a catalogue loaded, `strings` set): for the key of
   * anything a component keeps that holds words (a layout with measured labels).
   */
  protected _wordsVersion = 0;

  /** The width from the last resize report; undefined before the first. */
  private _width: number | undefined;
  private _stopObserving: (() => void) | null = null;

  private _observe(): void {
    this._unobserve();
    this._stopObserving = observeHost(this, {
      width: (w) => {
        this._width = w;
        this.requestUpdate();
      },
      near: this._near
        ? undefined
        : () => {
            this._near = true;
            this._stopScrollWatch?.();
          },
    });
  }

  private _unobserve(): void {
    this._stopObserving?.();
    this._stopObserving = null;
  }

  constructor() {
    super();
    // An unknown theme already falls back to `auto` in CSS; only say so.
    this._option(() => [this.theme], themeOption);
    this._toolsOption = this._option(() => [this.tools], toolsOption);
    // Drawn before printing, its charts scaled to the paper.
    this.addController(new PrintController(this, () => (this._near = true)));
    this._data = new DataController<T>(this, {
      tag: () => this.localName,
      validate: (input, origin) => this._validate(input, origin),
      fallback: () => this._defaultData(),
    });
  }

  override addEventListener<K extends keyof TiesElementEventMap>(
    type: K,
    listener: (this: this, ev: TiesElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof TiesElementEventMap>(
    type: K,
    listener: (this: this, ev: TiesElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }

  static override get observedAttributes(): string[] {
    // `lang` is a global attribute: watch it so numbers re-format when it changes.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    if (!this.shadowRoot && this.querySelector(':scope > [role="figure"]')) {
      // Read before the shadow root's reset applies; given back to the snapshot's slot below.
      const cs = getComputedStyle(this);
      const { fontFamily, fontSize, fontWeight, fontStyle, lineHeight, color } = cs;
      this._snapshotText = { fontFamily, fontSize, fontWeight, fontStyle, lineHeight, color };
    }
    super.connectedCallback();
    if (typeof IntersectionObserver === 'undefined') this._near = true;
    else if (!this._near && typeof innerHeight === 'number') {
      // Already near the viewport (the usual case above the fold): draw in the first render
      // instead of a frame later, when the observer first reports.
      // Only within the viewport itself: widgets above this one may not have their height yet.
      const r = this.getBoundingClientRect();
      // A pasted picture is already the chart on screen: let it be painted before the live
      // chart is built (a module script fetched quickly otherwise runs before the first frame).
      if (r.top < innerHeight && r.bottom >= 0 && r.width > 0) {
        if (this._snapshotText) void afterPaint().then(() => (this._near = true));
        else this._near = true;
      }
    }
    // A fling past the widget between two observer samples still counts as near (lazy.ts).
    if (!this._near && !this._stopScrollWatch) this._stopScrollWatch = watchScrolledPast(this, 400, () => (this._near = true));
    this._observe();
  }

  /** Moved into another document (an iframe's): its own copies of the styles, drawn and measured there. */
  adoptedCallback(): void {
    restyleFor(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    // A window's observers watch their own document: in another, that window's.
    if (this.isConnected) this._observe();
    this._near = true;
    this._width = undefined;
    this.requestUpdate();
  }
  private _stopScrollWatch: (() => void) | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unobserve();
    this._stopScrollWatch?.();
    this._stopScrollWatch = null;
  }

  /**
   * The figure as an image file, as the "Download image" tools save it: title, description,
   * legend, chart and source line, with the colours shown on screen. `svg` gives a standalone
   * SVG, `png` a PNG at twice the size (painted on a canvas, never loaded from a URL, so any
   * Content-Security-Policy allows it).
   */
  async toImage(format: ImageFormat = 'svg'): Promise<Blob> {
    // A widget not yet scrolled near is drawn first: the image is never an empty frame.
    this._near = true;
    await this.updateComplete;
    // Loaded on first use: most readers never export, so they never download this code.
    const { exportImage } = await import('./image-export.js');
    return (await exportImage(this, format)).blob;
  }

  /** The language the widget speaks and formats numbers and dates in: the `lang` of this element or its nearest ancestor. */
  get locale(): string {
    // A server render sees no ancestors: the element's own `lang`, else English.
    if (isServer) return validLocale(this.getAttribute('lang') || 'en');
    return resolveLang(this);
  }

  /** The data being shown (after validation), or null while loading or when none is usable. */
  get shownData(): T | null {
    return this._data.value;
  }

  /** Problems found in the attributes and the data (also on the console; see `showIssues` for the box). */
  get issues(): DataIssue[] {
    return [...this._optionIssues, ...this._data.issues];
  }

  /** The rows of the hidden table and the CSV download, or null when there is no data. */
  get table(): DataTable | null {
    const value = this._data.value;
    return value ? this._say(() => this._table(value, this.locale)) : null;
  }

  /**
   * Runs `fn` with `msg()` answering in this widget's language: for words made outside an
   * update (an announcement from an event handler, the CSV built on click).
   */
  protected _say<R>(fn: () => R): R {
    return withMessages(this._templates, fn);
  }

  protected override update(changed: PropertyValues): void {
    // Everything rendered in this update speaks the widget's language (./i18n/msg.ts says how).
    withMessages(this._templates, () => super.update(changed));
  }

  /**
   * Work an update started that ends in another update (a validation under way, a view's
   * code loading), or null when there is none: `updateComplete` waits for it.
   */
  protected _settling(): Promise<unknown> | null {
    return this._data.pending ?? this._messages.pending;
  }

  /**
   * Resolves once the element has drawn what it was given, including data whose validator
   * loads asynchronously: `el.data = x; await el.updateComplete` then sees `x` drawn (or its
   * problems shown).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const settling = (): Promise<unknown> | null => this._settling() ?? (this._extras ? null : this._extrasJob);
    for (let work = settling(); work; work = settling()) {
      await work;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Whether the parts that wait for the first paint (see `_extras`) may render now. */
  protected get _afterFirstPaint(): boolean {
    return this._extras;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // At every update, not only when `theme` changes: the page around may have changed colour.
    if (this.theme === 'light' || this.theme === 'dark' || changed.has('theme')) {
      // In the next frame, not in this update (which may be answering a resize report).
      if (boxPadding(this, this.theme) !== this._padX) requestAnimationFrame(() => (this._padX = boxPadding(this, this.theme)));
    }
    // Not while the chart is still on its way (a view's code loading): it goes first.
    if (!this._extrasJob && this._renderedReady && !this._chartPending()) {
      this._extrasJob = afterPaint().then(() => {
        // Removed meanwhile: nothing to build for a widget no one sees; asked again if it returns.
        if (this.isConnected) this._extras = true;
        else this._extrasJob = null;
      });
    }
  }

  /** Whether the chart waits for code or data still loading (the hidden table and other extras wait for it). */
  protected _chartPending(): boolean {
    return this._settling() !== null;
  }

  /** Whether layout and drawing may run now. */
  protected get _drawable(): boolean {
    return this.eager || this._near;
  }

  /* ---- what a component supplies ---- */

  /**
   * Checks data given by the page (never the bundled default, checked at build time). May
   * answer with a promise, so a component can load its validator only when it is needed.
   */
  protected abstract _validate(input: unknown, origin: DataOrigin): Validated<T> | Promise<Validated<T>>;
  protected abstract _defaultData(): T;
  protected abstract _text(data: T, locale: string): FigureText;
  protected abstract _table(data: T, locale: string): DataTable;
  /** Height of the chart for a width: used to reserve space before the first draw. */
  protected abstract _chartHeight(width: number, data: T | null): number;
  protected abstract _renderChart(data: T, ctx: ChartContext): TemplateResult;
  /**
   * Declares an attribute option (option-hook.ts): `inputs` reads the attributes, the data
   * (`this._data.value`) or other options it depends on; `resolve`, pure, answers
   * `{ value, issues }`. Every option is resolved in `willUpdate`, once the data is known, and
   * only when an input changed; its issues are shown, logged and listed in `issues` with the rest.
   */
  protected _option<I extends readonly unknown[], V>(inputs: () => readonly [...I], resolve: (...inputs: I) => Normalized<V>): Option<V> {
    return this._optionHook.add(inputs, resolve);
  }
  protected _renderLegend(_data: T, _ctx: ChartContext): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Notes and panels under the chart that need the data, not the layout (drawn before the chart, so nothing moves). */
  protected _renderAfterChart(_data: T, _ctx: ChartContext): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Controls above the chart (a search box, a slider). */
  protected _renderControls(_data: T, _ctx: ChartContext): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Resolve the data now (idempotent; the controller's own hostUpdate comes after
    // willUpdate), so attributes that name things in the data are checked against it.
    this._data.hostUpdate();
    const templates = this._messages.templates(this.locale);
    if (templates !== this._templates) this._wordsVersion++;
    this._templates = templates;
    for (const p of this._messages.problems.splice(0)) console.warn(`<${this.localName}> ${p}`);
    // In the widget's language: an option may hold words (the vote's option names).
    this._optionIssues = this._say(() => this._optionHook.resolve(this.localName));
  }

  protected override render(): TemplateResult {
    // The widget's language still loading (one small file, once per page): nothing yet rather
    // than English words replaced a moment later (and no layout measured in the wrong words).
    if (this._messages.pending) return this._snapshotText ? html`<slot ${cssom(this._snapshotText)}></slot>` : html``;
    const locale = this.locale;
    const value = this._data.value;
    const text = value ? this._text(value, locale) : null;
    // Attributes are untrusted text too: no control character or lone surrogate shown or saved.
    const title = cleanText(this.heading ?? text?.title ?? '');
    const description = cleanText(this.description ?? text?.description ?? '');
    // Before the first resize report, measure once so the reserved height is right. On a
    // server (Lit SSR) there is no layout: the figure's text renders, the chart on the client.
    const width = isServer ? 0 : Math.max(0, (this._width ?? Math.floor(this.getBoundingClientRect().width)) - this._padX);
    const height = this._chartHeight(width, value);
    const ctx: ChartContext = { width, height, locale };
    const drawable = this._drawable && value !== null && width > 0;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    // Text, controls, legend and table need the data, not the layout: render them before the
    // chart is drawn, so drawing it later only fills the reserved box and moves nothing.
    const ready = value !== null && width > 0;
    this._renderedReady = ready;
    // The hidden table and the CSV file wait for the first paint (the link builds its file on click until then).
    const table = ready && this._extras ? this._table(value, locale) : null;

    let chart: TemplateResult | typeof nothing = nothing;
    if (value === null && this._data.loading) {
      chart = html`<div class="placeholder" ${cssom({ height: `${height}px` })}>
        <p class="status" role="status">${msg('Loading data…', { id: 'figure.loading' })}</p>
      </div>`;
    } else if (drawable) {
      chart = this._renderChart(value, ctx);
    } else if (value !== null) {
      chart = html`<div class="placeholder" ${cssom({ height: `${height}px` })}></div>`;
    }

    // A static snapshot stays on screen until the live chart can replace it whole: swapping
    // two boxes of one height moves nothing, where a placeholder growing controls would.
    if (this._snapshotText && (!this._drawable || (value === null && this._data.loading)))
      return html`<slot ${cssom(this._snapshotText)}></slot>`;
    // First data given by the page, its validator still loading: nothing rather than a
    // placeholder of a guessed height, so the page moves once, not twice. (Origin `default`
    // with no value is the state before anything resolved: the default always has a value.)
    if (value === null && this._data.loading && this._data.origin === 'default') return html``;

    return html`<figure part="figure" class=${this._padX ? 'boxed' : nothing} aria-labelledby=${title ? 'title' : nothing}>
      <figcaption>
        ${title ? html`<div class="title" id="title" part="title" role="heading" aria-level=${level}>${title}</div>` : nothing}
        ${description ? html`<p class="description" part="description">${description}</p>` : nothing}
      </figcaption>
      ${renderIssues(this._data.issues, value !== null, this.showIssues || TiesElement.developmentPage ? this._optionIssues : [])}
      ${ready ? this._renderControls(value, ctx) : nothing}
      ${ready ? html`<div class="legend" part="legend">${this._renderLegend(value, ctx)}</div>` : nothing}
      <div class="chart" part="chart">${chart}</div>
      ${ready ? this._renderAfterChart(value, ctx) : nothing}
      ${
        text
          ? html`<div class="footer">
            ${renderSources(text.sources)}
            ${ready ? renderDownload(table ?? (() => this._say(() => this._table(value, this.locale))), title) : nothing}
            ${ready && this._tools.formats.length ? this._tools.render() : nothing}
          </div>`
          : nothing
      }
      ${table ? renderTable(table, locale) : nothing}
    </figure>`;
  }
}
