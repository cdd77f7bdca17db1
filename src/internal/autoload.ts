/**
 * Loads a component's module the first time its tag appears in the document, in the
 * manner of Shoelace's autoloader. Used only by the CMS bundle: npm users import the
 * component they use and their bundler splits the rest.
 */
export const loaders = new Map<string, () => Promise<unknown>>();
/**
 * Code a view needs beyond its component's chunk (the hemicycle's seats, a map's module),
 * fetched alongside that chunk when a tag on the page asks for the view, instead of after
 * the element has rendered once and found it needs it.
 */
export const viewCode = new Map<string, (el: Element) => Promise<unknown> | null>();
const started = new Set<string>();
/** Tags another copy of the bundle had already defined: that copy loads their code. */
const foreign = new Set<string>();
/** Code every component needs (lit, the shared base): fetched alongside the first component's chunk, not after it. */
let shared: (() => Promise<unknown>) | null = null;
export function preloadShared(loader: () => Promise<unknown>): void {
  shared = loader;
}

/**
 * The locales ./english.ts formats without Intl. Written out here, not imported, so that this
 * entry imports nothing and starts fetching the chunks at once (test/internal/english.test.ts
 * checks that the two lists agree).
 */
export const PLAIN_ENGLISH = /^en(?:-(?:US|GB|AU|CA|IE|NZ))?$/;

let warmed = false;
/**
 * The first use of Intl on a page costs 10–20 ms of main-thread time (ICU loads its locale
 * data). The common English locales format without it (./english.ts); for any other, spent
 * here while the component's code downloads, it no longer delays the first chart. Queued
 * after the imports so they go out first.
 */
function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    try {
      const lang = document.documentElement.lang || navigator.language || 'en';
      if (PLAIN_ENGLISH.test(lang)) return;
      new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(0.5);
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(0);
      new Intl.Collator(lang).compare('a', 'b');
    } catch {
      // An invalid page lang: the widgets fall back to English themselves.
    }
  }, 0);
}

function load(tag: string, el?: Element): void {
  const loader = loaders.get(tag);
  if (!loader) return;
  if (!started.has(tag)) {
    started.add(tag);
    // Another copy of the bundle (pasted twice, or another version) may have defined it.
    if (customElements.get(tag)) {
      foreign.add(tag);
      return;
    }
    if (shared) {
      // Started in parallel: a component chunk only names the shared chunk once parsed.
      void shared().catch(() => undefined);
      shared = null;
    }
    loader().catch((e: unknown) => {
      started.delete(tag);
      // The element stays undefined: say why on the console rather than fail silently.
      console.error(`<${tag}> could not be loaded: ${(e as Error).message}`);
    });
    warmIntl();
  }
  if (el && !foreign.has(tag)) {
    try {
      // Only a hint (the element loads what it needs itself); each chunk is fetched once.
      void viewCode
        .get(tag)?.(el)
        ?.catch(() => undefined);
    } catch {
      // ignored: see above
    }
  }
}

/** Loads every known tag under `root`. */
export function scan(root: ParentNode): void {
  for (const tag of loaders.keys()) {
    for (const el of root.querySelectorAll(tag)) load(tag, el);
  }
}

/** Loads the tags on the page now and any added later (CMSs and live blogs insert widgets late). */
export function watchTags(): void {
  if (typeof document === 'undefined') return;
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (loaders.has(el.localName)) load(el.localName, el);
        else if (el.firstElementChild) scan(el);
      }
    }
    // Once every component's code is under way, stop watching: later widgets load their views themselves.
    if ([...loaders.keys()].every((t) => started.has(t))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
