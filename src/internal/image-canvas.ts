/**
 * The exported SVG painted on a canvas by walking its elements, for the PNG. The usual way
 * (the SVG loaded as an `<img>` from a `data:` or `blob:` URL) is an image load, which a
 * page's Content-Security-Policy may refuse, and a policy sent as a header cannot be read
 * from script: the first attempt would already be a violation report. Painting draws no
 * URL, so no policy is involved.
 *
 * It paints what figureSvg() writes (presentation attributes, no CSS): nested `svg`, `g`,
 * `rect`, `circle`, `ellipse`, `line`, `polyline`, `polygon`, `path` (with markers),
 * `text`/`tspan`, `image` (a chart canvas, drawn from the canvas itself), pattern fills.
 * Anything else is skipped, never guessed at.
 */

import { ends, length, matrixArgs, n, parseTransform, shapePath } from './image-canvas-geometry.js';

/** The chart canvases an export's `<image>` elements were made from: drawn directly, no URL loaded. */
export const imageSources = new WeakMap<SVGImageElement, CanvasImageSource>();

type Ctx2D = CanvasRenderingContext2D;

interface Style {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeOpacity: number;
  strokeWidth: number;
  dash: number[];
  cap: CanvasLineCap;
  join: CanvasLineJoin;
  miter: number;
  family: string;
  size: number;
  weight: string;
  fontStyle: string;
  anchor: string;
  baseline: string;
  letterSpacing: number;
  visible: boolean;
  paintStrokeFirst: boolean;
  underline: boolean;
  markerEnd: string;
  markerStart: string;
}

const INITIAL: Style = {
  fill: 'rgb(0, 0, 0)',
  fillOpacity: 1,
  stroke: 'none',
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: [],
  cap: 'butt',
  join: 'miter',
  miter: 4,
  family: 'sans-serif',
  size: 16,
  weight: '400',
  fontStyle: 'normal',
  anchor: 'start',
  baseline: 'auto',
  letterSpacing: 0,
  visible: true,
  paintStrokeFirst: false,
  underline: false,
  markerEnd: 'none',
  markerStart: 'none',
};

const SKIP = new Set([
  'title',
  'desc',
  'metadata',
  'defs',
  'pattern',
  'marker',
  'clippath',
  'mask',
  'style',
  'script',
  'lineargradient',
  'radialgradient',
  'symbol',
]);

function styleOf(node: Element, parent: Style): Style {
  const s: Style = { ...parent };
  const get = (name: string): string | null => node.getAttribute(name);
  const set = <K extends keyof Style>(name: string, key: K, read: (v: string) => Style[K]): void => {
    const v = get(name);
    if (v !== null && v !== 'inherit') s[key] = read(v.trim());
  };
  set('fill', 'fill', String);
  set('fill-opacity', 'fillOpacity', (v) => n(v, 1));
  set('stroke', 'stroke', String);
  set('stroke-opacity', 'strokeOpacity', (v) => n(v, 1));
  set('stroke-width', 'strokeWidth', (v) => n(v, 1));
  set('stroke-dasharray', 'dash', (v) => (v === 'none' ? [] : v.split(/[\s,]+/).map((x) => n(x))));
  set('stroke-linecap', 'cap', (v) => v as CanvasLineCap);
  set('stroke-linejoin', 'join', (v) => (v === 'miter-clip' || v === 'arcs' ? 'miter' : (v as CanvasLineJoin)));
  set('stroke-miterlimit', 'miter', (v) => n(v, 4));
  set('font-family', 'family', String);
  set('font-size', 'size', (v) => n(v, parent.size));
  set('font-weight', 'weight', (v) => (v === 'normal' ? '400' : v === 'bold' ? '700' : v));
  set('font-style', 'fontStyle', String);
  set('text-anchor', 'anchor', String);
  set('dominant-baseline', 'baseline', String);
  set('letter-spacing', 'letterSpacing', (v) => n(v));
  set('visibility', 'visible', (v) => v === 'visible');
  set('paint-order', 'paintStrokeFirst', (v) => /^stroke/.test(v) || /^markers\s+stroke/.test(v));
  set('text-decoration', 'underline', (v) => v.includes('underline'));
  set('marker-end', 'markerEnd', String);
  set('marker-start', 'markerStart', String);
  return s;
}

class Painter {
  constructor(
    private readonly root: SVGSVGElement,
    private readonly ctx: Ctx2D,
    private readonly scale: number,
  ) {}

  private byId(ref: string): Element | null {
    const id = /url\(\s*["']?#([^"')]+)["']?\s*\)/.exec(ref)?.[1];
    if (!id) return null;
    for (const e of this.root.querySelectorAll('[id]')) if (e.id === id) return e;
    return null;
  }

  private paint(value: string): string | CanvasPattern | null {
    if (!value || value === 'none' || value === 'transparent') return null;
    if (value.startsWith('url(')) {
      const target = this.byId(value);
      if (target?.localName === 'pattern') return this.pattern(target);
      // A fallback colour after the reference: `url(#p) red`.
      const fallback = value.replace(/url\([^)]*\)/, '').trim();
      return fallback && fallback !== 'none' ? fallback : null;
    }
    if (value === 'currentColor' || value === 'currentcolor') return 'rgb(0, 0, 0)';
    return value;
  }

  private pattern(p: Element): CanvasPattern | null {
    const w = n(p.getAttribute('width'));
    const h = n(p.getAttribute('height'));
    if (!(w > 0 && h > 0)) return null;
    const tile = document.createElement('canvas');
    const k = this.scale * 2;
    tile.width = Math.max(1, Math.round(w * k));
    tile.height = Math.max(1, Math.round(h * k));
    const c = tile.getContext('2d');
    if (!c) return null;
    c.scale(k, k);
    const sub = new Painter(this.root, c, k);
    for (const child of p.children) sub.node(child, INITIAL, 1);
    const pattern = this.ctx.createPattern(tile, 'repeat');
    if (!pattern) return null;
    const m = parseTransform(p.getAttribute('patternTransform') ?? p.getAttribute('transform'));
    pattern.setTransform(m.scale(1 / k, 1 / k));
    return pattern;
  }

  /** Paints `node` and its children, in document order. */
  node(node: Element, parent: Style, alpha: number): void {
    const name = node.localName.toLowerCase();
    if (SKIP.has(name)) return;
    if (node.getAttribute('display') === 'none') return;
    const s = styleOf(node, parent);
    const a = alpha * n(node.getAttribute('opacity'), 1);
    if (a <= 0) return;
    const ctx = this.ctx;
    ctx.save();
    try {
      const t = node.getAttribute('transform');
      if (t && name !== 'svg') ctx.transform(...matrixArgs(parseTransform(t)));
      switch (name) {
        case 'svg':
          this.svg(node as SVGSVGElement, s, a);
          return;
        case 'g':
        case 'a':
        case 'switch':
          for (const child of node.children) this.node(child, s, a);
          return;
        case 'text':
          if (s.visible) this.text(node, s, a);
          return;
        case 'image':
          if (s.visible) this.image(node as SVGImageElement, a);
          return;
      }
      const path = shapePath(node, name);
      if (!path || !s.visible) return;
      this.shape(path, s, a);
      if (name === 'path' || name === 'line' || name === 'polyline' || name === 'polygon') this.markers(node, name, s, a);
    } finally {
      ctx.restore();
    }
  }

  private svg(node: SVGSVGElement, s: Style, a: number): void {
    const ctx = this.ctx;
    const isRoot = node === this.root;
    const x = isRoot ? 0 : n(node.getAttribute('x'));
    const y = isRoot ? 0 : n(node.getAttribute('y'));
    const w = n(node.getAttribute('width'), NaN);
    const h = n(node.getAttribute('height'), NaN);
    ctx.translate(x, y);
    if (!isRoot && node.getAttribute('overflow') !== 'visible' && w > 0 && h > 0) {
      ctx.beginPath();
      ctx.rect(0, 0, w, h);
      ctx.clip();
    }
    const vb = (node.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0 && w > 0 && h > 0) {
      // preserveAspectRatio's default, xMidYMid meet.
      const k = Math.min(w / vb[2]!, h / vb[3]!);
      ctx.translate((w - vb[2]! * k) / 2, (h - vb[3]! * k) / 2);
      ctx.scale(k, k);
      ctx.translate(-vb[0]!, -vb[1]!);
    }
    for (const child of node.children) this.node(child, s, a);
  }

  private shape(path: Path2D, s: Style, a: number): void {
    const ctx = this.ctx;
    this.paintBoth(
      s,
      a,
      () => ctx.fill(path),
      () => ctx.stroke(path),
    );
  }

  /** Fill and stroke in the element's paint order, each only where its paint is set. */
  private paintBoth(s: Style, a: number, fill: () => void, stroke: () => void): void {
    const ctx = this.ctx;
    const fillPaint = this.paint(s.fill);
    const strokePaint = s.strokeWidth > 0 ? this.paint(s.stroke) : null;
    const doFill = (): void => {
      if (!fillPaint) return;
      ctx.globalAlpha = a * s.fillOpacity;
      ctx.fillStyle = fillPaint;
      fill();
    };
    const doStroke = (): void => {
      if (!strokePaint) return;
      this.strokeStyle(s, strokePaint, a);
      stroke();
    };
    if (s.paintStrokeFirst) {
      doStroke();
      doFill();
    } else {
      doFill();
      doStroke();
    }
  }

  private strokeStyle(s: Style, stroke: string | CanvasPattern, a: number): void {
    const ctx = this.ctx;
    ctx.globalAlpha = a * s.strokeOpacity;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = s.strokeWidth;
    ctx.lineCap = s.cap;
    ctx.lineJoin = s.join;
    ctx.miterLimit = s.miter;
    ctx.setLineDash(s.dash.some((d) => d > 0) ? s.dash : []);
  }

  private markers(node: Element, name: string, s: Style, a: number): void {
    for (const [which, ref] of [
      ['end', s.markerEnd],
      ['start', s.markerStart],
    ] as const) {
      if (!ref || ref === 'none') continue;
      const marker = this.byId(ref);
      if (marker?.localName !== 'marker') continue;
      const at = ends(node, name)?.[which];
      if (!at) continue;
      const ctx = this.ctx;
      ctx.save();
      ctx.translate(at.x, at.y);
      const orient = marker.getAttribute('orient') ?? '0';
      if (orient === 'auto') ctx.rotate(at.angle);
      else if (orient === 'auto-start-reverse') ctx.rotate(which === 'start' ? at.angle + Math.PI : at.angle);
      else ctx.rotate((n(orient) * Math.PI) / 180);
      if (marker.getAttribute('markerUnits') !== 'userSpaceOnUse') ctx.scale(s.strokeWidth, s.strokeWidth);
      const mw = n(marker.getAttribute('markerWidth'), 3);
      const mh = n(marker.getAttribute('markerHeight'), 3);
      const vb = (marker.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      // The reference point (in viewBox units) lands on the line's end.
      const k = vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0 ? Math.min(mw / vb[2]!, mh / vb[3]!) : 1;
      ctx.scale(k, k);
      ctx.translate(-n(marker.getAttribute('refX')), -n(marker.getAttribute('refY')));
      const markerStyle = styleOf(marker, s);
      for (const child of marker.children) this.node(child, { ...markerStyle, markerEnd: 'none', markerStart: 'none' }, a);
      ctx.restore();
    }
  }

  private text(node: Element, s: Style, a: number): void {
    // Runs laid out one after the other from the text's position. A tspan with its own x
    // starts a new chunk, and the anchor (middle, end) applies to each chunk as a whole.
    type Run = { text: string; style: Style; x: number; y: number };
    const chunks: Run[][] = [[]];
    let x = n(node.getAttribute('x')) + length(node.getAttribute('dx'), s.size);
    let y = n(node.getAttribute('y')) + length(node.getAttribute('dy'), s.size);
    const walk = (el: Element, style: Style): void => {
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const text = (child.textContent ?? '').replace(/[\n\r\t]/g, ' ');
          if (text) chunks.at(-1)!.push({ text, style, x, y });
        } else if (child instanceof Element && (child.localName === 'tspan' || child.localName === 'a')) {
          const cs = styleOf(child, style);
          if (child.hasAttribute('x')) {
            x = n(child.getAttribute('x'));
            chunks.push([]);
          }
          if (child.hasAttribute('y')) y = n(child.getAttribute('y'));
          y += length(child.getAttribute('dy'), cs.size);
          walk(child, cs);
        }
      }
    };
    walk(node, s);
    for (const chunk of chunks) {
      if (!chunk.length) continue;
      const widths = chunk.map((r) => this.measure(r.text, r.style));
      const total = widths.reduce((p, w) => p + w, 0);
      const anchor = chunk[0]!.style.anchor;
      const start = chunk[0]!.x;
      let pen = anchor === 'middle' ? start - total / 2 : anchor === 'end' ? start - total : start;
      chunk.forEach((r, i) => {
        this.run(r.text, r.style, pen, r.y, a);
        pen += widths[i]!;
      });
    }
  }

  private font(s: Style): string {
    return `${s.fontStyle === 'normal' ? '' : `${s.fontStyle} `}${s.weight} ${s.size}px ${s.family}`;
  }

  private measure(text: string, s: Style): number {
    const ctx = this.ctx;
    ctx.font = this.font(s);
    return ctx.measureText(text).width + s.letterSpacing * [...text].length;
  }

  private run(text: string, s: Style, x: number, y: number, a: number): void {
    if (!s.visible) return;
    const ctx = this.ctx;
    ctx.font = this.font(s);
    ctx.textAlign = 'left';
    ctx.textBaseline =
      s.baseline === 'central' || s.baseline === 'middle'
        ? 'middle'
        : s.baseline === 'hanging'
          ? 'hanging'
          : s.baseline === 'text-before-edge'
            ? 'top'
            : 'alphabetic';
    if ('letterSpacing' in ctx) (ctx as Ctx2D & { letterSpacing: string }).letterSpacing = `${s.letterSpacing}px`;
    this.paintBoth(
      s,
      a,
      () => {
        ctx.fillText(text, x, y);
        if (s.underline) ctx.fillRect(x, y + s.size * 0.12, this.measure(text, s), Math.max(1, s.size / 14));
      },
      () => ctx.strokeText(text, x, y),
    );
  }

  private image(node: SVGImageElement, a: number): void {
    const source = imageSources.get(node);
    if (!source) return;
    this.ctx.globalAlpha = a;
    this.ctx.drawImage(
      source,
      n(node.getAttribute('x')),
      n(node.getAttribute('y')),
      n(node.getAttribute('width')),
      n(node.getAttribute('height')),
    );
  }
}

/** The SVG painted on a new canvas at `scale`× its size. */
export function svgToCanvas(svg: SVGSVGElement, scale = 2): HTMLCanvasElement {
  const width = n(svg.getAttribute('width'));
  const height = n(svg.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width * scale));
  canvas.height = Math.max(1, Math.ceil(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(scale, scale);
  const root = { ...INITIAL, family: svg.getAttribute('font-family') ?? INITIAL.family, size: n(svg.getAttribute('font-size'), 16) };
  new Painter(svg, ctx, scale).node(svg, root, 1);
  return canvas;
}
