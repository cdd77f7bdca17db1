/**
 * Finds text a widget shows or announces that did not come from its message catalogue, for a
 * widget drawn in the pseudo-locale `en-XA` (scripts/i18n.mjs marks every literal run of every
 * message ⟦ŀíķé ţĥíš⟧). Exempt by rule, not by list: numbers and punctuation; codes (2–4 capital
 * letters: ISO codes, SVG, CSV); strings of the data the widget shows (`shownData`: names,
 * labels), whole or their trailing words (a name shortened, "General Assembly"); month names and
 * list words as Intl writes them in the locale; what the reader typed; and anything inside an
 * element whose `lang` says it is in another language (text kept in the source's language,
 * marked so screen readers switch voice).
 */
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Every string in the data, lower-cased, longest first (so "United States" goes before "States"). */
function dataStrings(data: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!/\p{L}/u.test(v)) return;
      const words = v.toLowerCase().split(/\s+/);
      for (let i = 0; i < words.length; i++) out.add(words.slice(i).join(' '));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return [...out].sort((a, b) => b.length - a.length);
}

function intlWords(locale: string): string[] {
  const months = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, m, 15))).toLowerCase(),
  );
  const glue = new Intl.ListFormat(locale, { type: 'conjunction' })
    .format(['\u0001', '\u0002', '\u0003'])
    .split(/[\u0001-\u0003]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  // Country names as the platform writes them (the data's own names are in `shownData`).
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  const names: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const name = regions.of(String.fromCharCode(a, b));
      if (name) names.push(name.toLowerCase());
    }
  return [...months, ...glue, ...names];
}

/** What remains of a text once catalogue runs and exempt words are taken out; '' when nothing bypassed. */
export function bypassed(text: string, exempt: readonly string[]): string {
  // A label wrapped over lines splits a run: an open ⟦ runs to the line's end, a ⟧ closes from its start.
  let rest = text.replace(/⟦[^⟧]*(?:⟧|$)|^[^⟦]*⟧/g, ' ');
  // Whole words only: the code "rus" must not eat "Russia" into "sia".
  const edge = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  const lower = rest.toLowerCase();
  for (const s of exempt) if (lower.includes(s)) rest = rest.replace(edge(s), ' ');
  rest = rest.replace(/(?<![\p{L}\p{N}])\p{Lu}{2,4}(?![\p{L}\p{N}])/gu, ' ');
  return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

/** Each text node and attribute of the widget's shadow tree that bypassed the catalogue, as "where: text". */
export function bypasses(el: HTMLElement & { shownData: unknown }, typed: readonly string[] = [], locale = 'en-XA'): string[] {
  const exempt = [...dataStrings([el.shownData, typed]), ...intlWords(locale)].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      const lang = node.getAttribute('lang');
      if (lang && lang !== locale) return;
      for (const a of ATTRIBUTES) {
        const v = node.getAttribute(a);
        const b = v ? bypassed(v, exempt) : '';
        if (b) found.push(`<${node.localName}> ${a}: ${v}   [${b}]`);
      }
    } else if (node.nodeType === Node.TEXT_NODE) {
      const v = node.textContent ?? '';
      const b = bypassed(v, exempt);
      if (b) found.push(`<${node.parentElement?.localName ?? '#root'}> text: ${v.trim()}   [${b}]`);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(el.shadowRoot!);
  return found;
}
