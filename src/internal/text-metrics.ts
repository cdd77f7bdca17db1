/**
 * Text widths. Layouts run in Node, so they estimate (`textWidth`); an element that has a
 * DOM measures what it will draw (`createMeasurer`), so placed labels really do not collide
 * whatever fonts the reader has.
 */

const NARROW = /[iljtfrI.,:;'’!|() ]/;
const WIDE = /[mwMW@%]/;
/** Combining marks drawn over or under their letter: no width of their own. */
const MARK = /\p{Mn}/u;

/**
 * What only text in other scripts needs (text-scripts.ts, loaded with a non-English page's
 * country names, before it draws): kept out of an English page's bundle. Until then, 0.61 em
 * for any character from U+0300 on that is not a mark, breaks at spaces only, the Latin line step.
 */
export interface Scripts {
  /** Width in em of a character from U+0300 on that is not a mark, or undefined for the default. */
  charEm(ch: string): number | undefined;
  /** A space-separated word split where a line may break inside it. */
  breakable(word: string): string[];
  /** True when `text` stacks signs above and below its letters (Myanmar script). */
  tall(text: string): boolean;
}
let scripts: Scripts | undefined;

/** Called with text-scripts.ts's `scripts` (by region-names.ts): widths, wrapping and line steps use them from then on. */
export function installScripts(s: Scripts): void {
  scripts = s;
}

/** Width of one character in em, erring wide (see textWidth). */
function charEm(ch: string): number {
  if (NARROW.test(ch)) return 0.34;
  if (WIDE.test(ch)) return 0.9;
  if (/[A-Z0-9]/.test(ch)) return 0.67;
  if (ch < '\u0300') return 0.61;
  if (MARK.test(ch)) return 0;
  return scripts?.charEm(ch) ?? 0.61;
}

/**
 * Estimated width in px of `text` at `size` px, without a DOM. It errs wide (calibrated on
 * DejaVu Sans, the widest common system sans-serif; Segoe UI, San Francisco and Roboto are
 * narrower; Burmese on Padauk, whose combining signs take no width), so a label the layout
 * says fits does fit.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.13 : 1);
}

/**
 * Breaks text into lines no wider than `max` px (a word longer than a line gets a line of its
 * own). Lines break at spaces and, in Burmese and other scripts without spaces, between words
 * (once text-scripts.ts is loaded).
 */
export function wrap(text: string, max: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    (scripts ? scripts.breakable(word) : [word]).forEach((piece, i) => {
      const next = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (line && textWidth(next, size, bold) > max) {
        lines.push(line);
        line = piece;
      } else {
        line = next;
      }
    });
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
 * draws it) in language `lang` (the element's), rounded up and with 2 px of room; undefined where no canvas can measure
 * (the caller then estimates). One canvas and one memory serve every widget on the page.
 */
export function createMeasurer(family: string, lang = ''): Measure | undefined {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return undefined;
  // 2 px more on a page not in English: Firefox draws text there (Cyrillic, Burmese, and Latin
  // in a Burmese font) up to 2 px wider in SVG than its canvas measures it.
  const room = lang === '' || /^en\b/i.test(lang) ? 2 : 4;
  return (text, fontSize, bold) => {
    const font = `${bold ? '600 ' : ''}${fontSize}px ${family}`;
    const key = `${lang}|${font}|${text}`;
    let w = remembered.get(key);
    if (w === undefined) {
      // The language picks the font a generic family (`sans-serif`) stands for, as it does
      // for the text drawn (Firefox chooses per script group): measure in the same one.
      const c = ctx as CanvasRenderingContext2D & { lang?: string };
      if ('lang' in c) c.lang = lang || 'inherit';
      else ctx.canvas.lang = lang;
      ctx.font = font;
      w = Math.ceil(ctx.measureText(text).width) + room;
      if (remembered.size > MAX_REMEMBERED) remembered.clear();
      remembered.set(key, w);
    }
    return w;
  };
}

/** The line step for `text` at `size`: `step` for Latin and Cyrillic, 1.6 × size for Myanmar script (text-scripts.ts). */
export function lineStep(text: string, size: number, step: number): number {
  return scripts?.tall(text) ? Math.max(step, Math.ceil(size * 1.6)) : step;
}
