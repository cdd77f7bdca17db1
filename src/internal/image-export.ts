/**
 * A drawn widget as one standalone SVG: what the "Download image" tools save (as SVG, or
 * as PNG drawn from it) and what `npm run snapshot` pastes where scripts are stripped.
 *
 * The widget's colours and fonts live in custom properties and shadow-root classes, which
 * mean nothing outside the widget. So every element of the chart SVG is cloned with its
 * computed style written back as presentation attributes (`fill="rgb(…)"`), and the HTML
 * parts (title, description, legend, source line) are redrawn as SVG text and rectangles
 * at the positions the browser laid them out at. Everything is built with DOM APIs and
 * serialised by the browser: no string from data is ever spliced into markup.
 */
import { fileSlug } from './csv.js';
import { cleanText } from './strings.js';
import { safeHref } from './url.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export type ImageFormat = 'svg' | 'png';

export interface FigureSvgOptions {
  /**
   * `image` (default): title, description, legend, chart and source line stacked tightly
   * with a margin, for a file. `static`: every part where it is on screen (the box keeps
   * the widget's height), with the source links and the heading role kept, for the no-JS
   * snapshot.
   */
  mode?: 'image' | 'static';
  /** Prefix for ids copied from the chart, so two figures on one page never share an id. */
  idPrefix?: string;
  /** Margin around the image, in px (image mode). */
  margin?: number;
  /** Static mode: height of the box at the widget's width; the content moves up to fit. */
  height?: number;
}

type Mode = NonNullable<FigureSvgOptions['mode']>;

interface Ctx {
  mode: Mode;
  idPrefix: string;
  /** Adds to a viewport x or y to give the position in the output. */
  dx: number;
  dy: number;
  fragments: Fragment[];
  /** Id given to the title's group (static mode), for the figure's aria-labelledby. */
  headingId?: string;
  /** Font set on the root `<svg>`: text elements repeat it only where they differ. */
  font: { family: string; size: string };
}

/* ---------------- public API ---------------- */

/** The title a widget shows, for file names and the SVG's `<title>`. */
export function figureTitle(host: Element): string {
  return host.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

/**
 * Builds the standalone SVG of a drawn widget. The widget must be rendered (in the page,
 * drawn): positions and styles are read from its layout.
 */
export function figureSvg(host: HTMLElement, options: FigureSvgOptions = {}): SVGSVGElement {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has not rendered`);
  const mode: Mode = options.mode ?? 'image';
  const idPrefix = options.idPrefix ?? `mt-${Math.random().toString(36).slice(2, 8)}`;
  const hostRect = host.getBoundingClientRect();
  const hostStyle = getComputedStyle(host);

  const parts =
    mode === 'image'
      ? ['figcaption', '.legend', '.chart', '[part~="source"]']
      : ['figcaption', '[part~="error"]', '.legend', '.chart', '[part~="source"]'];
  const blocks = parts
    .map((sel) => root.querySelector(sel))
    .filter((el): el is Element => el !== null)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });

  const svg = el('svg');
  svg.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  // The widget's own type settings, so text that sets none matches the widget.
  const font = { family: hostStyle.fontFamily, size: px(hostStyle.fontSize) };
  svg.setAttribute('font-family', font.family);
  svg.setAttribute('font-size', font.size);
  const title = figureTitle(host);
  const background = opaqueBackground(host);

  const body = el('g');
  let width: number;
  let height: number;
  if (mode === 'image') {
    const margin = options.margin ?? 16;
    const figureRect = (root.querySelector('figure') ?? host).getBoundingClientRect();
    let y = margin;
    let previousBottom: number | null = null;
    for (const block of blocks) {
      const r = block.getBoundingClientRect();
      // Keep the widget's spacing between the parts shown, but close up what the image
      // leaves out (controls, the alert) instead of leaving a hole.
      if (previousBottom !== null) y += Math.max(0, Math.min(r.top - previousBottom, 16));
      const g = el('g');
      drawBlock(block, g, { mode, idPrefix, dx: margin - figureRect.left, dy: y - r.top, fragments: [], font });
      body.append(g);
      y += r.height;
      previousBottom = r.bottom;
    }
    width = Math.ceil(figureRect.width + 2 * margin);
    height = Math.ceil(y + margin);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    const t = el('title');
    t.textContent = title;
    svg.append(t);
    const description = root.querySelector('[part~="description"]')?.textContent?.trim();
    if (description) {
      const d = el('desc');
      d.textContent = description;
      svg.append(d);
    }
  } else {
    width = Math.round(hostRect.width);
    height = Math.round((options.height ?? hostRect.height) * 100) / 100;
    // When the box must be shorter than the widget (the snapshot keeps room for its table
    // toggle), take the difference half from the padding above the title and half from
    // the gap above the source line, so neither closes up.
    const rects = blocks.map((b) => b.getBoundingClientRect());
    const first = rects[0];
    const last = rects.at(-1);
    const excess = first && last ? Math.max(0, last.bottom - hostRect.top - height) : 0;
    const gap = rects.length > 1 ? Math.max(0, last!.top - rects.at(-2)!.bottom - 2) : 0;
    const top = first ? Math.max(0, first.top - hostRect.top - 2) : 0;
    const fromGap = Math.min(gap, excess / 2);
    const fromTop = Math.min(top, excess - fromGap);
    blocks.forEach((block, i) => {
      const shift = fromTop + (i === blocks.length - 1 && i > 0 ? fromGap : 0);
      const g = el('g');
      drawBlock(block, g, { mode, idPrefix, dx: -hostRect.left, dy: -hostRect.top - shift, fragments: [], font });
      body.append(g);
    });
    // Fills the column and keeps its proportions (the height follows from the viewBox): at
    // the width it was made for it is exactly the widget's size; in a narrower column it
    // shrinks rather than overflow or leave a gap.
    svg.setAttribute('width', '100%');
    svg.setAttribute('display', 'block');
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background) {
    const bg = el('rect');
    bg.setAttribute('width', String(width));
    bg.setAttribute('height', String(height));
    bg.setAttribute('fill', background);
    svg.append(bg);
  }
  svg.append(body);
  return svg;
}

/** The SVG as a file: XML declaration plus the browser's own serialisation. */
export function serializeSvg(svg: SVGSVGElement): string {
  // Clean: a lone surrogate makes encodeURIComponent throw, a control character is not XML.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${cleanText(new XMLSerializer().serializeToString(svg))}\n`;
}

/** What the README promises a reader sees when the page's policy refuses the PNG's source image. */
const CSP_MESSAGE = "the page's Content-Security-Policy blocks the image the PNG is drawn from: its img-src must allow data: (the SVG works)";

/** Set once the page's policy refused a `data:` image: later PNG requests answer without trying. */
let dataImagesBlocked = false;

/**
 * Whether a `<meta http-equiv="Content-Security-Policy">` of the document refuses `data:`
 * images (a policy sent as a header cannot be read from script; that one is learnt from the
 * first refusal).
 */
export function metaPolicyBlocksData(doc: Document): boolean {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[http-equiv]')) {
    if (meta.httpEquiv.toLowerCase() !== 'content-security-policy') continue;
    const directives = new Map<string, string[]>();
    for (const part of meta.content.split(';')) {
      const [name, ...values] = part.trim().toLowerCase().split(/\s+/);
      if (name && !directives.has(name)) directives.set(name, values);
    }
    const sources = directives.get('img-src') ?? directives.get('default-src');
    if (sources && !sources.includes('data:')) return true;
  }
  return false;
}

/**
 * Draws an SVG on a canvas at `scale`× and returns a PNG. The SVG is loaded as an image
 * from a `data:` URL, so a page with a Content-Security-Policy must allow `img-src data:`.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  // Not tried where the policy is known to refuse it: a second violation report helps no one.
  if (dataImagesBlocked || metaPolicyBlocksData(svg.ownerDocument)) {
    dataImagesBlocked = true;
    throw new Error(CSP_MESSAGE);
  }
  const img = new Image();
  let refused = false;
  const onViolation = (e: SecurityPolicyViolationEvent): void => {
    if (e.blockedURI === 'data' || e.blockedURI.startsWith('data:')) refused = true;
  };
  const doc = svg.ownerDocument;
  doc.addEventListener('securitypolicyviolation', onViolation);
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => {
      // The violation event is queued as a task: let it arrive before deciding what went wrong.
      setTimeout(() => {
        if (refused) dataImagesBlocked = true;
        reject(new Error(refused ? CSP_MESSAGE : 'the chart image could not be loaded; if the page has a Content-Security-Policy, its img-src must allow data:'));
      }, 50);
    };
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(svg))}`;
  try {
    await loaded;
  } finally {
    doc.removeEventListener('securitypolicyviolation', onViolation);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}

/** The widget as an image file: the blob and a file name from its title. */
export async function exportImage(host: HTMLElement, format: ImageFormat): Promise<{ blob: Blob; filename: string }> {
  const svg = figureSvg(host, { mode: 'image' });
  const filename = `${fileSlug(figureTitle(host) || host.localName)}.${format}`;
  const blob =
    format === 'svg' ? new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg);
  return { blob, filename };
}

/** Saves a blob through a temporary `<a download>` placed in `parent` (the widget's shadow root). */
export function saveBlob(blob: Blob, filename: string, parent: Node & ParentNode): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  // The download has started by now in every engine; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/* ---------------- HTML blocks ---------------- */

function el<K extends keyof SVGElementTagNameMap>(name: K): SVGElementTagNameMap[K] {
  return document.createElementNS(SVG_NS, name);
}

const SKIP = 'button, input, select, textarea, .sr-only, .tooltip, [part~="tooltip"], [part~="tools"], [part~="download"], [part~="controls"], [part~="search"], .controls, [hidden], script, style, template';

function drawBlock(block: Element, g: SVGGElement, ctx: Ctx): void {
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

function visibleColor(c: string): boolean {
  return !!c && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c) && !/\/\s*0\)$/.test(c);
}

function num(v: string): number {
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : 0;
}

const round = (n: number): string => String(Math.round(n * 100) / 100);
const px = (v: string): string => v.replace(/(\d)px\b/g, '$1');

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
      i === 0 ? [x, y, r.width, s.w] : i === 1 ? [x + r.width - s.w, y, s.w, r.height] : i === 2 ? [x, y + r.height - s.w, r.width, s.w] : [x, y, s.w, r.height];
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
  return image;
}

/* ---------------- text ---------------- */

interface TextStyle {
  fill: string;
  family: string;
  size: string;
  weight: string;
  style: string;
  letterSpacing: string;
  underline: boolean;
}

interface Fragment {
  text: string;
  x: number;
  right: number;
  baseline: number;
  fontSize: number;
  style: TextStyle;
  key: string;
  href: string | undefined;
  /** The element with role="heading" the text belongs to (static mode marks it). */
  heading: Element | null;
  /** A piece of a word the browser broke across lines: no space after it. */
  midWord: boolean;
}

let measureContext: CanvasRenderingContext2D | null = null;
const ascents = new Map<string, number>();

/** Distance from the top of a text box to its baseline: the font's ascent, as layout uses it. */
function ascent(cs: CSSStyleDeclaration): number {
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  let a = ascents.get(font);
  if (a === undefined) {
    measureContext ??= document.createElement('canvas').getContext('2d');
    const size = num(cs.fontSize);
    a = size * 0.8;
    if (measureContext) {
      measureContext.font = font;
      const m = measureContext.measureText('Hg');
      if (m.fontBoundingBoxAscent > 0) a = m.fontBoundingBoxAscent;
    }
    ascents.set(font, a);
  }
  return a;
}

/** Words of a text node with their laid-out boxes; lines are rebuilt from them. */
function collectText(node: Text, ctx: Ctx): void {
  const parent = node.parentElement;
  if (!parent || !node.data.trim()) return;
  const cs = getComputedStyle(parent);
  const link = ctx.mode === 'static' ? parent.closest('a') : null;
  const href = link ? safeHref(link.getAttribute('href')) : undefined;
  const underline = [...ancestors(parent)].some((a) => getComputedStyle(a).textDecorationLine.includes('underline'));
  const style: TextStyle = {
    fill: cs.color,
    family: cs.fontFamily,
    size: px(cs.fontSize),
    weight: cs.fontWeight,
    style: cs.fontStyle,
    letterSpacing: cs.letterSpacing,
    underline,
  };
  const key = JSON.stringify(style);
  const heading = parent.closest('[role="heading"]');
  const range = document.createRange();
  const a = ascent(cs);
  // HTML collapses only ASCII whitespace: a no-break space inside "1 234" stays in its word.
  const push = (text: string, rect: DOMRect, midWord = false): void => {
    if (cs.textTransform === 'uppercase') text = text.toUpperCase();
    else if (cs.textTransform === 'lowercase') text = text.toLowerCase();
    ctx.fragments.push({
      text,
      x: rect.left + ctx.dx,
      right: rect.right + ctx.dx,
      baseline: rect.top + a + ctx.dy,
      fontSize: num(cs.fontSize),
      style,
      key,
      href,
      heading,
      midWord,
    });
  };
  for (const m of node.data.matchAll(/[^ \t\n\r\f]+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const rects = range.getClientRects();
    const rect = rects[0];
    if (!rect || rect.width === 0) continue;
    if (rects.length === 1) {
      push(m[0], rect);
      continue;
    }
    // A word the browser broke across lines ("2015-" / "2019"): split it where it broke.
    let start = 0;
    let first: DOMRect | null = null;
    let last: DOMRect | null = null;
    for (let i = 0; i <= m[0].length; i++) {
      let r: DOMRect | undefined;
      if (i < m[0].length) {
        range.setStart(node, m.index + i);
        range.setEnd(node, m.index + i + 1);
        r = range.getClientRects()[0];
      }
      if (first && last && (!r || Math.abs(r.top - first.top) > 1)) {
        push(m[0].slice(start, i), new DOMRect(first.left, first.top, last.right - first.left, first.height), i < m[0].length);
        start = i;
        first = null;
      }
      if (r) {
        first ??= r;
        last = r;
      }
    }
  }
}

function* ancestors(node: Element): Generator<Element> {
  for (let n: Element | null = node; n && !(n instanceof HTMLElement && n.matches('figure, figcaption, .footer, .legend, .chart')); n = n.parentElement) yield n;
}

interface Run {
  text: string;
  style: TextStyle;
  key: string;
  href: string | undefined;
}
interface Line {
  midWord: boolean;
  x: number;
  baseline: number;
  right: number;
  heading: Element | null;
  runs: Run[];
}

/**
 * Rebuilds lines from words: words on one baseline, close together, become one `<text>`
 * whose runs flow in the reader's font (so a link after "Source:" never overlaps it even
 * when the font differs); a wide gap (legend items, flex gaps) starts a new `<text>` at
 * its own x, so it stays aligned with its swatch.
 */
function emitText(fragments: Fragment[], g: SVGGElement, ctx: Ctx): void {
  const lines: Line[] = [];
  for (const f of fragments) {
    const line = lines.at(-1);
    const gap = line ? f.x - line.right : 0;
    const same =
      line && Math.abs(f.baseline - line.baseline) < 1 && line.heading === f.heading && gap > -1 && gap < 0.6 * f.fontSize;
    if (!line || !same) {
      lines.push({ x: f.x, baseline: f.baseline, right: f.right, heading: f.heading, midWord: f.midWord, runs: [{ text: f.text, style: f.style, key: f.key, href: f.href }] });
      continue;
    }
    const space = gap > 0.12 * f.fontSize ? ' ' : '';
    const last = line.runs.at(-1)!;
    if (last.key === f.key && last.href === f.href) last.text += space + f.text;
    else if ((f.href && !last.href) || (f.style.underline && !last.style.underline)) {
      // The space goes to the plain run: an underline under it would look like a typo.
      last.text += space;
      line.runs.push({ text: f.text, style: f.style, key: f.key, href: f.href });
    } else line.runs.push({ text: space + f.text, style: f.style, key: f.key, href: f.href });
    line.right = f.right;
    line.midWord = f.midWord;
  }
  // Lines of one paragraph read as one text (a heading's accessible name, copied text):
  // a space ends each line, except where a word was broken. SVG does not draw it.
  for (const line of lines) if (!line.midWord) line.runs.at(-1)!.text += ' ';

  let group: SVGGElement | null = null;
  let groupOwner: Element | null = null;
  for (const line of lines) {
    const text = el('text');
    text.setAttribute('x', round(line.x));
    text.setAttribute('y', round(line.baseline));
    // An underline on the <text> would reach every run: only the underlined runs get one.
    const base = { ...line.runs[0]!.style, underline: false };
    const baseKey = JSON.stringify(base);
    setTextStyle(text, base, null, ctx.font);
    for (const run of line.runs) {
      let target: SVGElement = text;
      if (run.href && ctx.mode === 'static') {
        const a = el('a');
        a.setAttribute('href', run.href);
        text.append(a);
        target = a;
      }
      if (run.key === baseKey && target === text) {
        text.append(run.text);
      } else {
        const tspan = el('tspan');
        setTextStyle(tspan, run.style, base, ctx.font);
        tspan.textContent = run.text;
        target.append(tspan);
      }
    }
    // The title stays a heading for screen readers in the static figure.
    if (ctx.mode === 'static' && line.heading) {
      if (groupOwner !== line.heading) {
        group = el('g');
        group.setAttribute('role', 'heading');
        group.setAttribute('aria-level', line.heading.getAttribute('aria-level') ?? '2');
        if (!ctx.headingId) {
          ctx.headingId = `${ctx.idPrefix}-title`;
          group.id = ctx.headingId;
        }
        g.append(group);
        groupOwner = line.heading;
      }
      group!.append(text);
    } else {
      g.append(text);
      groupOwner = null;
    }
  }
}

function setTextStyle(target: SVGElement, s: TextStyle, base: TextStyle | null, root: Ctx['font']): void {
  if (!base || s.fill !== base.fill) target.setAttribute('fill', s.fill);
  if (s.family !== (base?.family ?? root.family)) target.setAttribute('font-family', s.family);
  if (s.size !== (base?.size ?? root.size)) target.setAttribute('font-size', s.size);
  if ((!base && s.weight !== '400') || (base && s.weight !== base.weight)) target.setAttribute('font-weight', s.weight);
  if ((!base && s.style !== 'normal') || (base && s.style !== base.style)) target.setAttribute('font-style', s.style);
  if (s.letterSpacing !== 'normal' && (!base || s.letterSpacing !== base.letterSpacing)) target.setAttribute('letter-spacing', px(s.letterSpacing));
  if (s.underline && (!base || !base.underline)) target.setAttribute('text-decoration', 'underline');
}

/* ---------------- chart SVG ---------------- */

/** Inherited properties: written where they differ from the parent (at the root: from the initial value). */
const INHERITED: Array<[string, string]> = [
  ['fill', 'rgb(0, 0, 0)'],
  ['fill-opacity', '1'],
  ['fill-rule', 'nonzero'],
  ['stroke', 'none'],
  ['stroke-width', '1px'],
  ['stroke-opacity', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-dashoffset', '0px'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['stroke-miterlimit', '4'],
  ['font-family', ''],
  ['font-size', ''],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
  ['letter-spacing', 'normal'],
  ['word-spacing', '0px'],
  ['visibility', 'visible'],
  ['paint-order', 'normal'],
  ['clip-rule', 'nonzero'],
  ['shape-rendering', 'auto'],
  ['marker-start', 'none'],
  ['marker-mid', 'none'],
  ['marker-end', 'none'],
];
/** Properties that do not inherit: written where they differ from the initial value. */
const OWN: Array<[string, string]> = [
  ['opacity', '1'],
  ['stop-color', 'rgb(0, 0, 0)'],
  ['stop-opacity', '1'],
  ['vector-effect', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['filter', 'none'],
];
const NO_STYLE = new Set(['title', 'desc', 'metadata']);
const DROP = new Set(['script', 'style', 'foreignobject']);

function cloneSvg(source: SVGSVGElement, r: DOMRect, ctx: Ctx): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const removals: Element[] = [];
  resolve(source, clone, null, true, ctx, removals);
  for (const node of removals) node.remove();
  // Lit's markers and other comments are noise in a file.
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const found: ChildNode[] = [];
  while (comments.nextNode()) found.push(comments.currentNode as ChildNode);
  for (const c of found) c.remove();

  clone.setAttribute('x', round(r.left + ctx.dx));
  clone.setAttribute('y', round(r.top + ctx.dy));
  clone.setAttribute('width', round(r.width));
  clone.setAttribute('height', round(r.height));
  return clone;
}

function resolve(source: Element, clone: Element, parent: CSSStyleDeclaration | null, isRoot: boolean, ctx: Ctx, removals: Element[]): void {
  const name = source.localName.toLowerCase();
  if (DROP.has(name)) {
    removals.push(clone);
    return;
  }
  cleanAttributes(clone, isRoot, ctx);
  if (NO_STYLE.has(name)) return;
  const cs = getComputedStyle(source);
  if (cs.display === 'none' && !source.closest('defs, clipPath, mask, marker, pattern, symbol, linearGradient, radialGradient')) {
    removals.push(clone);
    return;
  }
  for (const [prop, initial] of INHERITED) {
    const value = cs.getPropertyValue(prop);
    const inherited = parent ? parent.getPropertyValue(prop) : initial;
    const always = isRoot && (prop === 'font-family' || prop === 'font-size' || prop === 'fill');
    if (value && (always || value !== inherited)) setPresentation(clone, prop, value, ctx);
  }
  for (const [prop, initial] of OWN) {
    const value = cs.getPropertyValue(prop);
    if (value && value !== initial) setPresentation(clone, prop, value, ctx);
  }
  if (isRoot && cs.overflow === 'visible') clone.setAttribute('overflow', 'visible');
  // Positions set from code through the CSSOM (never in markup) still have to reach the file.
  if (!isRoot && !source.hasAttribute('transform')) {
    const t = cssTransform(cs);
    if (t) clone.setAttribute('transform', t);
  }
  const children = source.children;
  const cloned = clone.children;
  for (let i = 0; i < children.length; i++) resolve(children[i]!, cloned[i]!, cs, false, ctx, removals);
}

function setPresentation(clone: Element, prop: string, value: string, ctx: Ctx): void {
  let v = value;
  if (v.includes('url(')) v = v.replace(/url\(\s*["']?[^#)"']*#([^)"']+)["']?\s*\)/g, (_, id: string) => `url(#${ctx.idPrefix}-${id})`);
  if (prop === 'stroke-width' || prop === 'stroke-dasharray' || prop === 'stroke-dashoffset' || prop === 'font-size' || prop === 'letter-spacing' || prop === 'word-spacing') v = px(v);
  clone.setAttribute(prop, v);
}

function cssTransform(cs: CSSStyleDeclaration): string {
  const out: string[] = [];
  const translate = cs.getPropertyValue('translate');
  if (translate && translate !== 'none') {
    const [tx = '0', ty = '0'] = translate.split(/\s+/);
    out.push(`translate(${num(tx)} ${num(ty)})`);
  }
  if (cs.transform && cs.transform !== 'none') {
    const [ox = '0', oy = '0'] = cs.transformOrigin.split(/\s+/);
    const o = [num(ox), num(oy)];
    if (o[0] || o[1]) out.push(`translate(${o[0]} ${o[1]})`);
    out.push(cs.transform);
    if (o[0] || o[1]) out.push(`translate(${-o[0]!} ${-o[1]!})`);
  }
  return out.join(' ');
}

const GEOMETRY = new Set(['d', 'points', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height']);

/**
 * Only what drawing needs survives: classes, inline styles, event and data attributes,
 * focus stops and widget roles go (the copy is a picture, not a control); ids are
 * prefixed and links vetted.
 */
function cleanAttributes(node: Element, isRoot: boolean, ctx: Ctx): void {
  for (const attr of [...node.attributes]) {
    const n = attr.name.toLowerCase();
    const keepOnRoot = isRoot && (n === 'role' || n === 'aria-label' || n === 'viewbox' || n === 'preserveaspectratio');
    if (keepOnRoot) continue;
    if (
      n === 'class' || n === 'style' || n === 'part' || n === 'tabindex' || n === 'focusable' || n === 'role' ||
      n.startsWith('on') || n.startsWith('data-') || n.startsWith('aria-')
    ) {
      node.removeAttribute(attr.name);
    } else if (n === 'id') {
      node.setAttribute('id', `${ctx.idPrefix}-${attr.value}`);
    } else if (n === 'href' || n === 'xlink:href') {
      const v = attr.value.trim();
      if (v.startsWith('#')) node.setAttribute(attr.name, `#${ctx.idPrefix}-${v.slice(1)}`);
      else if (node.localName === 'image' && /^data:image\/(png|jpeg|gif|webp);/i.test(v)) continue;
      else {
        const safe = ctx.mode === 'static' ? safeHref(v) : undefined;
        if (safe && node.localName === 'a') node.setAttribute(attr.name, safe);
        else node.removeAttribute(attr.name);
      }
    } else if (GEOMETRY.has(n)) {
      // Hundredths of a pixel are invisible; the digits past them are most of a map's bytes.
      const short = attr.value.replace(/(\.\d\d)\d+/g, '$1');
      if (short !== attr.value) node.setAttribute(attr.name, short);
    } else if (attr.value.includes('url(#')) {
      node.setAttribute(attr.name, attr.value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ctx.idPrefix}-${id})`));
    }
  }
}

/** The first opaque background from the widget outwards: what the reader sees behind the chart. */
function opaqueBackground(host: Element): string | null {
  for (let n: Element | null = host; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(n).backgroundColor;
    if (visibleColor(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}
