#!/usr/bin/env node
// Which source modules a built file's bytes come from, by its (hidden) source map: minified
// bytes per module, and gzip bytes as each module's share of the file's gzip (its bytes gzipped
// alone, scaled so the shares add up to the file's gzip size: an estimate, since gzip finds
// repeats across modules).
//
//   node bench/modules.mjs [dist/vote-chart.js] [--top 40] [--json out.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist/vote-chart.js';
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const parts = new Map();
const add = (src, text) => parts.set(src, (parts.get(src) ?? '') + text);
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
// Bytes up to the next mapping (across lines: the CSS in a css`` literal keeps its line
// breaks and has no mappings of its own) belong to the last mapping's source.
const name = (m) => (m.source ?? '(unmapped)').replace(/^.*node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
const offsets = [0];
for (const l of lines) offsets.push(offsets.at(-1) + l.length + 1);
const at = (m) => offsets[m.generatedLine - 1] + m.generatedColumn;
if (mappings.length && at(mappings[0]) > 0) add('(unmapped)', code.slice(0, at(mappings[0])));
for (let i = 0; i < mappings.length; i++) {
  const next = mappings[i + 1];
  add(name(mappings[i]), code.slice(at(mappings[i]), next ? at(next) : code.length));
}
const gzTotal = gzipSync(code, { level: 9 }).length;
const rows = [...parts].map(([src, text]) => ({ src, min: text.length, gzAlone: gzipSync(text, { level: 9 }).length }));
const aloneSum = rows.reduce((s, r) => s + r.gzAlone, 0);
for (const r of rows) r.gz = Math.round((r.gzAlone * gzTotal) / aloneSum);
rows.sort((a, b) => b.gz - a.gz);
console.log(`${file}: ${code.length} B min, ${gzTotal} B gzip`);
console.log('| module | min B | gzip B (share) |\n| --- | ---: | ---: |');
for (const r of rows.slice(0, top)) console.log(`| ${r.src} | ${r.min} | ${r.gz} |`);
const rest = rows.slice(top);
if (rest.length) console.log(`| ${rest.length} others | ${rest.reduce((s, r) => s + r.min, 0)} | ${rest.reduce((s, r) => s + r.gz, 0)} |`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
