/**
 * Text from data or attributes is untrusted: it may hold lone UTF-16 surrogates (which make
 * `encodeURIComponent` throw "URI malformed") and control characters (invisible, or terminal
 * escapes in a saved file). Everything that builds a URL, a file or a label from it goes
 * through these.
 */

/** Lone surrogates, C0 controls except tab and line breaks, DEL and C1 controls. */
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The string with each lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does. */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Text safe to show, link and save: lone surrogates become U+FFFD, control characters go. */
export function cleanText(s: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return s;
  return s.replace(UNSAFE, (c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : ''));
}

/** A label as it reads inside a sentence: "Against" -> "against", "Против" -> "против" (acronyms such as "UN" kept). */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
