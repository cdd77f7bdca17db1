/**
 * What `<vote-chart>` does when a reader points, taps, tabs, types or searches: keyboard
 * moves, tooltips, selection and the search box.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cssom } from '../../internal/cssom.js';
import { emit } from '../../internal/emit.js';
import { countWithShare, countryVote, nameList } from './format.js';
import { INNER } from './hemicycle.size.js';
import { hemicycleMove, sequenceMove, type Arrow } from './keyboard.js';
import { loadedViews } from './views.js';
import { SUBJECT } from './map.size.js';
import type { MarkState } from './marks.js';
import { HIGHLIGHT_GROUP, findCountry } from './vote-chart.options.js';
import type { AnyLayout, Cue, InteractionEvent, MapModule, Resolved, VoteSelectDetail } from './vote-chart.types.js';
import type { Country, OptionInfo } from './vote-model.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { KeyedFocusController, type KeyAction } from '../../internal/keyed-focus.controller.js';

/** What the interaction reads of its element, which keeps the data, the layout and the map code. */
export interface InteractionContext {
  host: ReactiveControllerHost & HTMLElement;
  resolved(): Resolved | null;
  /** The layout drawn last (the marks on screen). */
  layout(): AnyLayout | null;
  map(): MapModule | null;
  locale(): string;
  /** Runs `fn` with `msg()` in the widget's language (for words made in an event handler). */
  say<R>(fn: () => R): R;
}

interface Tip {
  x: number;
  y: number;
  bottom: number;
  content: TemplateResult;
}

export class VoteInteraction {
  /** The keyboard's cursor over the marks (roving focus: each mark is focusable and read by its label). */
  readonly keyboard: KeyedFocusController<string>;
  hover: string | null = null;
  selected: string | null = null;
  /** A country found by the search box, shown in the bar view's tooltip. */
  found: string | null = null;
  /** What the search box's live region says. */
  announce = '';
  /** Whether a reader has pointed, tabbed or typed yet (the tooltip is built from then on). */
  reached = false;

  private _ctx: InteractionContext;
  private _wasActive = false;

  constructor(ctx: InteractionContext) {
    this._ctx = ctx;
    const keys: Record<string, KeyAction<string>> = {};
    this.keyboard = new KeyedFocusController<string>(ctx.host, {
      // On the map and the tiles the keyboard starts at Myanmar, the subject; elsewhere at the first mark.
      start: () => {
        const kind = this._ctx.layout()?.kind;
        const all = this._keys();
        return (kind === 'map' || kind === 'tiles') && all.includes(SUBJECT) ? SUBJECT : (all[0] ?? null);
      },
      has: (key) => this._keys().includes(key),
      keys,
      // A key's move takes the tooltip from the pointer and from the search box's find.
      moving: () => {
        this.hover = null;
        this.found = null;
      },
      changed: () => {
        // The found country is shown while the keyboard stays on it.
        if (this._wasActive && !this.keyboard.active) this.found = null;
        this._wasActive = this.keyboard.active;
        this._ctx.host.requestUpdate();
      },
      roving: {
        container: () => this._svg,
        element: (key) => this._ctx.host.shadowRoot?.querySelector<SVGElement>(`.frame [data-key="${CSS.escape(key)}"]`) ?? null,
        keyOf: (el) => el.getAttribute('data-key'),
        rendered: () => this._ctx.host.updateComplete,
      },
    });
    const kb = this.keyboard;
    const to = (key: string | undefined): void => {
      if (key !== undefined) kb.moveTo(key);
    };
    const choose: KeyAction<string> = (key) => (kb.active ? this._select(key) : false);
    const page = kb.step((from, e) => {
      const r = this._ctx.resolved();
      return r ? sequenceMove(this._keys(), from, e.key, (k) => r.model.byIso.get(k)?.option.id ?? k) : null;
    });
    Object.assign(keys, {
      Home: () => to(this._keys()[0]),
      End: () => to(this._keys().at(-1)),
      PageUp: page,
      PageDown: page,
      Enter: choose,
      ' ': choose,
      Escape: () => {
        if (!kb.active && !this.hover) return false;
        this.hover = null;
        this.found = null;
        kb.leave();
      },
    });
    for (const k of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) keys[k] = kb.step((from, e) => this._arrow(from, e.key as Arrow));
  }

  /** The interaction part of the renderers' state. */
  marks(): Pick<MarkState, 'active' | 'showFocus' | 'selected'> {
    const kb = this.keyboard;
    return { active: kb.active ? kb.cursor : null, showFocus: kb.active && kb.ring, selected: this.selected };
  }

  handle(type: InteractionEvent, e: Cue): void {
    if (!this.reached) this._set({ reached: true });
    switch (type) {
      case 'keydown':
        return this.keyboard.onKeydown({ key: e.key, preventDefault: e.prevent });
      case 'focusin':
        return this.keyboard.onFocusIn({ target: e.target });
      case 'focusout':
        return this.keyboard.onFocusOut({ relatedTarget: e.related });
      case 'pointermove':
        return this._set({ hover: this._keyAt(e) });
      case 'pointerleave':
        return this._set({ hover: null });
      case 'click':
        return this._onClick(e);
      case 'search-input':
        // A pick from the suggestions finds at once; typing waits for Enter.
        if (e.picked && this._ctx.resolved()?.model.countries.some((c) => c.name === e.value)) this._find(e.value);
        return;
      case 'search-key':
        if (e.key !== 'Enter') return;
        e.prevent();
        return this._find(e.value);
    }
  }

  /** Changes state and asks for a render when something changed. */
  private _set(next: Partial<Pick<VoteInteraction, 'hover' | 'selected' | 'found' | 'announce' | 'reached'>>): void {
    let changed = false;
    for (const [k, v] of Object.entries(next) as Array<[keyof typeof next, never]>) {
      if (this[k] !== v) {
        this[k] = v;
        changed = true;
      }
    }
    if (changed) this._ctx.host.requestUpdate();
  }

  /* ---- keyboard: where each key goes (keyboard.ts); the focus itself is the shared controller's ---- */

  /** The focusable marks of the current view, in keyboard order. */
  private _keys(): string[] {
    const layout = this._ctx.layout();
    if (!layout) return [];
    if (layout.kind === 'bar') return layout.l.segments.filter((s) => s.width > 0).map((s) => s.option.id);
    if (layout.kind === 'hemicycle') {
      const seats = layout.l.seats;
      return seats[0]?.country ? seats.map((s) => s.key) : [...new Set(seats.map((s) => s.option.id))];
    }
    if (layout.kind === 'tiles') return layout.l.tiles.map((t) => t.key);
    return layout.l.countries.map((c) => c.key);
  }

  /** Where an arrow goes from a mark: nearest in its direction (map, tiles), along the row (seats), else the next in order. */
  private _arrow(from: string, arrow: Arrow): string | null {
    const layout = this._ctx.layout();
    const r = this._ctx.resolved();
    if (!layout || !r) return null;
    if (layout.kind === 'map') return this._ctx.map()?.directionalMove(layout.l.countries, from, arrow) ?? null;
    if (layout.kind === 'tiles') {
      const points = layout.l.tiles.map((t) => ({ key: t.key, x: t.cx, y: t.cy }));
      return loadedViews.tiles?.directionalMove(points, from, arrow) ?? null;
    }
    // Along the row as drawn, or to the next row out or in.
    if (layout.kind === 'hemicycle' && layout.l.seats[0]?.country) return hemicycleMove(layout.l.seats, from, arrow);
    return sequenceMove(this._keys(), from, arrow, (k) => r.model.byIso.get(k)?.option.id ?? k);
  }

  private get _svg(): SVGSVGElement | null {
    return this._ctx.host.shadowRoot?.querySelector('.frame > svg') ?? null;
  }

  /* ---- pointer ---- */

  private _keyAt(e: Cue): string | null {
    const target = e.target?.closest('[data-key]');
    if (target) return target.getAttribute('data-key');
    // Seats and dots are small: the nearest within reach counts, for fingers too.
    const layout = this._ctx.layout();
    const svgEl = this._svg;
    if (!layout || !svgEl || layout.kind === 'bar') return null;
    const box = svgEl.getBoundingClientRect();
    const x = e.x - box.left;
    const y = e.y - box.top;
    const candidates =
      layout.kind === 'hemicycle'
        ? layout.l.seats.map((s) => ({ key: s.country ? s.key : s.option.id, x: s.x, y: s.y, reach: s.r * 1.8 }))
        : layout.kind === 'tiles'
          ? layout.l.tiles.map((t) => ({ key: t.key, x: t.cx, y: t.cy, reach: t.size * 0.75 }))
          : layout.l.countries.filter((c) => !c.d).map((c) => ({ key: c.key, x: c.x, y: c.y, reach: 8 }));
    let best: string | null = null;
    let bestD = Infinity;
    for (const c of candidates) {
      const d = Math.hypot(c.x - x, c.y - y);
      if (d <= c.reach && d < bestD) [best, bestD] = [c.key, d];
    }
    return best;
  }

  private _onClick(e: Cue): void {
    const key = this._keyAt(e);
    if (!key) return;
    this.keyboard.place(key);
    this._select(key);
  }

  private _select(key: string): void {
    const c = this._ctx.resolved()?.model.byIso.get(key);
    if (!c) return; // a bar segment or an anonymous seat: no country to select
    this._set({ selected: key });
    const country: VoteSelectDetail['country'] = { iso3: c.iso3, name: c.name };
    if (c.m49) country.m49 = c.m49;
    emit<VoteSelectDetail>(this._ctx.host, 'vote-select', { country, vote: { id: c.option.id, label: c.option.label } });
  }

  /* ---- search ---- */

  private _find(query: string): void {
    const r = this._ctx.resolved();
    if (!r || !query.trim()) return;
    const c = findCountry(query, r.model.countries);
    if (!c) {
      const q = query.trim();
      this._set({ announce: this._ctx.say(() => msg(str`No country in this vote matches “${q}”.`, { id: 'vote.search.none' })) });
      return;
    }
    const keys = this._keys();
    const key = keys.includes(c.iso3) ? c.iso3 : keys.includes(c.option.id) ? c.option.id : null;
    if (!key) {
      this._set({ announce: this._ctx.say(() => msg(str`${countryVote(c)} (not drawn in this chart)`, { id: 'vote.search.notDrawn' })) });
      return;
    }
    this.keyboard.moveTo(key);
    this._set({ announce: this._ctx.say(() => countryVote(c)), found: c.iso3 });
  }

  /* ---- tooltip ---- */

  renderTooltip(r: Resolved, layout: AnyLayout, width: number): TemplateResult {
    const key = this.hover ?? (this.keyboard.active ? this.keyboard.cursor : null);
    const tip = key ? this._tip(r, layout, key) : null;
    const x = tip?.x ?? 0;
    const y = tip?.y ?? 0;
    const side = x < 110 ? ' start' : x > width - 110 ? ' end' : '';
    const below = tip && tip.y < 70 ? ' below' : '';
    return html`<div
      class=${`tooltip${side}${below}`}
      part="tooltip"
      aria-hidden="true"
      ?hidden=${!tip}
      ${cssom({ left: `${x}px`, top: `${below ? (tip?.bottom ?? y) : y}px` })}
    >
      ${tip?.content ?? nothing}
    </div>`;
  }

  private _tip(r: Resolved, layout: AnyLayout, key: string): Tip | null {
    const locale = this._ctx.locale();
    const countryTip = (c: Country): TemplateResult => {
      const groups = (r.data.groups ?? []).filter((g) => g.id !== HIGHLIGHT_GROUP && g.members.includes(c.iso3));
      return html`<strong>${c.name}</strong>
        <span class="tip-vote"
          ><svg width="10" height="10" aria-hidden="true"><rect class=${c.option.cls} width="10" height="10" rx="2"></rect></svg
          >${c.option.label}</span
        >
        ${groups.map((g) => html`<span class="tip-note">${g.label}</span>`)}`;
    };
    const optionTip = (o: OptionInfo, share: number): TemplateResult => {
      const named = r.named.get(o.id) ?? [];
      return html`<strong>${o.label}</strong>${countWithShare(locale, o.count, share)}
        ${
          named.length
            ? html`<span class="tip-note">${nameList(
                locale,
                named.map((c) => c.short),
                o.count,
              )}</span>`
            : nothing
        }`;
    };
    if (layout.kind === 'bar') {
      const s = layout.l.segments.find((x) => x.option.id === key);
      if (!s) return null;
      const found = this.found ? r.model.byIso.get(this.found) : undefined;
      const content = found && found.option.id === key && this.hover === null ? countryTip(found) : optionTip(s.option, s.share);
      return { x: s.x + s.width / 2, y: layout.l.bar.y, bottom: layout.l.bar.y + layout.l.bar.height, content };
    }
    if (layout.kind === 'hemicycle') {
      const seat = layout.l.seats.find((s) => s.key === key);
      if (seat?.country) return { x: seat.x, y: seat.y - seat.r, bottom: seat.y + seat.r, content: countryTip(seat.country) };
      const o = r.model.shown.find((x) => x.id === key);
      if (!o) return null;
      const { cx, cy, R } = layout.l.arc;
      return {
        x: cx,
        y: cy - R * INNER * 0.9,
        bottom: cy,
        content: optionTip(o, r.model.shownTotal > 0 ? o.count / r.model.shownTotal : 0),
      };
    }
    if (layout.kind === 'tiles') {
      const t = layout.l.tiles.find((x) => x.key === key);
      return t ? { x: t.cx, y: t.y, bottom: t.y + t.size, content: countryTip(t.country) } : null;
    }
    const c = layout.l.countries.find((x) => x.key === key);
    if (!c) return null;
    return { x: c.x, y: c.y - 4, bottom: c.y + 4, content: countryTip(c.country) };
  }
}
