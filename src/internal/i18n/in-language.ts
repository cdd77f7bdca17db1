import { resolveLang } from '../locale.js';
import { catalogue } from './catalogues.js';
import { withMessages } from './msg.js';
import { translator } from './messages.js';
import { parseOverrides } from './overrides.js';

/**
 * Runs `fn` with `msg()` answering as the widget `el` would (its language's catalogue, if
 * loaded, and its `strings`): for words made outside its update, such as a static snapshot's.
 */
export function inLanguageOf<R>(el: Element & { strings?: unknown }, fn: () => R): R {
  const found = catalogue(resolveLang(el));
  return withMessages(translator({ ...(found instanceof Promise ? null : found), ...parseOverrides(el.strings) }), fn);
}
