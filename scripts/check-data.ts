/**
 * npm run check:data — validates every bundled data file: its schema (the same validators the
 * widgets run), that every source id resolves and every fact cites one, ISO 3166 codes against
 * the real list, the vote's tally against its roll call, and the TIV unit. Prints a summary and
 * every problem; exits 1 on any. (The provenance test checks the articles' text; see test/data.)
 * Usage: tsx scripts/check-data.ts [data-dir]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import type { DataIssue, Validated } from '../src/data/issue.js';
import type { ArmsData, Disagreement, Source, TimelineEvent, VoteRecord } from '../src/data/types.js';
import { validateVoteRecord } from '../src/data/vote.js';
import { computeFromRegister, validateArmsData, TIV_UNIT } from '../src/data/arms.js';
import { validateNetwork } from '../src/data/network.js';
import { validateEvents } from '../src/data/events.js';
import { validateDisagreements } from '../src/data/disagreements.js';
import { validateSources } from '../src/data/sources.validate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A directory may be given (the test checks a doctored copy); by default the bundled data/.
const dataDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'data');
const problems: string[] = [];
const summary: string[] = [];

function fail(file: string, where: string, message: string): void {
  problems.push(`data/${file}: ${where}: ${message}`);
}

function load(file: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  } catch (e) {
    fail(file, '(file)', `cannot be read as JSON (${(e as Error).message})`);
    return undefined;
  }
}

/** Bundled data must be clean: a warning a user could live with is a problem here. */
function validated<T>(file: string, result: Validated<T>): T | null {
  for (const i of result.issues as DataIssue[]) fail(file, i.path, `${i.message}${i.severity === 'warning' ? ' (warning)' : ''}`);
  return result.value;
}

/* ------------------------------------------------------------------ load + schema */

const sources = validated('sources.json', validateSources(load('sources.json'))) ?? [];
const rawVote = load('vote.json');
const vote = validated('vote.json', validateVoteRecord(rawVote));
const rawArms = load('arms.json');
const arms = validated('arms.json', validateArmsData(rawArms));
const network = validated('network.json', validateNetwork(load('network.json')));
const events = validated('events.json', validateEvents(load('events.json'))) ?? [];
const disagreements = validated('disagreements.json', validateDisagreements(load('disagreements.json'))) ?? [];

// A validator keeps only what it knows: a record it silently shortened would hide data.
function sameLength(file: string, where: string, raw: unknown, kept: unknown[] | undefined): void {
  if (Array.isArray(raw) && kept && raw.length !== kept.length)
    fail(file, where, `${raw.length - kept.length} record(s) dropped by validation`);
}
sameLength('vote.json', 'rollCall', (rawVote as VoteRecord | undefined)?.rollCall, vote?.rollCall);
sameLength('arms.json', 'register.deliveries', (rawArms as ArmsData | undefined)?.register?.deliveries, arms?.register.deliveries);

/* ------------------------------------------------------------------ sources */

const sourceIds = new Map<string, Source>(sources.map((s) => [s.id, s]));
const uses = new Map<string, number>(sources.map((s) => [s.id, 0]));

/** Every record that states a fact cites at least one source, and every id resolves. */
function cites(file: string, where: string, ids: readonly string[] | undefined): void {
  if (!ids || ids.length === 0) {
    fail(file, `${where}.sources`, 'cites no source');
    return;
  }
  ids.forEach((id, i) => {
    if (!sourceIds.has(id)) fail(file, `${where}.sources[${i}]`, `"${id}" is not a source in sources.json`);
    else uses.set(id, uses.get(id)! + 1);
  });
}

for (const s of sources) {
  const where = `[${s.id}]`;
  if (s.kind === 'article' && !s.file) fail('sources.json', where, 'an article must name its seed file (`file`)');
  const data = s.kind === 'dataset' || s.kind === 'record';
  if (data && !s.credit) fail('sources.json', where, 'a dataset or record must carry its credit line');
  if (data && !s.terms) fail('sources.json', where, 'a dataset or record must state its terms');
  // A link to an article, or a page read to confirm a name, only from a copy of the page itself.
  if (!data && (s.url || s.kind === 'reference') && !s.confirmed) {
    fail('sources.json', where, 'an article link or a reference must say how it was confirmed (`confirmed`)');
  }
  if (s.kind === 'reference' && !s.note) fail('sources.json', where, 'a reference must say what it confirms (`note`)');
  if (s.date === null && !s.notBefore && s.kind !== 'reference') fail('sources.json', where, 'an undated source must give `notBefore`');
  if (s.publisherStated === false && !s.dateNote?.includes('publisher'))
    fail('sources.json', where, 'an unnamed publisher must be explained in dateNote');
}
const sipri = sources.find((s) => s.id.startsWith('sipri'));
if (!sipri?.label?.includes('Information from the SIPRI Arms Transfers Database')) {
  fail('sources.json', '[sipri]', 'the SIPRI label must include the credit line "Information from the SIPRI Arms Transfers Database"');
}
// Seeds are inputs, never part of the package.
for (const f of readdirSync(dataDir)) {
  if (sources.some((s) => s.file === f) || f.endsWith('.txt')) fail(f, '(file)', 'an article seed must not be copied into data/');
}

/* ------------------------------------------------------------------ ISO 3166 */

function iso3(file: string, where: string, code: string | null | undefined, m49?: string | null): void {
  if (code === null || code === undefined) return;
  if (!countries.isValid(code) || countries.alpha3ToAlpha2(code) === undefined) {
    fail(file, where, `${code} is not an ISO 3166-1 alpha-3 code`);
    return;
  }
  if (m49 !== undefined && m49 !== null && countries.alpha3ToNumeric(code) !== m49) {
    fail(file, where, `${code} has ISO numeric ${countries.alpha3ToNumeric(code)}, not ${m49}`);
  }
}

/* ------------------------------------------------------------------ vote */

if (vote) {
  cites('vote.json', 'vote', vote.sources);
  const roll = vote.rollCall ?? [];
  roll.forEach((e, i) => iso3('vote.json', `rollCall[${i}]`, e.iso3, e.m49 ?? null));
  if (roll.some((e) => !e.m49)) fail('vote.json', 'rollCall', 'every bundled entry needs its m49 code');
  for (const [i, g] of (vote.groups ?? []).entries()) {
    cites('vote.json', `groups[${i}]`, g.sources);
    g.members.forEach((m, j) => iso3('vote.json', `groups[${i}].members[${j}]`, m));
  }
  const sum = Object.values(vote.tally).reduce((a, b) => a + b, 0);
  if (sum !== vote.total) fail('vote.json', 'tally', `adds up to ${sum}, not the total ${vote.total}`);
  if (vote.total !== 193) fail('vote.json', 'total', `is ${vote.total}; the General Assembly had 193 members`);
  if (roll.length !== vote.total) fail('vote.json', 'rollCall', `has ${roll.length} entries, not ${vote.total}`);
  for (const o of vote.options) {
    const n = roll.filter((e) => e.vote === o.id).length;
    if (n !== vote.tally[o.id]) fail('vote.json', `tally.${o.id}`, `is ${vote.tally[o.id]} but the roll call has ${n}`);
  }
  summary.push(
    `vote.json: ${vote.id}, ${roll.length} members; ${vote.options.map((o) => `${o.id} ${vote.tally[o.id]}`).join(', ')}; ${vote.groups?.length ?? 0} groups`,
  );
}

/* ------------------------------------------------------------------ arms */

if (arms) {
  const r = arms.register;
  cites('arms.json', 'register', r.sources);
  if (r.unit !== TIV_UNIT) fail('arms.json', 'register.unit', `must be "${TIV_UNIT}"`);
  const suppliers = r.suppliers ?? {};
  for (const [name, codes] of Object.entries(suppliers)) iso3('arms.json', `register.suppliers.${name}`, codes.iso3, codes.m49);
  const named = new Set(r.deliveries.map((d) => d.supplier));
  for (const s of named) if (!(s in suppliers)) fail('arms.json', 'register.suppliers', `"${s}" has no entry (map codes, or null)`);
  for (const f of arms.figures) {
    const where = `figures[${f.id}]`;
    cites('arms.json', where, f.sources);
    // TIV is a volume index: a TIV figure never wears a dollar sign.
    if (f.unit === 'tiv' && /\$|usd|dollar/i.test(`${f.label} ${f.asStated ?? ''}`))
      fail('arms.json', where, 'a TIV figure is labelled as money');
    if (f.unit === 'usd' && /\bTIV\b/.test(f.label)) fail('arms.json', where, 'a dollar figure is labelled as TIV');
    if (f.computed && !named.has(f.computed.supplier))
      fail('arms.json', `${where}.computed.supplier`, `"${f.computed.supplier}" is not a supplier in the register`);
    for (const id of f.sipriIds ?? [])
      if (!r.deliveries.some((d) => d.sipriId === id)) fail('arms.json', `${where}.sipriIds`, `${id} is not in the register`);
  }
  for (const [i, m] of (arms.markers ?? []).entries()) cites('arms.json', `markers[${i}]`, m.sources);
  for (const s of arms.systems ?? []) {
    cites('arms.json', `systems[${s.id}]`, s.sources);
    for (const id of s.sipriIds ?? [])
      if (!r.deliveries.some((d) => d.sipriId === id)) fail('arms.json', `systems[${s.id}].sipriIds`, `${id} is not in the register`);
  }
  const other = r.deliveries.filter((d) => d.recipient !== r.recipient);
  summary.push(
    `arms.json: ${r.deliveries.length} SIPRI rows (${other.length} with another recipient: ${[...new Set(other.map((d) => d.recipient))].join(', ')}), ${named.size} suppliers, ${arms.figures.length} reported figures, ${arms.markers?.length ?? 0} markers, ${arms.systems?.length ?? 0} systems`,
  );
  for (const f of arms.figures) {
    if (!f.computed) continue;
    const c = computeFromRegister(r, f.computed);
    const ours = f.computed.measure === 'share' ? `${c.value.toFixed(1)}%` : `${c.value.toFixed(2)} TIV (millions)`;
    const theirs = f.unit === 'percent' ? `${f.value}%` : `${f.qualifier ? `${f.qualifier} ` : ''}$${f.value / 1e6} million`;
    summary.push(`  ${f.id}: reported ${theirs}; our calculation from the ${r.release} release: ${ours}`);
  }
}

/* ------------------------------------------------------------------ network */

if (network) {
  const ids = new Set(network.actors.map((a) => a.id));
  if (network.center === undefined) fail('network.json', 'center', 'is missing (expected "mm-military")');
  for (const a of network.actors) {
    cites('network.json', `actors[${a.id}]`, a.sources);
    if (a.country) iso3('network.json', `actors[${a.id}].country`, a.country);
    if (a.kind === 'state' && a.country && a.id !== a.country.toLowerCase()) {
      fail('network.json', `actors[${a.id}].id`, `a state's id is its lower-case alpha-3 (${a.country.toLowerCase()})`);
    }
    if (a.kind === 'state' && !a.country && countries.isValid(a.id.toUpperCase())) {
      fail('network.json', `actors[${a.id}].country`, 'is missing');
    }
  }
  for (const t of network.ties) {
    cites('network.json', `ties[${t.id}]`, t.sources);
    if (t.type === 'un-vote' && t.date !== vote?.date) fail('network.json', `ties[${t.id}].date`, `a UN vote tie is dated ${vote?.date}`);
  }
  const tied = new Set(network.ties.flatMap((t) => [t.source, t.target]));
  const lone = [...ids].filter((id) => !tied.has(id));
  const byType = new Map<string, number>();
  for (const t of network.ties) byType.set(t.type, (byType.get(t.type) ?? 0) + 1);
  const kinds = new Map<string, number>();
  for (const a of network.actors) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  summary.push(
    `network.json: ${network.actors.length} actors (${[...kinds].map(([k, n]) => `${n} ${k}s`).join(', ')}), ${network.ties.length} ties (${[...byType].map(([k, n]) => `${k} ${n}`).join(', ')}); undated ties ${network.ties.filter((t) => !t.date).length}; actors without ties: ${lone.join(', ') || 'none'}`,
  );
}

/* ------------------------------------------------------------------ events, disagreements */

const actorIds = new Set(network?.actors.map((a) => a.id) ?? []);
events.forEach((e: TimelineEvent, i) => {
  cites('events.json', `[${e.id}]`, e.sources);
  for (const a of e.actors ?? []) if (!actorIds.has(a)) fail('events.json', `[${e.id}].actors`, `"${a}" is not an actor in network.json`);
  if (i > 0 && e.date < events[i - 1]!.date)
    fail('events.json', `[${e.id}].date`, `${e.date} is out of order (after ${events[i - 1]!.date})`);
});
if (events.length > 0) summary.push(`events.json: ${events.length} events, ${events[0]!.date} to ${events[events.length - 1]!.date}`);

disagreements.forEach((d: Disagreement) => {
  d.claims.forEach((c, j) => {
    cites('disagreements.json', `[${d.id}].claims[${j}]`, c.sources);
    for (const q of c.asStated ?? [])
      if (!c.sources.includes(q.source))
        fail('disagreements.json', `[${d.id}].claims[${j}].asStated`, `quotes ${q.source}, which the claim does not cite`);
  });
});
summary.push(`disagreements.json: ${disagreements.length} (${disagreements.map((d) => d.id).join(', ')})`);

/* ------------------------------------------------------------------ report */

const unused = [...uses].filter(([, n]) => n === 0).map(([id]) => id);
for (const id of unused) fail('sources.json', `[${id}]`, 'is cited by nothing');
summary.unshift(`sources.json: ${sources.length} sources; citations: ${[...uses].map(([id, n]) => `${id} ${n}`).join(', ')}`);

console.log('check:data');
for (const line of summary) console.log(`  ${line}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('\nAll data files are valid.');
