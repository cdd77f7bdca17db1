#!/usr/bin/env node
// Writes custom-elements.json from the source with the same analyzer call as `npm run build`
// (scripts/build.mjs), without building dist/: Storybook's docs, the embed builder and the
// embed page read it. `--if-missing` leaves an existing manifest alone (fast path for main.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the analyzer in the package root; returns false when it failed. */
export function writeManifest({ ifMissing = false } = {}) {
  if (ifMissing && existsSync(join(root, 'custom-elements.json'))) return true;
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--litelement',
      // The element classes (JSDoc @tag names each one's tag) and the base they extend; the
      // layout and render modules are internals and stay out of the manifest.
      '--globs',
      'src/components/*/*.element.ts',
      'src/internal/base-element.ts',
      // `.`: the analyzer also writes this path into package.json's "customElements", which already says so.
      '--outdir',
      '.',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) return false;
  addDefinitions();
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  completeManifest(manifest, aliasUnions());
  writeFileSync(join(root, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeEditorData(manifest);
  return true;
}

/**
 * Named types of the element files that are unions of string literals (`Theme`, `ArmsView`…),
 * spelt out: the analyzer writes the name, and editors, the embed builder and the README need
 * the values.
 */
function aliasUnions() {
  const files = readdirSync(join(root, 'src/components'))
    .map((c) => join(root, 'src/components', c, `${c}.element.ts`))
    .filter((f) => existsSync(f));
  files.push(join(root, 'src/internal/base-element.ts'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    noResolve: false,
    types: [],
  });
  const checker = program.getTypeChecker();
  const unions = new Map();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(join(root, 'src'))) continue;
    ts.forEachChild(sf, (node) => {
      if (!ts.isTypeAliasDeclaration(node)) return;
      const type = checker.getTypeAtLocation(node.name);
      const parts = type.isUnion() ? type.types : [type];
      if (!parts.every((t) => t.isStringLiteral())) return;
      unions.set(node.name.text, parts.map((t) => `'${t.value}'`).join(' | '));
    });
  }
  return unions;
}

/** `'a' | 'b' | undefined` from `Name | undefined`, when Name is a known union. */
function spell(text, unions) {
  if (!text) return text;
  return text
    .split(' | ')
    .map((part) => unions.get(part.trim()) ?? part)
    .join(' | ');
}

/**
 * What the analyzer leaves out: named unions spelt out, each event's type (from the
 * `CustomEvent<…>` its description starts with), and each CSS property a description names
 * as following the same pattern (`likewise --mt-tie-trade…`, `--mt-color-2 … --mt-color-8`).
 */
export function completeManifest(manifest, unions) {
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      for (const m of [...(d.members ?? []), ...(d.attributes ?? [])]) {
        if (m.type?.text) m.type.text = spell(m.type.text, unions);
      }
      for (const e of d.events ?? []) {
        const t = /^`((?:Custom)?Event<\w+>|Event)`/.exec(e.description ?? '');
        if (t && !e.type) e.type = { text: t[1] };
      }
      if (!d.cssProperties) continue;
      const known = new Set(d.cssProperties.map((p) => p.name));
      const more = [];
      for (const p of d.cssProperties) {
        let names = [];
        const likewise = /likewise ((?:`--[a-z0-9-]+`(?:, )?)+)/.exec(p.description ?? '');
        if (likewise) names = [...likewise[1].matchAll(/`(--[a-z0-9-]+)`/g)].map((m) => m[1]);
        const range = /`?--([a-z-]+)-(\d)`? … `?--\1-(\d)`?/.exec(p.description ?? '');
        if (range) for (let i = Number(range[2]); i <= Number(range[3]); i++) names.push(`--${range[1]}-${i}`);
        // …and any other property the description names (`--mt-color-8` for "Other suppliers").
        for (const m of (p.description ?? '').matchAll(/`(--mt-[a-z0-9-]+)`/g)) names.push(m[1]);
        for (const name of names) {
          if (known.has(name)) continue;
          known.add(name);
          more.push({
            name,
            description: `As \`${p.name}\`: ${p.description}`,
            ...(p.inheritedFrom ? { inheritedFrom: p.inheritedFrom } : {}),
          });
        }
      }
      d.cssProperties.push(...more);
    }
  }
}

/** The element declarations with a tag, and the module (in dist/) that registers each. */
function elements(manifest) {
  const definedIn = new Map();
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) if (e.kind === 'custom-element-definition') definedIn.set(e.name, m.path);
  }
  const out = [];
  for (const m of manifest.modules) {
    for (const d of m.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const src = definedIn.get(d.tagName) ?? m.path;
      out.push({ d, module: src.replace(/^(\.\/)?src\//, './dist/').replace(/\.ts$/, '.js') });
    }
  }
  return out.sort((a, b) => a.d.tagName.localeCompare(b.d.tagName));
}

/** Values of an attribute whose type is a union of string literals, else null. */
function values(type) {
  const parts = (type ?? '').split(' | ').filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1)).filter((v) => !v.includes(' '));
}

const pkg = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Editor data from the manifest: VS Code's HTML custom data (`html.customData`) and
 * JetBrains' web-types (found through package.json's `web-types`), with each attribute's
 * values, the events with their types, CSS properties and parts, and the module in dist/
 * that registers the tag.
 */
function writeEditorData(manifest) {
  const list = elements(manifest);
  const { name, version } = pkg();
  const vscode = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: list.map(({ d, module }) => ({
      name: d.tagName,
      description: `${d.description ?? ''}\n\nImport: \`${name}/${d.tagName}\` (${module}).`.trim(),
      attributes: (d.attributes ?? [])
        .filter((a) => a.name !== 'lang')
        .map((a) => {
          const v = values(a.type?.text);
          return {
            name: a.name,
            description: [a.description, a.type?.text ? `Type: ${a.type.text}` : '', a.default ? `Default: ${a.default}` : '']
              .filter(Boolean)
              .join('\n\n'),
            ...(v ? { values: v.map((x) => ({ name: x })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          };
        }),
    })),
    globalAttributes: [],
    valueSets: [],
  };
  writeFileSync(join(root, 'vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
  const vscodeCss = {
    version: 1.1,
    properties: [
      ...new Map(
        list.flatMap(({ d }) => (d.cssProperties ?? []).map((p) => [p.name, { name: p.name, description: p.description }])),
      ).values(),
    ],
  };
  writeFileSync(join(root, 'vscode.css-custom-data.json'), `${JSON.stringify(vscodeCss, null, 2)}\n`);

  const webTypes = {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/v2-preview/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    framework: 'lit',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: list.map(({ d, module }) => ({
          name: d.tagName,
          description: d.description,
          source: { module, symbol: d.name },
          attributes: (d.attributes ?? [])
            .filter((a) => a.name !== 'lang')
            .map((a) => {
              const v = values(a.type?.text);
              return {
                name: a.name,
                description: a.description,
                ...(a.default ? { default: a.default } : {}),
                value: v
                  ? { type: a.type.text.replace(/ \| undefined$/, ''), kind: 'plain' }
                  : a.type?.text === 'boolean'
                    ? { type: 'boolean', kind: 'no-value' }
                    : { type: (a.type?.text ?? 'string').replace(/ \| undefined$/, ''), kind: 'plain' },
                ...(v ? { values: v.map((x) => ({ name: x })) } : {}),
              };
            }),
          js: {
            properties: (d.members ?? [])
              .filter(
                (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('_'),
              )
              .map((m) => ({ name: m.name, description: m.description, ...(m.type?.text ? { type: m.type.text } : {}) })),
            events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description, ...(e.type ? { type: e.type.text } : {}) })),
          },
          css: {
            properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
            parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
          },
          ...(d.slots?.length ? { slots: d.slots.map((s) => ({ name: s.name, description: s.description })) } : {}),
        })),
      },
    },
  };
  writeFileSync(join(root, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
}

/**
 * The analyzer sees `customElements.define()` only; our registration modules call
 * `defineElement('tag', Class)` (a no-op when the tag is taken). Record each as the standard
 * `custom-element-definition` export, so tools (and the embed builder) know which module to
 * import to get the tag.
 */
function addDefinitions() {
  const file = join(root, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const dir = join(root, 'src/components');
  for (const name of readdirSync(dir).sort()) {
    const path = `src/components/${name}/${name}.ts`;
    if (!existsSync(join(root, path))) continue;
    const text = readFileSync(join(root, path), 'utf8');
    const call = /defineElement\(\s*'([a-z][a-z0-9-]*-[a-z0-9-]*)'\s*,\s*(\w+)\s*\)/.exec(text);
    if (!call) continue;
    const [, tag, cls] = call;
    const from = new RegExp(`import\\s*\\{[^}]*\\b${cls}\\b[^}]*\\}\\s*from\\s*'\\./([^']+)\\.js'`).exec(text);
    if (!from) throw new Error(`${path}: cannot tell which module declares ${cls}`);
    const declaration = { name: cls, module: `src/components/${name}/${from[1]}.ts` };
    manifest.modules = manifest.modules.filter((m) => m.path !== path);
    manifest.modules.push({
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: [
        { kind: 'js', name: cls, declaration },
        { kind: 'custom-element-definition', name: tag, declaration },
      ],
    });
  }
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!writeManifest({ ifMissing: process.argv.includes('--if-missing') })) process.exit(1);
}
