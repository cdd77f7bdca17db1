// The provenance checks as pure functions of (dataset, article texts) -> problems, so the test
// runs them on the bundled data (expecting none) and on doctored copies (expecting each caught).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor, ArmsData, Disagreement, Network, Source, TimelineEvent, VoteRecord } from '../../src/data/types.js';
import { containsPhrase, normalise } from './shared.js';

export interface Dataset {
  sources: Source[];
  vote: VoteRecord;
  arms: ArmsData;
  network: Network;
  events: TimelineEvent[];
  disagreements: Disagreement[];
}

/** Article id -> normalised text, read from the seed each source names. */
export function readArticles(sources: Source[], seedsDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of sources) {
    if (s.kind === 'article' && s.file) {
      try {
        texts.set(s.id, normalise(readFileSync(path.join(seedsDir, s.file), 'utf8')));
      } catch {
        // reported by the sources check
      }
    }
  }
  return texts;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/g;
const DAY_RE =
  /(?:\b(\d{1,2})\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b)/;

/**
 * A stated date agrees with an ISO date: a year it names is the record's start or end year,
 * a month it names is the record's month, a day beside that month is the record's day.
 */
export function dateAgrees(iso: string, end: string | undefined, stated: string): string | null {
  const [y, m, d] = iso.split('-');
  const endYear = end?.slice(0, 4);
  const years = [...stated.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((x) => x[1]);
  if (years.length > 0 && !years.includes(y!) && !(endYear && years.includes(endYear))) {
    return `names ${years.join('/')} but the date is ${iso}`;
  }
  const months = [...stated.matchAll(MONTH_RE)].map((x) => MONTHS.indexOf(x[1]!.slice(0, 3).toLowerCase()) + 1);
  if (months.length > 0 && m === undefined) return `names a month but the date ${iso} has none`;
  if (months.length > 0 && !months.includes(Number(m))) return `names month ${months.join('/')} but the date is ${iso}`;
  const day = DAY_RE.exec(stated);
  if (day && d === undefined) return `names a day but the date ${iso} has none`;
  if (day && Number(day[1] ?? day[2]) !== Number(d)) return `names day ${day[1] ?? day[2]} but the date is ${iso}`;
  return null;
}

/** The stated words name the end: its year (`2015-16` counts as naming 2016), or, for an end in the start's year, its month. */
export function endStated(end: string, stated: string | undefined): boolean {
  if (!stated) return false;
  const y = end.slice(0, 4);
  if (new RegExp(`\\b${y}\\b`).test(stated)) return true;
  if (new RegExp(`\\b${y.slice(0, 2)}\\d\\d\\s*[-–]\\s*${y.slice(2)}\\b`).test(stated)) return true;
  const m = end.slice(5, 7);
  return m !== '' && [...stated.matchAll(MONTH_RE)].some((x) => MONTHS.indexOf(x[1]!.slice(0, 3).toLowerCase()) + 1 === Number(m));
}

const WORDS: Record<number, string[]> = {
  1: ['one'],
  2: ['two'],
  3: ['three'],
  4: ['four'],
  5: ['five'],
  6: ['six'],
  16: ['sixteen'],
  28: ['twenty-eight'],
  100: ['one hundred', 'a hundred'],
};

/** The value is what the stated words say: `16%`, `$807 million`, `Sixteen`, `USD 258.3 million`. */
export function valueStated(value: number, unit: string, stated: string): boolean {
  const s = normalise(stated);
  if (unit === 'percent') return containsPhrase(s, `${value}%`);
  if (unit === 'usd') return /million/.test(s) && containsPhrase(s, String(value / 1e6));
  if (containsPhrase(s, String(value))) return true;
  return (WORDS[value] ?? []).some((w) => containsPhrase(s.toLowerCase(), w));
}

export function provenanceProblems(ds: Dataset, texts: Map<string, string>): Record<string, string[]> {
  const byId = new Map(ds.sources.map((s) => [s.id, s]));
  const isArticle = (id: string) => byId.get(id)?.kind === 'article';
  const articlesOf = (ids: readonly string[]) => ids.filter(isArticle);
  const citesData = (ids: readonly string[]) => ids.some((id) => byId.has(id) && !isArticle(id));
  const inAny = (ids: readonly string[], phrase: string) => ids.some((id) => containsPhrase(texts.get(id) ?? '', phrase));
  const actors = new Map(ds.network.actors.map((a) => [a.id, a]));
  const spellings = (a: Actor) => [a.name, ...(a.asStated ?? [])];
  const out: Record<string, string[]> = {
    sources: [],
    vote: [],
    figures: [],
    systems: [],
    markers: [],
    actors: [],
    ties: [],
    events: [],
    disagreements: [],
  };

  function checkDated(
    p: string,
    rec: { date?: string; endDate?: string; dateAsStated?: string; dateFrom?: string; sources: string[] },
    problems: string[],
  ): void {
    const arts = articlesOf(rec.sources);
    if (rec.dateFrom) {
      // Dated by the article's own date: the same year, and not after it.
      const s = byId.get(rec.dateFrom);
      if (!rec.sources.includes(rec.dateFrom) || !s) problems.push(`${p}: dateFrom ${rec.dateFrom} is not a source it cites`);
      else if (!s.date) problems.push(`${p}: dateFrom ${rec.dateFrom}, which is undated`);
      else if (rec.date && (rec.date.slice(0, 4) !== s.date.slice(0, 4) || rec.date.slice(0, s.date.length) > s.date)) {
        problems.push(`${p}: dated ${rec.date}, which is not in the year of ${rec.dateFrom} (${s.date}) or is after it`);
      }
    } else if (rec.date && !rec.dateAsStated && !citesData(rec.sources)) {
      problems.push(`${p}: dated ${rec.date} from articles only, but no dateAsStated`);
    }
    if (rec.dateAsStated) {
      if (!inAny(arts, rec.dateAsStated)) problems.push(`${p}: date "${rec.dateAsStated}" not in ${arts.join(', ')}`);
      if (rec.date && !rec.dateFrom) {
        const err = dateAgrees(rec.date, rec.endDate, rec.dateAsStated);
        if (err) problems.push(`${p}.dateAsStated ${err}`);
      }
    }
    // An end date must be the source's: its year is named in the stated words.
    if (rec.endDate && rec.endDate.slice(0, 4) !== rec.date?.slice(0, 4) && !citesData(rec.sources)) {
      if (!endStated(rec.endDate, rec.dateAsStated))
        problems.push(`${p}: ends ${rec.endDate}, but "${rec.dateAsStated ?? ''}" names no end`);
    }
  }

  for (const s of ds.sources.filter((x) => x.kind === 'article')) {
    const text = texts.get(s.id);
    if (!s.file || text === undefined) {
      out.sources!.push(`${s.id}: no seed file`);
      continue;
    }
    if (!containsPhrase(text, s.title)) out.sources!.push(`${s.id}: title not in ${s.file}`);
    if (s.publisherStated !== false && !containsPhrase(text, s.publisher)) {
      out.sources!.push(`${s.id}: publisher "${s.publisher}" not in ${s.file}`);
    }
    if (s.dateAsStated && !containsPhrase(text, s.dateAsStated)) out.sources!.push(`${s.id}: date "${s.dateAsStated}" not in ${s.file}`);
    if (!s.dateAsStated && !s.dateNote) out.sources!.push(`${s.id}: no stated date and no dateNote`);
  }

  for (const g of ds.vote.groups ?? []) {
    const arts = articlesOf(g.sources);
    for (const name of g.asStated ?? []) if (!inAny(arts, name)) out.vote!.push(`groups.${g.id}: "${name}" not in ${arts.join(', ')}`);
  }
  for (const id of articlesOf(ds.vote.sources)) {
    for (const key of ['yes', 'abstain']) {
      const n = ds.vote.tally[key];
      if (n !== undefined && !containsPhrase(texts.get(id) ?? '', String(n))) out.vote!.push(`tally.${key} ${n} not in ${id}`);
    }
  }

  for (const f of ds.arms.figures) {
    const arts = articlesOf(f.sources);
    const p = `figures.${f.id}`;
    const problems = out.figures!;
    if (arts.length === 0) continue;
    if (!f.asStated) {
      problems.push(`${p}: cites an article but has no asStated`);
      continue;
    }
    if (!inAny(arts, f.asStated)) problems.push(`${p}: "${f.asStated}" not in ${arts.join(', ')}`);
    if (!valueStated(f.value, f.unit, f.asStated)) problems.push(`${p}: value ${f.value} (${f.unit}) is not what "${f.asStated}" says`);
    const words = normalise(f.asStated).toLowerCase();
    if (f.qualifier === 'at least' && !words.includes('at least')) problems.push(`${p}: qualifier "at least" not in "${f.asStated}"`);
    if (f.qualifier === 'about' && !/\b(about|roughly|around|approximately|some|nearly)\b/.test(words)) {
      problems.push(`${p}: qualifier "about" not in "${f.asStated}"`);
    }
    if (f.qualifier === undefined && /\b(about|roughly|at least|around|approximately|nearly|more than)\b/.test(words)) {
      problems.push(`${p}: "${f.asStated}" is qualified but the figure has no qualifier`);
    }
    if (!f.periodAsStated) problems.push(`${p}: cites an article but has no periodAsStated`);
    else {
      if (!inAny(arts, f.periodAsStated)) problems.push(`${p}: period "${f.periodAsStated}" not in ${arts.join(', ')}`);
      const err = dateAgrees(f.period.from, f.period.to, f.periodAsStated);
      if (err) problems.push(`${p}.periodAsStated ${err}`);
      const to = f.period.to;
      if (to && to.slice(0, 4) !== f.period.from.slice(0, 4) && !citesData(f.sources) && !endStated(to, f.periodAsStated)) {
        problems.push(`${p}: period ends ${to}, but "${f.periodAsStated}" names no end`);
      }
      if (
        to &&
        !citesData(f.sources) &&
        to.slice(0, 4) === f.period.from.slice(0, 4) &&
        to !== f.period.from.slice(0, to.length) &&
        !endStated(to, f.periodAsStated)
      ) {
        problems.push(`${p}: period ends ${to}, but "${f.periodAsStated}" names no end`);
      }
    }
    const dated = arts.map((id) => byId.get(id)!).filter((s) => s.date !== null);
    if (f.reported !== null && !dated.some((s) => s.date === f.reported)) {
      problems.push(`${p}: reported ${f.reported} is not the date of ${arts.join(', ')}`);
    }
    if (f.reported === null && dated.length > 0) problems.push(`${p}: reported is null but ${dated[0]!.id} is dated ${dated[0]!.date}`);
  }

  for (const s of ds.arms.systems ?? []) {
    const arts = articlesOf(s.sources);
    const p = `systems.${s.id}`;
    if (!inAny(arts, s.asStated)) out.systems!.push(`${p}: "${s.asStated}" not in ${arts.join(', ')}`);
    if (s.count !== undefined && !valueStated(s.count, 'count', s.asStated))
      out.systems!.push(`${p}: count ${s.count} not in "${s.asStated}"`);
    if (s.date && !s.dateAsStated) out.systems!.push(`${p}: dated but no dateAsStated`);
    checkDated(p, s, out.systems!);
  }

  for (const [i, m] of (ds.arms.markers ?? []).entries()) checkDated(`markers[${i}]`, m, out.markers!);

  for (const a of ds.network.actors) {
    const arts = articlesOf(a.sources);
    for (const id of arts) {
      if (!spellings(a).some((n) => containsPhrase(texts.get(id) ?? '', n))) {
        out.actors!.push(`actors.${a.id}: none of ${JSON.stringify(spellings(a))} in ${id}`);
      }
    }
    // A recorded spelling is one an article uses.
    for (const n of a.asStated ?? []) {
      if (!inAny(arts, n)) out.actors!.push(`actors.${a.id}: recorded spelling "${n}" is in none of ${arts.join(', ')}`);
    }
    // A person's name that no article spells so must come from a source that does.
    if (a.kind === 'person' && arts.length > 0 && !inAny(arts, a.name) && !a.sources.some((id) => byId.get(id)?.kind === 'reference')) {
      out.actors!.push(`actors.${a.id}: "${a.name}" is in none of its articles and no reference is cited for it`);
    }
  }

  for (const t of ds.network.ties) {
    const p = `ties.${t.id}`;
    const arts = articlesOf(t.sources);
    if (arts.length > 0) {
      for (const end of [t.source, t.target]) {
        const a = actors.get(end);
        if (a && !spellings(a).some((n) => inAny(arts, n))) out.ties!.push(`${p}: ${end} not named in ${arts.join(', ')}`);
      }
    }
    checkDated(p, t, out.ties!);
  }

  for (const e of ds.events) {
    const p = `events.${e.id}`;
    const arts = articlesOf(e.sources);
    for (const id of e.actors ?? []) {
      const a = actors.get(id);
      if (!a) out.events!.push(`${p}: actor ${id} is not in network.json`);
      else if (arts.length > 0 && !spellings(a).some((n) => inAny(arts, n)))
        out.events!.push(`${p}: ${id} not named in ${arts.join(', ')}`);
    }
    checkDated(p, e, out.events!);
  }

  for (const d of ds.disagreements) {
    for (const [i, c] of d.claims.entries()) {
      const p = `disagreements.${d.id}.claims[${i}]`;
      if (articlesOf(c.sources).length > 0 && !c.asStated?.length) out.disagreements!.push(`${p}: cites an article but quotes nothing`);
      for (const q of c.asStated ?? []) {
        if (!c.sources.includes(q.source)) out.disagreements!.push(`${p}: quotes ${q.source}, which it does not cite`);
        else if (!containsPhrase(texts.get(q.source) ?? '', q.text)) out.disagreements!.push(`${p}: "${q.text}" not in ${q.source}`);
      }
    }
  }
  return out;
}

const wordsOf = (s: string) =>
  normalise(s)
    .toLowerCase()
    .match(/[\p{L}\p{N}'%$.-]+/gu) ?? [];

function ngrams(texts: Iterable<string>, n: number): Set<string> {
  const grams = new Set<string>();
  for (const text of texts) {
    const w = wordsOf(text);
    for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n).join(' '));
  }
  return grams;
}

/** Our wording (labels, titles, roles, notes, reasons): no run of `n` words from an article outside double quotes. */
export function copiedWording(ds: Dataset, texts: Map<string, string>, n = 8): string[] {
  const grams = ngrams(texts.values(), n);
  const ours: Array<[string, string | undefined]> = [];
  for (const s of ds.sources) ours.push([`sources.${s.id}.dateNote`, s.dateNote], [`sources.${s.id}.note`, s.note]);
  for (const g of ds.vote.groups ?? []) ours.push([`vote.groups.${g.id}`, `${g.label} ${g.note ?? ''}`]);
  for (const f of ds.arms.figures) ours.push([`figures.${f.id}.label`, f.label], [`figures.${f.id}.note`, f.note]);
  for (const s of ds.arms.systems ?? []) ours.push([`systems.${s.id}.label`, s.label], [`systems.${s.id}.note`, s.note]);
  for (const [i, m] of (ds.arms.markers ?? []).entries()) ours.push([`markers[${i}].label`, m.label]);
  for (const a of ds.network.actors) ours.push([`actors.${a.id}.role`, a.role]);
  for (const t of ds.network.ties) ours.push([`ties.${t.id}.label`, t.label], [`ties.${t.id}.note`, t.note]);
  for (const e of ds.events) ours.push([`events.${e.id}.title`, e.title], [`events.${e.id}.note`, e.note]);
  for (const d of ds.disagreements) {
    ours.push([`disagreements.${d.id}.why`, d.why], [`disagreements.${d.id}.shown`, d.shown], [`disagreements.${d.id}.topic`, d.topic]);
    for (const [i, c] of d.claims.entries()) ours.push([`disagreements.${d.id}.claims[${i}].note`, c.note]);
  }
  const problems: string[] = [];
  for (const [p, text] of ours) {
    if (!text) continue;
    const w = wordsOf(normalise(text).replace(/"[^"]*"/g, ' zzquotezz '));
    for (let i = 0; i + n <= w.length; i++) {
      const g = w.slice(i, i + n).join(' ');
      if (!g.includes('zzquotezz') && grams.has(g)) {
        problems.push(`${p}: "${g}" is the article's wording`);
        break;
      }
    }
  }
  return problems;
}

/** Any run of `n` words (quotes included) from an article inside the given files' text. */
export function copiedText(files: Map<string, string>, texts: Map<string, string>, n = 15): string[] {
  const grams = ngrams(texts.values(), n);
  const problems: string[] = [];
  for (const [name, text] of files) {
    const w = wordsOf(text);
    for (let i = 0; i + n <= w.length; i++) {
      const g = w.slice(i, i + n).join(' ');
      if (grams.has(g)) {
        problems.push(`${name}: "${g}"`);
        break;
      }
    }
  }
  return problems;
}
