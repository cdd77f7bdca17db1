/**
 * The highlight layer of `<relation-map>`: the active actor's ties and neighbours, their
 * labels, the keyboard ring, the tooltip and the live region, drawn into their own
 * containers (or the overlay canvas) while the base is only dimmed by a class. Hover and
 * keyboard moves redraw this layer alone, never the whole figure with its table, so hover
 * stays fast at thousands of ties.
 */
import { html, nothing, render as renderLit, type TemplateResult } from 'lit';
import type { Point } from '../../internal/plane.js';
import { Memo } from '../../internal/memo.js';
import { placeTooltip, tooltipTemplate } from '../../internal/tooltip.js';
import type { Geometry } from './geometry.js';
import { hoverLabel, placeLabels, type PlacedLabel } from './labels.layout.js';
import { renderHoverLabels, renderOverlay, type Later } from './network.render.js';
import { paintBase, paintOverlay, readPalette } from './canvas.painter.js';
import { kindLabel, tieLabel } from './encoding.js';
import { tieCount, tieDate } from './text.js';
import type { View } from './view.js';
import { englishLang } from '../../internal/local-names.js';

/** What the layer shows: actor indices (null for none) and what the element knows. */
export interface Highlight {
  view: View;
  g: Geometry;
  /** Under the pointer. */
  active: number | null;
  /** The tie under the pointer, when no actor is. */
  hoverTie: number | null;
  /** The keyboard's actor, while the keyboard is in the chart. */
  cursor: number | null;
  /** The actor whose details are open. */
  selected: number | null;
  announcement: string;
  later: Later;
  /** The layout is settling: the canvas draws the base the quick way. */
  quick: boolean;
  theme: string;
  locale: string;
}

export class HighlightLayer {
  private readonly _memo = new Memo();
  private _paintedBase: unknown[] = [];

  /** `host`: the element whose shadow root holds the containers, and whose styles give the canvas its colours. */
  constructor(private readonly _host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {}

  /** Draws the highlight, tooltip and live region. Called on pointer and keyboard moves and after each full render. */
  sync(h: Highlight): void {
    const root = this._host.renderRoot;
    const graphEl = root.querySelector<HTMLElement>('.graph');
    if (!graphEl) return;
    const { view, g, cursor } = h;
    const highlight = h.active ?? cursor ?? h.selected;
    const labels = this._hoverLabels(g, highlight);
    if (view.large) {
      graphEl.classList.toggle('dim', highlight !== null);
      this._paint(graphEl, h, highlight, labels);
    } else {
      for (const d of root.querySelectorAll('.dimmer')) d.classList.toggle('dim', highlight !== null);
      const hover = root.querySelector<SVGGElement>('.hover-root');
      const hoverLabels = root.querySelector<SVGGElement>('.hover-labels');
      if (hover) renderLit(renderOverlay(g, highlight, cursor, view.focus), hover);
      if (hoverLabels) renderLit(renderHoverLabels(g, labels, highlight), hoverLabels);
    }
    const tip = root.querySelector<HTMLElement>('.tooltip-root');
    if (tip) renderLit(this._tooltip(h, h.active ?? cursor), tip);
    const live = root.querySelector<HTMLElement>('.live');
    if (live) renderLit(h.announcement, live);
  }

  /** Labels of the highlighted actor and its neighbours, placed among themselves (the rest is dimmed). */
  private _hoverLabels(g: Geometry, highlight: number | null): Map<number, PlacedLabel> {
    return this._memo.get('hover-labels', [g, highlight], () => {
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

  private _tooltip({ view, g, hoverTie, locale }: Highlight, actor: number | null): TemplateResult | typeof nothing {
    let at: Point;
    let body: TemplateResult;
    if (actor !== null) {
      const a = view.graph.actors[actor]!;
      const n = view.graph.tiesOf[actor]!.length;
      at = { x: g.points[actor]!.x, y: g.points[actor]!.y + g.radii[actor]! + 8 };
      body = html`<strong>${a.name}</strong><br /><span class="kind"
          >${kindLabel(a.kind)}${a.role ? html` · <span lang=${englishLang(locale) ?? nothing}>${a.role}</span>` : nothing}${` · ${tieCount(locale, n)}`}</span
        >`;
    } else if (hoverTie !== null && hoverTie < view.graph.ties.length) {
      const tie = view.graph.ties[hoverTie]!;
      const [s, e] = view.graph.ends[hoverTie]!;
      const mid = g.lines[hoverTie]!.mid;
      at = { x: mid.x, y: mid.y + 10 };
      const ends = `${view.graph.actors[s]!.name} ${tie.directed ? '→' : '–'} ${view.graph.actors[e]!.name}`;
      body = html`<strong lang=${englishLang(locale) ?? nothing}>${tie.label}</strong><br /><span class="kind">${`${tieLabel(tie.type)}: ${ends} · ${tieDate(locale, tie)}`}</span>`;
    } else return nothing;
    // Inside the chart: below the mark, flipped above it near the bottom, shifted in near the sides.
    return tooltipTemplate(body, placeTooltip({ x: at.x, below: at.y, above: at.y - 20 }, g.width, g.height));
  }

  private _paint(graphEl: HTMLElement, h: Highlight, highlight: number | null, labels: ReadonlyMap<number, PlacedLabel>): void {
    const { g, view } = h;
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
    const palette = readPalette(this._host);
    const theme = `${h.theme} ${palette.bg} ${palette.fg}`;
    const deps = [g, h.later, theme, base, h.quick];
    if (deps.length !== this._paintedBase.length || deps.some((d, i) => d !== this._paintedBase[i])) {
      paintBase(base.getContext('2d')!, g, palette, v, h.later, view.focus, h.quick);
      this._paintedBase = deps;
    }
    paintOverlay(overlay.getContext('2d')!, g, palette, v, highlight, h.cursor, view.focus, labels);
  }
}
