/**
 * Which catalogue a locale reads, loaded when a widget first needs it: one chunk per language,
 * so an English page loads none (nor this module: registry.ts tells it needs no catalogue).
 */
import type { LocaleModule, TemplateMap } from '@lit/localize';
import { addedLocales, localeListeners } from './registry.js';
import { keyOf } from './keys.js';

type Loader = () => Promise<LocaleModule | TemplateMap>;

/** The languages shipped, by primary subtag. English is the source: it needs no catalogue. */
const loaders = new Map<string, Loader>([
  ['my', () => import('./locales/my.js')],
  ['ru', () => import('./locales/ru.js')],
  ['be', () => import('./locales/be.js')],
]);

const loaded = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<void>>();

/**
 * Adds (or replaces) a language: its messages by id, or a function importing a module that
 * exports them as `templates` (what `lit-localize build` writes). Widgets already drawn in that
 * language redraw once it is loaded; ids it lacks stay in English.
 */
export function addLocale(tag: string, messages: TemplateMap | Loader): void {
  const key = tag.toLowerCase();
  addedLocales.add(key);
  loading.delete(key);
  if (typeof messages === 'function') {
    loaded.delete(key);
    loaders.set(key, () => messages().then((m) => byKey(templatesOf(m))));
  } else {
    const mapped = byKey(messages);
    loaded.set(key, mapped);
    loaders.set(key, () => Promise.resolve(mapped));
  }
  for (const m of localeListeners) {
    m._key = '';
    m._host.requestUpdate();
  }
}

/** The messages of what a loader gives: a module exporting `templates`, or the messages themselves. */
const templatesOf = (m: LocaleModule | TemplateMap): TemplateMap =>
  'templates' in m && typeof m.templates === 'object' ? (m.templates as TemplateMap) : (m as TemplateMap);

/** A page's messages under the keys the bundle stores them by (keys.ts). */
function byKey(messages: TemplateMap): TemplateMap {
  return Object.fromEntries(Object.entries(messages).map(([id, m]) => [keyOf(id), m]));
}

/**
 * The catalogue key for a BCP 47 tag: the whole tag when a catalogue of that name exists
 * (`pt-BR`), else its language (`ru-RU` reads `ru`).
 */
export function catalogueKey(tag: string): string {
  const lower = tag.toLowerCase();
  return loaders.has(lower) ? lower : lower.split('-')[0]!;
}

/**
 * The messages for `locale` if it has a catalogue and it is loaded; a promise when it is still
 * loading (the caller waits, then asks again); null for English or a language without one.
 */
export function catalogue(locale: string): TemplateMap | Promise<void> | null {
  const key = catalogueKey(locale);
  const have = loaded.get(key);
  if (have) return have;
  const load = loaders.get(key);
  if (!load) return null;
  let job = loading.get(key);
  if (!job) {
    job = load().then(
      (m) => void loaded.set(key, templatesOf(m)),
      (e: unknown) => {
        // Readers keep English rather than a broken widget; the developer sees why.
        console.warn(`myanmar-ties: the "${key}" messages did not load (${String(e)}); showing English`);
        loaded.set(key, {});
      },
    );
    loading.set(key, job);
  }
  return job;
}
