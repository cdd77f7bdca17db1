/**
 * What an English widget must know without loading any catalogue code (catalogues.ts): whether
 * the page gave its English tag messages of its own (`addLocale('en-XA', …)`), and who to tell.
 */

/** Tags addLocale was given (lower case). */
export const addedLocales = new Set<string>();

/** Told when a language is added, so widgets in it redraw. */
export const localeListeners = new Set<{ localeAdded(): void }>();

/** Whether addLocale gave `tag` messages: under its whole tag (`en-GB`) or its language (`en`). */
export function added(tag: string): boolean {
  const lower = tag.toLowerCase();
  return addedLocales.has(lower) || addedLocales.has(lower.split('-')[0]!);
}
