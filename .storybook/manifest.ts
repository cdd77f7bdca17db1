/**
 * custom-elements.json as Storybook's docs need it. Storybook finds a component by the
 * declaration's `tagName`, which the analyzer leaves out for classes registered through
 * `defineElement()`; and it lists every member, so the docs tables would show the base
 * class's private machinery (`_data`, `_size`…). Both are fixed on a copy.
 */
import { LANG_DESCRIPTION, isElementClass, readAttr, tagOf, type Manifest, type ManifestDeclaration } from '../demo/builder-manifest.js';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

export function forStorybook(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind !== 'class' || !isElementClass(decl, manifest)) continue;
      const tag = tagOf(decl, mod, copy);
      if (tag) decl.tagName = tag;
      for (const a of decl.attributes ?? []) if (a.name === 'lang' && !a.description) a.description = LANG_DESCRIPTION;
      const members = (decl as ManifestDeclaration & { members?: Member[] }).members;
      if (members) {
        (decl as { members?: Member[] }).members = members.filter(
          (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && m.kind !== 'method',
        );
      }
    }
  }
  return copy;
}

interface ArgTypeLike {
  control?: unknown;
  description?: string;
  table?: { category?: string; type?: { summary?: string }; defaultValue?: { summary?: string } };
}

/**
 * The Controls panel's input for an attribute or property from its type: radio buttons or a
 * select for a union of strings (or a named type whose description lists its values), a
 * checkbox, a number, a text box; none for CSS parts, custom properties, events and objects,
 * which an arg cannot set.
 */
export function controlFor(at: ArgTypeLike): Record<string, unknown> {
  const category = at.table?.category;
  if (category !== 'attributes' && category !== 'properties') return { control: false };
  const text = at.table?.type?.summary;
  if (!text) return category === 'attributes' ? { control: { type: 'text' } } : { control: false };
  const a = readAttr({ name: 'x', type: { text }, description: at.description, default: at.table?.defaultValue?.summary });
  if (a.kind === 'enum') return { control: { type: a.options.length > 4 ? 'select' : 'inline-radio' }, options: a.options };
  if (a.kind === 'boolean') return { control: { type: 'boolean' } };
  if (a.kind === 'number') return { control: { type: 'number' } };
  if (/^string( \| undefined)?$/.test(text)) return { control: { type: 'text' } };
  return { control: false };
}
