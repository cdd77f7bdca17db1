import { viewLoadFailed } from '../../internal/lazy.js';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TiesElement, type ChartContext, type FigureText } from '../../internal/base-element.js';
import type { DataOrigin } from '../../internal/data-controller.js';
import type { DataTable } from '../../internal/csv.js';
import { emit } from '../../internal/emit.js';
import { cssom } from '../../internal/cssom.js';
import type { DataIssue, Validated } from '../../data/issue.js';
import type { ArmsData, ArmsDelivery } from '../../data/types.js';
import { defaultArms } from '../../data/arms.default.js';
import { getSource, sourceRefs } from '../../data/sources.js';
import { formatDate } from '../../internal/locale.js';
import { normalizeArmsOptions, type ArmsOptions, type ArmsView, type CalloutsMode, type Vocabulary } from './arms-flow.options.js';
import { rankBy, scopeOf, type Scope } from './filter.js';
import { featuredSuppliers, supplierGroups, type Groups } from './groups.js';
import { sankeyHeight, sankeyLayout, type SankeyGeometry } from './sankey.layout.js';
import { timelineHeight, timelineLayout, TIMELINE_NARROW, type TimelineGeometry } from './timeline.layout.js';
import { mapHeight, MAP_NARROW } from './map.size.js';
import { barsHeight, barsLayout, BARS_BELOW, type BarsGeometry } from './bars.layout.js';
import { renderBars } from './bars.render.js';
import type { MapGeometry } from './map.layout.js';
import { mapKeys, type Unplaced, type WidthKey } from './map.keys.js';
import { mapItems, nextItem, sankeyItems, timelineItems, type FocusItem } from './items.js';
import { renderSankey } from './sankey.render.js';
import { renderTimeline } from './timeline.render.js';
import { itemLabel, renderTooltip } from './tooltip.render.js';
import { renderLegend } from './legend.render.js';
import { callouts, type Callout } from './callouts.js';
import { renderCallouts } from './callouts.render.js';
import { descriptionOf, detailOf, eventPhrase, emptyMessage, leftOutWords, splitPhrase, splitWords, tableOf, tiv, titleOf, UNIT_LINE, yearSpan } from './text.js';
import { armsFlowStyles } from './arms-flow.styles.js';

/** Detail of `flow-select`: the flow, supplier, category or bar a reader chose, and the SIPRI rows behind it. */
export interface FlowSelectDetail {
  /** Supplier as SIPRI names it, or "Other suppliers" for the grouped small ones; null for a whole sankey category (every supplier). */
  supplier: string | null;
  /** Armament category of a sankey flow or category node; null for a whole supplier, a map flow or a timeline bar. */
  category: string | null;
  recipient: string;
  /** SIPRI TIV (millions) of the rows: a measure of military capability, not dollars. */
  tiv: number;
  deliveries: ArmsDelivery[];
}
export type FlowSelectEvent = CustomEvent<FlowSelectDetail>;

type MapModule = typeof import('./map.view.js');
type MapState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; module: MapModule; world: Awaited<ReturnType<MapModule['loadWorld']>> }
  | { status: 'error'; message: string };

type Geometry =
  | { view: 'sankey'; g: SankeyGeometry }
  | { view: 'timeline'; g: TimelineGeometry }
  | { view: 'map'; g: MapGeometry }
  | { view: 'bars'; g: BarsGeometry };

const EMPTY_HEIGHT = 140;

/**
 * Arms flowing to a recipient (by default Myanmar, from SIPRI's Arms Transfers Database) by
 * supplier, weighted by SIPRI trend-indicator value (TIV) — a measure of military capability
 * transferred, not a price. Three views: a sankey (supplier → armament category, the recipient
 * and its total as the heading), a map with a circle per supplier sized by TIV and a thin line
 * to the recipient (its geometry loads only when used; below 480 px ranked bars instead), and a
 * timeline of deliveries per year with the coup marked. Deliveries from the coup's year on are drawn apart (hatched bands,
 * a shaded span, a share in the map's tooltips). Below the chart, the figures news reports cite,
 * each beside what the register gives for the same period. Any register in SIPRI's shape draws.
 *
 * Keyboard: Tab enters the chart; the arrow keys move between suppliers, flows and categories
 * (sankey: up/down within a column, right to a supplier's flows and on to their categories, left
 * back; timeline: left/right between years, up/down between suppliers; map: suppliers by size);
 * Home/End jump to the first/last; Enter or Space selects (`flow-select`); Escape leaves.
 *
 * @tag arms-flow
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart title - The chart's title.
 * @csspart description - What is shown, the unit in plain words, the main suppliers.
 * @csspart error - Problems with the data or the attributes.
 * @csspart legend - Supplier colours, the post-coup marking, the map's line widths.
 * @csspart chart - The box holding the SVG.
 * @csspart tooltip - The deals behind a flow, supplier, category or bar, on hover and focus.
 * @csspart notes - Under the chart: the unit in one line, then a closed "About these figures" (totals and shares, how post-coup is counted, the "Other suppliers", rows left out); on the map, suppliers it cannot place.
 * @csspart callouts - The panel of reported figures beside our calculation.
 * @csspart source - The source line, with SIPRI's credit line.
 * @csspart download - The "Download data (CSV)" link.
 * @csspart table - The visually hidden table of the rows shown.
 *
 * @cssproperty --mt-supplier-1 - Colours of the four suppliers that carry the story (those the reported figures name, topped up by rank: Russia, China, India, Belarus by default), in rank order: `--mt-supplier-1` … `--mt-supplier-4`; checked apart under colour-blindness simulation in both themes.
 * @cssproperty --mt-supplier-other - The neutral every other supplier shares (each still labelled by name).
 * @cssproperty --af-land - Map land colour (default: the text colour at 10% over the background).
 * @cssproperty --af-sea - Map sea colour (default: a trace of the focus blue over the background).
 * @cssproperty --af-border - Map country borders (default: --mt-bg).
 * @cssproperty --af-recipient - The recipient on the map (default: --mt-fg).
 * @cssproperty --af-after - Shading of the years after the coup on the timeline (default: --mt-surface).
 * @cssproperty --af-node - Sankey category and recipient nodes (default: --mt-muted).
 *
 * @fires flow-select - `CustomEvent<FlowSelectDetail>`: a flow, supplier, category or bar was chosen (click, Enter or Space): `{ supplier, category, recipient, tiv, deliveries }`, `supplier` null for a whole category. Bubbles and crosses shadow roots.
 * @fires error - `CustomEvent<TiesErrorDetail>`: the data given could not be used, wholly or in part. Does not bubble.
 *
 * @slot - An optional `<script type="application/json">` with your own data: `{ "register": { "recipient", "deliveries": [...] } }` in SIPRI's shape.
 */
export class ArmsFlow extends TiesElement<ArmsData> {
  static override styles = [...TiesElement.styles, armsFlowStyles];

  /** `sankey` (supplier → category), `map` (a circle per supplier, ranked bars below 480 px) or `timeline` (TIV per delivery year). */
  @property({ reflect: true }) view: ArmsView = 'sankey';

  /** First delivery year shown, e.g. `2015`. */
  @property() from?: string | number;

  /** Last delivery year shown, e.g. `2019`. */
  @property() to?: string | number;

  /** Suppliers to show, as SIPRI names them or by ISO code: `Russia, China, Belarus` or `RUS BLR`. Empty: all. */
  @property() supplier?: string;

  /** Armament categories to show, as SIPRI names them: `Aircraft, Air defence systems`. Empty: all. */
  @property() category?: string;

  /** `show` (default) or `none`: the panel of reported figures under the chart. */
  @property() callouts?: CalloutsMode;

  @state() private _active: number | null = null;
  @state() private _tabStop = 0;
  @state() private _pointer: { x: number; y: number } | null = null;
  @state() private _map: MapState = { status: 'idle' };

  private _opts: ArmsOptions = normalizeArmsOptions({}, null, []);
  private _memo = new Map<string, { deps: unknown[]; value: unknown }>();

  /** The options in force after normalising the attributes (view, filters, callouts). */
  get options(): ArmsOptions {
    return this._opts;
  }

  /* ---- data ---- */

  protected async _validate(input: unknown, _origin: DataOrigin): Promise<Validated<ArmsData>> {
    return (await import('../../data/arms.js')).validateArmsData(input); // loaded only for data the page gives
  }

  protected _defaultData(): ArmsData {
    return defaultArms();
  }

  private _cached<T>(name: string, deps: unknown[], make: () => T): T {
    const hit = this._memo.get(name);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.value as T;
    const value = make();
    this._memo.set(name, { deps, value });
    return value;
  }

  private _vocabulary(data: ArmsData): Vocabulary {
    return this._cached('vocabulary', [data], () => {
      const own = data.register.deliveries.filter((d) => d.recipient === data.register.recipient);
      const codes = new Map<string, string>();
      for (const [name, c] of Object.entries(data.register.suppliers ?? {})) if (c.iso3) codes.set(c.iso3.toUpperCase(), name);
      return {
        suppliers: rankBy(own, (d) => d.supplier).map((r) => r.name),
        categories: rankBy(own, (d) => d.category).map((r) => r.name),
        codes,
      };
    });
  }

  protected override _normalizeOptions(issues: DataIssue[]): void {
    const data = this._data.value;
    const next = normalizeArmsOptions(
      { view: this.view, from: this.from, to: this.to, supplier: this.supplier, category: this.category, callouts: this.callouts },
      data ? this._vocabulary(data) : null,
      issues,
    );
    // Keep the same object while nothing changed, so memoised layouts stay valid.
    if (JSON.stringify(next) !== JSON.stringify(this._opts)) this._opts = next;
  }

  private _scope(data: ArmsData): Scope {
    return this._cached('scope', [data, this._opts.filter], () => scopeOf(data, this._opts.filter));
  }

  private _groups(data: ArmsData): Groups {
    const scope = this._scope(data);
    return this._cached('groups', [data, this._opts.filter.suppliers], () => {
      const names = new Set(scope.all.map((d) => d.supplier));
      return supplierGroups(scope.all, featuredSuppliers(data, names), this._opts.filter.suppliers);
    });
  }

  private _callouts(data: ArmsData): Callout[] {
    return this._cached('callouts', [data], () => {
      const scope = this._scope(data);
      const suppliers = new Set(scope.all.map((d) => d.supplier));
      // Figures about suppliers in the register; trade totals and the like belong elsewhere.
      const figures = data.figures.filter((f) => suppliers.has(f.subject) || (f.computed && suppliers.has(f.computed.supplier)));
      return callouts(figures, scope.all, data.register.release);
    });
  }

  /* ---- text, table, size ---- */

  private _sourceIds(data: ArmsData): string[] {
    const split = this._scope(data).split;
    const marker = split ? data.markers?.find((m) => m.date === split.date && m.label === split.label) : undefined;
    return [...data.register.sources, ...(marker?.sources ?? [])];
  }

  protected _text(data: ArmsData, locale: string): FigureText {
    const scope = this._scope(data);
    return {
      title: titleOf(data),
      description: descriptionOf(data, scope, this._groups(data), locale),
      sources: sourceRefs(this._sourceIds(data)),
    };
  }

  protected _table(data: ArmsData, locale: string): DataTable {
    const credits = data.register.sources.map((id) => getSource(id)?.credit).filter((c): c is string => !!c);
    return tableOf(data, this._scope(data), locale, credits.length ? credits.join('; ') : null);
  }

  protected _chartHeight(width: number, data: ArmsData | null): number {
    const view = this._opts.view;
    if (data) {
      const scope = this._scope(data);
      if (scope.rows.length === 0) return EMPTY_HEIGHT;
      if (view === 'sankey') {
        const groups = this._groups(data);
        const g = new Set(scope.rows.filter((d) => d.tiv > 0).map((d) => groups.of(d.supplier).key)).size;
        const c = new Set(scope.rows.filter((d) => d.tiv > 0).map((d) => d.category)).size;
        return sankeyHeight(width, g, c);
      }
    }
    if (view === 'timeline') return timelineHeight(width);
    if (view === 'map' && data && width < BARS_BELOW) {
      return barsHeight(new Set(this._scope(data).rows.filter((d) => d.tiv > 0).map((d) => d.supplier)).size);
    }
    if (view === 'map') return mapHeight(width);
    return sankeyHeight(width, 8, 10);
  }

  /* ---- layout ---- */

  private _geometry(data: ArmsData, ctx: ChartContext): Geometry | null {
    const scope = this._scope(data);
    const groups = this._groups(data);
    const view = this._opts.view;
    const split = scope.split?.year ?? null;
    const format = (n: number) => tiv(ctx.locale, n);
    const base = [scope, groups, ctx.width, ctx.height, ctx.locale];
    if (view === 'sankey') {
      return this._cached('sankey', base, () => ({
        view,
        g: sankeyLayout({ rows: scope.rows, groups, recipient: scope.recipient, splitYear: split, width: ctx.width, height: ctx.height, format }),
      }));
    }
    if (view === 'timeline') {
      if (!scope.period) return null;
      return this._cached('timeline', base, () => ({
        view,
        g: timelineLayout({ rows: scope.rows, groups, period: scope.period!, splitYear: split, width: ctx.width, height: ctx.height, format }),
      }));
    }
    if (ctx.width < BARS_BELOW) {
      return this._cached('bars', base, () => ({
        view: 'bars' as const,
        g: barsLayout({ rows: scope.rows, groups, splitYear: split, width: ctx.width, format }),
      }));
    }
    const map = this._map;
    if (map.status !== 'ready') return null;
    return this._cached('map', [...base, map.world], () => ({
      view,
      g: map.module.mapLayout({
        world: map.world,
        rows: scope.rows,
        groups,
        recipient: scope.recipient,
        codes: data.register.suppliers ?? {},
        featured: featuredSuppliers(data, new Set(scope.all.map((d) => d.supplier))),
        splitYear: split,
        width: ctx.width,
        height: ctx.height,
      }),
    }));
  }

  private _items(geometry: Geometry, split: number | null): FocusItem[] {
    return this._cached('items', [geometry], () =>
      geometry.view === 'sankey'
        ? sankeyItems(geometry.g, split)
        : geometry.view === 'timeline'
          ? timelineItems(geometry.g, split)
          : mapItems(geometry.g),
    );
  }

  /**
   * The map's line-width legend and its note of suppliers it cannot place: from the layout once
   * the geometry is in, before that from the data alone, so the legend and the note are there
   * while the map loads (or fails) and nothing moves when it arrives.
   */
  private _mapKeys(data: ArmsData, ctx: ChartContext): { legend: WidthKey[]; unplaced: Unplaced[] } {
    const geometry = this._geometry(data, ctx);
    if (geometry?.view === 'map') return { legend: geometry.g.legend, unplaced: geometry.g.recipient ? geometry.g.unplaced : [] };
    const scope = this._scope(data);
    const narrow = ctx.width < MAP_NARROW;
    return this._cached('map-keys', [scope, narrow], () => {
      const k = mapKeys({ rows: scope.rows, recipient: scope.recipient, codes: data.register.suppliers ?? {}, narrow });
      return { legend: k.legend, unplaced: k.recipient ? k.unplaced : [] };
    });
  }

  private _mapNote(unplaced: readonly Unplaced[], locale: string): string | null {
    if (!unplaced.length) return null;
    const list = unplaced.map((u) => `${u.supplier}, ${tiv(locale, u.value)} TIV`).join('; ');
    return `Not on the map, having no country to be placed in: ${list}. Their deliveries are in the data table.`;
  }

  /** The items of what is drawn now (for keyboard handling outside render). */
  private _currentItems: FocusItem[] = [];
  private _currentRecipient = '';
  /** The last arrow-key move, so Left/Right can return along it (see nextItem). */
  private _lastMove: { from: number; to: number } | null = null;

  /* ---- lifecycle ---- */

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Below BARS_BELOW the map view is ranked bars: no world geometry to load (nor on a server).
    const wide = !isServer && this.getBoundingClientRect().width >= BARS_BELOW;
    if (this._opts.view === 'map' && wide && this._drawable && this._map.status === 'idle') void this._loadMap();
    if (changed.has('view') || changed.has('from') || changed.has('to') || changed.has('supplier') || changed.has('category')) {
      this._active = null;
      this._lastMove = null;
    }
  }

  private async _loadMap(): Promise<void> {
    this._map = { status: 'loading' };
    try {
      const module = await import('./map.view.js');
      const world = await module.loadWorld();
      this._map = { status: 'ready', module, world };
    } catch (e) {
      this._map = { status: 'error', message: viewLoadFailed(this, 'map', e) };
    }
  }

  /* ---- rendering ---- */

  protected override _renderLegend(data: ArmsData, ctx: ChartContext): TemplateResult | typeof nothing {
    const scope = this._scope(data);
    if (scope.rows.length === 0) return nothing;
    const groups = this._groups(data);
    const present = new Set(scope.rows.map((d) => groups.of(d.supplier).key));
    const split = scope.split;
    const view = this._opts.view as ArmsView;
    const showsSplit = split && scope.period && split.year <= scope.period[1] && view !== 'map';
    const post = showsSplit
      ? `${view === 'sankey' ? 'Hatched' : 'Shaded'}: delivered from ${split.year}, ${splitPhrase(ctx.locale, split)}`
      : null;
    const widths =
      view === 'map' && ctx.width >= BARS_BELOW ? this._mapKeys(data, ctx).legend.map((l) => ({ label: tiv(ctx.locale, l.value), width: l.width })) : [];
    return renderLegend({ groups: groups.list.filter((g) => present.has(g.key)), view, post, widths });
  }

  private _title(scope: Scope, width: number): string {
    const span = scope.period ? `, ${yearSpan(scope.period[0], scope.period[1])}` : '';
    const what = `arms deliveries to ${scope.recipient}${span}, in SIPRI TIV`;
    switch (this._opts.view) {
      case 'map':
        return width < BARS_BELOW
          ? `Bar chart of ${what}, suppliers ranked by size`
          : `Map of ${what}, a circle per supplier sized by TIV, joined to ${scope.recipient}`;
      case 'timeline':
        return `Timeline of ${what}, stacked by supplier per delivery year`;
      default:
        return `Sankey diagram of ${what}, from supplier to armament category`;
    }
  }

  private _instructions(): string {
    switch (this._opts.view) {
      case 'map':
        return 'Use the arrow keys to move between suppliers, largest first; Enter selects one; Escape leaves the chart.';
      case 'timeline':
        return 'Use the left and right arrow keys to move between years and up and down between suppliers; Enter selects; Escape leaves the chart.';
      default:
        return 'Use the up and down arrow keys to move between suppliers, right to their flows by armament category and right again to the categories, left back; Enter selects; Escape leaves the chart.';
    }
  }

  /**
   * Notes and the reported figures: data only, so the base draws them before the chart and
   * nothing moves. The unit stays in sight; the working (totals, shares, how post-coup is
   * counted, who "Other suppliers" are) waits in a closed disclosure, so on a phone the chart
   * is not pushed down by a paragraph and the page does not end in one.
   */
  protected override _renderAfterChart(data: ArmsData, ctx: ChartContext): TemplateResult {
    const scope = this._scope(data);
    const groups = this._groups(data);
    const split = scope.split;
    const notes: string[] = [];
    const detail = detailOf(data, scope, groups, ctx.locale);
    if (detail) notes.push(detail);
    if (split && scope.period && split.year <= scope.period[1] && scope.rows.length) {
      notes.push(splitWords(ctx.locale, split, scope.period[1]));
    }
    const other = groups.list.find((g) => g.other);
    if (other && this._opts.view !== 'map' && scope.rows.some((d) => groups.of(d.supplier) === other)) {
      const inView = other.suppliers.filter((s) => scope.rows.some((d) => d.supplier === s));
      notes.push(`Other suppliers: ${inView.join(', ')} (in the data table and the tooltips).`);
    }
    const left = leftOutWords(ctx.locale, scope.leftOut);
    if (left) notes.push(left);
    const callouts = this._opts.callouts === 'show' ? this._callouts(data) : [];
    return html`${scope.rows.length
        ? html`<div class="notes" part="notes">
            <p class="unit">${UNIT_LINE}</p>
            ${notes.length
              ? html`<details class="about">
                  <summary>About these figures</summary>
                  <ul>
                    ${notes.map((n) => html`<li>${n}</li>`)}
                  </ul>
                </details>`
              : nothing}
          </div>`
        : nothing}
      ${renderCallouts(callouts, ctx.locale, data.register.release, sourceRefs, false)}`;
  }

  protected _renderChart(data: ArmsData, ctx: ChartContext): TemplateResult {
    const scope = this._scope(data);
    const view = this._opts.view;
    const split = scope.split;

    let body: TemplateResult;
    // Suppliers the map has no country for: under the loading and error boxes too, so nothing moves.
    const mapNote = view === 'map' && ctx.width >= BARS_BELOW && scope.rows.length ? this._mapNote(this._mapKeys(data, ctx).unplaced, ctx.locale) : null;
    this._currentItems = [];
    this._currentRecipient = scope.recipient;
    if (scope.rows.length === 0) {
      body = html`<div class="empty" ${cssom({ minHeight: `${ctx.height}px` })}><p role="status">${emptyMessage(scope)}</p></div>`;
    } else if (view === 'map' && ctx.width >= BARS_BELOW && this._map.status !== 'ready') {
      body =
        this._map.status === 'error'
          ? html`<div class="empty" ${cssom({ minHeight: `${ctx.height}px` })}>
              <p role="status">The map could not be drawn: ${this._map.message}. The numbers are in the data table and the CSV.</p>
            </div>`
          : html`<div class="placeholder" ${cssom({ height: `${ctx.height}px` })}><p class="status" role="status">Loading map…</p></div>`;
    } else {
      const geometry = this._geometry(data, ctx)!;
      const items = this._items(geometry, split?.year ?? null);
      this._currentItems = items;
      body =
        geometry.view === 'map' && !geometry.g.recipient
          ? html`<div class="empty" ${cssom({ minHeight: `${ctx.height}px` })}>
              <p role="status">
                The map cannot place ${scope.recipient}: the data gives no country code for it. The deliveries are in the data
                table and the CSV.
              </p>
            </div>`
          : html`${this._renderGeometry(geometry, items, scope, ctx)}
              <p id="af-keys" class="sr-only">${this._instructions()}</p>
              ${this._renderTip(items, ctx, split?.year ?? null, split ? eventPhrase(split.label) : '')}`;
    }

    return html`<div
        class="af-chart"
        @pointerover=${this._onPointer}
        @pointermove=${this._onPointer}
        @pointerleave=${this._onLeave}
        @focusin=${this._onFocus}
        @focusout=${this._onBlur}
        @keydown=${this._onKey}
        @click=${this._onClick}
      >
        ${body}
      </div>
      ${mapNote ? html`<ul class="notes" part="notes"><li>${mapNote}</li></ul>` : nothing}`;
  }

  private _renderGeometry(geometry: Geometry, items: FocusItem[], scope: Scope, ctx: ChartContext): TemplateResult {
    const index = new Map(items.map((it, i) => [it.key, i]));
    const active = this._active !== null ? items[this._active] : undefined;
    const split = scope.split?.year ?? null;
    const common = {
      index,
      bright: active ? new Set(active.related) : null,
      label: (key: string) => {
        const it = items[index.get(key)!];
        return it ? itemLabel(it, ctx.locale, split) : key;
      },
      describedBy: active ? 'af-tip' : null,
      activeKey: active?.key ?? null,
      title: this._title(scope, ctx.width),
    };
    if (geometry.view === 'sankey') return renderSankey({ ...common, geometry: geometry.g });
    if (geometry.view === 'bars') return renderBars({ ...common, geometry: geometry.g });
    if (geometry.view === 'timeline') {
      const s = scope.split;
      const g = geometry.g;
      return renderTimeline({
        ...common,
        geometry: g,
        tick: (n) => tiv(ctx.locale, n),
        splitLabel: s ? `${s.label}, ${formatDate(ctx.locale, s.date)}` : null,
        splitTotal: g.split ? `${tiv(ctx.locale, g.split.value)} TIV delivered in ${yearSpan(g.split.year, g.split.lastYear)}` : null,
        total: ctx.width >= TIMELINE_NARROW + 200 ? (yr) => tiv(ctx.locale, g.totals.get(yr)!) : null,
      });
    }
    const map = this._map;
    if (map.status !== 'ready') return html``;
    return map.module.renderMap({ ...common, geometry: geometry.g });
  }

  private _renderTip(items: FocusItem[], ctx: ChartContext, splitYear: number | null, splitLabel: string): TemplateResult | typeof nothing {
    const item = this._active !== null ? items[this._active] : undefined;
    if (!item) return nothing;
    const x = this._pointer?.x ?? item.ax;
    const y = this._pointer?.y ?? item.ay;
    const w = Math.min(300, ctx.width);
    const left = Math.max(0, Math.min(ctx.width - w, x - w / 2));
    const below = y < Math.min(180, ctx.height / 2);
    return renderTooltip(item, { left, top: y, below, width: w }, ctx.locale, splitYear, splitLabel);
  }

  /* ---- interaction ---- */

  private _indexOf(e: Event): number | null {
    const target = (e.target as Element | null)?.closest?.('[data-i]');
    if (!target) return null;
    const i = Number(target.getAttribute('data-i'));
    return Number.isInteger(i) ? i : null;
  }

  private _onPointer = (e: PointerEvent): void => {
    const i = this._indexOf(e);
    if (i === null) {
      if (this._active !== null && !this._focusInside()) this._active = null;
      return;
    }
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const p = { x: e.clientX - box.left, y: e.clientY - box.top };
    // Re-render only for a move a reader could see.
    if (this._active === i && this._pointer && Math.hypot(p.x - this._pointer.x, p.y - this._pointer.y) < 6) return;
    this._active = i;
    this._pointer = p;
  };

  private _onLeave = (): void => {
    if (!this._focusInside()) this._active = null;
    this._pointer = null;
  };

  private _focusInside(): boolean {
    return !!this.shadowRoot?.activeElement?.closest?.('[data-i]');
  }

  private _onFocus = (e: FocusEvent): void => {
    const i = this._indexOf(e);
    if (i === null) return;
    this._active = i;
    this._tabStop = i;
    this._pointer = null;
  };

  private _onBlur = (e: FocusEvent): void => {
    const next = e.relatedTarget as Element | null;
    if (!next || !this.shadowRoot?.contains(next) || !next.closest('[data-i]')) this._active = null;
  };

  private _onKey = (e: KeyboardEvent): void => {
    const current = this._indexOf(e);
    const items = this._currentItems;
    if (e.key === 'Escape') {
      if (current !== null || this._active !== null) {
        e.preventDefault();
        this._active = null;
        this._pointer = null;
        this.renderRoot.querySelector<SVGElement>('.af-svg')?.focus();
      }
      return;
    }
    if (current !== null && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this._select(current);
      return;
    }
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) || items.length === 0) return;
    e.preventDefault();
    let next: number | null;
    if (current === null) {
      // Entering from the chart itself: resume where the reader was, else start at the top.
      next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : this._tabStop < items.length ? this._tabStop : 0;
    } else next = nextItem(items, current, e.key, this._lastMove?.to === current ? this._lastMove.from : null);
    if (next === null || next === current) return;
    this._lastMove = current === null ? null : { from: current, to: next };
    this._focusItem(next);
  };

  private _focusItem(i: number): void {
    this._tabStop = i;
    this._active = i;
    this._pointer = null;
    const find = () => this.renderRoot.querySelector<SVGElement>(`.af-svg [data-i="${i}"]`);
    const el = find();
    if (el) el.focus();
    else void this.updateComplete.then(() => find()?.focus());
  }

  private _onClick = (e: MouseEvent): void => {
    const i = this._indexOf(e);
    if (i === null) return;
    this._tabStop = i;
    this._select(i);
  };

  private _select(i: number): void {
    const item = this._currentItems[i];
    if (!item) return;
    emit<FlowSelectDetail>(this, 'flow-select', {
      supplier: item.supplier,
      category: item.category,
      recipient: this._currentRecipient,
      tiv: item.tiv,
      deliveries: [...item.rows],
    });
  }
}
