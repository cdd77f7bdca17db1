/**
 * What the image export's parts share: the SVG namespace, element and number helpers, the
 * drawing context (where a block goes, the text collected from it) and serialisation.
 */
import { cleanText } from './strings.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export type ExportMode = 'image' | 'static';

export interface TextStyle {
  fill: string;
  family: string;
  size: string;
  weight: string;
  style: string;
  letterSpacing: string;
  underline: boolean;
}

export interface Fragment {
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

export interface Ctx {
  mode: ExportMode;
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

export function el<K extends keyof SVGElementTagNameMap>(name: K): SVGElementTagNameMap[K] {
  return document.createElementNS(SVG_NS, name);
}

export function visibleColor(c: string): boolean {
  return !!c && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c) && !/\/\s*0\)$/.test(c);
}

export function num(v: string): number {
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : 0;
}

export const round = (n: number): string => String(Math.round(n * 100) / 100);
export const px = (v: string): string => v.replace(/(\d)px\b/g, '$1');

/** The SVG as a file: XML declaration plus the browser's own serialisation. */
export function serializeSvg(svg: SVGSVGElement): string {
  // Clean: a lone surrogate makes encodeURIComponent throw, a control character is not XML.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${cleanText(new XMLSerializer().serializeToString(svg))}\n`;
}
