/**
 * The catalogue-and-overrides half of MessagesController, loaded with the first widget that
 * needs it (a language other than English, or a page's `strings`).
 */
import type { StrResult, TemplateMap } from '@lit/localize';
import { catalogue } from './catalogues.js';
import { parseOverrides } from './overrides.js';
import { english, type Messages } from './msg.js';
import type { MessagesState } from './registry.js';

export type { MessagesState } from './registry.js';

/** `msg()`'s lookup in `templates`: the catalogue's entry for an id, else the English in the source. */
export function translator(templates: TemplateMap): Messages {
  return (template, id) => {
    const found = templates[id] as string | StrResult | undefined;
    if (typeof template === 'string') return typeof found === 'string' ? found : template;
    if (!found || typeof found === 'string') return english(template);
    // A translation's values are indices into the source's (the order of words may differ).
    return found.strings.reduce((s, part, i) => s + String(template.values[found.values[i - 1] as number]) + part);
  };
}

/** The messages for `locale` with the overrides `given` (or the inline `script`'s) on top. */
export function messagesFor(state: MessagesState, locale: string, given: unknown, script: Element | null): Messages | null {
  const found = catalogue(locale);
  if (found instanceof Promise) {
    if (!state.pending) {
      const job = found.then(() => {
        if (state.pending === job) state.pending = null;
        state._host.requestUpdate();
      });
      state.pending = job;
    }
    return state._templates;
  }
  state.pending = null;
  const key = `${locale}\n${given === undefined ? (script?.textContent ?? '') : JSON.stringify(given)}`;
  if (key !== state._key) {
    state._key = key;
    state.problems = [];
    let overrides = given;
    if (script) {
      try {
        overrides = JSON.parse(script.textContent ?? '') as unknown;
      } catch (e) {
        state.problems.push(`<script slot="strings"> is not valid JSON (${(e as Error).message})`);
      }
    }
    const own = parseOverrides(overrides, state.problems);
    const any = Object.keys(own).length > 0;
    state._templates = found || any ? translator({ ...found, ...own }) : null;
  }
  return state._templates;
}
