/**
 * The key a message is stored under. The browser bundles store messages under short keys
 * (scripts/message-keys.mjs rewrites the source's ids and the catalogues' keys, and fills in
 * this table, only in the lazy chunk that reads a page's `strings`); the source and the npm
 * build keep the full ids, and this table is then empty.
 */
const KEYS: Record<string, string> = {};

/** The key of the message a page names by its full id (`vote.headline.alone`). */
export function keyOf(id: string): string {
  return Object.prototype.hasOwnProperty.call(KEYS, id) ? KEYS[id]! : id;
}
