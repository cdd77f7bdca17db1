/**
 * Fitting a force layout's raw positions (which have no scale, up or down) into the
 * chart's box, and back (for a drag). Pure.
 */
import type { Point } from '../../internal/plane.js';

export interface Fit {
  /** Turned a quarter turn first ((x, y) -> (-y, x)), when that fits the box better. */
  rotate: boolean;
  kx: number;
  ky: number;
  tx: number;
  ty: number;
}

const turn = (p: Point, rotate: boolean): Point => (rotate ? { x: -p.y, y: p.x } : p);

/**
 * Scales raw positions into a width × height box with padding, centred. A force layout
 * has no up or down, so a landscape picture is turned a quarter turn for a portrait box
 * (a phone) when that lets it be drawn larger; distances are kept. The two axes may then
 * stretch differently, up to `maxStretch`; a tiny network is not blown up beyond `maxScale`.
 * `turned` imposes the quarter turn (or its absence) instead of choosing it.
 */
export function fitPoints(
  points: readonly Point[],
  width: number,
  height: number,
  pad: number,
  maxStretch = 1.35,
  maxScale = 2.2,
  turned?: boolean,
): Fit {
  const w = Math.max(1, width - 2 * pad);
  const h = Math.max(1, height - 2 * pad);
  const fit = (rotate: boolean): Fit & { area: number } => {
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const q of points) {
      const p = turn(q, rotate);
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y);
      y1 = Math.max(y1, p.y);
    }
    if (!(x0 <= x1)) return { rotate, kx: 1, ky: 1, tx: width / 2, ty: height / 2, area: 0 };
    const dx = Math.max(x1 - x0, 1e-6);
    const dy = Math.max(y1 - y0, 1e-6);
    const k = Math.min(w / dx, h / dy, maxScale);
    const kx = Math.min(w / dx, k * maxStretch, maxScale);
    const ky = Math.min(h / dy, k * maxStretch, maxScale);
    return { rotate, kx, ky, tx: width / 2 - ((x0 + x1) / 2) * kx, ty: height / 2 - ((y0 + y1) / 2) * ky, area: kx * ky };
  };
  if (turned !== undefined) {
    const { area: _a, ...imposed } = fit(turned);
    return imposed;
  }
  const straight = fit(false);
  const quarter = fit(true);
  // Turn only for a clear gain, so near-square pictures keep their orientation.
  const { area: _a, ...best } = quarter.area > straight.area * 1.15 ? quarter : straight;
  return best;
}

export const applyFit = (fit: Fit, p: Point): Point => {
  const q = turn(p, fit.rotate);
  return { x: q.x * fit.kx + fit.tx, y: q.y * fit.ky + fit.ty };
};

export const invertFit = (fit: Fit, p: Point): Point => {
  const q = { x: (p.x - fit.tx) / fit.kx, y: (p.y - fit.ty) / fit.ky };
  return fit.rotate ? { x: q.y, y: -q.x } : q;
};
