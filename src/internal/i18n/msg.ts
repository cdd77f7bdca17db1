/**
 * `msg()` and `str`, with @lit/localize's types (so `lit-localize extract` finds every call)
 * but looking messages up in the catalogue of the element being drawn, not the page's.
 *
 * Why not lit-localize's own runtime: its locale is one per page and it can be configured only
 * once per page, so a widget would either follow the page against its own `lang` or break a host
 * app that configures lit-localize itself. This lookup is the few lines of its `runtimeMsg`; the
 * catalogue's half (`translator`, messages.ts) loads only where a widget speaks another language.
 */
import type { MsgFn, StrResult, str as litStr } from '@lit/localize';

/**
 * `str\`${n} members\``: a sentence with placeholders, joined once its catalogue is chosen
 * (without lit's `strTag`: only this lookup reads it).
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({ strings, values })) as unknown as typeof litStr;

/** A widget's messages: a message's words by its id, from its catalogue and overrides (messages.ts). */
export type Messages = (template: string | StrResult, id: string) => string;

/** The English in the source: a sentence's placeholders filled in. */
export function english(template: string | StrResult): string {
  return typeof template === 'string'
    ? template
    : template.strings.reduce((s, part, i) => `${s}${template.values[i - 1] as string}${part}`);
}

/** The messages `msg()` reads now: the element being drawn's. */
let current: Messages | null = null;

export const msg = ((template: string | StrResult, options?: { id?: string }): string =>
  current && options?.id ? current(template, options.id) : english(template)) as unknown as MsgFn;

/**
 * Runs `fn` with `messages` as what `msg()` answers from (null: the English source), and
 * restores the previous ones after: rendering is synchronous, so one element's words never
 * leak into another's.
 */
export function withMessages<R>(messages: Messages | null, fn: () => R): R {
  const previous = current;
  current = messages;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
