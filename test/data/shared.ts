// Where the shared inputs live: the article seeds and the two datasets, beside the repo
// (CI clones the repo next to shared/). Tests that need them skip, saying why, when absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');
export const sharedDataDir = path.resolve(repoRoot, '../shared/data');
export const voteCsv = path.join(sharedDataDir, 'unga-75-287/unga_75_287.csv');
export const sipriCsv = path.join(sharedDataDir, 'sipri-myanmar/myanmar_imports_2000_2023.csv');

export const haveSeeds = existsSync(seedsDir);
export const noSeeds = haveSeeds ? false : `the article seeds are not at ${seedsDir}: provenance not checked`;
export const noVoteCsv = existsSync(voteCsv) ? false : `${voteCsv} is absent: roll call not compared with the source CSV`;
export const noSipriCsv = existsSync(sipriCsv) ? false : `${sipriCsv} is absent: SIPRI rows not compared with the source CSV`;

/** Parses RFC 4180 CSV (quoted fields, doubled quotes), independent of the code under test. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

export function readCsv(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(file, 'utf8'));
}

/**
 * The only leniency allowed when matching a fact against an article: typographic quotes and
 * dashes become ASCII, runs of whitespace one space. Case and everything else must match.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** True when `needle` occurs in `hay` not glued to letters or digits on either side. */
export function containsPhrase(hay: string, needle: string): boolean {
  const n = normalise(needle).trim();
  if (n === '') return false;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(n, from);
    if (i < 0) return false;
    const before = hay[i - 1];
    const after = hay[i + n.length];
    const edge = (c: string | undefined, inner: string | undefined) =>
      c === undefined || !/[\p{L}\p{N}]/u.test(c) || !/[\p{L}\p{N}]/u.test(inner ?? '');
    if (edge(before, n[0]) && edge(after, n[n.length - 1])) return true;
    from = i + 1;
  }
}
