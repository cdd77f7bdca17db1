/**
 * Text widths. Layouts run in Node, so they estimate (`textWidth`); an element that has a
 * DOM measures what it will draw (`createMeasurer`), so placed labels really do not collide
 * whatever fonts the reader has.
 */

const NARROW = /[iljtfrI.,:;'’!|() ]/;
const WIDE = /[mwMW@%]/;
/** Combining marks drawn over or under their letter: no width of their own. */
const MARK = /\p{Mn}/u;
/** Myanmar letters and spacing vowel signs, wider than Latin letters in Padauk and Noto Sans Myanmar. */
const MYANMAR = /[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]/;
const CYRILLIC_WIDE = /[\u0416\u0428\u0429\u0436\u0448\u0449\u042e\u044e\u041c\u043c\u0424\u0444\u042b\u044b]/;

/** Width of one character in em, erring wide (see textWidth). */
function charEm(ch: string): number {
  if (NARROW.test(ch)) return 0.34;
  if (WIDE.test(ch)) return 0.9;
  if (/[A-Z0-9]/.test(ch)) return 0.67;
  if (ch < '\u0300') return 0.61;
  if (MARK.test(ch)) return 0;
  if (MYANMAR.test(ch)) return /\p{Mc}/u.test(ch) ? 0.5 : 0.8;
  if (CYRILLIC_WIDE.test(ch)) return 0.9;
  if (ch >= '\u0400' && ch <= '\u04ff') return ch <= '\u042f' ? 0.72 : 0.64;
  return 0.61;
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

/** Scripts written without spaces between words: lines may break between any two words of them. */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uaa60-\uaa7f\ua9e0-\ua9ff]/;
let segmenter: Intl.Segmenter | null | undefined;

/**
 * A space-separated word split where a line may break inside it: the words of a script
 * without spaces (Burmese, Thai, Chinese…) by `Intl.Segmenter`, which knows their words
 * (a dictionary in the browser's ICU); any other word whole, without waking Intl.
 */
function breakable(word: string): string[] {
  if (!UNSPACED.test(word)) return [word];
  // The default locale and word granularity: a constructor that cannot throw where it exists.
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  if (!segmenter) return [word];
  const parts: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(word)) {
    const last = parts[parts.length - 1];
    // Punctuation (။ ၊) stays with the word before it, and a consonant stacked under the one
    // before (after the virama U+1039, as in ဘင်္ဂလား) or a sign stays with its letter:
    // Firefox's segmenter breaks there, which would split one word across two lines.
    if (last !== undefined && (!isWordLike || last.endsWith('\u1039') || /^\p{M}/u.test(segment))) parts[parts.length - 1] = last + segment;
    else parts.push(segment);
  }
  return parts.length ? parts : [word];
}

/**
 * Breaks text into lines no wider than `max` px (a word longer than a line gets a line of its
 * own). Lines break at spaces and, in Burmese and other scripts without spaces, between words.
 */
export function wrap(text: string, max: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    breakable(word).forEach((piece, i) => {
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

/** Myanmar script stacks signs above and below its letters: its ink is taller than a Latin line. */
const TALL_SCRIPT = /[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]/;

/** The line step for `text` at `size`: `step` for Latin and Cyrillic, 1.6 × size for Myanmar script. */
export function lineStep(text: string, size: number, step: number): number {
  return TALL_SCRIPT.test(text) ? Math.max(step, Math.ceil(size * 1.6)) : step;
}
