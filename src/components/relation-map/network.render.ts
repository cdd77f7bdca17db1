/**
 * Geometry -> lit-html `svg` templates: ties, actors and labels, the geo and radial
 * backdrops, and the highlight drawn over them. No layout maths here.
 */
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Point } from '../../internal/plane.js';
import { TIE_TYPES } from './graph.js';
import type { Tie, TieType } from '../../data/types.js';
import { shapePath, TIE_STYLE } from './encoding.js';
import type { Geometry } from './geometry.js';
import type { PlacedLabel } from './labels.layout.js';
import type { GeoLayout } from './geo.layout.js';
import { captionAt, noLocationText } from './geo.band.js';
import { msg, str } from '../../internal/i18n/msg.js';
import type { RadialLayout } from './radial.layout.js';
import { renderCallouts } from './story.render.js';

/** Ties (and actors with only such ties) after the time slider's year: drawn faint. */
export interface Later {
  ties: ReadonlySet<number>;
  actors: ReadonlySet<number>;
}

/** Arrowheads, one per tie type so each takes its line's colour. */
export function renderMarkers(types: readonly TieType[]): SVGTemplateResult {
  return svg`${types.map(
    (t) => svg`<marker id=${`head-${t}`} class=${`t-${t}`} viewBox="0 0 10 10" refX="9" refY="5"
      markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
      <path class=${`head t-${t}`} d="M0,1L10,5L0,9Z"></path>
    </marker>`,
  )}<marker id="leader-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">
      <path class="leader-head" d="M0,0L10,5L0,10Z"></path>
    </marker>`;
}

function tiePath(tie: Tie, d: string, extra: string): SVGTemplateResult {
  const style = TIE_STYLE[tie.type];
  const head = tie.directed ? `url(#head-${tie.type})` : nothing;
  if (style.double) {
    return svg`<path class=${`tie t-${tie.type}${extra}`} d=${d} marker-end=${head}></path>
      <path class=${`tie double-core${extra}`} d=${d}></path>`;
  }
  return svg`<path class=${`tie t-${tie.type}${extra}`} d=${d} marker-end=${head}></path>`;
}

function label(l: PlacedLabel, text: string, strong: boolean, i: number): SVGTemplateResult {
  return svg`<text class=${strong ? 'label strong' : 'label'} data-i=${i} x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${text}</text>`;
}

/**
 * The resting picture: every tie (with a wider invisible line for pointing at it), every
 * actor, and the labels that fit. `later` marks ties after the time slider's year. Ties of
 * the actors in `band` (the map's "No location" row) are kept hidden until one of their
 * ends is pointed at or focused (the highlight layer draws them then): drawn at rest they
 * would cross the whole map to a row that is no place.
 */
export function renderBase(
  g: Geometry,
  later: Later,
  focus: number,
  band: ReadonlySet<number> = new Set(),
  minor: readonly number[] = [],
): SVGTemplateResult {
  const { graph } = g;
  const inBand = (i: number) => band.has(graph.ends[i]![0]) || band.has(graph.ends[i]![1]);
  const faint = new Set(minor);
  // Faint ties first, so the ones that stand out are drawn over them.
  const all = graph.ties.map((_, i) => i);
  const order = faint.size ? [...minor, ...all.filter((i) => !faint.has(i))] : all;
  return svg`<g class="ties">${order.map((i) =>
    tiePath(
      graph.ties[i]!,
      g.lines[i]!.d,
      `${later.ties.has(i) ? ' later' : ''}${inBand(i) ? ' band' : ''}${faint.has(i) ? ' minor' : ''}`,
    ),
  )}</g>
    <g class="tie-hits">${graph.ties.map((_, i) => (inBand(i) ? nothing : svg`<path class="tie-hit" data-t=${i} d=${g.lines[i]!.d}></path>`))}</g>
    <g class="nodes">${graph.actors.map(
      (a, i) => svg`<g class=${`node k-${a.kind}${i === focus ? ' focus' : ''}${later.actors.has(i) ? ' later' : ''}`}
        data-i=${i} transform=${`translate(${g.points[i]!.x},${g.points[i]!.y})`}>
        <path class="shape" d=${shapePath(a.kind, g.radii[i]!)}></path>
      </g>`,
    )}</g>`;
}

interface Transform {
  k: number;
  applyX(x: number): number;
  applyY(y: number): number;
}

/** The labels that fit, drawn above every tie and mark. */
export function renderLabels(g: Geometry, focus: number): SVGTemplateResult {
  return svg`<g class="labels">${g.labels.map((l, i) => (l ? label(l, g.texts[i]!, i === focus, i) : nothing))}</g>`;
}

/** Labels of the highlighted actor and its neighbours, over everything. */
export function renderHoverLabels(g: Geometry, labels: ReadonlyMap<number, PlacedLabel>, highlight: number | null): SVGTemplateResult {
  return svg`<g class="overlay">${[...labels].map(([i, l]) => label(l, g.names[i]!, i === highlight, i))}</g>`;
}

/** The highlight: the active actor's ties and neighbours drawn again on top, and the keyboard ring. */
export function renderOverlay(
  g: Geometry,
  active: number | null,
  cursor: number | null,
  focus: number,
): SVGTemplateResult | typeof nothing {
  if (active === null && cursor === null) return nothing;
  const { graph } = g;
  const ties = active === null ? [] : graph.tiesOf[active]!;
  const nodes = active === null ? [] : [active, ...graph.neighbors[active]!];
  const ring = cursor !== null ? g.points[cursor]! : null;
  return svg`<g class="overlay">
    ${ties.map((i) => tiePath(graph.ties[i]!, g.lines[i]!.d, ''))}
    ${nodes.map((i) => {
      const a = graph.actors[i]!;
      return svg`<g class=${`node k-${a.kind}${i === focus ? ' focus' : ''}`} transform=${`translate(${g.points[i]!.x},${g.points[i]!.y})`}>
        <path class="shape" d=${shapePath(a.kind, g.radii[i]!)}></path>
      </g>`;
    })}
    ${ring ? svg`<circle class="cursor-ring" cx=${ring.x} cy=${ring.y} r=${g.radii[cursor!]! + 5}></circle>` : nothing}
  </g>`;
}

export function renderRings(r: RadialLayout): SVGTemplateResult {
  return svg`<g class="rings">${r.radii
    .slice(1)
    .map((radius) => svg`<circle class="ring" cx=${r.center.x} cy=${r.center.y} r=${radius}></circle>`)}</g>`;
}

/** Caption of the band of actors with no path to the centre (kept clear of labels). */
export function renderRingCaption(r: RadialLayout, t: Transform, focusName: string | null): SVGTemplateResult | typeof nothing {
  const box = r.unconnected;
  if (!box) return nothing;
  const text = focusName
    ? msg(str`Not connected to ${focusName}:`, { id: 'rel.radial.notConnected' })
    : msg('Not connected to the centre:', { id: 'rel.radial.notConnected.noCentre' });
  return svg`<text class="ring-caption" x=${t.applyX(box.x) + 2} y=${t.applyY(box.y) + 12}>${text}</text>`;
}

/** The map and the outline of the "No location" band; drawn inside the zoom transform (the map scales). */
export function renderLand(geo: GeoLayout): SVGTemplateResult {
  const box = geo.noLocationBox;
  return svg`<g class="land">${geo.land.map((c) => svg`<path class=${c.tied ? 'country tied' : 'country'} d=${c.d}></path>`)}</g>
    ${
      box
        ? svg`<g class="no-location"><rect x=${box.x + 0.5} y=${box.y + 0.5} width=${box.width - 1} height=${box.height - 1} rx="4"></rect></g>`
        : nothing
    }`;
}

/** Spokes from each state to the actors around it and leaders to moved clusters: zoomed positions, unscaled. */
export function renderGeoOverlay(geo: GeoLayout, g: Geometry, t: Transform, pinned: ReadonlyMap<number, unknown>): SVGTemplateResult {
  return svg`<g class="leaders">${geo.moved.map(({ home, centre, state, edge }) => {
    const at = state !== null ? g.points[state]! : { x: t.applyX(centre.x), y: t.applyY(centre.y) };
    if (edge) {
      // Home is off the map: the leader runs to the edge and points on.
      return svg`<line class="leader" x1=${at.x} y1=${at.y} x2=${t.applyX(edge.x)} y2=${t.applyY(edge.y)} marker-end="url(#leader-head)"></line>`;
    }
    const [x, y] = [t.applyX(home.x), t.applyY(home.y)];
    return svg`<line class="leader" x1=${x} y1=${y} x2=${at.x} y2=${at.y}></line><circle class="home" cx=${x} cy=${y} r="2"></circle>`;
  })}</g>
    <g class="spokes">${g.graph.actors.map((_, i) => {
      const a = geo.anchor[i];
      const p = g.points[i]!;
      return a && geo.offset[i]! > 0 && !pinned.has(i)
        ? svg`<line class="spoke" x1=${t.applyX(a.x)} y1=${t.applyY(a.y)} x2=${p.x} y2=${p.y}></line>`
        : nothing;
    })}</g>`;
}

/** The "No location" caption, drawn over the ties (with a halo, like labels): ties into the band's actors cross it. */
export function renderGeoCaption(geo: GeoLayout, t: Transform): SVGTemplateResult | typeof nothing {
  if (!geo.noLocationCaption) return nothing;
  const c = captionAt(geo.noLocationCaption, t);
  return svg`<g class="no-location"><text x=${c.x} y=${c.y + c.height / 2} dy="0.35em">${noLocationText()}</text></g>`;
}

export interface NetworkPicture {
  pos: { geo?: GeoLayout | undefined; radial?: RadialLayout | undefined };
  g: Geometry;
  t: Transform & { k: number; x: number; y: number };
  /** Actors the reader dragged (their spokes are not drawn). */
  pins: ReadonlyMap<number, Point>;
  later: Later;
  focus: number;
  /** The centre's name, or null when there is none. */
  focusName: string | null;
  locale: string;
}

/**
 * The network in SVG: backdrop (map or rings), ties, actors, labels, with empty groups
 * the highlight layer fills. Markers come last, so the SVG's first path is a drawn one
 * (what a page's "is it drawn" check finds).
 */
export function renderNetworkSvg({ pos, g, t, pins, later, focus, focusName, locale }: NetworkPicture): TemplateResult {
  return html`<svg width=${g.width} height=${g.height} aria-hidden="true">
    <g transform=${`translate(${t.x},${t.y}) scale(${t.k})`}>${pos.geo ? renderLand(pos.geo) : pos.radial ? renderRings(pos.radial) : nothing}</g>
    ${pos.geo ? renderGeoOverlay(pos.geo, g, t, pins) : nothing}
    ${pos.radial ? renderRingCaption(pos.radial, t, focusName) : nothing}
    <g class="dimmer">
      <g class="base">${guard([g, later, focus], () => renderBase(g, later, focus, new Set(pos.geo?.noLocation ?? []), pos.geo?.minor))}</g>
    </g>
    <g class="hover-root"></g>
    <g class="dimmer"><g class="base">${guard([g, locale], () => svg`${renderLabels(g, focus)}${renderCallouts(g.graph, g.callouts, locale)}`)}</g></g>
    ${pos.geo ? renderGeoCaption(pos.geo, t) : nothing}
    <g class="hover-labels"></g>
    <defs>${guard([g.graph], () => renderMarkers(TIE_TYPES.filter((type) => g.graph.ties.some((x) => x.directed && x.type === type))))}</defs>
  </svg>`;
}
