import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TiesElement, type ChartContext, type FigureText } from '../../internal/base-element.js';
import type { DataOrigin } from '../../internal/data-controller.js';
import type { DataTable } from '../../internal/csv.js';
import { cssom } from '../../internal/cssom.js';
import { emit } from '../../internal/emit.js';
import { Memo } from '../../internal/memo.js';
import { createMeasurer } from '../../internal/text-metrics.js';
import type { Point } from '../../internal/plane.js';
import type { Validated } from '../../data/issue.js';
import type { Network, Tie } from '../../data/types.js';
import type { ActorSelectDetail, TieSelectDetail } from './events.js';
import { defaultNetwork } from '../../data/network.default.js';
import type { Geometry } from './geometry.js';
import { stageGeometry } from './stage.js';
import { renderControls, showAll } from './controls.render.js';
import { mapOptions, type LabelMode, type Layout, type MapOptions } from './relation-map.options.js';
import { renderNetworkSvg, type Later } from './network.render.js';
import { renderLegend } from './legend.render.js';
import { renderDetails } from './details.render.js';
import { renderList } from './list.render.js';
import { ZoomController, zoomPoints } from './zoom.controller.js';
import { LayoutController, chartHeight } from './layout.controller.js';
import { PointerController } from './pointer.controller.js';
import { HighlightLayer } from './highlight.layer.js';
import {
  deriveView,
  detailTies,
  laterOf,
  legendOf,
  localNetwork,
  titleActors,
  validateMapData,
  viewTable,
  viewText,
  yearIn,
  type View,
} from './view.js';
import { actorCount, emptyText, sortTies, tieCount } from './text.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { relationMapStyles } from './relation-map.styles.js';
import { renderKeyTies } from './story.render.js';
import { keyTieIndices } from './story.js';

export { CANVAS_ACTORS, CANVAS_TIES } from './view.js';

export type { ActorSelectDetail, ActorSelectEvent, TieSelectDetail, TieSelectEvent } from './events.js';

/**
 * `<relation-map>`: the states, people and organisations tied to Myanmar's military and
 * the dated, sourced ties between them — as a force-directed network, an ego network in
 * rings around one actor, or on a world map. Hover or focus an actor to highlight its
 * ties; click or press Enter for its details; drag to pin; pan and zoom; a time slider
 * fades ties after a year. Large networks (over 600 actors or 1,500 ties) are drawn on a
 * canvas and stay keyboard- and screen-reader-accessible. Past 150 actors the force layout
 * is drawn at once from rings around the focus and redrawn as it settles, with a "Laying
 * out…" status; under `prefers-reduced-motion`, only that first placement and then the final one.
 *
 * The actor to centre on is set with `center` (`focus` still works as an HTML attribute,
 * an alias kept for pages written before; there is no `focus` property, which would hide
 * `HTMLElement.focus()`).
 *
 * @tag relation-map
 *
 * @attribute {string} focus - Alias of `center`, for pages written before it (HTML only; `center` wins when both are set).
 * @attribute {'story' | 'force' | 'radial' | 'geo'} layout - Alias of `view`, for pages written before it (HTML only; `view` wins when both are set).
 *
 * @csspart controls - The bar with the time slider and zoom buttons (the same part name as `<vote-chart>`'s search box).
 * @csspart details - The panel listing the selected actor's ties with dates and sources.
 *
 * @cssproperty --mt-actor-state - Colour of states (default: palette blue).
 * @cssproperty --mt-actor-organisation - Colour of organisations (default: palette green).
 * @cssproperty --mt-actor-person - Colour of people (default: palette orange).
 * @cssproperty --mt-tie-arms-supply - Colour of arms-supply ties; likewise `--mt-tie-trade`, `--mt-tie-agreement`, `--mt-tie-commission`, `--mt-tie-visit`, `--mt-tie-meeting`, `--mt-tie-diplomatic`, `--mt-tie-un-vote`, `--mt-tie-sanction`, `--mt-tie-report` (an NGO's report on an actor), `--mt-tie-role`.
 * @cssproperty --mt-label-size - Font size of actor labels (default: 12px, smaller in a dense network). Former name `--rm-label-size` still works.
 * @cssproperty --mt-label-halo - Outline behind labels that keeps them legible over ties (default: the background). Former name `--rm-label-halo` still works.
 *
 * @fires actor-select - `CustomEvent<ActorSelectDetail>`: an actor was chosen (click, or Enter on the keyboard).
 * @fires tie-select - `CustomEvent<TieSelectDetail>`: a tie was chosen (click on its line, or in the details panel).
 * @fires error - `CustomEvent<TiesErrorDetail>`: the data given could not be used, wholly or in part.
 */
export class RelationMap extends TiesElement<Network> {
  static override styles = [...TiesElement.styles, ...relationMapStyles];

  /** `focus` is read as an alias of `center` (see the class description). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'focus', 'layout'];
  }

  // Reactive properties declared here rather than by decorators: the bundles then carry no decorator code.
  static override properties: PropertyDeclarations = {
    view: {},
    center: {},
    types: {},
    from: {},
    to: {},
    labels: {},
    _focusAttr: { state: true, attribute: false },
    _layoutAttr: { state: true, attribute: false },
    _selectedId: { state: true, attribute: false },
    _year: { state: true, attribute: false },
    _listOpen: { state: true, attribute: false },
  };

  /**
   * What is drawn: `story` (default: the actors and ties the data ranks as the story, the centre's
   * side facing its backers; data that ranks no actor is drawn whole unless `story` is asked for), `force` (the whole web, force-directed), `radial` (rings of distance
   * from `center`) or `geo` (on a world map). HTML attribute alias: `layout`, for pages written before.
   */
  view: Layout = 'story';

  /** Id of the actor to centre on (default: the network's `center`, `mm-military` in the bundled data). HTML attribute alias: `focus`. */
  center?: string;

  /** Tie types to show, separated by spaces or commas, e.g. `arms-supply visit` (default: all). */
  types?: string;

  /** First year of ties to show (ties that end earlier are hidden; undated ties are kept). */
  from?: string | number;

  /** Last year of ties to show (ties that start later are hidden; undated ties are kept). */
  to?: string | number;

  /** Which actors are labelled: `all`, `focus` (the centre actor and its neighbours) or `none`. Default: all when wide, the best-connected when narrow. Labels that would collide are left out and shown on hover. */
  labels?: LabelMode;

  /** The `focus` attribute's value (the alias of `center`, which wins when both are set). */
  private _focusAttr: string | null = null;
  /** The `layout` attribute's value (the alias of `view`). */
  private _layoutAttr: string | null = null;
  private _selectedId: string | null = null;
  private _year: number | null = null;
  private _listOpen = false;

  private readonly _memo = new Memo();
  /*
   * The attributes, resolved by the base's option hook (option-hook.ts): the options (`view`
   * wins over its alias `layout` once set away from its default), then the part of the data
   * they select, with `center` (or its alias `focus`) checked against the actors.
   */
  private readonly _options = this._option(
    () => [this.view, this.hasAttribute('view'), this._layoutAttr, this.types, this.from, this.to, this.labels, this._data.value],
    mapOptions,
  );
  private readonly _viewOption = this._option(
    () => {
      const o = this._opts;
      const center = this.center ?? this._focusAttr ?? undefined;
      const attribute = this.center == null && this._focusAttr !== null ? 'focus' : 'center';
      // By value, not by the options object: a new `labels` does not derive the graph again.
      const typesKey = o.types ? [...o.types].sort().join(' ') : '';
      // Actors named in the reader's language; ids unchanged, so `center` and events still match.
      // The same object when no name changes (English, or data without names): the graph and
      // its layout are kept when the language resolves differently once the element is placed.
      const given = this._data.value;
      const locale = this.locale;
      const data = given && this._memo.get('local', [given, locale], () => localNetwork(given, locale));
      return [data, typesKey, o.from, o.to, o.layout === 'story', center, attribute];
    },
    (data, typesKey, from, to, story, center, attribute) => {
      if (!data) return { value: null, issues: [] };
      const types = typesKey ? (new Set(typesKey.split(' ')) as MapOptions['types']) : null;
      const view = deriveView(data, { types, from, to, layout: story ? 'story' : 'force' }, center, attribute);
      return { value: view, issues: view.issues };
    },
  );

  private get _opts(): MapOptions {
    return this._options.value;
  }
  private readonly _zoom = new ZoomController(this);
  private readonly _layout = new LayoutController(this, () => this._zoom.forget());
  private readonly _pointer = new PointerController(this, {
    locale: () => this.locale,
    say: (fn) => this._say(fn),
    layoutController: this._layout,
    zoom: this._zoom,
    currentView: () => this._viewNow(),
    geometry: () => this._geometry,
    basePoints: () => this._basePoints,
    noLocation: () => this._noLocation,
    selectedId: () => this._selectedId,
    select: (view, i) => this._select(view, i),
    selectTie: (view, tie) => this._selectTie(view, tie),
    closeDetails: (returnFocus) => this._closeDetails(returnFocus),
    zoomBy: (k) => this._zoomBy(k),
    resetView: () => this._resetView(),
    syncHighlight: () => this._syncHighlight(),
  });
  private readonly _highlight = new HighlightLayer(this);

  private _geometry: Geometry | null = null;
  /** Positions before zoom, for keeping the keyboard's actor in view. */
  private _basePoints: Point[] = [];
  private _noLocation: readonly number[] = [];
  private _later: Later = { ties: new Set(), actors: new Set() };
  private _focusPanel = false;
  private _focusGraph = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'focus') this._focusAttr = value;
    else if (name === 'layout') this._layoutAttr = value;
    else super.attributeChangedCallback(name, old, value);
  }

  /* ---------------------------------------------------------------- contract */

  protected _validate(input: unknown, _origin: DataOrigin): Validated<Network> {
    return validateMapData(input);
  }

  protected _defaultData(): Network {
    return defaultNetwork();
  }

  protected _text(data: Network, locale: string): FigureText {
    const view = this._view(data);
    const origin = this._data.origin;
    return this._memo.get('text', [view, locale, this._opts.layout, origin], () =>
      viewText(view, locale, this._opts.layout, origin === 'default'),
    );
  }

  protected _table(data: Network, locale: string): DataTable {
    const view = this._view(data);
    return this._memo.get('table', [view, locale], () => viewTable(view, locale));
  }

  protected _chartHeight(width: number): number {
    return chartHeight(this._opts.layout, width);
  }

  /** `await el.updateComplete` also waits for a chunked layout or the map geometry, so "complete" means drawn. */
  protected override _settling(): Promise<unknown> | null {
    return super._settling() ?? this._layout.pending;
  }

  /** The hidden table waits for the map's code, not for a force layout settling (the chart is drawn meanwhile). */
  protected override _chartPending(): boolean {
    return super._settling() !== null || this._layout.world.state === 'loading';
  }

  /* ------------------------------------------------------------- derivation */

  /** The part of the data being shown that the attributes select (the option above). */
  private _view(_shown: Network): View {
    return this._viewOption.value!;
  }

  private _viewNow(): View | null {
    const v = this._data.value;
    return v ? this._view(v) : null;
  }

  private _laterFor(view: View): Later {
    const year = yearIn(view, this._year);
    return this._memo.get('later', [view, year], () => laterOf(view, year));
  }

  private _index(view: View, id: string | null): number | null {
    if (id === null) return null;
    return view.graph.index.get(id) ?? null;
  }

  /* ------------------------------------------------------------ interaction */

  private _select(view: View, i: number): void {
    const actor = view.graph.actors[i]!;
    this._selectedId = actor.id;
    this._focusPanel = true;
    emit<ActorSelectDetail>(this, 'actor-select', {
      actor,
      ties: sortTies(view.graph, view.graph.tiesOf[i]!).map((t) => view.graph.ties[t]!),
    });
  }

  private _selectTie(view: View, tie: Tie): void {
    const source = view.graph.actors[view.graph.index.get(tie.source)!]!;
    const target = view.graph.actors[view.graph.index.get(tie.target)!]!;
    emit<TieSelectDetail>(this, 'tie-select', { tie, source, target });
  }

  private _closeDetails(returnFocus = true): void {
    if (this._selectedId !== null) this._pointer.keyboard.place(this._selectedId);
    this._selectedId = null;
    this._focusGraph = returnFocus;
  }

  /** Zooms about the actor the reader is on (keyboard, or details open), else the focus: what the picture is about. */
  private _zoomBy(k: number): void {
    const view = this._viewNow();
    const kb = this._pointer.keyboard;
    const i = view ? (this._index(view, kb.active ? kb.cursor : this._selectedId) ?? (view.focus >= 0 ? view.focus : null)) : null;
    this._zoom.scaleBy(k, i !== null ? this._basePoints[i] : undefined);
  }

  private _resetView = (): void => {
    this._zoom.reset();
    this._layout.unpin();
    this.requestUpdate();
  };

  /** Redraws the highlight layer from the pointer, keyboard and selection. */
  private _syncHighlight(): void {
    const view = this._viewNow();
    const g = this._geometry;
    if (!view || !g) return;
    const p = this._pointer;
    // Called from pointer and keyboard handlers and after an update: its words need the widget's messages.
    this._say(() =>
      this._highlight.sync({
        view,
        g,
        active: this._index(view, p.activeId),
        hoverTie: p.hoverTie,
        cursor: p.cursorIndex(view),
        selected: this._index(view, this._selectedId),
        announcement: p.keyboard.announcement,
        later: this._later,
        quick: this._layout.settling,
        theme: this.theme,
        locale: this.locale,
      }),
    );
  }

  /* ------------------------------------------------------------------ render */

  protected override _renderControls(data: Network, ctx: ChartContext): TemplateResult | typeof nothing {
    const view = this._view(data);
    if (view.empty || !view.graph.actors.length) return nothing;
    const total = view.graph.ties.length;
    const layout = this._opts.layout;
    const whole =
      layout === 'story' && data.actors.length > view.graph.actors.length
        ? showAll(ctx.locale, data.actors.length)
        : layout === 'force' && data.actors.some((a) => a.story !== undefined)
          ? msg('Back to the story', { id: 'rel.whole.back' })
          : null;
    const state = {
      years: view.years,
      year: yearIn(view, this._year) ?? view.years?.[1],
      shown: total - this._laterFor(view).ties.size,
      total,
      locale: ctx.locale,
      whole,
    };
    return renderControls(state, {
      year: (y) => (this._year = y),
      zoomBy: (k) => this._zoomBy(k),
      reset: this._resetView,
      // Through the attribute, so it wins over a page's `layout` alias too.
      toggleWhole: () => this.setAttribute('view', layout === 'story' ? 'force' : 'story'),
    });
  }

  protected override _renderLegend(data: Network): TemplateResult | typeof nothing {
    const { graph, focus, empty } = this._view(data);
    if (empty || !graph.actors.length) return nothing;
    const { kinds, types, directed } = legendOf(graph);
    return renderLegend(kinds, types, focus >= 0, directed);
  }

  protected _renderChart(data: Network, ctx: ChartContext): TemplateResult {
    const view = this._view(data);
    const { width, height } = ctx;
    if (view.empty || !view.graph.actors.length) {
      const o = this._opts;
      const text = emptyText(ctx.locale, view.empty === 'no-ties' ? { types: o.types, from: o.from, to: o.to } : null);
      return html`<div class="empty" ${cssom({ height: `${height}px` })}><p role="status">${text}</p></div>`;
    }
    // The list view needs the data, not the layout: it is under the box from the start (while
    // the map loads too), so the drawn chart fills the box and moves nothing below it.
    const list = renderList(view.graph, view.focus, ctx.locale, this._listOpen, (open) => (this._listOpen = open));
    const pos = this._layout.positions(view, { layout: this._opts.layout, labels: this._opts.labels, width, height });
    if ('pending' in pos || 'error' in pos) {
      const pending = 'pending' in pos;
      return html`<div class=${pending ? 'placeholder' : 'empty'} ${cssom({ height: `${height}px` })}>
          <p class="status" role=${pending ? 'status' : 'alert'}>${pending ? pos.pending : pos.error}</p>
        </div>
        ${list}`;
    }
    // Zoom is semantic: positions spread apart, marks and text keep their size, and labels
    // are placed again for the zoomed picture, so zooming in on a phone reveals more names.
    const t = this._zoom.transform;
    const pins = this._layout.pins;
    this._basePoints = pos.points;
    this._noLocation = pos.geo?.noLocation ?? [];
    const shown = this._memo.get('zoomed', [pos, t, this._layout.pinVersion], () => zoomPoints(pos, t, pins));
    const { layout, labels } = this._opts;
    const always = this._memo.get('titled', [view, this._data.origin], () => titleActors(view.graph, this._data.origin === 'default'));
    const g = this._memo.get('geometry', [view, shown, width, height, labels, always], () =>
      stageGeometry(view, pos, shown, {
        width,
        height,
        layout,
        labels,
        t,
        always,
        measure: createMeasurer(getComputedStyle(this).fontFamily, this.locale),
      }),
    );
    this._geometry = g;
    this._later = this._laterFor(view);
    const selected = this._index(view, this._selectedId);
    const actors = actorCount(ctx.locale, view.graph.actors.length);
    const ties = tieCount(ctx.locale, view.graph.ties.length);
    const graphLabel = `${msg(str`Network graph: ${actors}, ${ties}.`, { id: 'rel.graph.label' })} ${msg(
      'Right and left arrows go through the tied actors, down arrow goes into one, up arrow back; Page Down goes through every actor; Enter shows details, Escape returns; plus and minus zoom.',
      { id: 'rel.graph.keys' },
    )}`;
    // The keyboard's actor is exposed natively: the graph is a listbox whose active option is
    // that actor (one option element, renamed as the cursor moves, so a 2,000-actor canvas costs nothing).
    const kb = this._pointer.keyboard;
    const cur = this._index(view, kb.current());
    const option =
      cur !== null
        ? html`<div class="sr-only" role="option" id=${`rm-actor-${cur}`} aria-selected="true">${view.graph.actors[cur]!.name}</div>`
        : nothing;

    // The highlight layers (`.hover-root`, `.hover-labels`, `.tooltip-root`, `.live`) are filled by the HighlightLayer.
    const chart = view.large
      ? html`<canvas class="base" aria-hidden="true"></canvas><canvas class="overlay" aria-hidden="true"></canvas>`
      : renderNetworkSvg({
          pos,
          g,
          t,
          pins,
          later: this._later,
          focus: view.focus,
          focusName: view.graph.actors[view.focus]?.name ?? null,
          locale: ctx.locale,
        });

    const p = this._pointer;
    const floatSide = selected !== null && width >= 640 ? (g.points[selected]!.x > width / 2 ? 'left' : 'right') : null;
    const details = selected !== null ? this._renderDetails(view, selected, ctx, floatSide) : nothing;
    return html`<div class="stage">
        <div
          class="graph"
          ${cssom({ width: `${width}px`, height: `${height}px`, '--_mt-label-auto': `${g.labelOptions.fontSize}px` })}
          tabindex="0"
          role="listbox"
          aria-label=${graphLabel}
          aria-activedescendant=${kb.activeDescendant((id) => `rm-actor-${view.graph.index.get(id)}`) ?? nothing}
          @keydown=${p.keyboard.onKeydown}
          @focus=${p.keyboard.onFocus}
          @blur=${p.keyboard.onBlur}
          @pointermove=${p.onPointerMove}
          @pointerleave=${p.onPointerLeave}
          @click=${p.onClick}
        >
          ${chart}${option}
        </div>
        <div class="tooltip-root"></div>
        ${this._layout.settling ? html`<p class="settling" role="status">${msg('Laying out…', { id: 'rel.settling' })}</p>` : nothing}
        ${floatSide ? details : nothing}
      </div>
      ${floatSide ? nothing : details}
      <p class="sr-only live" role="status"></p>
      ${
        this._opts.layout === 'story'
          ? renderKeyTies(
              view.graph,
              this._memo.get('key', [view], () => keyTieIndices(view.graph)),
              ctx.locale,
            )
          : nothing
      }
      ${list}`;
  }

  private _renderDetails(view: View, i: number, ctx: ChartContext, float: 'left' | 'right' | null): TemplateResult {
    const actor = view.graph.actors[i]!;
    const ties = detailTies(view, i, this._laterFor(view));
    return html`${renderDetails(
      { actor, ties, locale: ctx.locale, headingLevel: this.headingLevel, float, maxHeight: ctx.height - 16 },
      { close: () => this._closeDetails(), selectTie: (tie) => this._selectTie(view, tie) },
    )}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot;
    const graphEl = root.querySelector<HTMLElement>('.graph');
    const g = this._geometry;
    if (graphEl && g) {
      this._pointer.attachDrag(graphEl);
      this._zoom.attach(graphEl, g.width, g.height);
      this._syncHighlight();
    } else {
      this._zoom.attach(null, 0, 0);
      this._pointer.attachDrag(null);
    }
    if (this._focusPanel) {
      this._focusPanel = false;
      root.querySelector<HTMLElement>('#details-name')?.focus();
    }
    if (this._focusGraph) {
      this._focusGraph = false;
      graphEl?.focus();
    }
  }
}
