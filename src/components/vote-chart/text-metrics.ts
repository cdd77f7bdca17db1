/**
 * Text widths without a DOM, so layouts stay pure and run in Node. The estimate errs wide
 * (calibrated on DejaVu Sans, the widest common system sans-serif; Segoe UI, San Francisco
 * and Roboto are narrower), so a label the layout says fits does fit.
 */

const NARROW = /[iljtfrI.,:;'’!|() ]/;
const WIDE = /[mwMW@%]/;

/** Estimated width in px of `text` at `size` px. */
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
