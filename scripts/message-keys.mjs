// Short message keys for the browser bundles. Every `msg(…, { id: 'vote.headline.alone' })`
// carries its id, and so does every catalogue entry: over 300 ids of 10 to 30 characters.
// In the bundles a message is stored under a short key instead ('a', 'b'… '9Z'): the plugin
// rewrites the ids in the source's `{ id: '…' }` and the keys of the shipped catalogues
// (src/internal/i18n/locales/), and writes the table from full id to key into
// src/internal/i18n/keys.ts, which only the lazy code reading a page's `strings` imports: a
// desk still names a message by its full id. The table holds only the ids this output uses.
// The ids are the catalogues' own (xliff/ru.xlf); anything else is left as it is.
import { readFileSync } from 'node:fs';

const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** The i-th short key: no dot, so never a full id (every id has one). */
export const shortKey = (i) => (i < CHARS.length ? CHARS[i] : shortKey(Math.floor(i / CHARS.length) - 1) + CHARS[i % CHARS.length]);

/** Every message id of the catalogues, in order. */
export function messageIds(xliff = 'xliff/ru.xlf') {
  return [...readFileSync(xliff, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]).sort();
}

const SOURCE_ID = /\{(\s*)id:(\s*)'([^']+)'(,?\s*)\}/g;
const CATALOGUE_KEY = /^'([^']+)':/gm;
const TABLE = /const KEYS: Record<string, string> = \{\};/;

export function messageKeys({ ids = messageIds() } = {}) {
  const keys = new Map(ids.map((id, i) => [id, shortKey(i)]));
  const used = new Map();
  const short = (id) => {
    const k = keys.get(id);
    if (k) used.set(id, k);
    return k;
  };
  return {
    name: 'message-keys',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      if (/[\\/]src[\\/]internal[\\/]i18n[\\/]keys\.ts$/.test(id)) {
        if (!TABLE.test(code)) this.error('message-keys: the table in keys.ts is not where this plugin looks for it');
        // Filled in when the chunks are written, once every module has named the ids it uses.
        return { code: code.replace(TABLE, 'const KEYS: Record<string, string> = JSON.parse("__MESSAGE_KEYS__");'), map: null };
      }
      if (/[\\/]src[\\/]internal[\\/]i18n[\\/]locales[\\/]/.test(id)) {
        return { code: code.replace(CATALOGUE_KEY, (m, full) => (keys.has(full) ? `'${keys.get(full)}':` : m)), map: null };
      }
      if (!code.includes('id:')) return null;
      let changed = false;
      const out = code.replace(SOURCE_ID, (m, a, b, full, c) => {
        const k = short(full);
        if (!k) return m;
        changed = true;
        return `{${a}id:${b}'${k}'${c}}`;
      });
      return changed ? { code: out, map: null } : null;
    },
    renderChunk(code) {
      if (!code.includes('"__MESSAGE_KEYS__"')) return null;
      const table = Object.fromEntries([...used].sort());
      return { code: code.replace('"__MESSAGE_KEYS__"', JSON.stringify(JSON.stringify(table))), map: null };
    },
  };
}
