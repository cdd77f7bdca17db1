/** A locale's language, and whether its names are the data's own: no Intl, shared by the eager and lazy name code. */

/** The language subtag of a locale (`my-MM` -> `my`), lower case, without Intl. */
export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** Pages whose names are the data's own (English) ones: no lookup, no Intl. */
export function namesAsGiven(locale: string): boolean {
  return languageOf(locale) === 'en' || locale === '';
}

export type Style = 'long' | 'short';
