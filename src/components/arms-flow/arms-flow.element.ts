import { viewLoadFailed } from '../../internal/lazy.js';
import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TiesElement, type ChartContext, type FigureText } from '../../internal/base-element.js';
import type { DataOrigin } from '../../internal/data-controller.js';
import type { DataTable } from '../../internal/csv.js';
import { emit } from '../../internal/emit.js';
import { cssom } from '../../internal/cssom.js';
import { Memo } from '../../internal/memo.js';
import { LazyController } from '../../internal/lazy.controller.js';
import { normalize } from '../../internal/option-hook.js';
import { placeTooltip } from '../../internal/tooltip.js';
import type { Validated } from '../../data/issue.js';
import type { ArmsData, ArmsDelivery } from '../../data/types.js';
import { defaultArms } from '../../data/arms.default.js';
import { getSource, sourceRefs } from '../../data/sources.js';
import { formatDate } from '../../internal/locale.js';
import { normalizeArmsOptions, type ArmsOptions, type ArmsView, type CalloutsMode } from './arms-flow.options.js';
import { regionNamesReady } from '../../internal/local-names.js';
import { armsCallouts, armsModel, localArms, vocabularyOf, type ArmsModel, type LocalArms } from './arms-model.js';
import { sankeyHeight, sankeyLayout, type SankeyGeometry } from './sankey.layout.js';
import { timelineHeight, timelineLayout, TIMELINE_NARROW, type TimelineGeometry } from './timeline.layout.js';
import { mapHeight, MAP_NARROW } from './map.size.js';
import { barsHeight, barsLayout, BARS_BELOW, type BarsGeometry } from './bars.layout.js';
import { renderBars } from './bars.render.js';
import type { MapGeometry } from './map.layout.js';
import { mapKeys, type Unplaced, type WidthKey } from './map.keys.js';
import { mapItems, sankeyItems, timelineItems, type FocusItem } from './items.js';
import { FlowFocusController } from './flow-focus.controller.js';
import { renderSankey } from './sankey.render.js';
import { renderTimeline } from './timeline.render.js';
import { itemLabel, renderTooltip } from './tooltip.render.js';
import { renderLegend } from './legend.render.js';
import { renderCallouts } from './callouts.render.js';
import { renderNotes } from './notes.render.js';
import {
  chartTitle,
  emptyMessage,
  eventPhrase,
  splitLabel,
  instructions,
  mapNote,
  splitPhrase,
  tableOf,
  tiv,
  titleOf,
  descriptionOf,
  yearOf,
  yearSpan,
} from './text.js';
import { armsFlowStyles } from './arms-flow.styles.js';
import { otherLabel } from './groups.js';
import { msg, str } from '../../internal/i18n/msg.js';

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
type MapCode = { module: MapModule; world: Awaited<ReturnType<MapModule['loadWorld']>> };

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
 * @csspart notes - Under the chart (the same part name as `<vote-chart>`'s notes): the unit in one line, then a closed "About these figures" (totals and shares, how post-coup is counted, the "Other suppliers", rows left out); on the map, suppliers it cannot place.
 * @csspart callouts - The panel of reported figures beside our calculation.
 * @csspart source - The source line, with SIPRI's credit line.
 * @csspart download - The "Download data (CSV)" link.
 * @csspart table - The visually hidden table of the rows shown.
 *
 * @cssproperty --mt-supplier-1 - Colours of the four suppliers that carry the story (those the reported figures name, topped up by rank: Russia, China, India, Belarus by default), in rank order: `--mt-supplier-1` … `--mt-supplier-4`; checked apart under colour-blindness simulation in both themes.
 * @cssproperty --mt-supplier-other - The neutral every other supplier shares (each still labelled by name).
 * @cssproperty --mt-map-land - Map land colour (default: the text colour at 10% over the background). Former name `--af-land` still works.
 * @cssproperty --mt-map-sea - Map sea colour (default: a trace of the focus blue over the background). Former name `--af-sea` still works.
 * @cssproperty --mt-map-border - Map country borders (default: --mt-bg); the same token as `<vote-chart>`'s map. Former name `--af-border` still works.
 * @cssproperty --mt-recipient - The recipient on the map (default: --mt-fg). Former name `--af-recipient` still works.
 * @cssproperty --mt-post-coup - Shading of the years after the coup on the timeline (default: --mt-surface). Former name `--af-after` still works.
 * @cssproperty --mt-sankey-node - Sankey category and recipient nodes (default: --mt-muted). Former name `--af-node` still works.
 * @cssproperty --mt-sankey-band-opacity - Opacity of the Sankey's bands (default: 0.5; 0.72 on a dark theme). Former name `--af-band-opacity` still works.
 *
 * @fires flow-select - `CustomEvent<FlowSelectDetail>`: a flow, supplier, category or bar was chosen (click, Enter or Space): `{ supplier, category, recipient, tiv, deliveries }`, `supplier` null for a whole category. Bubbles and crosses shadow roots.
 * @fires error - `CustomEvent<TiesErrorDetail>`: the data given could not be used, wholly or in part. Does not bubble.
 *
 * @slot - An optional `<script type="application/json">` with your own data: `{ "register": { "recipient", "deliveries": [...] } }` in SIPRI's shape.
 */
export class ArmsFlow extends TiesElement<ArmsData> {
  static override styles = [...TiesElement.styles, armsFlowStyles];

  // Reactive properties declared here rather than by decorators: the bundles then carry no decorator code.
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    from: {},
    to: {},
    supplier: {},
    category: {},
    callouts: {},
  };

  /** `sankey` (supplier → category), `map` (a circle per supplier, ranked bars below 480 px) or `timeline` (TIV per delivery year). */
  view: ArmsView = 'sankey';

  /** First delivery year shown, e.g. `2015`. */
  from?: string | number;

  /** Last delivery year shown, e.g. `2019`. */
  to?: string | number;

  /** Suppliers to show, as SIPRI names them or by ISO code: `Russia, China, Belarus` or `RUS BLR`. Empty: all. */
  supplier?: string;

  /** Armament categories to show, as SIPRI names them: `Aircraft, Air defence systems`. Empty: all. */
  category?: string;

  /** `show` (default) or `none`: the panel of reported figures under the chart. */
  callouts?: CalloutsMode;

  private readonly _memo = new Memo();
  /** The attributes, resolved against the data's suppliers and categories by the base's option hook. */
  private readonly _options = this._option(
    () => {
      const given = this._data.value;
      // Suppliers as the reader's language names them, matched also by SIPRI's English names.
      const local = given ? this._localArms(given) : null;
      const vocabulary = local
        ? this._memo.get('vocabulary', [local], () => vocabularyOf(local.data, local.english, local.englishCategories))
        : null;
      return [this.view, this.from, this.to, this.supplier, this.category, this.callouts, vocabulary];
    },
    (view, from, to, supplier, category, callouts, vocabulary) =>
      normalize((issues) => normalizeArmsOptions({ view, from, to, supplier, category, callouts }, vocabulary, issues)),
  );
  private readonly _focus = new FlowFocusController(this, (item) => this._select(item));
  /** The map's code and world geometry: loaded on the map view's first wide render (sankey and timeline readers never fetch them). */
  private readonly _mapCode = new LazyController<MapCode>(this, async () => {
    try {
      const module = await import('./map.view.js');
      return { module, world: await module.loadWorld() };
    } catch (e) {
      // Readers get the plain sentence; the console gets the details.
      throw new Error(viewLoadFailed(this, 'map', e));
    }
  });
  private _recipient = '';

  /** The options in force after normalising the attributes (view, filters, callouts). */
  get options(): ArmsOptions {
    return this._options.value;
  }

  private get _opts(): ArmsOptions {
    return this._options.value;
  }

  /* ---- data ---- */

  protected async _validate(input: unknown, _origin: DataOrigin): Promise<Validated<ArmsData>> {
    return (await import('../../data/arms.js')).validateArmsData(input); // loaded only for data the page gives
  }

  protected _defaultData(): ArmsData {
    return defaultArms();
  }

  /** The data with suppliers named in the reader's language (the same object on an English page). */
  private _localArms(data: ArmsData): LocalArms {
    const locale = this.locale;
    // The catalogue names the categories: in the widget's words, whenever this runs (options resolve before an update).
    return this._memo.get('local', [data, locale, regionNamesReady(locale), this._wordsVersion], () =>
      this._say(() => localArms(data, locale)),
    );
  }

  private _local(data: ArmsData): ArmsData {
    return this._localArms(data).data;
  }

  /** Data + options → model (rows shown, groups and colours, totals, split): once per change. */
  private _model(data: ArmsData): ArmsModel {
    // The words version too: the "Other suppliers" group is named in the reader's language.
    return this._memo.get('model', [data, this._opts.filter, this._wordsVersion], () => armsModel(data, this._opts.filter));
  }

  /* ---- text, table, size ---- */

  protected _text(given: ArmsData, locale: string): FigureText {
    const data = this._local(given);
    const m = this._model(data);
    return { title: titleOf(data), description: descriptionOf(data, m.scope, m.groups, locale), sources: sourceRefs(m.sourceIds) };
  }

  protected _table(given: ArmsData, locale: string): DataTable {
    const data = this._local(given);
    const credits = data.register.sources.map((id) => getSource(id)?.credit).filter((c): c is string => !!c);
    return tableOf(data, this._model(data).scope, locale, credits.length ? credits.join('; ') : null);
  }

  protected _chartHeight(width: number, given: ArmsData | null): number {
    const data = given && this._local(given);
    const view = this._opts.view;
    const m = data ? this._model(data) : null;
    if (m) {
      if (m.scope.rows.length === 0) return EMPTY_HEIGHT;
      if (view === 'sankey') return sankeyHeight(width, m.counts.groups, m.counts.categories);
    }
    if (view === 'timeline') return timelineHeight(width);
    if (view === 'map' && m && width < BARS_BELOW) return barsHeight(m.counts.suppliers);
    if (view === 'map') return mapHeight(width);
    return sankeyHeight(width, 8, 10);
  }

  /* ---- layout ---- */

  private _geometry(data: ArmsData, ctx: ChartContext): Geometry | null {
    const m = this._model(data);
    const { scope, groups } = m;
    const view = this._opts.view;
    const split = scope.split?.year ?? null;
    const format = (n: number) => tiv(ctx.locale, n);
    const base = [m, ctx.width, ctx.height, ctx.locale];
    if (view === 'sankey') {
      return this._memo.get('sankey', base, () => ({
        view,
        g: sankeyLayout({
          rows: scope.rows,
          groups,
          recipient: scope.recipient,
          splitYear: split,
          width: ctx.width,
          height: ctx.height,
          format,
        }),
      }));
    }
    if (view === 'timeline') {
      const period = scope.period;
      if (!period) return null;
      return this._memo.get('timeline', base, () => ({
        view,
        g: timelineLayout({ rows: scope.rows, groups, period, splitYear: split, width: ctx.width, height: ctx.height, format }),
      }));
    }
    if (ctx.width < BARS_BELOW) {
      return this._memo.get('bars', base, () => ({
        view: 'bars' as const,
        g: barsLayout({ rows: scope.rows, groups, splitYear: split, width: ctx.width, format }),
      }));
    }
    const code = this._mapCode.value;
    if (!code) return null;
    return this._memo.get('map', [...base, code], () => ({
      view,
      g: code.module.mapLayout({
        world: code.world,
        rows: scope.rows,
        groups,
        recipient: scope.recipient,
        codes: data.register.suppliers ?? {},
        featured: m.featured,
        splitYear: split,
        width: ctx.width,
        height: ctx.height,
      }),
    }));
  }

  private _items(geometry: Geometry, split: number | null): FocusItem[] {
    return this._memo.get('items', [geometry], () =>
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
    const scope = this._model(data).scope;
    const narrow = ctx.width < MAP_NARROW;
    return this._memo.get('map-keys', [scope, narrow], () => {
      const k = mapKeys({ rows: scope.rows, recipient: scope.recipient, codes: data.register.suppliers ?? {}, narrow });
      return { legend: k.legend, unplaced: k.recipient ? k.unplaced : [] };
    });
  }

  /* ---- lifecycle ---- */

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Below BARS_BELOW the map view is ranked bars: no world geometry to load (nor on a server).
    const wide = !isServer && this.getBoundingClientRect().width >= BARS_BELOW;
    if (this._opts.view === 'map' && wide && this._drawable) this._mapCode.request();
    if (changed.has('view') || changed.has('from') || changed.has('to') || changed.has('supplier') || changed.has('category'))
      this._focus.reset();
  }

  /* ---- rendering ---- */

  protected override _renderLegend(given: ArmsData, ctx: ChartContext): TemplateResult | typeof nothing {
    const data = this._local(given);
    const m = this._model(data);
    if (m.scope.rows.length === 0) return nothing;
    const view = this._opts.view as ArmsView;
    const split = view !== 'map' ? m.splitShown : null;
    let post: string | null = null;
    if (split) {
      const year = yearOf(ctx.locale, split.year);
      const phrase = splitPhrase(ctx.locale, split);
      post =
        view === 'sankey'
          ? msg(str`Hatched: delivered from ${year}, ${phrase}`, { id: 'arms.legend.hatched' })
          : msg(str`Shaded: delivered from ${year}, ${phrase}`, { id: 'arms.legend.shaded' });
    }
    const widths =
      view === 'map' && ctx.width >= BARS_BELOW
        ? this._mapKeys(data, ctx).legend.map((l) => ({ label: tiv(ctx.locale, l.value), width: l.width }))
        : [];
    return renderLegend({ groups: m.present, view, post, widths });
  }

  /**
   * Notes and the reported figures: data only, so the base draws them before the chart and
   * nothing moves (see notes.render.ts).
   */
  protected override _renderAfterChart(given: ArmsData, ctx: ChartContext): TemplateResult {
    const data = this._local(given);
    const m = this._model(data);
    const callouts = this._opts.callouts === 'show' ? this._memo.get('callouts', [data], () => armsCallouts(data, m)) : [];
    return html`${renderNotes(data, m, this._opts.view, ctx.locale)}
      ${renderCallouts(callouts, ctx.locale, data.register.release, sourceRefs, false)}`;
  }

  protected _renderChart(given: ArmsData, ctx: ChartContext): TemplateResult {
    const data = this._local(given);
    const { scope } = this._model(data);
    const view = this._opts.view;
    const split = scope.split;
    const wideMap = view === 'map' && ctx.width >= BARS_BELOW;
    const mapCode = this._mapCode;

    let body: TemplateResult;
    // Suppliers the map has no country for: under the loading and error boxes too, so nothing moves.
    const note = wideMap && scope.rows.length ? mapNote(this._mapKeys(data, ctx).unplaced, ctx.locale) : null;
    this._focus.items = [];
    this._recipient = scope.recipient;
    if (scope.rows.length === 0) {
      body = html`<div class="empty" ${cssom({ minHeight: `${ctx.height}px` })}><p role="status">${emptyMessage(scope, ctx.locale)}</p></div>`;
    } else if (wideMap && mapCode.state !== 'ready') {
      body =
        mapCode.state === 'error'
          ? html`<div class="empty" ${cssom({ minHeight: `${ctx.height}px` })}>
              <p role="status">${msg('The map could not be drawn: this view could not load. The numbers are in the data table and the CSV.', { id: 'arms.map.failed' })}</p>
            </div>`
          : html`<div class="placeholder" ${cssom({ height: `${ctx.height}px` })}><p class="status" role="status">${msg('Loading map…', { id: 'arms.map.loading' })}</p></div>`;
    } else {
      const geometry = this._geometry(data, ctx)!;
      const items = this._items(geometry, split?.year ?? null);
      this._focus.items = items;
      body =
        geometry.view === 'map' && !geometry.g.recipient
          ? html`<div class="empty" ${cssom({ minHeight: `${ctx.height}px` })}>
              <p role="status">${this._noPlace(scope.recipient)}</p>
            </div>`
          : html`${this._renderGeometry(geometry, items, data, ctx)}
              <p id="af-keys" class="sr-only">${instructions(view)}</p>
              ${this._renderTip(items, ctx, split?.year ?? null, split ? eventPhrase(ctx.locale, split) : '')}`;
    }

    const f = this._focus;
    return html`<div
        class="af-chart"
        @pointerover=${f.onPointer}
        @pointermove=${f.onPointer}
        @pointerleave=${f.onLeave}
        @focusin=${f.onFocus}
        @focusout=${f.onBlur}
        @keydown=${f.onKeydown}
        @click=${f.onClick}
      >
        ${body}
      </div>
      ${note ? html`<ul class="notes" part="notes"><li>${note}</li></ul>` : nothing}`;
  }

  private _renderGeometry(geometry: Geometry, items: FocusItem[], data: ArmsData, ctx: ChartContext): TemplateResult {
    const { scope } = this._model(data);
    const index = new Map(items.map((it, i) => [it.key, i]));
    const active = this._focus.active !== null ? items[this._focus.active] : undefined;
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
      title: chartTitle(this._opts.view, scope, ctx.width < BARS_BELOW, ctx.locale),
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
        year: (y) => yearOf(ctx.locale, y),
        splitLabel: s ? `${splitLabel(ctx.locale, s)}, ${formatDate(ctx.locale, s.date)}` : null,
        splitTotal: g.split ? this._splitTotal(tiv(ctx.locale, g.split.value), yearSpan(g.split.year, g.split.lastYear, ctx.locale)) : null,
        total: ctx.width >= TIMELINE_NARROW + 200 ? (yr) => tiv(ctx.locale, g.totals.get(yr)!) : null,
      });
    }
    const code = this._mapCode.value;
    return code ? code.module.renderMap({ ...common, geometry: geometry.g }) : html``;
  }

  private _noPlace(recipient: string): string {
    return msg(
      str`The map cannot place ${recipient}: the data gives no country code for it. The deliveries are in the data table and the CSV.`,
      {
        id: 'arms.map.noPlace',
      },
    );
  }

  private _splitTotal(value: string, years: string): string {
    return msg(str`${value} TIV delivered in ${years}`, { id: 'arms.timeline.splitTotal' });
  }

  private _renderTip(items: FocusItem[], ctx: ChartContext, splitYear: number | null, splitLabel: string): TemplateResult | typeof nothing {
    const item = this._focus.active !== null ? items[this._focus.active] : undefined;
    if (!item) return nothing;
    const x = this._focus.pointer?.x ?? item.ax;
    const y = this._focus.pointer?.y ?? item.ay;
    // Above the mark unless it is near the top (within 180 px or the upper half): so the room it needs below is the rest.
    const p = placeTooltip({ x, below: y, above: y }, ctx.width, ctx.height, {
      maxWidth: 300,
      height: ctx.height - Math.min(180, ctx.height / 2),
    });
    return renderTooltip(item, { left: p.left, top: y, below: p.top !== null, width: p.maxWidth }, ctx.locale, splitYear, splitLabel);
  }

  /* ---- interaction ---- */

  private _select(item: FocusItem): void {
    // Developers get SIPRI's names and rows, whatever language the reader sees.
    const given = this._data.value;
    const local = given ? this._localArms(given) : null;
    emit<FlowSelectDetail>(this, 'flow-select', {
      supplier:
        item.supplier === null
          ? null
          : item.supplier === this._say(otherLabel)
            ? 'Other suppliers'
            : (local?.english.get(item.supplier) ?? item.supplier),
      category: item.category === null ? null : (local?.englishCategories.get(item.category) ?? item.category),
      recipient: local?.englishRecipient ?? this._recipient,
      tiv: item.tiv,
      deliveries: item.rows.map((d) => local?.original(d) ?? d),
    });
  }
}
