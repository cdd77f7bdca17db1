/**
 * Geometry of what a browser actually drew, for label-collision tests of any chart: the
 * boxes of rendered text and marks (the browser's geometry, not the layout's estimates),
 * and the collisions between them, worded for the failure message.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/**
 * The screen box of an SVG element's geometry (its getBBox() through its CTM), the same in
 * every engine. getBoundingClientRect() is not: Firefox adds a generous allowance for the
 * stroke (a mark's 1.5 px outline grows its box by 3 px a side, a label's 3 px halo by
 * 2.5 px), Chromium adds nothing.
 */
function geometryRect(el: SVGGraphicsElement): Rect {
  const b = el.getBBox();
  const m = el.getScreenCTM()!;
  const corners = [
    [b.x, b.y],
    [b.x + b.width, b.y],
    [b.x, b.y + b.height],
    [b.x + b.width, b.y + b.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/**
 * What a reader sees of a mark: its shape and the outer half of its outline (the stroke's
 * real width, not an engine's allowance for it). Elements that are not SVG shapes: their box.
 */
export function markRect(el: Element): Rect {
  if (!(el instanceof SVGGraphicsElement) || el instanceof SVGTextElement) return rectOf(el);
  const r = geometryRect(el);
  const cs = getComputedStyle(el);
  const m = el.getScreenCTM()!;
  const half = cs.stroke === 'none' ? 0 : ((parseFloat(cs.strokeWidth) || 0) * Math.hypot(m.a, m.b)) / 2;
  return { left: r.left - half, top: r.top - half, right: r.right + half, bottom: r.bottom + half };
}

/**
 * The ink of a text element: horizontally its glyphs' advance (the halo painted behind it in
 * the background colour is not ink), vertically the glyphs' extent about its baseline
 * (capitals 0.75 em above it, descenders 0.2 em below), not its line box, which carries the
 * font's line gap differently in each engine (a 12 px label's box is 14 px tall in Chromium,
 * 20 px in Firefox, not centred on the glyphs).
 */
export function textInk(el: Element): Rect {
  if (!(el instanceof SVGTextElement)) return rectOf(el);
  const r = geometryRect(el);
  const size = parseFloat(getComputedStyle(el).fontSize);
  const dy = el.getAttribute('dy');
  const shift = dy?.endsWith('em') ? parseFloat(dy) * size : Number(dy ?? 0);
  const baseline = new DOMPoint(0, Number(el.getAttribute('y') ?? 0) + shift).matrixTransform(el.getScreenCTM()!).y;
  return { left: r.left, top: baseline - 0.75 * size, right: r.right, bottom: baseline + 0.2 * size };
}

/** Whether two boxes overlap by more than `slack` px in both directions. */
export const overlaps = (a: Rect, b: Rect, slack = 1): boolean =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Gap between two boxes, px (0 when they touch or overlap). */
export const gapBetween = (a: Rect, b: Rect): number =>
  Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));

export const showRect = (r: Rect) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');

export interface Named {
  name: string;
  rect: Rect;
  /** The mark a text belongs to (its own mark may touch it), or the mark's own key. */
  owner?: string;
}

/** Every pair of texts that overlap, and every text over a mark not its own, as messages. */
export function collisions(texts: readonly Named[], marks: readonly Named[], slack = 1): string[] {
  const out: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (overlaps(a.rect, b.rect, slack)) out.push(`"${a.name}" [${showRect(a.rect)}] overlaps "${b.name}" [${showRect(b.rect)}]`);
    }),
  );
  for (const t of texts) {
    for (const m of marks) {
      if (m.owner !== undefined && m.owner === t.owner) continue;
      if (overlaps(t.rect, m.rect, slack)) out.push(`"${t.name}" [${showRect(t.rect)}] covers the mark of ${m.name} [${showRect(m.rect)}]`);
    }
  }
  return out;
}
