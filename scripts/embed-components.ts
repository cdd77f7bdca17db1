/**
 * Prints the hosted embed page's allow-list as JSON: each component's tag and the names of its
 * attributes, read from custom-elements.json with the builder's own reader. scripts/build.mjs
 * writes it into dist/embed.html, so that page checks a query without fetching the 214 kB manifest.
 */
import { readFileSync } from 'node:fs';
import { readComponents, type ComponentSpec, type Manifest } from '../demo/builder-manifest.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const slim: ComponentSpec[] = readComponents(manifest).map((c) => ({
  tag: c.tag,
  className: c.className,
  description: '',
  module: c.module,
  attrs: c.attrs.map((a) => ({ ...a, description: '', options: [] })),
}));
process.stdout.write(JSON.stringify(slim));
