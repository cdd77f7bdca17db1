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
  /** Key of the mark with keyboard focus (or the last one it had). */
  active: string | null = null;
  hover: string | null = null;
  focusIn = false;
  focusVisible = false;
  selected: string | null = null;
  /** A country found by the search box, shown in the bar view's tooltip. */
  found: string | null = null;
  /** What the search box's live region says. */
  announce = '';
  /** Whether a reader has pointed, tabbed or typed yet (the tooltip is built from then on). */
  reached = false;

  private _ctx: InteractionContext;

  constructor(ctx: InteractionContext) {
    this._ctx = ctx;
  }

  /** The interaction part of the renderers' state. */
  marks(): Pick<MarkState, 'active' | 'showFocus' | 'selected'> {
    return { active: this.focusIn ? this.active : null, showFocus: this.focusIn && this.focusVisible, selected: this.selected };
  }

  handle(type: InteractionEvent, e: Cue): void {
    if (!this.reached) this._set({ reached: true });
    switch (type) {
      case 'keydown':
        return this._onKeyDown(e);
      case 'focusin':
        return this._onFocusIn(e);
      case 'focusout':
        return this._onFocusOut(e);
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
  private _set(next: Partial<Pick<VoteInteraction, 'active' | 'hover' | 'focusIn' | 'focusVisible' | 'selected' | 'found' | 'announce' | 'reached'>>): void {
    let changed = false;
    for (const [k, v] of Object.entries(next) as Array<[keyof typeof next, never]>) {
      if (this[k] !== v) {
        this[k] = v;
        changed = true;
      }
    }
    if (changed) this._ctx.host.requestUpdate();
  }

  /* ---- keyboard and focus ---- */

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

  private get _svg(): SVGSVGElement | null {
    return this._ctx.host.shadowRoot?.querySelector('.frame > svg') ?? null;
  }

  private _markEl(key: string): SVGElement | null {
    return this._ctx.host.shadowRoot?.querySelector(`.frame [data-key="${CSS.escape(key)}"]`) ?? null;
  }

  private _focusKey(key: string): void {
    this._set({ active: key, hover: null });
    const el = this._markEl(key);
    if (el) el.focus();
    else void this._ctx.host.updateComplete.then(() => this._markEl(key)?.focus());
  }

  private _onKeyDown(e: Cue): void {
    const r = this._ctx.resolved();
    if (!r) return;
    if (e.key === 'Escape') {
      if (this.focusIn || this.hover) {
        e.prevent();
        this._set({ hover: null, found: null, focusIn: false });
        this._svg?.focus();
      }
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && this.focusIn && this.active) {
      e.prevent();
      this._select(this.active);
      return;
    }
    const keys = this._keys();
    const layout = this._ctx.layout();
    if (keys.length === 0 || !layout) return;
    let next: string | null;
    if (!this.focusIn) {
      // Entering from the chart itself: resume where the reader was, else start at the beginning
      // (on the map: at Myanmar, the subject).
      const start = this.active && keys.includes(this.active) ? this.active : (layout.kind === 'map' || layout.kind === 'tiles') && keys.includes(SUBJECT) ? SUBJECT : keys[0]!;
      next = e.key === 'Home' ? keys[0]! : e.key === 'End' ? keys.at(-1)! : /^(Arrow|Page)/.test(e.key) ? start : null;
    } else if (layout.kind === 'map' && e.key.startsWith('Arrow')) {
      next = this._ctx.map()?.directionalMove(layout.l.countries, this.active, e.key as Arrow) ?? null;
    } else if (layout.kind === 'tiles' && e.key.startsWith('Arrow')) {
      const points = layout.l.tiles.map((t) => ({ key: t.key, x: t.cx, y: t.cy }));
      next = loadedViews.tiles?.directionalMove(points, this.active, e.key as Arrow) ?? null;
    } else if (layout.kind === 'hemicycle' && e.key.startsWith('Arrow') && layout.l.seats[0]?.country) {
      // Along the row as drawn, or to the next row out or in.
      next = hemicycleMove(layout.l.seats, this.active, e.key as Arrow);
    } else {
      const groupOf = (k: string): string => r.model.byIso.get(k)?.option.id ?? k;
      next = sequenceMove(keys, this.active, e.key, groupOf);
    }
    if (/^(Arrow|Page|Home|End)/.test(e.key)) e.prevent();
    if (next) {
      this._set({ found: null });
      this._focusKey(next);
    }
  }

  private _onFocusIn(e: Cue): void {
    const target = e.target;
    const key = target?.getAttribute('data-key');
    if (target && key) this._set({ active: key, focusIn: true, focusVisible: target.matches(':focus-visible') });
    else this._set({ focusIn: false });
  }

  private _onFocusOut(e: Cue): void {
    const to = e.related;
    if (to && this._svg?.contains(to)) return;
    // After the move settles: when the whole window loses focus the mark keeps it, and
    // the reader comes back to where they were.
    setTimeout(() => {
      const now = this._ctx.host.shadowRoot?.activeElement;
      const svg = this._svg;
      if (!now || !svg?.contains(now) || now === svg) this._set({ focusIn: false, found: null });
    }, 0);
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
    this._set({ active: key });
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
    this._set({ announce: this._ctx.say(() => countryVote(c)), found: c.iso3 });
    this._focusKey(key);
  }

  /* ---- tooltip ---- */

  renderTooltip(r: Resolved, layout: AnyLayout, width: number): TemplateResult {
    const key = this.hover ?? (this.focusIn ? this.active : null);
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
        ${named.length ? html`<span class="tip-note">${nameList(locale, named.map((c) => c.short), o.count)}</span>` : nothing}`;
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
