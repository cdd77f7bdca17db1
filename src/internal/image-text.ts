/**
 * Text of the HTML parts as SVG `<text>`: words collected with their laid-out boxes, then
 * lines rebuilt from them, styled where they differ from the root's font.
 */
import { safeHref } from './url.js';
import { el, num, px, round, type Ctx, type Fragment, type TextStyle } from './image-svg.js';

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
export function collectText(node: Text, ctx: Ctx): void {
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
  for (
    let n: Element | null = node;
    n && !(n instanceof HTMLElement && n.matches('figure, figcaption, .footer, .legend, .chart'));
    n = n.parentElement
  )
    yield n;
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
export function emitText(fragments: Fragment[], g: SVGGElement, ctx: Ctx): void {
  const lines: Line[] = [];
  for (const f of fragments) {
    const line = lines.at(-1);
    const gap = line ? f.x - line.right : 0;
    const same = line && Math.abs(f.baseline - line.baseline) < 1 && line.heading === f.heading && gap > -1 && gap < 0.6 * f.fontSize;
    if (!line || !same) {
      lines.push({
        x: f.x,
        baseline: f.baseline,
        right: f.right,
        heading: f.heading,
        midWord: f.midWord,
        runs: [{ text: f.text, style: f.style, key: f.key, href: f.href }],
      });
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
  if (s.letterSpacing !== 'normal' && (!base || s.letterSpacing !== base.letterSpacing))
    target.setAttribute('letter-spacing', px(s.letterSpacing));
  if (s.underline && (!base || !base.underline)) target.setAttribute('text-decoration', 'underline');
}
