/**
 * What an English widget must know without loading any catalogue code (catalogues.ts): whether
 * the page gave its English tag messages of its own (`addLocale('en-XA', …)`), and who to tell.
 */

import { languageOf } from '../language.js';
import type { Messages } from './msg.js';

/** Tags addLocale was given (lower case). */
export const addedLocales = new Set<string>();

/** The widgets' message controllers: when a language is added, each reads its catalogue again. */
export const localeListeners = new Set<MessagesState>();

/** Whether addLocale gave `tag` messages: under its whole tag (`en-GB`) or its language (`en`). */
export function added(tag: string): boolean {
  return addedLocales.has(tag.toLowerCase()) || addedLocales.has(languageOf(tag));
}

/** What the lazy message code reads and writes on a widget's message controller. */
export interface MessagesState {
  pending: Promise<void> | null;
  problems: string[];
  _key: string;
  _templates: Messages | null;
  readonly _host: { requestUpdate(): void };
}
