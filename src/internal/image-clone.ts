/**
 * The chart's own SVG, cloned with its computed style written back as presentation
 * attributes (the custom properties and shadow classes mean nothing outside the widget),
 * stripped of what makes it a control, ids prefixed, links vetted.
 */
import { safeHref } from './url.js';
import { num, px, round, type Ctx } from './image-svg.js';

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

export function cloneSvg(source: SVGSVGElement, r: DOMRect, ctx: Ctx): SVGSVGElement {
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

function resolve(
  source: Element,
  clone: Element,
  parent: CSSStyleDeclaration | null,
  isRoot: boolean,
  ctx: Ctx,
  removals: Element[],
): void {
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
  if (
    prop === 'stroke-width' ||
    prop === 'stroke-dasharray' ||
    prop === 'stroke-dashoffset' ||
    prop === 'font-size' ||
    prop === 'letter-spacing' ||
    prop === 'word-spacing'
  )
    v = px(v);
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
      n === 'class' ||
      n === 'style' ||
      n === 'part' ||
      n === 'tabindex' ||
      n === 'focusable' ||
      n === 'role' ||
      n.startsWith('on') ||
      n.startsWith('data-') ||
      n.startsWith('aria-')
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
      node.setAttribute(
        attr.name,
        attr.value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ctx.idPrefix}-${id})`),
      );
    }
  }
}
