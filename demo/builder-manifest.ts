/**
 * Reads custom-elements.json into what the embed builder and the embed page need:
 * each component's tag, the module that registers it, and its attributes with a
 * kind (enum, boolean, number, text), the allowed values (from the attribute's type, never
 * from its description) and the default. Pure: no DOM,
 * so the builder, the embed page and Storybook's preview share one reading of the manifest.
 */

/* The parts of the Custom Elements Manifest schema (v2) read here. */
export interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
  fieldName?: string;
  inheritedFrom?: { name: string; module?: string };
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: ManifestAttribute[];
  [key: string]: unknown;
}
export interface ManifestExport {
  kind: string;
  name: string;
  declaration?: { name: string; module?: string };
}
export interface ManifestModule {
  kind: string;
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: ManifestExport[];
}
export interface Manifest {
  schemaVersion?: string;
  modules: ManifestModule[];
}

export type AttrKind = 'enum' | 'boolean' | 'number' | 'text';

export interface AttrSpec {
  name: string;
  kind: AttrKind;
  /** Allowed values of an enum, default first. */
  options: string[];
  /** The value the element uses when the attribute is absent, or null when unknown. */
  default: string | null;
  description: string;
  /** Inherited from the shared base (theme, lang, heading…) rather than the component's own. */
  common: boolean;
}

export interface ComponentSpec {
  tag: string;
  className: string;
  description: string;
  /** Path (from the package root) of the module to import to register the tag. */
  module: string;
  /** The component's own attributes first, in source order, then the shared ones. */
  attrs: AttrSpec[];
}

const TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
/** Order of the shared attributes in the form and the snippet: what editors change most first. */
const COMMON_ORDER = ['theme', 'lang', 'heading', 'description', 'heading-level', 'src', 'eager'];

export const LANG_DESCRIPTION =
  'Language of the widget’s words, numbers and dates: `en`, `my` (Burmese), `ru` or `be` (Belarusian); without it, the page’s language.';

/** `'bar'` -> `bar`; `false` -> `false`; `undefined` -> null. */
function unquote(value: string | undefined): string | null {
  if (value === undefined || value === 'undefined' || value === 'null') return null;
  const m = /^(['"`])(.*)\1$/s.exec(value.trim());
  return m ? m[2]! : value.trim();
}

/** Reads an attribute's kind from its TypeScript type text, e.g. `'bar' | 'map'` or `boolean`. */
export function readAttr(attr: ManifestAttribute): AttrSpec {
  const text = attr.type?.text ?? '';
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  // `lang` is a global attribute the base only observes, so the analyzer has no words for it.
  const description = attr.description ?? (attr.name === 'lang' ? LANG_DESCRIPTION : '');
  const dflt = unquote(attr.default);
  let kind: AttrKind = 'text';
  let options: string[] = [];
  const literals = parts.map((p) => /^(['"])(.*)\1$/.exec(p)?.[2]);
  if (parts.length > 1 && literals.every((l) => l !== undefined)) {
    kind = 'enum';
    options = literals as string[];
  } else if (parts.length === 1 && parts[0] === 'boolean') {
    kind = 'boolean';
  } else if (parts.length === 1 && parts[0] === 'number') {
    kind = 'number';
  }
  // Values come from the type only, never from the description's prose: scripts/manifest.mjs
  // spells a named union (`Theme`) out, and anything else is text.
  if (kind === 'enum' && dflt !== null && options.includes(dflt)) {
    options = [dflt, ...options.filter((o) => o !== dflt)];
  }
  return {
    name: attr.name,
    kind,
    options,
    default: kind === 'boolean' ? 'false' : dflt === '' ? null : dflt,
    description,
    common: attr.inheritedFrom !== undefined,
  };
}

/**
 * The tag of a class: the manifest's `tagName` (from `customElements.define` or a JSDoc
 * `@tag`), else a `custom-element-definition` export, else the folder convention
 * `src/components/<tag>/…` (the analyzer does not see through `defineElement()`).
 */
export function tagOf(decl: ManifestDeclaration, mod: ManifestModule, manifest: Manifest): string | null {
  if (decl.tagName) return decl.tagName;
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) {
      if (e.kind === 'custom-element-definition' && e.declaration?.name === decl.name && TAG.test(e.name)) return e.name;
    }
  }
  const folder = /^(?:\.\/)?src\/components\/([^/]+)\//.exec(mod.path)?.[1];
  return folder && TAG.test(folder) ? folder : null;
}

/**
 * Whether a class is a custom element: marked so by the analyzer, or extending one that is
 * (the analyzer marks the shared base but not the components that extend it through an import).
 */
export function isElementClass(decl: ManifestDeclaration, manifest: Manifest): boolean {
  const byName = new Map<string, ManifestDeclaration>();
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.kind === 'class') byName.set(d.name, d);
  const seen = new Set<string>();
  for (let d: ManifestDeclaration | undefined = decl; d && !seen.has(d.name);) {
    if (d.customElement) return true;
    seen.add(d.name);
    const sup = d.superclass as { name?: string; package?: string } | undefined;
    d = sup?.name && !sup.package ? byName.get(sup.name) : undefined;
  }
  return false;
}

/** Every component in the manifest, in manifest order. */
export function readComponents(manifest: Manifest): ComponentSpec[] {
  const out: ComponentSpec[] = [];
  // The module to import for a tag is the one exporting its `custom-element-definition`
  // (scripts/manifest.mjs records our `defineElement()` calls so); else the class's own module.
  const definedIn = new Map<string, string>();
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) if (e.kind === 'custom-element-definition') definedIn.set(e.name, m.path.replace(/^\.\//, ''));
  }
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind !== 'class' || !isElementClass(decl, manifest)) continue;
      const tag = tagOf(decl, mod, manifest);
      if (!tag || !TAG.test(tag) || out.some((c) => c.tag === tag)) continue;
      // An attribute with no property of its own (relation-map's `focus`, `layout`) is an
      // HTML-only alias kept for old pages: the builder writes the current names.
      const alias = (a: ManifestAttribute) => !a.fieldName && !a.inheritedFrom && a.name !== 'lang';
      const attrs = (decl.attributes ?? []).filter((a) => a.name && !/^on/i.test(a.name) && !alias(a)).map(readAttr);
      const own = attrs.filter((a) => !a.common);
      const rank = (a: AttrSpec) => (COMMON_ORDER.includes(a.name) ? COMMON_ORDER.indexOf(a.name) : COMMON_ORDER.length);
      // Stable sort: shared attributes the list does not name keep the manifest's order, last.
      const common = attrs.filter((a) => a.common).sort((a, b) => rank(a) - rank(b));
      out.push({
        tag,
        className: decl.name,
        description: decl.description ?? '',
        module: definedIn.get(tag) ?? mod.path.replace(/^\.\//, ''),
        attrs: [...own, ...common],
      });
    }
  }
  return out;
}

/* ---- snippets ---- */

/** Values an editor chose, by attribute name: text, or true/false for booleans. */
export type Choices = Record<string, string | boolean | undefined>;

/**
 * The attributes to write, in the component's order: only those that differ from the
 * default, so a snippet says exactly what the editor changed. Boolean attributes are `''`.
 */
export function attributesFor(spec: ComponentSpec, choices: Choices): [string, string][] {
  const out: [string, string][] = [];
  for (const a of spec.attrs) {
    const v = choices[a.name];
    if (a.kind === 'boolean') {
      if (v === true) out.push([a.name, '']);
      continue;
    }
    if (typeof v !== 'string') continue;
    const value = v.trim();
    if (value === '' || value === a.default) continue;
    out.push([a.name, value]);
  }
  return out;
}

/** Escapes a double-quoted attribute value (`&`, `"`, and `<` so no old parser sees a tag). */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function elementMarkup(tag: string, attrs: [string, string][]): string {
  const list = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');
  return `<${tag}${list}></${tag}>`;
}

export const DEFAULT_BASE = 'https://YOUR-CDN/myanmar-ties/';

/** `base` with exactly one trailing slash. */
function dir(base: string): string {
  return `${base.trim().replace(/\/+$/, '')}/`;
}

export function scriptSnippet(tag: string, attrs: [string, string][], base = DEFAULT_BASE): string {
  return `<script type="module" src="${escapeAttr(`${dir(base)}dist/myanmar-ties.js`)}"></script>\n${elementMarkup(tag, attrs)}`;
}

/** The hosted embed page's URL (dist/embed.html) for a component and its attributes (booleans as `name=`). */
export function embedUrl(tag: string, attrs: [string, string][], base = DEFAULT_BASE): string {
  const q = new URLSearchParams([['component', tag], ...attrs]);
  return `${dir(base)}dist/embed.html?${q.toString()}`;
}

/**
 * The page's half of the self-sizing frame: embed.html posts `{ type: 'myanmar-ties:height',
 * height }` whenever its content's height changes; this sets the height of the frame that sent
 * it (matched by window, so other frames' messages are ignored). One listener serves every
 * frame on the page; pasted twice, the second copy finds the first and stops.
 */
export const RESIZE_LISTENER =
  '<script>window.myanmarTiesFrames||(window.myanmarTiesFrames=1,addEventListener("message",function(e){var d=e.data;' +
  'if(!d||d.type!=="myanmar-ties:height"||!(d.height>0))return;' +
  'document.querySelectorAll("iframe[data-myanmar-ties]").forEach(function(f){if(f.contentWindow===e.source)f.height=Math.ceil(d.height)})}));</script>';

/**
 * The iframe code: the frame at the height measured in the preview (what a page that strips
 * the listener keeps), then the listener that lets it follow its content at any width.
 */
export function iframeSnippet(tag: string, attrs: [string, string][], title: string, height: number, base = DEFAULT_BASE): string {
  const src = escapeAttr(embedUrl(tag, attrs, base));
  return (
    `<iframe src="${src}" title="${escapeAttr(title)}" width="100%" height="${Math.max(1, Math.ceil(height))}" loading="lazy" style="border:0" data-myanmar-ties></iframe>\n` +
    RESIZE_LISTENER
  );
}
