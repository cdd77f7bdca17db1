/**
 * Text widths. Layouts run in Node, so they estimate (`textWidth`); an element that has a
 * DOM measures what it will draw (`createMeasurer`), so placed labels really do not collide
 * whatever fonts the reader has.
 */

const NARROW = /[iljtfrI.,:;'’!|() ]/;
const WIDE = /[mwMW@%]/;

/**
 * Estimated width in px of `text` at `size` px, without a DOM. It errs wide (calibrated on
 * DejaVu Sans, the widest common system sans-serif; Segoe UI, San Francisco and Roboto are
 * narrower), so a label the layout says fits does fit.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += NARROW.test(ch) ? 0.34 : WIDE.test(ch) ? 0.9 : /[A-Z0-9]/.test(ch) ? 0.67 : 0.61;
  return em * size * (bold ? 1.13 : 1);
}

/** Breaks text into lines no wider than `max` px (a word longer than a line gets a line of its own). */
export function wrap(text: string, max: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = w;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Width in px of `text` at `fontSize` px, as drawn (`bold`: weight 600). */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** Widths are remembered per font and text; past this many the memory starts afresh. */
const MAX_REMEMBERED = 20000;
let context: CanvasRenderingContext2D | null | undefined;
const remembered = new Map<string, number>();

/**
 * A measurer for text drawn in `family` (the font family resolved on the element that
 * draws it), rounded up and with 2 px of room; undefined where no canvas can measure
 * (the caller then estimates). One canvas and one memory serve every widget on the page.
 */
export function createMeasurer(family: string): Measure | undefined {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return undefined;
  return (text, fontSize, bold) => {
    const font = `${bold ? '600 ' : ''}${fontSize}px ${family}`;
    const key = `${font}|${text}`;
    let w = remembered.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = Math.ceil(ctx.measureText(text).width) + 2;
      if (remembered.size > MAX_REMEMBERED) remembered.clear();
      remembered.set(key, w);
    }
    return w;
  };
}
