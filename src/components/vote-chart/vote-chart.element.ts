import { viewLoadFailed } from '../../internal/lazy.js';
import { LazyController } from '../../internal/lazy.controller.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TiesElement, type ChartContext, type FigureText } from '../../internal/base-element.js';
import type { Validated } from '../../data/issue.js';
import type { VoteRecord } from '../../data/types.js';
import { defaultVote } from '../../data/vote.default.js';
import { voteSourceRefs } from '../../data/sources.footer.js';
import type { DataTable } from '../../internal/csv.js';
import { cssom } from '../../internal/cssom.js';
import { sortByName } from '../../internal/collate.js';
import { barLayout } from './bar.layout.js';
import { renderBar } from './bar.render.js';
import { hemicycleFrame } from './hemicycle.size.js';
import { mapHeight, SUBJECT } from './map.size.js';
import type { MapData } from './map.view.js';
import type { MarkState } from './marks.js';
import { resolveNames, unplaced, viewOption, type VoteView } from './vote-chart.options.js';
import { voteChartStyles } from './vote-chart.styles.js';
import { voteCounts, voteDescription, voteHeadline, voteInstructions, voteTable } from './vote-chart.text.js';
import { renderLegend } from './vote-chart.legend.js';
import { loadedViews } from './views.js';
import { cue } from './cue.js';
import type { AnyLayout, InteractionEvent, MapModule, Resolved } from './vote-chart.types.js';
import { regionNamesReady } from '../../internal/local-names.js';
import { buildModel, type VoteModel } from './vote-model.js';
import { tilesHeight } from './tiles.size.js';
import { msg, str } from '../../internal/i18n/msg.js';

export type { VoteSelectDetail, VoteSelectEvent } from './vote-chart.types.js';

/** The chart's accessible name: which view, then the counts. */
function chartLabel(view: VoteView, counts: string): string {
  if (view === 'bar') return msg(str`Bar chart of the vote: ${counts}.`, { id: 'vote.chart.bar' });
  if (view === 'hemicycle') return msg(str`Hemicycle, one seat per member, of the vote: ${counts}.`, { id: 'vote.chart.hemicycle' });
  if (view === 'map') return msg(str`World map of the vote: ${counts}.`, { id: 'vote.chart.map' });
  return msg(str`Tile grid map, one square per member, of the vote: ${counts}.`, { id: 'vote.chart.tiles' });
}

/**
 * A recorded vote (by default UN General Assembly resolution A/RES/75/287 on Myanmar,
 * 18 June 2021) as a stacked bar, a hemicycle of one seat per member, a world map, or a world
 * tile grid map of one equal square per member.
 * Any vote of the same shape draws: a tally alone, two options, "present"…
 *
 * Keyboard: Tab enters the chart; the arrow keys move between votes, seats or countries
 * (on the map, to the nearest country in that direction); Page Up/Down jump between votes in
 * the hemicycle; Enter selects a country (`vote-select`); Escape leaves. A search box finds a
 * country by name.
 *
 * @tag vote-chart
 *
 * @csspart figure - The outer `<figure>`.
 * @csspart title - The chart's title.
 * @csspart description - The result in words.
 * @csspart error - Problems with the data or the attributes.
 * @csspart legend - The legend (hemicycle and map).
 * @csspart chart - The box holding the SVG.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart controls - The controls above the chart: the country search box.
 * @csspart search - The same box, by its former name (`part="search controls"`).
 * @csspart notes - Under the chart: the countries too small to label, the tile map's credit.
 * @csspart source - The source line.
 * @csspart download - The "Download data (CSV)" link.
 * @csspart table - The visually hidden table of every member's vote.
 *
 * @cssproperty --mt-vote-yes - Colour of "in favour" (and `aye`, `for`…). Default: blue.
 * @cssproperty --mt-vote-no - Colour of "against" (`nay`…). Default: a deep red, darker than "abstained" so the two stay apart for colour-blind readers.
 * @cssproperty --mt-vote-abstain - Colour of "abstained". Default: amber.
 * @cssproperty --mt-vote-absent - Colour of "did not vote" (absent seats are drawn hollow). Default: grey.
 * @cssproperty --mt-vote-yes-ink - Text on "in favour" (likewise `--mt-vote-no-ink`, `--mt-vote-abstain-ink`, `--mt-vote-absent-ink`).
 * @cssproperty --mt-map-nonmember - Fill of places that are not UN members (Taiwan, Palestine, Western Sahara, Kosovo…), drawn with a dashed outline.
 * @cssproperty --mt-map-border - Borders between countries on the map.
 * @cssproperty --mt-color-1 - Other options take the palette colours (`--mt-color-1` … `--mt-color-8`) in order, skipping those the vote colours use.
 *
 * @fires vote-select - `CustomEvent<VoteSelectDetail>`: a country was chosen (Enter, click or tap): `{ country: { iso3, name, m49 }, vote: { id, label } }`.
 * @fires error - `CustomEvent<TiesErrorDetail>`: the data given could not be used, wholly or in part. Does not bubble.
 */
export class VoteChart extends TiesElement<VoteRecord> {
  static override styles = [...TiesElement.styles, voteChartStyles];

  // Reactive properties declared here rather than by decorators: the bundles then carry no decorator code.
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    highlight: {},
    group: {},
    showAbsent: { attribute: 'show-absent', type: Boolean, reflect: true },
    _suggest: { state: true, attribute: false },
  };

  /**
   * How the vote is drawn: `bar` (default: one stacked bar, read fastest), `hemicycle` (one
   * seat per member), `map` (world map of the roll call; its geometry loads only when used) or
   * `tiles` (a world tile grid map, one equal square per member, labelled with its code).
   */
  view: 'bar' | 'hemicycle' | 'map' | 'tiles' = 'bar';

  /**
   * Countries to annotate, by ISO code or name: `BLR RUS CHN`, `Belarus, Russian Federation`.
   * Without it, the members of the data's group with id `highlight` (else its first group) are.
   * An empty value annotates none.
   */
  highlight?: string;

  /** Id of a group in the data to emphasise, e.g. `neighbours` or `asean`. */
  group?: string;

  /** Draw the members who did not vote as a segment and seats of their own (otherwise a note). */
  showAbsent = false;

  /*
   * Keyboard, pointer, tooltip and search: code no one uses before the chart is on screen,
   * asked for after the first paint (not part of the first view's download). An event that
   * comes before it has arrived is handled when it has.
   */
  private readonly _ixCode = new LazyController(this, async () => {
    const { VoteInteraction } = await import('./vote-chart.interaction.js');
    return new VoteInteraction({
      host: this,
      resolved: () => this._resolved,
      layout: () => this._layoutMemo?.layout ?? null,
      map: () => this._mapCode.value?.mod ?? null,
      locale: () => this.locale,
      say: (fn) => this._say(fn),
    });
  });
  /** Whether a reader has reached the search box, so its suggestions are wanted. */
  private _suggest = false;
  /*
   * The views' code (and the map's geometry), loaded when a chart first shows them. The
   * tiles' module notes itself in `loadedViews` as it runs (views.ts), so a page whose CMS
   * entry fetched it with the chart draws it in the first render. The hemicycle's height comes
   * without its code (hemicycle.size.ts), so its box is reserved while the seats load.
   * A failed load tells readers "this view could not load", the details go to the console.
   */
  private readonly _mapCode = new LazyController<{ mod: MapModule; data: MapData }>(this, async () => {
    try {
      const mod = await import('./map.view.js');
      return { mod, data: await mod.loadMapData() };
    } catch (e) {
      throw new Error(viewLoadFailed(this, 'map', e));
    }
  });
  private readonly _tilesCode = new LazyController(this, () => import('./tiles.view.js'));
  private readonly _hemicycleCode = new LazyController(this, () =>
    import('./hemicycle.view.js').catch((e: unknown) => {
      throw new Error(viewLoadFailed(this, 'hemicycle', e));
    }),
  );

  /*
   * The attributes, resolved against the data by the base's option hook (option-hook.ts): the
   * model once per data and `show-absent`; `highlight` and `group` against it; then the view,
   * which falls back to the bar past the seat limit; then the members a map view cannot place.
   */
  private readonly _modelOption = this._option(
    // Country and option names follow the widget's language, and are named again when their code, table or catalogue arrive.
    () => [this._data.value, this.showAbsent, this.locale, regionNamesReady(this.locale), this._wordsVersion],
    (data, showAbsent, locale, _namesReady, _words) => ({ value: data ? buildModel(data, { showAbsent, locale }) : null, issues: [] }),
  );
  private readonly _resolvedOption = this._option(
    () => [this._data.value, this._modelOption.value, this.highlight, this.group],
    (data, model, highlight, group) => (data && model ? resolveNames(data, model, highlight, group) : { value: null, issues: [] }),
  );
  private readonly _viewOption = this._option(() => [this.view, this._resolvedOption.value?.model.shownTotal ?? 0], viewOption);
  private _layoutMemo: { key: unknown[]; layout: AnyLayout } | null = null;

  constructor() {
    super();
    // Only a report: the members the map or tiles, once loaded, have no place for.
    this._option(
      () => [this._resolved, this._view, this._mapCode.value, loadedViews.tiles],
      (r, view, map, tiles) => ({
        value: null,
        issues: r ? unplaced(r.model.countries, view, map?.data.world ?? null, tiles?.grid ?? null) : [],
      }),
    );
  }

  private get _view(): VoteView {
    return this._viewOption.value;
  }

  private get _resolved(): Resolved | null {
    return this._resolvedOption.value;
  }

  /* ---- the embed contract ---- */

  protected async _validate(input: unknown): Promise<Validated<VoteRecord>> {
    // Loaded only for data the page gives: the bundled vote is checked at build time.
    const { validateVoteRecord } = await import('../../data/vote.js');
    return validateVoteRecord(input);
  }

  protected _defaultData(): VoteRecord {
    return defaultVote();
  }

  protected override updated(changed: PropertyValues): void {
    // Before the base's own: a map on its way is a chart pending (see `_chartPending`).
    if (this._view === 'map' && this._drawable && this._resolved?.model.hasRollCall) this._mapCode.request();
    super.updated(changed);
  }

  protected override _chartPending(): boolean {
    return super._chartPending() || this._mapCode.state === 'loading';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Not waiting to be near the viewport, nor for this render: it is small, and the sooner
    // it is asked for, the sooner the seats replace the placeholder.
    if (this._view === 'tiles' && !loadedViews.tiles) this._tilesCode.request();
    if (this._view === 'hemicycle' && !loadedViews.hemicycle) this._hemicycleCode.request();
    if (this._afterFirstPaint) this._ixCode.request();
  }

  /** Tiles or seats loading are drawn before `updateComplete` resolves, as if they had always been there. */
  protected override _settling(): Promise<unknown> | null {
    return super._settling() ?? this._tilesCode.pending ?? this._hemicycleCode.pending ?? this._ixCode.pending;
  }

  protected _text(data: VoteRecord, locale: string): FigureText {
    const r = this._resolve(data)!;
    const sources = voteSourceRefs(data.sources);
    // The finding is the title; the resolution's name is then in the source line, or failing
    // that, in the subtitle.
    const headline = voteHeadline(r.model, r.highlight, locale);
    let description = voteDescription(r.model, locale, headline !== null);
    if (headline && data.title && !sources.some((s) => s.label.includes(data.title))) {
      const title = data.title;
      description = msg(str`${title}. ${description}`, { id: 'vote.description.titled' });
    }
    return { title: headline ?? data.title, description, sources };
  }

  protected _table(data: VoteRecord, locale: string): DataTable {
    return voteTable(this._modelOf(data), locale);
  }

  protected _chartHeight(width: number, data: VoteRecord | null): number {
    const w = width > 0 ? width : 320;
    const r = data ? this._resolve(data) : null;
    if (!r)
      return this._view === 'map'
        ? mapHeight(w)
        : this._view === 'tiles'
          ? tilesHeight(w)
          : this._view === 'hemicycle'
            ? Math.min(w / 2, 290) + 80
            : 170;
    if (this._view === 'map') return r.model.hasRollCall ? mapHeight(w) : 96;
    if (this._view === 'tiles') return r.model.hasRollCall ? tilesHeight(w) : 96;
    // The hemicycle's exact height, before its seats' code has loaded: no jump when it has.
    if (this._view === 'hemicycle' && !loadedViews.hemicycle) return hemicycleFrame(this._layoutInput(r, w, this.locale)).height;
    return this._layout(r, w, this.locale)!.l.height;
  }

  protected override _renderControls(data: VoteRecord): TemplateResult | typeof nothing {
    const r = this._resolve(data);
    if (!r?.model.hasRollCall) return nothing;
    // The box waits for the first paint: no one types before it, and the page's first text
    // field costs that frame 3–5 ms of style and layout (measured). Until then an empty box of
    // the same size holds its place, so nothing moves. Its suggestions (every member, sorted:
    // 193 elements to style and lay out) wait for a reader to reach the box.
    const names = this._afterFirstPaint && this._suggest ? this._sortedNames(r.model) : [];
    const example = [...r.named.values()].flat()[0]?.name ?? r.model.countries[0]?.name ?? '';
    return html`<div class="controls" part="search controls">
      <label for="vc-search">${msg('Find a country', { id: 'vote.search.label' })}</label>
      ${
        this._afterFirstPaint
          ? html`<input
            id="vc-search"
            type="search"
            list="vc-countries"
            autocomplete="off"
            spellcheck="false"
            placeholder=${msg(str`e.g. ${example}`, { id: 'vote.search.example' })}
            @focus=${this._onSearchReach}
            @pointerover=${this._onSearchReach}
            @keydown=${this._onSearchKey}
            @input=${this._onSearchInput}
          />
          <datalist id="vc-countries">${names.map((n) => html`<option value=${n}></option>`)}</datalist>`
          : html`<span class="field"></span>`
      }
      <p class=${this._ixCode.value?.announce ? 'found' : 'found sr-only'} role="status" aria-live="polite">${this._ixCode.value?.announce ?? ''}</p>
    </div>`;
  }

  protected override _renderLegend(data: VoteRecord): TemplateResult | typeof nothing {
    const r = this._resolve(data);
    // The bar labels its own segments; a map that cannot draw has nothing to explain.
    if (!r || this._view === 'bar' || ((this._view === 'map' || this._view === 'tiles') && (!r.model.hasRollCall || this._mapCode.error)))
      return nothing;
    return renderLegend(this._view, r.model, this.locale);
  }

  /**
   * Under the drawing, inside the chart block so the image export and the snapshot carry them:
   * the named countries no label could be placed for, and the tile arrangement's licence credit.
   */
  private _chartNotes(layout: AnyLayout): TemplateResult {
    const unlabelled = layout.kind !== 'bar' ? layout.l.unlabelled : [];
    return html`${
      unlabelled.length
        ? html`<p class="chart-note" part="notes">
          ${msg(str`Too small to label at this width: ${unlabelled.map((c) => c.name).join(msg(', ', { id: 'list.separator' }))}. Hover, tab to or search for a country to read its vote.`, { id: 'vote.unlabelled' })}
        </p>`
        : nothing
    }
    ${layout.kind === 'tiles' && loadedViews.tiles ? html`<p class="chart-note credit" part="notes" lang="en">${loadedViews.tiles.credit}.</p>` : nothing}`;
  }

  protected _renderChart(data: VoteRecord, ctx: ChartContext): TemplateResult {
    const r = this._resolve(data)!;
    const view = this._view;
    if (view === 'map') {
      if (!r.model.hasRollCall) {
        return this._message(
          msg(
            'This vote records only totals, not how each member voted, so it cannot be drawn on a map. The bar and hemicycle views show it.',
            { id: 'vote.map.noRollCall' },
          ),
          ctx.height,
        );
      }
      if (this._mapCode.error)
        return this._message(
          msg(str`The map could not be drawn: ${this._mapCode.error}. The bar and hemicycle views still work.`, { id: 'vote.map.failed' }),
          ctx.height,
        );
      if (!this._mapCode.value) return this._message(msg('Loading map…', { id: 'vote.map.loading' }), ctx.height, 'status');
    }
    if (view === 'tiles') {
      if (!r.model.hasRollCall) {
        return this._message(
          msg(
            'This vote records only totals, not how each member voted, so it cannot be drawn as tiles. The bar and hemicycle views show it.',
            { id: 'vote.tiles.noRollCall' },
          ),
          ctx.height,
        );
      }
      if (this._tilesCode.error)
        return this._message(
          msg(str`The tiles could not be drawn: ${this._tilesCode.error}. The bar and hemicycle views still work.`, {
            id: 'vote.tiles.failed',
          }),
          ctx.height,
        );
      if (!loadedViews.tiles) return html`<div class="placeholder" ${cssom({ height: `${ctx.height}px` })}></div>`;
    }
    if (view === 'hemicycle' && !loadedViews.hemicycle) {
      if (this._hemicycleCode.error)
        return this._message(
          msg(str`The hemicycle could not be drawn: ${this._hemicycleCode.error}. The bar view still works.`, {
            id: 'vote.hemicycle.failed',
          }),
          ctx.height,
        );
      return html`<div class="placeholder" ${cssom({ height: `${ctx.height}px` })}></div>`;
    }
    const layout = this._layout(r, ctx.width, ctx.locale)!;
    const state: MarkState = {
      ...(this._ixCode.value?.marks() ?? { active: null, showFocus: false, selected: null }),
      // Rings and outlines for the highlighted and for a lone vote (Belarus), so the seat the
      // annotation names can be found.
      highlight: new Set(this._labelled(r)),
      group: r.group && r.model.hasRollCall ? new Set(r.group.members) : null,
      locale: ctx.locale,
    };
    const content =
      layout.kind === 'bar'
        ? renderBar(layout.l, state)
        : layout.kind === 'hemicycle'
          ? loadedViews.hemicycle!.renderHemicycle(layout.l, state)
          : layout.kind === 'tiles'
            ? loadedViews.tiles!.renderTiles(layout.l, state)
            : this._mapCode.value!.mod.renderMap(layout.l, state);
    const label = chartLabel(view, voteCounts(r.model, ctx.locale));
    return html`<div class="frame">
      <svg
        class=${`${view}-view${ctx.width < 560 ? ' narrow' : ''}`}
        width=${ctx.width}
        height=${layout.l.height}
        role="group"
        tabindex="0"
        aria-label=${label}
        aria-describedby="vc-keys"
        @keydown=${this._onKeyDown}
        @focusin=${this._onFocusIn}
        @focusout=${this._onFocusOut}
        @pointermove=${this._onPointerMove}
        @pointerleave=${this._onPointerLeave}
        @click=${this._onClick}
      >
        ${content}
      </svg>
      <p id="vc-keys" class="sr-only">${voteInstructions(this._view, r.model)}</p>
      ${this._ixCode.value?.reached ? this._ixCode.value.renderTooltip(r, layout, ctx.width) : nothing}
    </div>
    ${this._chartNotes(layout)}`;
  }

  /* ---- model and layout, memoised ---- */

  private _names: { model: VoteModel; locale: string; names: string[] } | null = null;

  /** Member names in the reader's alphabetical order, for the search suggestions. */
  private _sortedNames(model: VoteModel): string[] {
    const locale = this.locale;
    if (this._names?.model !== model || this._names.locale !== locale) {
      this._names = { model, locale, names: sortByName(model.countries, (c) => c.name, locale).map((c) => c.name) };
    }
    return this._names.names;
  }

  private _modelOf(data: VoteRecord): VoteModel {
    return this._resolve(data)!.model;
  }

  /** The attributes resolved against the data being shown (the options above). */
  private _resolve(data: VoteRecord | null): Resolved | null {
    return data ? this._resolved : null;
  }

  private _layout(r: Resolved, width: number, locale: string): AnyLayout | null {
    const view = this._view;
    const key = [
      r,
      view,
      width,
      locale,
      this._wordsVersion,
      view === 'map' ? this._mapCode.value : view === 'tiles' ? loadedViews.tiles : view === 'hemicycle' ? loadedViews.hemicycle : null,
    ];
    const m = this._layoutMemo;
    if (m && m.key.length === key.length && m.key.every((k, i) => k === key[i])) return m.layout;
    let layout: AnyLayout;
    const input = this._layoutInput(r, width, locale);
    if (view === 'map') {
      if (!this._mapCode.value) return null;
      const { mod, data } = this._mapCode.value;
      layout = {
        kind: 'map',
        l: mod.mapLayout({ model: r.model, world: data.world, unidentified: data.unidentified, width, label: this._labelled(r) }),
      };
    } else if (view === 'tiles') {
      const tiles = loadedViews.tiles;
      if (!tiles) return null;
      const label = r.model.byIso.has(SUBJECT) ? [SUBJECT, ...this._labelled(r).filter((k) => k !== SUBJECT)] : this._labelled(r);
      layout = { kind: 'tiles', l: tiles.tilesLayout({ model: r.model, grid: tiles.grid, width, label }) };
    } else if (view === 'hemicycle') {
      const hemicycle = loadedViews.hemicycle;
      if (!hemicycle) return null;
      layout = { kind: 'hemicycle', l: hemicycle.hemicycleLayout(input) };
    } else {
      layout = { kind: 'bar', l: barLayout(input) };
    }
    this._layoutMemo = { key, layout };
    return layout;
  }

  private _layoutInput(r: Resolved, width: number, locale: string) {
    return { model: r.model, width, locale, named: r.named, group: r.group, label: this._labelled(r) };
  }

  /** Countries the map labels, most telling first: lone votes (Belarus), then the highlighted. */
  private _labelled(r: Resolved): string[] {
    const lone = r.model.countries.filter((c) => !c.option.absent && c.option.count <= 3).map((c) => c.iso3);
    return [...new Set([...lone, ...r.highlight])];
  }

  private _message(text: string, height: number, role: 'status' | 'note' = 'note'): TemplateResult {
    return html`<p class="message" role=${role} ${cssom({ minHeight: `${height}px` })}>${text}</p>`;
  }

  /* ---- interaction (vote-chart.interaction.ts) ---- */

  private _interact(type: InteractionEvent, e: Event): void {
    const c = cue(e);
    const ix = this._ixCode.value;
    if (ix) ix.handle(type, c);
    else {
      // The keys that move through the marks must not scroll the page while the code is on its way.
      if (type === 'keydown' && /^(Arrow|Home$|End$|Page)/.test(c.key)) c.prevent();
      if (this._ixCode.request() === null) void this._ixCode.pending?.then(() => this._ixCode.value?.handle(type, c));
    }
  }

  private _onKeyDown = (e: KeyboardEvent): void => this._interact('keydown', e);
  private _onFocusIn = (e: FocusEvent): void => this._interact('focusin', e);
  private _onFocusOut = (e: FocusEvent): void => this._interact('focusout', e);
  private _onPointerMove = (e: PointerEvent): void => this._interact('pointermove', e);
  private _onPointerLeave = (e: PointerEvent): void => this._interact('pointerleave', e);
  private _onClick = (e: MouseEvent): void => this._interact('click', e);
  private _onSearchReach = (): void => {
    this._suggest = true;
  };
  private _onSearchInput = (e: Event): void => {
    this._suggest = true;
    this._interact('search-input', e);
  };
  private _onSearchKey = (e: KeyboardEvent): void => this._interact('search-key', e);
}
