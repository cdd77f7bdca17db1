/**
 * Draws large networks on a canvas, where thousands of SVG elements would make hover
 * sluggish. Same geometry and encodings as the SVG: ties are batched per type (one
 * stroke call each), marks per kind. Colours are the resolved custom properties, read
 * once per draw, so themes and site overrides apply here too.
 */
import type { ActorKind, TieType } from '../../data/types.js';
import { ACTOR_KINDS, TIE_TYPES } from './graph.js';
import { KIND_COLOR, TIE_STYLE } from './encoding.js';
import { resolveColor } from '../../internal/base.styles.js';
import type { Geometry } from './geometry.js';
import type { PlacedLabel } from './labels.layout.js';
import type { Later } from './network.render.js';
import type { TieLine } from './ties.geometry.js';

export interface Palette {
  bg: string;
  fg: string;
  focus: string;
  font: string;
  kind: Record<ActorKind, string>;
  tie: Record<TieType, string>;
}

export function readPalette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => resolveColor(el, cs.getPropertyValue(name).trim() || cs.getPropertyValue(fallback).trim());
  const kind = {} as Record<ActorKind, string>;
  for (const k of ACTOR_KINDS) kind[k] = v(`--mt-actor-${k}`, `--_mt-${KIND_COLOR[k]}`);
  const tie = {} as Record<TieType, string>;
  for (const t of TIE_TYPES) tie[t] = v(`--mt-tie-${t}`, `--_mt-${TIE_STYLE[t].color}`);
  return {
    bg: v('--_mt-bg', '--_mt-bg'),
    fg: v('--_mt-fg', '--_mt-fg'),
    focus: v('--_mt-focus', '--_mt-focus'),
    font: cs.fontFamily,
    kind,
    tie,
  };
}

export interface View {
  k: number;
  x: number;
  y: number;
  dpr: number;
}

function prepare(ctx: CanvasRenderingContext2D, g: Geometry, view: View): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(view.dpr * view.k, 0, 0, view.dpr * view.k, view.dpr * view.x, view.dpr * view.y);
  void g;
}

function traceLine(ctx: CanvasRenderingContext2D, l: TieLine): void {
  ctx.moveTo(l.a.x, l.a.y);
  if (l.c) ctx.quadraticCurveTo(l.c.x, l.c.y, l.b.x, l.b.y);
  else ctx.lineTo(l.b.x, l.b.y);
}

function traceHead(ctx: CanvasRenderingContext2D, l: TieLine): void {
  const from = l.c ?? l.a;
  const dx = l.b.x - from.x;
  const dy = l.b.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const size = 6;
  ctx.moveTo(l.b.x, l.b.y);
  ctx.lineTo(l.b.x - ux * size - uy * size * 0.45, l.b.y - uy * size + ux * size * 0.45);
  ctx.lineTo(l.b.x - ux * size + uy * size * 0.45, l.b.y - uy * size - ux * size * 0.45);
  ctx.closePath();
}

/**
 * Strokes ties in their type's style. `hairline` draws every tie one device pixel wide,
 * undashed and single: a software-rastered canvas strokes 5,000 hairlines in ~10 ms but
 * wider or dashed ones in 150–500 ms, too slow for the frames of a layout still settling.
 */
function strokeTies(ctx: CanvasRenderingContext2D, g: Geometry, ties: readonly number[], p: Palette, k: number, hairline = 0): void {
  const byType = new Map<TieType, number[]>();
  for (const i of ties) {
    const t = g.graph.ties[i]!.type;
    let list = byType.get(t);
    if (!list) byType.set(t, (list = []));
    list.push(i);
  }
  for (const type of TIE_TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    const s = TIE_STYLE[type];
    // Line widths stay the same on screen whatever the zoom, as in the SVG.
    ctx.lineWidth = hairline ? hairline / k : s.width / k;
    ctx.setLineDash(s.dash && !hairline ? s.dash.map((d) => d / k) : []);
    ctx.lineCap = hairline ? 'butt' : 'round';
    ctx.strokeStyle = p.tie[type];
    ctx.beginPath();
    for (const i of list) traceLine(ctx, g.lines[i]!);
    ctx.stroke();
    if (s.double && !hairline) {
      ctx.lineWidth = 1.2 / k;
      ctx.strokeStyle = p.bg;
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.fillStyle = p.tie[type];
    ctx.beginPath();
    for (const i of list) if (g.graph.ties[i]!.directed) traceHead(ctx, g.lines[i]!);
    ctx.fill();
  }
}

function traceShape(ctx: CanvasRenderingContext2D, kind: ActorKind, x: number, y: number, r: number): void {
  if (kind === 'state') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  } else if (kind === 'person') {
    const d = r * 1.2;
    ctx.moveTo(x, y - d);
    ctx.lineTo(x + d, y);
    ctx.lineTo(x, y + d);
    ctx.lineTo(x - d, y);
    ctx.closePath();
  } else {
    const h = r * 0.9;
    ctx.roundRect(x - h, y - h, 2 * h, 2 * h, r * 0.3);
  }
}

function fillNodes(ctx: CanvasRenderingContext2D, g: Geometry, nodes: readonly number[], p: Palette, focus: number, k: number): void {
  for (const kind of ACTOR_KINDS) {
    ctx.beginPath();
    for (const i of nodes) {
      if (g.graph.actors[i]!.kind !== kind) continue;
      traceShape(ctx, kind, g.points[i]!.x, g.points[i]!.y, g.radii[i]!);
    }
    ctx.fillStyle = p.kind[kind];
    ctx.fill();
    ctx.lineWidth = 1 / k;
    ctx.strokeStyle = p.bg;
    ctx.stroke();
  }
  if (focus >= 0 && nodes.includes(focus)) {
    ctx.beginPath();
    const f = g.graph.actors[focus]!;
    traceShape(ctx, f.kind, g.points[focus]!.x, g.points[focus]!.y, g.radii[focus]!);
    ctx.lineWidth = 2 / k;
    ctx.strokeStyle = p.fg;
    ctx.stroke();
  }
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  g: Geometry,
  labels: Iterable<[number, PlacedLabel, string]>,
  p: Palette,
  strong: number,
): void {
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const [i, l, text] of labels) {
    ctx.font = `${i === strong ? '600 ' : ''}${g.labelOptions.fontSize}px ${p.font}`;
    ctx.textAlign = l.anchor === 'start' ? 'left' : l.anchor === 'end' ? 'right' : 'center';
    ctx.lineWidth = 3;
    ctx.strokeStyle = p.bg;
    ctx.strokeText(text, l.x, l.y);
    ctx.fillStyle = p.fg;
    ctx.fillText(text, l.x, l.y);
  }
}

/**
 * The resting picture: ties (later ones faint), then marks, then the labels that fit.
 * `quick` (a layout still settling) strokes the ties as hairlines; the settled picture has their styles.
 */
export function paintBase(
  ctx: CanvasRenderingContext2D,
  g: Geometry,
  p: Palette,
  view: View,
  later: Later,
  focus: number,
  quick = false,
): void {
  prepare(ctx, g, view);
  const all = g.graph.ties.map((_, i) => i);
  const hairline = quick ? 1 / view.dpr : 0;
  ctx.globalAlpha = 0.1;
  strokeTies(
    ctx,
    g,
    all.filter((i) => later.ties.has(i)),
    p,
    view.k,
    hairline,
  );
  ctx.globalAlpha = 1;
  strokeTies(
    ctx,
    g,
    all.filter((i) => !later.ties.has(i)),
    p,
    view.k,
    hairline,
  );
  const nodes = g.graph.actors.map((_, i) => i);
  ctx.globalAlpha = 0.15;
  fillNodes(
    ctx,
    g,
    nodes.filter((i) => later.actors.has(i)),
    p,
    -1,
    view.k,
  );
  ctx.globalAlpha = 1;
  fillNodes(
    ctx,
    g,
    nodes.filter((i) => !later.actors.has(i)),
    p,
    focus,
    view.k,
  );
  // Labels keep their size on screen: drawn in an unscaled frame at the transformed position.
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  const placed: Array<[number, PlacedLabel, string]> = [];
  g.labels.forEach((l, i) => {
    if (l) placed.push([i, { ...l, x: l.x * view.k + view.x, y: l.y * view.k + view.y }, g.texts[i]!]);
  });
  drawLabels(ctx, g, placed, p, focus);
}

/** The highlight over the dimmed base: the active actor's ties and neighbours, labelled, and the keyboard ring. */
export function paintOverlay(
  ctx: CanvasRenderingContext2D,
  g: Geometry,
  p: Palette,
  view: View,
  active: number | null,
  cursor: number | null,
  focus: number,
  hoverLabels: ReadonlyMap<number, PlacedLabel>,
): void {
  prepare(ctx, g, view);
  if (active !== null) {
    strokeTies(ctx, g, g.graph.tiesOf[active]!, p, view.k);
    fillNodes(ctx, g, [active, ...g.graph.neighbors[active]!], p, focus, view.k);
  }
  if (cursor !== null) {
    ctx.beginPath();
    ctx.arc(g.points[cursor]!.x, g.points[cursor]!.y, g.radii[cursor]! + 5 / view.k, 0, 2 * Math.PI);
    ctx.lineWidth = 2.5 / view.k;
    ctx.strokeStyle = p.focus;
    ctx.stroke();
  }
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  drawLabels(
    ctx,
    g,
    [...hoverLabels].map(
      ([i, l]) => [i, { ...l, x: l.x * view.k + view.x, y: l.y * view.k + view.y }, g.names[i]!] as [number, PlacedLabel, string],
    ),
    p,
    active ?? -1,
  );
}
