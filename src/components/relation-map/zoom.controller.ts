/**
 * Pan and zoom with d3-zoom, as a Lit controller: d3 only listens to the pointer and
 * keeps the transform; the element renders it. Made for a chart inside an article:
 * the wheel scrolls the page unless Ctrl/⌘ is held (or a trackpad pinches), and one
 * finger scrolls the page on touch — two fingers pan and pinch the chart.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Point } from '../../internal/plane.js';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private _el: HTMLElement | null = null;
  private readonly _zoom: ZoomBehavior<HTMLElement, unknown>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this._zoom = zoom<HTMLElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.host.requestUpdate();
      });
  }

  /** Listens on `el` (once per element); the previous element, if any, is released. */
  attach(el: HTMLElement | null, width: number, height: number): void {
    this._zoom.extent([
      [0, 0],
      [width, height],
    ]);
    this._zoom.translateExtent([
      [0, 0],
      [width, height],
    ]);
    if (el === this._el) return;
    this.detach();
    this._el = el;
    if (!el) return;
    select(el).call(this._zoom).on('dblclick.zoom', null);
    // d3 keeps the transform on the element: a re-created chart element keeps the reader's zoom.
    select(el).property('__zoom', this.transform);
    // d3 sets no touch-action; one finger must still scroll the article.
    el.style.setProperty('touch-action', 'pan-x pan-y');
  }

  detach(): void {
    if (this._el) select(this._el).on('.zoom', null);
    this._el = null;
  }

  /** Zooms by k about a point of the chart (px, unzoomed; default: the middle). */
  scaleBy(k: number, about?: Point): void {
    if (!this._el) return;
    const p = about ? this.transform.apply([about.x, about.y]) : undefined;
    select(this._el).call(this._zoom.scaleBy, k, p);
  }

  /** Back to unzoomed without an event (the picture changed: another layout, size or data). */
  forget(): void {
    this.transform = zoomIdentity;
    if (this._el) select(this._el).property('__zoom', zoomIdentity);
  }

  reset(): void {
    if (this._el) select(this._el).call(this._zoom.transform, zoomIdentity);
    else this.transform = zoomIdentity;
  }

  /** Pans (without zooming) so that a point in chart coordinates is on screen. */
  reveal(x: number, y: number, width: number, height: number, margin = 24): void {
    const [sx, sy] = this.transform.apply([x, y]);
    if (sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin) return;
    if (this._el) select(this._el).call(this._zoom.translateTo, x, y);
  }

  hostDisconnected(): void {
    this.detach();
  }
}

/**
 * Positions after zoom. Zoom is semantic: positions move apart, marks keep their size. On
 * the map, an actor in the ring around its state keeps its offset from the state (the
 * ring does not grow), unless it was dragged away.
 */
export function zoomPoints(
  pos: { points: readonly Point[]; geo?: { anchor: ReadonlyArray<Point | null>; offset: readonly number[] } },
  t: ZoomTransform,
  pinned: ReadonlyMap<number, Point>,
): Point[] {
  if (t.k === 1 && t.x === 0 && t.y === 0) return pos.points as Point[];
  return pos.points.map((p, i) => {
    const a = pos.geo?.anchor[i];
    if (a && pos.geo!.offset[i]! > 0 && !pinned.has(i)) return { x: t.applyX(a.x) + p.x - a.x, y: t.applyY(a.y) + p.y - a.y };
    return { x: t.applyX(p.x), y: t.applyY(p.y) };
  });
}
