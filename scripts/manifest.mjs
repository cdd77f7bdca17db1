#!/usr/bin/env node
// Writes custom-elements.json from the source with the same analyzer call as `npm run build`
// (scripts/build.mjs), without building dist/: Storybook's docs, the embed builder and the
// embed page read it. `--if-missing` leaves an existing manifest alone (fast path for main.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  return true;
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
