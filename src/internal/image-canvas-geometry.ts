/**
 * The geometry image-canvas.ts paints from: SVG transforms as matrices, shapes as Path2D,
 * and where a line ends and in which direction (for its markers).
 */

export const n = (v: string | null, fallback = 0): number => {
  const x = parseFloat(v ?? '');
  return Number.isFinite(x) ? x : fallback;
};

/** An SVG `transform` list (translate, scale, rotate, skewX/Y, matrix) as a matrix. */
export function parseTransform(value: string | null): DOMMatrix {
  const m = new DOMMatrix();
  if (!value) return m;
  for (const [, fn, args] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (a.some((x) => !Number.isFinite(x))) continue;
    switch (fn) {
      case 'translate':
        m.translateSelf(a[0] ?? 0, a[1] ?? 0);
        break;
      case 'scale':
        m.scaleSelf(a[0] ?? 1, a[1] ?? a[0] ?? 1);
        break;
      case 'rotate':
        if (a.length >= 3) m.translateSelf(a[1]!, a[2]!).rotateSelf(a[0]!).translateSelf(-a[1]!, -a[2]!);
        else m.rotateSelf(a[0] ?? 0);
        break;
      case 'skewX':
        m.skewXSelf(a[0] ?? 0);
        break;
      case 'skewY':
        m.skewYSelf(a[0] ?? 0);
        break;
      case 'matrix':
        if (a.length === 6) m.multiplySelf(new DOMMatrix(a));
        break;
    }
  }
  return m;
}

export function matrixArgs(m: DOMMatrix): [number, number, number, number, number, number] {
  return [m.a, m.b, m.c, m.d, m.e, m.f];
}

/** A length in user units or `em` of the font size. */
export function length(v: string | null, fontSize: number): number {
  if (!v) return 0;
  const x = parseFloat(v);
  if (!Number.isFinite(x)) return 0;
  return /em\s*$/.test(v) ? x * fontSize : x;
}

function points(node: Element): number[] {
  return (node.getAttribute('points') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
}

export function shapePath(node: Element, name: string): Path2D | null {
  const p = new Path2D();
  const at = (k: string): number => n(node.getAttribute(k));
  switch (name) {
    case 'rect': {
      const w = at('width');
      const h = at('height');
      if (!(w > 0 && h > 0)) return null;
      const rx = Math.min(node.hasAttribute('rx') ? at('rx') : at('ry'), w / 2);
      const ry = Math.min(node.hasAttribute('ry') ? at('ry') : at('rx'), h / 2);
      if (rx > 0 || ry > 0) p.roundRect(at('x'), at('y'), w, h, [{ x: rx, y: ry }]);
      else p.rect(at('x'), at('y'), w, h);
      return p;
    }
    case 'circle':
      if (!(at('r') > 0)) return null;
      p.arc(at('cx'), at('cy'), at('r'), 0, 2 * Math.PI);
      return p;
    case 'ellipse':
      if (!(at('rx') > 0 && at('ry') > 0)) return null;
      p.ellipse(at('cx'), at('cy'), at('rx'), at('ry'), 0, 0, 2 * Math.PI);
      return p;
    case 'line':
      p.moveTo(at('x1'), at('y1'));
      p.lineTo(at('x2'), at('y2'));
      return p;
    case 'polyline':
    case 'polygon': {
      const xy = points(node);
      if (xy.length < 4) return null;
      p.moveTo(xy[0]!, xy[1]!);
      for (let i = 2; i + 1 < xy.length; i += 2) p.lineTo(xy[i]!, xy[i + 1]!);
      if (name === 'polygon') p.closePath();
      return p;
    }
    case 'path': {
      const d = node.getAttribute('d');
      return d ? new Path2D(d) : null;
    }
    default:
      return null;
  }
}

interface End {
  x: number;
  y: number;
  angle: number;
}

/** Where a line starts and ends, and its direction there (for markers). */
export function ends(node: Element, name: string): { start: End; end: End } | null {
  const at = (k: string): number => n(node.getAttribute(k));
  let pts: number[][];
  if (name === 'line')
    pts = [
      [at('x1'), at('y1')],
      [at('x2'), at('y2')],
    ];
  else if (name === 'path') pts = pathPoints(node.getAttribute('d') ?? '');
  else {
    const xy = points(node);
    pts = [];
    for (let i = 0; i + 1 < xy.length; i += 2) pts.push([xy[i]!, xy[i + 1]!]);
  }
  if (pts.length < 2) return null;
  const [a, b] = [pts[0]!, pts[1]!];
  const [y, z] = [pts.at(-2)!, pts.at(-1)!];
  return {
    start: { x: a[0]!, y: a[1]!, angle: Math.atan2(b[1]! - a[1]!, b[0]! - a[0]!) },
    end: { x: z[0]!, y: z[1]!, angle: Math.atan2(z[1]! - y[1]!, z[0]! - y[0]!) },
  };
}

/**
 * The points that fix a path's directions at its ends: each segment's control points and end
 * point, in absolute coordinates (an arc's direction is taken as its chord's).
 */
function pathPoints(d: string): number[][] {
  const out: number[][] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const [, cmd, args] of d.matchAll(/([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)/g)) {
    const v = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const rel = cmd === cmd!.toLowerCase();
    const C = cmd!.toUpperCase();
    const push = (x: number, y: number, move = false): void => {
      const px = rel ? cx + x : x;
      const py = rel ? cy + y : y;
      if (!move) out.push([px, py]);
      return void ((cx = px), (cy = py));
    };
    if (C === 'Z') {
      out.push([sx, sy]);
      cx = sx;
      cy = sy;
      continue;
    }
    const size = { M: 2, L: 2, T: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, A: 7 }[C] ?? 2;
    for (let i = 0; i + size <= v.length; i += size) {
      const s = v.slice(i, i + size);
      if (C === 'M' && i === 0) {
        push(s[0]!, s[1]!, true);
        out.push([cx, cy]);
        sx = cx;
        sy = cy;
      } else if (C === 'H') push(s[0]!, rel ? 0 : cy);
      else if (C === 'V') push(rel ? 0 : cx, s[0]!);
      else if (C === 'A') push(s[5]!, s[6]!);
      else {
        // Control points, then the end point (which moves the pen).
        const bx = cx;
        const by = cy;
        for (let j = 0; j + 2 < size; j += 2) out.push([rel ? bx + s[j]! : s[j]!, rel ? by + s[j + 1]! : s[j + 1]!]);
        push(s[size - 2]!, s[size - 1]!);
      }
    }
  }
  // A control point on top of its end point gives no direction: drop repeats at both ends.
  const same = (p: number[], q: number[]): boolean => Math.abs(p[0]! - q[0]!) < 1e-9 && Math.abs(p[1]! - q[1]!) < 1e-9;
  while (out.length > 2 && same(out.at(-1)!, out.at(-2)!)) out.splice(-2, 1);
  while (out.length > 2 && same(out[0]!, out[1]!)) out.splice(1, 1);
  return out;
}
