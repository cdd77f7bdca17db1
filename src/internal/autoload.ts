/**
 * Loads a component's module the first time its tag appears in the document, in the
 * manner of Shoelace's autoloader. Used only by the CMS bundle: npm users import the
 * component they use and their bundler splits the rest.
 */
export const loaders = new Map<string, () => Promise<unknown>>();
const started = new Set<string>();
/** Code every component needs (lit, the shared base): fetched alongside the first component's chunk, not after it. */
let shared: (() => Promise<unknown>) | null = null;
export function preloadShared(loader: () => Promise<unknown>): void {
  shared = loader;
}

function load(tag: string): void {
  const loader = loaders.get(tag);
  if (!loader || started.has(tag)) return;
  started.add(tag);
  // Another copy of the bundle (pasted twice, or another version) may have defined it.
  if (customElements.get(tag)) return;
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
}

/** Loads every known tag under `root`. */
export function scan(root: ParentNode): void {
  for (const tag of loaders.keys()) {
    if (!started.has(tag) && root.querySelector(tag)) load(tag);
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
        if (loaders.has(el.localName)) load(el.localName);
        else if (el.firstElementChild) scan(el);
      }
    }
    if ([...loaders.keys()].every((t) => started.has(t))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
