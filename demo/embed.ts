/**
 * The iframe variant of an embed, for CMSs that strip scripts: embed.html renders one widget
 * from its query, e.g. `embed.html?component=vote-chart&view=map`. Hosted as dist/embed.html
 * (built by `npm run build`, beside the CMS bundle); demo/embed.html is the same page on the
 * demo server, from the source.
 *
 * The query is untrusted (anyone can craft the link), so: the tag must be a component
 * the manifest lists; only that component's documented attributes are copied, never
 * `on…` handlers; values go through setAttribute only, never into markup.
 */
import { readComponents, type ComponentSpec, type Manifest } from './builder-manifest.js';

export interface EmbedResult {
  element: HTMLElement | null;
  /** Query parameters that are not attributes of the component, dropped. */
  ignored: string[];
}

/** Builds the widget (or a readable message) from the query into `root`. */
export function mountEmbed(root: HTMLElement, params: URLSearchParams, components: ComponentSpec[]): EmbedResult {
  root.replaceChildren();
  const tag = params.get('component') ?? '';
  const spec = components.find((c) => c.tag === tag);
  if (!spec) {
    const known = components.map((c) => c.tag).join(', ') || 'none found';
    // Echo the name only when it looks like a tag: the page must not display a crafted sentence.
    const named = /^[a-z0-9-]{1,40}$/i.test(tag) ? ` "${tag}"` : '';
    message(
      root,
      tag
        ? `Unknown component${named}. This page shows one of: ${known}.`
        : `Say which component to show, e.g. embed.html?component=${components[0]?.tag ?? 'vote-chart'}. Available: ${known}.`,
    );
    return { element: null, ignored: [] };
  }
  const allowed = new Set(spec.attrs.map((a) => a.name));
  const ignored: string[] = [];
  // The tag comes from the manifest, not from the query.
  const el = document.createElement(spec.tag);
  for (const [name, value] of params) {
    if (name === 'component') continue;
    if (allowed.has(name) && !/^on/i.test(name)) el.setAttribute(name, value);
    else ignored.push(name);
  }
  if (ignored.length) console.warn(`embed.html: ignored parameters that are not attributes of <${spec.tag}>: ${ignored.join(', ')}`);
  root.append(el);
  return { element: el, ignored };
}

function message(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.className = 'embed-message';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.append(p);
}

/** The package root (where custom-elements.json and src/ live): this module is in demo/. */
export const PACKAGE_ROOT = new URL('../', import.meta.url).href;

/** Registers the components that are not yet defined, from the modules the manifest names. */
export async function loadComponents(components: ComponentSpec[], base = PACKAGE_ROOT): Promise<void> {
  await Promise.all(
    components
      .filter((c) => !customElements.get(c.tag))
      .map((c) =>
        import(/* @vite-ignore */ `${base}${c.module}`).catch((e: unknown) => {
          console.warn(`Could not load <${c.tag}> from ${c.module}:`, e);
        }),
      ),
  );
}

/**
 * Page entry: fetch the manifest beside the package, load the component, render it. `load`
 * registers the component: from its module in the source tree (the demo server), or nothing
 * on the hosted page (dist/embed.html), where the CMS bundle loads it when its tag appears.
 */
export async function startEmbed(
  root: HTMLElement,
  search = location.search,
  manifestUrl = `${PACKAGE_ROOT}custom-elements.json`,
  load: (specs: ComponentSpec[]) => Promise<void> = loadComponents,
): Promise<EmbedResult> {
  let components: ComponentSpec[];
  try {
    // The hosted page carries its allow-list inline (written by `npm run build`: tags and
    // attribute names, under 1 kB), so it fetches nothing to check a query; the demo page reads
    // the manifest beside the source.
    const inline = document.getElementById('mt-embed-components');
    if (inline) components = JSON.parse(inline.textContent ?? '[]') as ComponentSpec[];
    else {
      const res = await fetch(manifestUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      components = readComponents((await res.json()) as Manifest);
    }
  } catch (e) {
    message(root, `The list of components (custom-elements.json) could not be loaded: ${String(e)}.`);
    return { element: null, ignored: [] };
  }
  const params = new URLSearchParams(search);
  const spec = components.find((c) => c.tag === params.get('component'));
  if (spec) await load([spec]);
  const result = mountEmbed(root, params, components);
  // The frame's canvas follows the widget's theme, so the strip below it matches.
  const theme = result.element?.getAttribute('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.style.colorScheme = theme;
  if (result.element) {
    await customElements.whenDefined(result.element.localName);
    const el = result.element as HTMLElement & { updateComplete?: Promise<unknown> };
    await el.updateComplete;
    const title = el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
    if (title) document.title = title;
  }
  if (window.parent !== window) postHeight();
  return result;
}

/** The message the frame sends its page whenever its height changes (see `RESIZE_LISTENER`). */
export interface EmbedHeightMessage {
  type: 'myanmar-ties:height';
  /** The frame's `location.href`, so the page can tell its frames apart. */
  src: string;
  height: number;
}

/**
 * Tells the page around the frame how tall the content is, now and whenever it changes (a
 * narrower column wraps more text; a map view is taller), as Datawrapper's and Flourish's
 * embeds do. The page's listener (the builder's iframe code) sets the frame's height.
 */
export function postHeight(target: Window = window.parent): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: 'myanmar-ties:height', src: location.href, height };
    // Any origin: the height of a public chart is no secret, and the page's origin is unknown here.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}

const pageRoot = document.querySelector<HTMLElement>('[data-embed-root]');
// `data-embed-root="bundle"`: the hosted page, where the CMS bundle registers the components.
if (pageRoot)
  void startEmbed(pageRoot, location.search, undefined, pageRoot.dataset['embedRoot'] === 'bundle' ? async () => {} : loadComponents);
