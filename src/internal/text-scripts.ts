/**
 * Text metrics for scripts other than Latin: Myanmar and Cyrillic widths, word breaks in
 * scripts without spaces, Myanmar's taller line. region-names.ts installs them into
 * text-metrics.ts, so they come in the chunk a non-English page loads before it draws and an
 * English page never carries them. A Node test that measures such text installs them itself.
 */
import type { Scripts } from './text-metrics.js';

/** Myanmar letters and spacing vowel signs, wider than Latin letters in Padauk and Noto Sans Myanmar. */
const MYANMAR = /[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]/;
const CYRILLIC_WIDE = /[\u0416\u0428\u0429\u0436\u0448\u0449\u042e\u044e\u041c\u043c\u0424\u0444\u042b\u044b]/;

/** Scripts written without spaces between words: lines may break between any two words of them. */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uaa60-\uaa7f\ua9e0-\ua9ff]/;
let segmenter: Intl.Segmenter | null | undefined;

export const scripts: Scripts = {
  charEm(ch) {
    if (MYANMAR.test(ch)) return /\p{Mc}/u.test(ch) ? 0.5 : 0.8;
    if (CYRILLIC_WIDE.test(ch)) return 0.9;
    if (ch >= '\u0400' && ch <= '\u04ff') return ch <= '\u042f' ? 0.72 : 0.64;
    return undefined;
  },

  /**
   * The words of a script without spaces (Burmese, Thai, Chinese…) by `Intl.Segmenter`, which
   * knows their words (a dictionary in the browser's ICU); any other word whole, without waking Intl.
   */
  breakable(word) {
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
      if (last !== undefined && (!isWordLike || last.endsWith('\u1039') || /^\p{M}/u.test(segment)))
        parts[parts.length - 1] = last + segment;
      else parts.push(segment);
    }
    return parts.length ? parts : [word];
  },

  /** Myanmar script stacks signs above and below its letters: its ink is taller than a Latin line. */
  tall: (text) => MYANMAR.test(text),
};
