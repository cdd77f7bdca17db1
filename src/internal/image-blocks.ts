/**
 * The HTML parts of a widget (title, description, legend, source line, the chart's box)
 * redrawn as SVG: boxes and swatches as rectangles, text collected for image-text.ts, the
 * chart's own SVG cloned by image-clone.ts, a canvas as an image.
 */
import { imageSources } from './image-canvas.js';
import { cloneSvg } from './image-clone.js';
import { collectText, emitText } from './image-text.js';
import { el, num, round, visibleColor, type Ctx } from './image-svg.js';

const SKIP =
  'button, input, select, textarea, .sr-only, .tooltip, [part~="tooltip"], [part~="tools"], [part~="download"], [part~="controls"], [part~="search"], .controls, [hidden], script, style, template';

export function drawBlock(block: Element, g: SVGGElement, ctx: Ctx): void {
  walk(block, g, ctx);
  emitText(ctx.fragments, g, ctx);
}

function walk(node: Element, g: SVGGElement, ctx: Ctx): void {
  if (node.matches(SKIP)) return;
  // A closed disclosure's summary is a control ("List view"); an open one heads what it shows.
  if (node.localName === 'summary' && !(node.parentElement as HTMLDetailsElement | null)?.open) return;
  const cs = getComputedStyle(node);
  if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
  const r = node.getBoundingClientRect();
  if (node instanceof SVGSVGElement) {
    g.append(cloneSvg(node, r, ctx));
    return;
  }
  if (node instanceof HTMLCanvasElement) {
    const image = canvasImage(node, r, ctx);
    if (image) g.append(image);
    return;
  }
  if (node instanceof HTMLImageElement) return;
  drawBox(cs, r, g, ctx);
  drawPseudo(node, r, g, ctx);
  for (const child of node.childNodes) {
    if (child instanceof Text) collectText(child, ctx);
    else if (child instanceof Element) walk(child, g, ctx);
  }
}

/** Background and borders of an HTML element (legend swatches, the alert's rule). */
function drawBox(cs: CSSStyleDeclaration, r: DOMRect, g: SVGGElement, ctx: Ctx): void {
  if (r.width === 0 || r.height === 0) return;
  const x = r.left + ctx.dx;
  const y = r.top + ctx.dy;
  const radius = (v: string, size: number) => (v.endsWith('%') ? (num(v) / 100) * size : num(v));
  const rx = Math.min(radius(cs.borderTopLeftRadius, r.width), r.width / 2);
  const ry = Math.min(radius(cs.borderTopLeftRadius.split(' ')[1] ?? cs.borderTopLeftRadius, r.height), r.height / 2);
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((s) => ({
    w: num(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)),
    style: cs.getPropertyValue(`border-${s.toLowerCase()}-style`),
    color: cs.getPropertyValue(`border-${s.toLowerCase()}-color`),
  }));
  const drawn = sides.map((s) => s.w > 0 && s.style !== 'none' && s.style !== 'hidden' && visibleColor(s.color));
  const uniform = drawn.every(Boolean) && sides.every((s) => s.w === sides[0]!.w && s.color === sides[0]!.color);

  if (visibleColor(cs.backgroundColor) || uniform) {
    const rect = el('rect');
    const inset = uniform ? sides[0]!.w / 2 : 0;
    rect.setAttribute('x', round(x + inset));
    rect.setAttribute('y', round(y + inset));
    rect.setAttribute('width', round(r.width - 2 * inset));
    rect.setAttribute('height', round(r.height - 2 * inset));
    if (rx > 0) rect.setAttribute('rx', round(rx));
    if (ry > 0 && ry !== rx) rect.setAttribute('ry', round(ry));
    rect.setAttribute('fill', visibleColor(cs.backgroundColor) ? cs.backgroundColor : 'none');
    if (uniform) {
      rect.setAttribute('stroke', sides[0]!.color);
      rect.setAttribute('stroke-width', round(sides[0]!.w));
    }
    g.append(rect);
  }
  if (uniform) return;
  // Single rules (a border-inline-start accent, a bottom rule): filled strips.
  sides.forEach((s, i) => {
    if (!drawn[i]) return;
    const strip = el('rect');
    const [sx, sy, sw, sh] =
      i === 0
        ? [x, y, r.width, s.w]
        : i === 1
          ? [x + r.width - s.w, y, s.w, r.height]
          : i === 2
            ? [x, y + r.height - s.w, r.width, s.w]
            : [x, y, s.w, r.height];
    strip.setAttribute('x', round(sx));
    strip.setAttribute('y', round(sy));
    strip.setAttribute('width', round(sw));
    strip.setAttribute('height', round(sh));
    strip.setAttribute('fill', s.color);
    g.append(strip);
  });
}

/**
 * A `::before` swatch (a coloured square or dot before a legend label). Pseudo-elements
 * have no box the DOM can measure; an inline-block one sits at the start of the content
 * box, centred on the first line, which is where legend swatches are.
 */
function drawPseudo(node: Element, r: DOMRect, g: SVGGElement, ctx: Ctx): void {
  const ps = getComputedStyle(node, '::before');
  if (!ps.content || ps.content === 'none' || ps.content === 'normal' || ps.display === 'none') return;
  const w = num(ps.width);
  const h = num(ps.height);
  if (!(w > 0 && h > 0) || !visibleColor(ps.backgroundColor)) return;
  const cs = getComputedStyle(node);
  const lineHeight = cs.lineHeight === 'normal' ? num(cs.fontSize) * 1.2 : num(cs.lineHeight);
  const left = r.left + num(cs.borderLeftWidth) + num(cs.paddingLeft) + num(ps.marginLeft);
  const top = r.top + num(cs.borderTopWidth) + num(cs.paddingTop) + (lineHeight - h) / 2;
  const rect = el('rect');
  rect.setAttribute('x', round(left + ctx.dx));
  rect.setAttribute('y', round(top + ctx.dy));
  rect.setAttribute('width', round(w));
  rect.setAttribute('height', round(h));
  const rad = ps.borderTopLeftRadius.endsWith('%') ? (num(ps.borderTopLeftRadius) / 100) * w : num(ps.borderTopLeftRadius);
  if (rad > 0) rect.setAttribute('rx', round(Math.min(rad, w / 2)));
  rect.setAttribute('fill', ps.backgroundColor);
  g.append(rect);
}

function canvasImage(canvas: HTMLCanvasElement, r: DOMRect, ctx: Ctx): SVGImageElement | null {
  let href: string;
  try {
    href = canvas.toDataURL('image/png');
  } catch {
    // A canvas holding cross-origin pixels cannot be read; leave it out rather than fail.
    console.warn('myanmar-ties: a chart canvas could not be read and is left out of the image');
    return null;
  }
  const image = el('image');
  image.setAttribute('x', round(r.left + ctx.dx));
  image.setAttribute('y', round(r.top + ctx.dy));
  image.setAttribute('width', round(r.width));
  image.setAttribute('height', round(r.height));
  image.setAttribute('preserveAspectRatio', 'none');
  image.setAttribute('href', href);
  // The PNG paints the canvas itself: loading this data: URL would need the page's img-src.
  imageSources.set(image, canvas);
  return image;
}
