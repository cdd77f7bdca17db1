#!/usr/bin/env node
// Writes each component's reference (attributes, properties, events, CSS parts and custom
// properties) from custom-elements.json into README.md between the `components` markers,
// and data/README.md into the "Data and sources" section. Run after `npm run build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
const byName = new Map(decls.map((d) => [d.name, d]));

/** Walks the superclass chain so inherited attributes appear once, own ones first. */
function chain(decl) {
  const out = [decl];
  let sup = decl.superclass && byName.get(decl.superclass.name);
  while (sup) {
    out.push(sup);
    sup = sup.superclass && byName.get(sup.superclass.name);
  }
  return out;
}
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const uniq = (items, key) => [...new Map(items.map((i) => [key(i), i])).values()];

const sections = [];
for (const d of decls.filter((d) => d.customElement && d.tagName)) {
  const all = chain(d);
  const own = (k) => uniq(all.flatMap((x) => x[k] ?? []), (i) => i.name);
  const attrs = own('attributes').filter((a) => a.name !== 'lang');
  const props = uniq(
    all.flatMap((x) => x.members ?? []).filter((m) => m.kind === 'field' && !m.name.startsWith('_') && !m.static && m.privacy !== 'private' && m.privacy !== 'protected'),
    (m) => m.name,
  ).filter((m) => !attrs.some((a) => a.fieldName === m.name));
  const lines = [`### \`<${d.tagName}>\``, '', cell(d.description).replace(/ @\w.*$/, ''), ''];
  lines.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
  for (const a of attrs) lines.push(`| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`);
  for (const p of props) lines.push(`| — | \`${p.name}\`${p.readonly ? ' (read-only)' : ''} | ${cell(p.type?.text)} | ${cell(p.default)} | ${cell(p.description)} |`);
  const events = own('events');
  if (events.length) {
    lines.push('', '| event | detail |', '| --- | --- |');
    for (const e of events) lines.push(`| \`${e.name}\` | ${cell(e.description)} |`);
  }
  const parts = own('cssParts');
  if (parts.length) lines.push('', `CSS parts: ${parts.map((p) => `\`${p.name}\``).join(', ')}.`);
  const props2 = own('cssProperties');
  if (props2.length) {
    lines.push('', '<details><summary>CSS custom properties</summary>', '', '| property | description |', '| --- | --- |');
    for (const p of props2) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    lines.push('', '</details>');
  }
  sections.push(lines.join('\n'));
}

let readme = readFileSync('README.md', 'utf8');
const put = (marker, body) => {
  const re = new RegExp(`<!-- ${marker} -->[\\s\\S]*?<!-- /${marker} -->|<!-- ${marker} -->`);
  readme = readme.replace(re, `<!-- ${marker} -->\n${body}\n<!-- /${marker} -->`);
};
put('components', `## Component reference\n\n${sections.join('\n\n')}`);
if (existsSync('data/README.md')) {
  put('data', readFileSync('data/README.md', 'utf8').replace(/^#+ Data and sources\s*\n/, '').trim());
}
writeFileSync('README.md', readme);
console.log(`README.md: ${sections.length} component references written`);
