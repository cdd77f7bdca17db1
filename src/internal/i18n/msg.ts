/**
 * `msg()` and `str`, with @lit/localize's types (so `lit-localize extract` finds every call)
 * but looking messages up in the catalogue of the element being drawn, not the page's.
 *
 * Why not lit-localize's own runtime: its locale is one per page and it can be configured only
 * once per page, so a widget would either follow the page against its own `lang` or break a host
 * app that configures lit-localize itself. This lookup is the few lines of its `runtimeMsg`.
 */
import type { MsgFn, StrResult, TemplateMap, str as litStr } from '@lit/localize';

/** `str\`${n} members\``: a sentence with placeholders, joined once its catalogue is chosen. */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as typeof litStr;

/** A message looked up: the catalogue's entry for its id, else the English in the source. */
function lookup(template: string | StrResult, options?: { id?: string }): string {
  const found = (options?.id && current?.[options.id]) as string | StrResult | undefined;
  if (typeof template === 'string') return typeof found === 'string' ? found : template;
  const t = found && typeof found !== 'string' ? found : template;
  // A translation's values are indices into the source's (the order of words may differ).
  return t.strings.reduce((s, part, i) => s + String(template.values[t === template ? i - 1 : (t.values[i - 1] as number)]) + part);
}

export const msg = lookup as unknown as MsgFn;

/** The messages `msg()` reads now: the element being drawn's catalogue and overrides. */
let current: TemplateMap | null = null;

/**
 * Runs `fn` with `templates` as the messages `msg()` answers from (null: the English source),
 * and restores the previous ones after: rendering is synchronous, so one element's words never
 * leak into another's.
 */
export function withMessages<R>(templates: TemplateMap | null, fn: () => R): R {
  const previous = current;
  current = templates;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
