import { viewLoadFailed } from '../../internal/lazy.js';
import { html, nothing, render as renderLit, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { select } from 'd3-selection';
import { drag, type D3DragEvent } from 'd3-drag';
import { TiesElement, type ChartContext, type FigureText } from '../../internal/base-element.js';
import type { DataOrigin } from '../../internal/data-controller.js';
import type { DataTable } from '../../internal/csv.js';
import { cssom } from '../../internal/cssom.js';
import { emit } from '../../internal/emit.js';
import { formatNumber } from '../../internal/locale.js';
import type { World } from '../../internal/world.js';
import type { DataIssue, Validated } from '../../data/issue.js';
import type { Actor, ActorKind, Network, Tie, TieType } from '../../data/types.js';
import { validateNetwork } from '../../data/network.js';
import { defaultNetwork } from '../../data/network.default.js';
import { sourceRefs } from '../../data/sources.refs.js';
import { ACTOR_KINDS, TIE_TYPES, buildGraph, filterNetwork, tieYears, yearRange, type Graph } from './graph.js';
import { RING_START_ACTORS, applyFit, fitPoints, forceLayout, forceLayoutChunked, invertFit, type Fit, type Point } from './force.layout.js';
import { radialLayout, type RadialLayout } from './radial.layout.js';
import type { GeoLayout } from './geo.layout.js';
import { bandStep, captionAt, labelBounds } from './geo.band.js';
import { hoverLabel, placeLabels, type PlacedLabel } from './labels.layout.js';
import { buildGeometry, stepToward, type Geometry } from './geometry.js';
import { normalizeMapOptions, resolveFocus, type LabelMode, type Layout, type MapOptions } from './relation-map.options.js';
import {
  renderBase,
  renderHoverLabels,
  renderLabels,
  renderGeoOverlay,
  renderGeoCaption,
  renderLand,
  renderMarkers,
  renderOverlay,
  renderRingCaption,
  renderRings,
  type Later,
} from './network.render.js';
import { renderLegend } from './legend.render.js';
import { renderDetails } from './details.render.js';
import { renderList } from './list.render.js';
import { paintBase, paintOverlay, readPalette } from './canvas.painter.js';
import { ZoomController, zoomPoints } from './zoom.controller.js';
import { KIND_LABEL, TIE_LABEL } from './encoding.js';
import { actorSummary, describe, emptyText, formatYear, otherEnd, sortTies, tieDate } from './text.js';
import { relationMapStyles } from './relation-map.styles.js';

/** Detail of `actor-select`: the actor chosen (click, Enter) and its ties as shown. */
export interface ActorSelectDetail {
  actor: Actor;
  ties: Tie[];
}

/** Detail of `tie-select`: the tie chosen and the actors at its ends. */
export interface TieSelectDetail {
  tie: Tie;
  source: Actor;
  target: Actor;
}

export type ActorSelectEvent = CustomEvent<ActorSelectDetail>;
export type TieSelectEvent = CustomEvent<TieSelectDetail>;

/** Above this many actors, or ties, the network is drawn on a canvas instead of in SVG. */
export const CANVAS_ACTORS = 600;
export const CANVAS_TIES = 1500;
/** Above this many actors the force layout runs in chunks that yield to the page, drawn from its first placement on. */
const CHUNKED_ACTORS = RING_START_ACTORS;
/** How often a settling layout is redrawn, ms. */
const SETTLE_FRAME_MS = 100;
const PAD = 22;

/** Widths fall in three steps (phone, tablet, desktop); heights and the force layout's shape follow the step. */
const sizeStep = (width: number): 0 | 1 | 2 => (width < 480 ? 0 : width < 720 ? 1 : 2);
/** Height ÷ width of the force layout's box at each step (about 320×520, 600×500, 960×600). */
const FORCE_ASPECT = [1.5, 0.85, 0.62] as const;

const STORY_TITLE = "Who backs Myanmar's junta: the Belarus and Russia connection";
const NEUTRAL_TITLE = 'Network of actors and ties';

/** The part of the data the attributes select, as a graph. Built once per data and filter. */
interface View {
  graph: Graph;
  focus: number;
  issues: DataIssue[];
  years: [number, number] | null;
  large: boolean;
  /** Nothing to draw: no actors at all, or the filters kept no tie (what it says instead). */
  empty: 'no-actors' | 'no-ties' | null;
}

/** A force layout: `raw` as shown (pins included), `base` as laid out; `start` the first placement of a chunked run. */
interface ForceState {
  graph: Graph;
  aspect: number;
  raw: Point[];
  base: Point[];
  /** A chunked run is still moving it. */
  settling: boolean;
  start: Point[] | null;
}

interface Positions {
  points: Point[];
  radial?: RadialLayout;
  geo?: GeoLayout;
}

type Pending = { pending: string } | { error: string };

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

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
 * @tag relation-map
 *
 * @csspart controls - The bar with the time slider and zoom buttons.
 * @csspart details - The panel listing the selected actor's ties with dates and sources.
 *
 * @cssproperty --mt-actor-state - Colour of states (default: palette blue).
 * @cssproperty --mt-actor-organisation - Colour of organisations (default: palette green).
 * @cssproperty --mt-actor-person - Colour of people (default: palette orange).
 * @cssproperty --mt-tie-arms-supply - Colour of arms-supply ties; likewise `--mt-tie-trade`, `--mt-tie-agreement`, `--mt-tie-commission`, `--mt-tie-visit`, `--mt-tie-meeting`, `--mt-tie-diplomatic`, `--mt-tie-un-vote`, `--mt-tie-sanction`, `--mt-tie-role`.
 *
 * @cssproperty --rm-label-size - Font size of actor labels (default: 12px, smaller in a dense network).
 * @cssproperty --rm-label-halo - Outline behind labels that keeps them legible over ties (default: the background).
 *
 * @fires actor-select - `CustomEvent<ActorSelectDetail>`: an actor was chosen (click, or Enter on the keyboard).
 * @fires tie-select - `CustomEvent<TieSelectDetail>`: a tie was chosen (click on its line, or in the details panel).
 * @fires error - `CustomEvent<TiesErrorDetail>`: the data given could not be used, wholly or in part.
 */
export class RelationMap extends TiesElement<Network> {
  static override styles = [...TiesElement.styles, ...relationMapStyles];

  /** How actors are placed: `force` (default), `radial` (rings of distance from `focus`) or `geo` (on a world map). */
  @property({ reflect: true }) layout: Layout = 'force';

  /** Id of the actor to centre on (default: the network's `center`, `mm-military` in the bundled data). */
  @property({ attribute: 'focus' }) focusId?: string;

  /** Tie types to show, separated by spaces or commas, e.g. `arms-supply visit` (default: all). */
  @property() types?: string;

  /** First year of ties to show (ties that end earlier are hidden; undated ties are kept). */
  @property() from?: string | number;

  /** Last year of ties to show (ties that start later are hidden; undated ties are kept). */
  @property() to?: string | number;

  /** Which actors are labelled: `all`, `focus` (the focus and its neighbours) or `none`. Default: all when wide, the best-connected when narrow. Labels that would collide are left out and shown on hover. */
  @property() labels?: LabelMode;

  /*
   * Hover and keyboard highlight are not reactive state: moving the pointer re-renders
   * only the highlight layer, tooltip and live region (see `_syncHighlight`), never the
   * whole figure with its table — hover stays fast at thousands of ties.
   */
  private _activeId: string | null = null;
  private _hoverTie: number | null = null;
  private _cursorId: string | null = null;
  private _keyboard = false;
  private _announce = '';
  @state() private _selectedId: string | null = null;
  @state() private _year: number | null = null;
  @state() private _listOpen = false;
  @state() private _pinVersion = 0;

  private _opts: MapOptions = normalizeMapOptions({}, []);
  private readonly _zoom = new ZoomController(this);
  private _memos = new Map<string, { deps: unknown[]; value: unknown }>();
  private _loggedViewIssues = new Set<string>();

  private _force: ForceState | null = null;
  /** Actors pinned by dragging in the force layout, in its raw coordinates. */
  private _forcePins = new Map<number, Point>();
  /** Positions before zoom, for keeping the keyboard's actor in view. */
  private _basePoints: Point[] = [];
  /** The geo layout's placeless actors (Left and Right walk them in the "No location" band). */
  private _noLocation: readonly number[] = [];
  private _forceJob: { graph: Graph; aspect: number; promise: Promise<void> | null } | null = null;
  /** The map geometry and the geo layout, loaded together the first time `layout="geo"` is drawn. */
  private _world: { world: World; geoLayout: typeof import('./geo.layout.js').geoLayout } | null = null;
  private _worldError: string | null = null;
  private _worldJob: Promise<void> | null = null;
  /** Positions set by dragging in the radial and geo layouts (px), per layout and size. */
  private _pins = new Map<number, Point>();
  private _pinSize = '';
  private _pinView: View | null = null;
  private _pinLayout = '';
  private _geometry: Geometry | null = null;
  private _later: Later = { ties: new Set(), actors: new Set() };
  private _dragEl: HTMLElement | null = null;
  private _focusPanel = false;
  private _focusGraph = false;
  private _paintedBase: unknown[] = [];

  /* ---------------------------------------------------------------- contract */

  protected _validate(input: unknown, _origin: DataOrigin): Validated<Network> {
    const result = validateNetwork(input);
    // An empty list of actors is a network with nothing in it, not unusable data: the
    // chart says so (the validator answers null, which would leave the figure blank).
    const actors = (input as { actors?: unknown } | null)?.actors;
    if (result.value === null && Array.isArray(actors) && actors.length === 0) return { value: { actors: [], ties: [] }, issues: result.issues };
    return result;
  }

  protected _defaultData(): Network {
    return defaultNetwork();
  }

  protected override _normalizeOptions(issues: DataIssue[]): void {
    this._opts = normalizeMapOptions(
      { layout: this.layout, types: this.types, from: this.from, to: this.to, labels: this.labels },
      issues,
    );
  }

  protected _text(data: Network, locale: string): FigureText {
    const view = this._view(data);
    return this._memo('text', [view, locale, this._opts.layout, this._data.origin], () => this._textOf(view, locale));
  }

  private _textOf(view: View, locale: string): FigureText {
    const focus = view.focus >= 0 ? view.graph.actors[view.focus]! : null;
    const ids: string[] = [];
    for (const t of view.graph.ties) ids.push(...t.sources);
    for (const a of view.graph.actors) ids.push(...a.sources);
    return {
      title: this._data.origin === 'default' ? STORY_TITLE : NEUTRAL_TITLE,
      description: describe(locale, view.graph, focus, view.years, this._opts.layout, !view.empty),
      sources: sourceRefs(ids),
    };
  }

  protected _table(data: Network, locale: string): DataTable {
    const view = this._view(data);
    return this._memo('table', [view, locale], () => this._tableOf(view, locale));
  }

  private _tableOf({ graph }: View, locale: string): DataTable {
    const name = (id: string) => graph.actors[graph.index.get(id)!]?.name ?? id;
    return {
      caption: `Ties between actors (${formatNumber(locale, graph.ties.length)})`,
      columns: [
        { key: 'source', label: 'From' },
        { key: 'type', label: 'Tie' },
        { key: 'target', label: 'To' },
        { key: 'date', label: 'Date' },
        { key: 'label', label: 'Description' },
        { key: 'sources', label: 'Sources' },
      ],
      rows: graph.ties.map((t) => ({
        source: name(t.source),
        type: `${TIE_LABEL[t.type]}${t.directed ? '' : ' (mutual)'}`,
        target: name(t.target),
        date: t.date ? tieDate(locale, t) : '',
        label: t.label,
        sources: sourceRefs(t.sources)
          .map((s) => s.label)
          .join('; '),
      })),
    };
  }

  /**
   * Height by width, in steps rather than in proportion: a page's scrollbar appearing
   * (a few px of width) then never changes the height, which would re-trigger the resize
   * observer in the same frame.
   */
  protected _chartHeight(width: number): number {
    const step = sizeStep(width);
    switch (this._opts.layout) {
      case 'radial':
        return [380, 480, 640][step]!;
      case 'geo':
        // A world map is wide: a phone gets a shorter box, so the map is not lost in empty space.
        return [330, 400, 520][step]!;
      default:
        // Phones are tall: a taller box gives a dense network room for its labels.
        return [520, 500, 600][step]!;
    }
  }

  /* ------------------------------------------------------------- derivation */

  /** Memoised on its dependencies (by identity), so hover and keyboard moves recompute nothing. */
  private _memo<T>(slot: string, deps: unknown[], make: () => T): T {
    const m = this._memos.get(slot);
    if (m && m.deps.length === deps.length && m.deps.every((d, i) => d === deps[i])) return m.value as T;
    const value = make();
    this._memos.set(slot, { deps, value });
    return value;
  }

  private _view(data: Network): View {
    const o = this._opts;
    const typesKey = o.types ? [...o.types].sort().join(' ') : '';
    return this._memo('view', [data, typesKey, o.from, o.to, this.focusId], () => {
      const issues: DataIssue[] = [];
      const focusId = resolveFocus(this.focusId, data, issues);
      const filtered = filterNetwork(data, { types: o.types, from: o.from, to: o.to }, focusId);
      const graph = buildGraph(filtered.actors, filtered.ties);
      // Filters that keep no tie leave the focus alone (and any actors that had no tie): the
      // chart says which filters match nothing rather than draw a lone mark.
      const empty = data.actors.length === 0 ? 'no-actors' : graph.ties.length === 0 && data.ties.length > 0 ? 'no-ties' : null;
      return {
        empty,
        graph,
        focus: focusId !== null ? (graph.index.get(focusId) ?? -1) : -1,
        issues,
        years: yearRange(graph.ties),
        large: graph.actors.length > CANVAS_ACTORS || graph.ties.length > CANVAS_TIES,
      };
    });
  }

  /** Positions for the current layout and size, or what is still awaited. */
  private _positions(view: View, ctx: ChartContext): Positions | Pending {
    const { width, height } = ctx;
    const layout = this._opts.layout;
    // Another picture (data, filter, layout): the reader's zoom and pins no longer apply.
    if (view !== this._pinView || layout !== this._pinLayout) {
      this._pinView = view;
      this._pinLayout = layout;
      if (this._pins.size) this._pins = new Map();
      this._zoom.forget();
    }
    // Pins of the radial and geo layouts are px at one size; the force layout's survive resizing.
    const size = `${width} ${height}`;
    if (size !== this._pinSize) {
      this._pinSize = size;
      if (this._pins.size) this._pins = new Map();
    }
    if (layout === 'force') {
      const f = this._forceFor(view, FORCE_ASPECT[sizeStep(width)]);
      const fit = this._fitOf(f, width, height);
      return this._memo('force-points', [f.raw, fit], () => ({ points: f.raw.map((p) => applyFit(fit, p)) }));
    }
    if (layout === 'radial') {
      const radial = this._memo('radial', [view, width, height], () =>
        radialLayout(view.graph, Math.max(0, view.focus), width, height, width < 480 ? 16 : PAD + 6),
      );
      return this._withPins(radial.points, { radial });
    }
    if (this._worldError) return { error: `The map could not be drawn: ${this._worldError}. Try layout="force" instead.` };
    if (!this._world) {
      this._loadWorld();
      return { pending: 'Loading the map…' };
    }
    const { world, geoLayout } = this._world;
    const { labels } = this._opts;
    // The label mode decides which placeless actors the "No location" band makes room for.
    const geo = this._memo('geo', [view, world, width, height, labels], () =>
      geoLayout(view.graph, world, width, height, view.focus, { labels, large: view.large }),
    );
    return this._withPins(geo.points, { geo });
  }

  private _withPins(points: Point[], extra: Omit<Positions, 'points'>): Positions {
    return this._memo('pinned', [points, this._pinVersion], () => {
      if (!this._pins.size) return { points, ...extra };
      const out = points.slice();
      for (const [i, p] of this._pins) out[i] = p;
      return { points: out, ...extra };
    });
  }

  /**
   * The force layout of a graph: computed at once when small; when large, its first
   * placement at once and the rest in chunks, redrawn as it settles (under reduced motion,
   * only the first placement and then the final one). A "Laying out…" status shows meanwhile.
   */
  private _forceFor(view: View, aspect: number): ForceState {
    const graph = view.graph;
    if (this._force?.graph === graph && this._force.aspect === aspect) return this._force;
    const focus = view.focus >= 0 ? view.focus : null;
    this._forcePins.clear();
    if (graph.actors.length <= CHUNKED_ACTORS) {
      const raw = forceLayout(graph, { focus, aspect });
      this._force = { graph, aspect, raw, base: raw, settling: false, start: null };
      return this._force;
    }
    const job: { graph: Graph; aspect: number; promise: Promise<void> | null } = { graph, aspect, promise: null };
    this._forceJob = job;
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    let sync = true;
    let start: Point[] | null = null;
    const show = (raw: Point[], settling: boolean) => {
      if (this._forceJob !== job) return;
      start ??= raw;
      this._force = { graph, aspect, raw, base: raw, settling, start };
      // The first placement arrives during this render, which draws it.
      if (!sync) this.requestUpdate();
    };
    job.promise = forceLayoutChunked(
      graph,
      { focus, aspect },
      () => this._forceJob !== job,
      12,
      (raw) => show(raw, true),
      still ? Infinity : SETTLE_FRAME_MS,
    ).then((raw): void => {
      if (!raw) return;
      show(raw, false);
      if (this._forceJob === job) this._forceJob = null;
    });
    sync = false;
    return this._force!;
  }

  /**
   * Raw force positions into the box. A chunked run keeps the orientation its first
   * placement fits best, so the picture does not turn a quarter turn while it settles.
   */
  private _fitOf(f: ForceState, width: number, height: number): Fit {
    return this._memo('fit', [f.base, f.start, width, height], () => {
      const turn = f.start ? fitPoints(f.start, width, height, PAD).rotate : undefined;
      return fitPoints(f.base, width, height, PAD, undefined, undefined, turn);
    });
  }

  private _loadWorld(): void {
    // Map code and geometry (d3-geo, topojson, world-atlas) are their own chunks: force and radial readers never load them.
    this._worldJob ??= Promise.all([import('../../internal/world.js').then((m) => m.loadWorld()), import('./geo.layout.js')]).then(
      ([world, m]) => {
        this._world = { world, geoLayout: m.geoLayout };
        this.requestUpdate();
      },
      (e: unknown) => {
        this._worldError = viewLoadFailed(this, 'map', e);
        this._worldJob = null;
        this.requestUpdate();
      },
    );
  }

  /** `await el.updateComplete` also waits for a chunked layout or the map geometry, so "complete" means drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (;;) {
      const job = this._forceJob?.promise ?? (this._opts.layout === 'geo' && !this._world ? this._worldJob : null);
      if (!job) return result;
      await job.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
  }

  /** Ties after the slider's year, and actors all of whose ties are. */
  private _laterFor(view: View): Later {
    const year = this._yearIn(view);
    return this._memo('later', [view, year], () => {
      const ties = new Set<number>();
      const actors = new Set<number>();
      if (year === null) return { ties, actors };
      view.graph.ties.forEach((t, i) => {
        const y = tieYears(t);
        if (y && y[0] > year) ties.add(i);
      });
      view.graph.tiesOf.forEach((list, i) => {
        if (list.length && list.every((t) => ties.has(t))) actors.add(i);
      });
      return { ties, actors };
    });
  }

  /** The slider's year, or null when it shows everything (or the data changed under it). */
  private _yearIn(view: View): number | null {
    const y = this._year;
    return y !== null && view.years && y >= view.years[0] && y < view.years[1] ? y : null;
  }

  /* ------------------------------------------------------------------ render */

  protected override render(): TemplateResult {
    const value = this._data.value;
    if (value) {
      // Issues that need the data (an unknown focus, filters that match nothing) join the attribute issues.
      const extra = this._view(value).issues.filter((i) => !this._optionIssues.some((o) => o.message === i.message));
      if (extra.length) this._optionIssues = [...this._optionIssues, ...extra];
      for (const i of extra) {
        if (this._loggedViewIssues.has(i.message)) continue;
        this._loggedViewIssues.add(i.message);
        console.warn(`<${this.localName}> ${i.message}`);
      }
    }
    return super.render();
  }

  private _index(view: View, id: string | null): number | null {
    if (id === null) return null;
    return view.graph.index.get(id) ?? null;
  }

  protected override _renderControls(data: Network, ctx: ChartContext): TemplateResult | typeof nothing {
    const view = this._view(data);
    if (view.empty || !view.graph.actors.length) return nothing;
    const years = view.years;
    const year = this._yearIn(view) ?? years?.[1];
    const later = this._laterFor(view);
    const shown = view.graph.ties.length - later.ties.size;
    return html`<div class="controls" part="controls">
      ${years && years[0] < years[1]
        ? html`<label class="year">
            <span>Ties up to</span>
            <input
              type="range"
              min=${years[0]}
              max=${years[1]}
              step="1"
              .value=${String(year)}
              aria-valuetext=${`${formatYear(ctx.locale, year!)}: ${formatNumber(ctx.locale, shown)} of ${formatNumber(ctx.locale, view.graph.ties.length)} ties`}
              @input=${(e: Event) => {
                const v = Number((e.target as HTMLInputElement).value);
                this._year = v >= years[1] ? null : v;
              }}
            />
            <output>${formatYear(ctx.locale, year!)}</output>
          </label>`
        : nothing}
      <div class="zoom-buttons" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" @click=${() => this._zoomBy(1.6)}>+</button>
        <button type="button" aria-label="Zoom out" @click=${() => this._zoomBy(1 / 1.6)}>−</button>
        <button type="button" @click=${this._resetView}>Reset view</button>
      </div>
    </div>`;
  }

  protected override _renderLegend(data: Network): TemplateResult | typeof nothing {
    const { graph, focus, empty } = this._view(data);
    if (empty || !graph.actors.length) return nothing;
    const kinds = ACTOR_KINDS.filter((k: ActorKind) => graph.actors.some((a) => a.kind === k));
    const types = TIE_TYPES.filter((t: TieType) => graph.ties.some((x) => x.type === t));
    return renderLegend(kinds, types, focus >= 0, graph.ties.some((t) => t.directed));
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
    const pos = this._positions(view, ctx);
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
    this._basePoints = pos.points;
    this._noLocation = pos.geo?.noLocation ?? [];
    const shown = this._memo('zoomed', [pos, t, this._pinVersion], () => zoomPoints(pos, t, this._pins));
    const g = this._memo('geometry', [view, shown, width, height, this._opts.labels], () =>
      buildGeometry(view.graph, shown, {
        width,
        height,
        focus: view.focus,
        labels: this._opts.labels,
        large: view.large,
        zoom: t.k,
        measure: this._measurer(),
        inRow: new Set([
          ...(pos.geo?.noLocation ?? []),
          ...(pos.radial ? pos.radial.ring.flatMap((r, i) => (r < 0 ? [i] : [])) : []),
          ...view.graph.tiesOf.flatMap((list, i) => (list.length === 0 && this._opts.layout === 'force' ? [i] : [])),
        ]),
        ...(pos.radial ? { center: pos.radial.center } : {}),
        ...(pos.geo ? { markScale: pos.geo.markScale, labelReach: pos.geo.labelReach, labelFirst: pos.geo.labelFirst } : {}),
        ...(pos.radial?.unconnected && t.k === 1 ? { obstacles: [{ ...pos.radial.unconnected, height: 18 }] } : {}),
        ...(pos.geo?.noLocationCaption ? { obstacles: [captionAt(pos.geo.noLocationCaption, t)] } : {}),
        ...(pos.geo?.noLocationBox ? { labelBounds: labelBounds(view.graph.actors.length, pos.geo.noLocation, pos.geo.noLocationBox, t, width, height) } : {}),
      }),
    );
    this._geometry = g;
    this._later = this._laterFor(view);
    const selected = this._index(view, this._selectedId);
    const graphLabel =
      `Network graph: ${formatNumber(ctx.locale, view.graph.actors.length)} actors, ${formatNumber(ctx.locale, view.graph.ties.length)} ties. ` +
      'Arrow keys move between tied actors, Enter shows details, plus and minus zoom.';

    // The highlight layers (`.hover-root`, `.hover-labels`, `.tooltip-root`, `.live`) are filled by `_syncHighlight`.
    // Markers come last in the SVG, so its first path is a drawn one (what a page's "is it drawn" check finds).
    const chart = view.large
      ? html`<canvas class="base" aria-hidden="true"></canvas><canvas class="overlay" aria-hidden="true"></canvas>`
      : html`<svg width=${width} height=${height} aria-hidden="true">
          <g transform=${`translate(${t.x},${t.y}) scale(${t.k})`}>
            ${pos.geo ? renderLand(pos.geo) : pos.radial ? renderRings(pos.radial) : nothing}
          </g>
          ${pos.geo ? renderGeoOverlay(pos.geo, g, t, this._pins) : nothing}
          ${pos.radial ? renderRingCaption(pos.radial, t, view.graph.actors[view.focus]?.name ?? 'the centre') : nothing}
          <g class="dimmer">
            <g class="base">${guard([g, this._later, view.focus], () => renderBase(g, this._later, view.focus))}</g>
          </g>
          <g class="hover-root"></g>
          <g class="dimmer"><g class="base">${guard([g], () => renderLabels(g, view.focus))}</g></g>
          ${pos.geo ? renderGeoCaption(pos.geo, t) : nothing}
          <g class="hover-labels"></g>
          <defs>${renderMarkers(TIE_TYPES)}</defs>
        </svg>`;

    const settling = this._layoutSettling();
    const floatSide = selected !== null && width >= 640 ? (g.points[selected]!.x > width / 2 ? 'left' : 'right') : null;
    const details = selected !== null ? this._renderDetails(view, selected, ctx, floatSide) : nothing;
    return html`<div class="stage">
        <div
          class="graph"
          ${cssom({ width: `${width}px`, height: `${height}px`, '--rm-label-auto': `${g.labelOptions.fontSize}px` })}
          tabindex="0"
          role="application"
          aria-label=${graphLabel}
          @keydown=${this._onKeydown}
          @focus=${this._onFocus}
          @blur=${this._onBlur}
          @pointermove=${this._onPointerMove}
          @pointerleave=${this._onPointerLeave}
          @click=${this._onClick}
        >
          ${chart}
        </div>
        <div class="tooltip-root"></div>
        ${settling ? html`<p class="settling" role="status">Laying out…</p>` : nothing}
        ${floatSide ? details : nothing}
      </div>
      ${floatSide ? nothing : details}
      <p class="sr-only live" role="status"></p>
      ${list}`;
  }

  /**
   * Draws the highlight (the active actor's ties and neighbours, their labels, the
   * keyboard ring), the tooltip and the live region, into their own containers, and dims
   * the base by a class. Called on pointer and keyboard moves and after each full render.
   */
  private _syncHighlight(): void {
    const view = this._viewNow();
    const g = this._geometry;
    const root = this.renderRoot;
    const graphEl = root.querySelector<HTMLElement>('.graph');
    if (!view || !g || !graphEl) return;
    const active = this._index(view, this._activeId);
    const cursor = this._keyboard ? this._index(view, this._cursorId) : null;
    const highlight = active ?? cursor ?? this._index(view, this._selectedId);
    const labels = this._hoverLabels(g, highlight);
    if (view.large) {
      graphEl.classList.toggle('dim', highlight !== null);
      this._paint(graphEl, g, view, highlight, cursor, labels);
    } else {
      for (const d of root.querySelectorAll('.dimmer')) d.classList.toggle('dim', highlight !== null);
      const hover = root.querySelector<SVGGElement>('.hover-root');
      const hoverLabels = root.querySelector<SVGGElement>('.hover-labels');
      if (hover) renderLit(renderOverlay(g, highlight, cursor, view.focus), hover);
      if (hoverLabels) renderLit(renderHoverLabels(g, labels, highlight), hoverLabels);
    }
    const tip = root.querySelector<HTMLElement>('.tooltip-root');
    if (tip) renderLit(this._renderTooltip(view, g, active ?? cursor, { width: g.width, height: g.height, locale: this.locale }), tip);
    const live = root.querySelector<HTMLElement>('.live');
    if (live) renderLit(this._announce, live);
  }

  /** Labels of the highlighted actor and its neighbours, placed among themselves (the rest is dimmed). */
  private _hoverLabels(g: Geometry, highlight: number | null): Map<number, PlacedLabel> {
    return this._memo('hover-labels', [g, highlight], () => {
      const out = new Map<number, PlacedLabel>();
      if (highlight === null) return out;
      const neighbours = [...g.graph.neighbors[highlight]!].sort((a, b) => g.graph.tiesOf[b]!.length - g.graph.tiesOf[a]!.length);
      const fs = g.labelOptions.fontSize;
      const nodes = g.points.map((p, i) => ({ x: p.x, y: p.y, r: g.radii[i]!, text: g.names[i]! }));
      // Measure only the labels this highlight may show (a few dozen), in their weight.
      for (const i of [highlight, ...neighbours.slice(0, 40)]) {
        if (g.measure) (nodes[i] as { width?: number }).width = g.measure(g.names[i]!, fs, i === highlight);
      }
      const placed = placeLabels(nodes, [highlight, ...neighbours.slice(0, 40)], g.labelOptions);
      placed.forEach((l, i) => l && out.set(i, l));
      if (!out.has(highlight)) out.set(highlight, hoverLabel(nodes[highlight]!, g.labelOptions));
      return out;
    });
  }

  private _renderTooltip(view: View, g: Geometry, actor: number | null, ctx: ChartContext): TemplateResult | typeof nothing {
    let at: Point;
    let body: TemplateResult;
    if (actor !== null) {
      const a = view.graph.actors[actor]!;
      const n = view.graph.tiesOf[actor]!.length;
      at = { x: g.points[actor]!.x, y: g.points[actor]!.y + g.radii[actor]! + 8 };
      body = html`<strong>${a.name}</strong><br /><span class="kind">${KIND_LABEL[a.kind]}${a.role ? ` · ${a.role}` : ''} ·
          ${formatNumber(ctx.locale, n)} ${n === 1 ? 'tie' : 'ties'}</span>`;
    } else if (this._hoverTie !== null && this._hoverTie < view.graph.ties.length) {
      const tie = view.graph.ties[this._hoverTie]!;
      const [s, e] = view.graph.ends[this._hoverTie]!;
      const mid = g.lines[this._hoverTie]!.mid;
      at = { x: mid.x, y: mid.y + 10 };
      body = html`<strong>${tie.label}</strong><br /><span class="kind"
          >${TIE_LABEL[tie.type]}: ${view.graph.actors[s]!.name} ${tie.directed ? '→' : '–'} ${view.graph.actors[e]!.name} ·
          ${tieDate(ctx.locale, tie)}</span
        >`;
    } else return nothing;
    // Keep the tooltip inside the chart: flip above the mark near the bottom, shift in near the sides.
    const w = Math.min(ctx.width, 260);
    const left = Math.max(0, Math.min(ctx.width - w, at.x - w / 2));
    const below = at.y < ctx.height - 70;
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      ${cssom({
        left: `${left}px`,
        top: below ? `${at.y}px` : null,
        bottom: below ? null : `${ctx.height - at.y + 20}px`,
        maxWidth: `${w}px`,
      })}
    >
      ${body}
    </div>`;
  }

  private _renderDetails(view: View, i: number, ctx: ChartContext, float: 'left' | 'right' | null): TemplateResult {
    const actor = view.graph.actors[i]!;
    const later = this._laterFor(view);
    const ties = sortTies(view.graph, view.graph.tiesOf[i]!).map((t) => {
      const tie = view.graph.ties[t]!;
      return { tie, other: view.graph.actors[view.graph.index.get(otherEnd(tie, actor.id))!]!, later: later.ties.has(t) };
    });
    return html`${renderDetails(
      { actor, ties, locale: ctx.locale, headingLevel: this.headingLevel, float, maxHeight: ctx.height - 16 },
      { close: () => this._closeDetails(), selectTie: (tie) => this._selectTie(view, tie) },
    )}`;
  }

  private _measureCtx: CanvasRenderingContext2D | null | undefined;
  private _measured = new Map<string, number>();

  /**
   * Measures label text as it will be drawn (font family resolved on the host), so labels
   * that are placed really do not collide, whatever fonts the reader has. Widths are
   * remembered per font.
   */
  private _measurer(): ((text: string, fontSize: number, bold: boolean) => number) | undefined {
    if (this._measureCtx === undefined) this._measureCtx = document.createElement('canvas').getContext('2d');
    const ctx = this._measureCtx;
    if (!ctx) return undefined;
    const family = getComputedStyle(this).fontFamily;
    return (text, fontSize, bold) => {
      const font = `${bold ? '600 ' : ''}${fontSize}px ${family}`;
      const key = `${font}|${text}`;
      let w = this._measured.get(key);
      if (w === undefined) {
        ctx.font = font;
        w = Math.ceil(ctx.measureText(text).width) + 2;
        if (this._measured.size > 20000) this._measured.clear();
        this._measured.set(key, w);
      }
      return w;
    };
  }

  /* ---------------------------------------------------------- interaction */

  private _viewNow(): View | null {
    const v = this._data.value;
    return v ? this._view(v) : null;
  }

  /** A pointer's position in the chart, in px (zoom included: geometry is drawn zoomed). */
  private _localPoint(e: { clientX: number; clientY: number }, el: Element): Point {
    const r = el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private _onPointerMove = (e: PointerEvent): void => {
    const g = this._geometry;
    const view = this._viewNow();
    if (!g || !view || this._dragging) return;
    const p = this._localPoint(e, e.currentTarget as Element);
    const i = g.hit.find(p.x, p.y);
    const id = i === null ? null : view.graph.actors[i]!.id;
    let tie: number | null = null;
    if (i === null) {
      const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-t]');
      tie = el ? Number(el.getAttribute('data-t')) : null;
    }
    if (id === this._activeId && tie === this._hoverTie) return;
    this._activeId = id;
    this._hoverTie = tie;
    this._syncHighlight();
  };

  private _onPointerLeave = (): void => {
    this._activeId = null;
    this._hoverTie = null;
    this._syncHighlight();
  };

  private _onClick = (e: MouseEvent): void => {
    const g = this._geometry;
    const view = this._viewNow();
    if (!g || !view) return;
    const p = this._localPoint(e, e.currentTarget as Element);
    const i = g.hit.find(p.x, p.y);
    if (i !== null) {
      this._cursorId = view.graph.actors[i]!.id;
      this._select(view, i);
      return;
    }
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-t]');
    if (el) {
      this._selectTie(view, view.graph.ties[Number(el.getAttribute('data-t'))]!);
      return;
    }
    if (this._selectedId !== null) this._closeDetails(false);
  };

  private _onFocus = (): void => {
    const view = this._viewNow();
    if (!view) return;
    this._keyboard = true;
    if (this._cursorId === null || !view.graph.index.has(this._cursorId)) {
      const start = view.focus >= 0 ? view.focus : 0;
      this._cursorId = view.graph.actors[start]?.id ?? null;
    }
    this._announceCursor(view);
  };

  private _onBlur = (): void => {
    this._keyboard = false;
    this._syncHighlight();
  };

  private _onKeydown = (e: KeyboardEvent): void => {
    const view = this._viewNow();
    const g = this._geometry;
    if (!view || !g) return;
    const cursor = this._index(view, this._cursorId) ?? Math.max(0, view.focus);
    const arrow = ARROWS[e.key];
    if (arrow) {
      e.preventDefault();
      const next =
        (arrow[1] === 0 ? bandStep(g.points, this._noLocation, cursor, arrow[0]) : null) ??
        stepToward(g.points, view.graph.neighbors[cursor]!, cursor, arrow[0], arrow[1]);
      if (next !== null) {
        this._cursorId = view.graph.actors[next]!.id;
        const p = this._basePoints[next];
        if (p) this._zoom.reveal(p.x, p.y, g.width, g.height);
        this._announceCursor(view);
      }
      return;
    }
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        this._select(view, cursor);
        break;
      case 'Escape':
        if (this._selectedId !== null) {
          e.preventDefault();
          this._closeDetails();
        }
        break;
      case 'Home':
        e.preventDefault();
        if (view.focus >= 0) {
          this._cursorId = view.graph.actors[view.focus]!.id;
          this._announceCursor(view);
        }
        break;
      case '+':
      case '=':
        this._zoomBy(1.6);
        break;
      case '-':
        this._zoomBy(1 / 1.6);
        break;
      case '0':
        this._resetView();
        break;
    }
  };

  private _announceCursor(view: View): void {
    const i = this._index(view, this._cursorId);
    if (i === null) return;
    const actor = view.graph.actors[i]!;
    const names = view.graph.neighbors[i]!.map((j) => view.graph.actors[j]!.name);
    const shown = names.slice(0, 5).join(', ');
    const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
    this._announce = `${actorSummary(this.locale, actor, view.graph.tiesOf[i]!.length)}${names.length ? ` Tied to ${shown}${more}.` : ''}`;
    this._syncHighlight();
  }

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
    if (this._selectedId !== null) this._cursorId = this._selectedId;
    this._selectedId = null;
    this._focusGraph = returnFocus;
  }

  /** Zooms about the actor the reader is on (keyboard, or details open), else the focus: what the picture is about. */
  private _zoomBy(k: number): void {
    const view = this._viewNow();
    const i = view ? (this._index(view, this._keyboard ? this._cursorId : this._selectedId) ?? (view.focus >= 0 ? view.focus : null)) : null;
    this._zoom.scaleBy(k, i !== null ? this._basePoints[i] : undefined);
  }

  private _resetView = (): void => {
    this._zoom.reset();
    this._pins = new Map();
    if (this._force) this._force = { ...this._force, raw: this._force.base };
    this._pinVersion++;
  };

  /** Whether the force layout on screen is still settling (drawn from its chunks). */
  private _layoutSettling(): boolean {
    return this._opts.layout === 'force' && this._force?.settling === true;
  }

  /* ----------------------------------------------------------------- drag */

  private _dragging = false;

  private _attachDrag(el: HTMLElement): void {
    if (el === this._dragEl) return;
    this._dragEl = el;
    const behaviour = drag<HTMLElement, unknown, { i: number; x: number; y: number }>()
      // Touch drags would fight page scrolling; on touch, two fingers pan and zoom instead.
      .filter((e: MouseEvent | TouchEvent) => !e.ctrlKey && !(e as MouseEvent).button && !e.type.startsWith('touch'))
      .container(() => el)
      .subject((e: D3DragEvent<HTMLElement, unknown, unknown>) => {
        const g = this._geometry;
        // While the layout settles the actors move under the pointer: nothing to pin yet.
        if (!g || this._layoutSettling()) return null as unknown as { i: number; x: number; y: number };
        const i = g.hit.find(e.x, e.y);
        return (i === null ? null : { i, x: e.x, y: e.y }) as { i: number; x: number; y: number };
      })
      .on('start', () => {
        this._dragging = true;
      })
      .on('drag', (e: D3DragEvent<HTMLElement, unknown, { i: number }>) => {
        const g = this._geometry;
        if (!g) return;
        const [x, y] = this._zoom.transform.invert([Math.max(0, Math.min(g.width, e.x)), Math.max(0, Math.min(g.height, e.y))]);
        this._pin(e.subject.i, { x, y }, false);
      })
      .on('end', (e: D3DragEvent<HTMLElement, unknown, { i: number }>) => {
        this._dragging = false;
        const g = this._geometry;
        if (!g) return;
        const [x, y] = this._zoom.transform.invert([g.points[e.subject.i]!.x, g.points[e.subject.i]!.y]);
        this._pin(e.subject.i, { x, y }, true);
      });
    select(el).call(behaviour);
  }

  /** Pins an actor at a point (px, unzoomed). In the force layout the others then settle around it with a few ticks. */
  private _pin(i: number, p: Point, settle: boolean): void {
    const view = this._viewNow();
    const g = this._geometry;
    if (!view || !g) return;
    if (this._opts.layout === 'force' && this._force) {
      const fit = this._fitOf(this._force, g.width, g.height);
      const raw = this._force.raw.slice();
      raw[i] = invertFit(fit, p);
      let next = raw;
      if (settle && !view.large) {
        const fixed = new Map<number, Point>([[i, raw[i]!]]);
        for (const [j, q] of this._forcePins) if (j !== i) fixed.set(j, q);
        const { aspect } = this._force;
        next = forceLayout(view.graph, { focus: view.focus >= 0 ? view.focus : null, start: raw, fixed, alpha: 0.2, ticks: 40, aspect });
      }
      this._forcePins.set(i, raw[i]!);
      this._force = { ...this._force, raw: next };
    } else {
      this._pins.set(i, p);
    }
    this._pinVersion++;
  }


  /* -------------------------------------------------------------- effects */

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const root = this.renderRoot;
    const graphEl = root.querySelector<HTMLElement>('.graph');
    const g = this._geometry;
    if (graphEl && g) {
      this._attachDrag(graphEl);
      this._zoom.attach(graphEl, g.width, g.height);
      this._syncHighlight();
    } else {
      this._zoom.attach(null, 0, 0);
      this._dragEl = null;
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

  private _paint(
    graphEl: HTMLElement,
    g: Geometry,
    view: View,
    highlight: number | null,
    cursor: number | null,
    labels: ReadonlyMap<number, PlacedLabel>,
  ): void {
    const base = graphEl.querySelector<HTMLCanvasElement>('canvas.base');
    const overlay = graphEl.querySelector<HTMLCanvasElement>('canvas.overlay');
    if (!base || !overlay) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    // Geometry is already zoomed: the canvas draws it 1:1.
    const v = { k: 1, x: 0, y: 0, dpr };
    for (const c of [base, overlay]) {
      if (c.width !== Math.round(g.width * dpr) || c.height !== Math.round(g.height * dpr)) {
        c.width = Math.round(g.width * dpr);
        c.height = Math.round(g.height * dpr);
        c.style.setProperty('width', `${g.width}px`);
        c.style.setProperty('height', `${g.height}px`);
        this._paintedBase = [];
      }
    }
    const palette = readPalette(this);
    const theme = `${this.theme} ${palette.bg} ${palette.fg}`;
    const quick = this._layoutSettling();
    const deps = [g, this._later, theme, base, quick];
    if (deps.length !== this._paintedBase.length || deps.some((d, i) => d !== this._paintedBase[i])) {
      paintBase(base.getContext('2d')!, g, palette, v, this._later, view.focus, quick);
      this._paintedBase = deps;
    }
    paintOverlay(overlay.getContext('2d')!, g, palette, v, highlight, cursor, view.focus, labels);
  }
}
