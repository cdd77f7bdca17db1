#!/usr/bin/env node
// Writes custom-elements.json from the source with the same analyzer call as `npm run build`
// (scripts/build.mjs), without building dist/: Storybook's docs, the embed builder and the
// embed page read it. `--if-missing` leaves an existing manifest alone (fast path for main.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  return r.status === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!writeManifest({ ifMissing: process.argv.includes('--if-missing') })) process.exit(1);
}
