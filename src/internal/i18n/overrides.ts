/**
 * A page's own wording for any message, by id (the `strings` property or an inline
 * `<script type="application/json" slot="strings">`): a desk fixes a translation without a
 * release. `{0}`, `{1}`… stand for the message's placeholders in the English source's order.
 */
import type { StrResult, TemplateMap } from '@lit/localize';
import { cleanText } from '../strings.js';
import { keyOf } from './keys.js';

/** The overrides as catalogue entries; anything but a string value is dropped (and reported). */
export function parseOverrides(input: unknown, problems: string[] = []): TemplateMap {
  const out: TemplateMap = {};
  if (input === null || input === undefined) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push('strings: expected an object of message ids and texts');
    return out;
  }
  for (const [id, text] of Object.entries(input as Record<string, unknown>)) {
    if (typeof text !== 'string') {
      problems.push(`strings.${id}: expected text, got ${text === null ? 'null' : typeof text}`);
      continue;
    }
    out[keyOf(id)] = toTemplate(cleanText(text));
  }
  return out;
}

function toTemplate(text: string): string | StrResult {
  const parts = text.split(/\{(\d+)\}/);
  if (parts.length === 1) return text;
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map(Number);
  return { strTag: true, strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, values };
}
