/**
 * The vote as every view sees it: options with their counts and colour classes, countries
 * sorted by vote then name, and who the annotations name. Pure (no DOM), shared by the
 * bar, hemicycle and map layouts, the text and the table, so they cannot disagree.
 */
import { sortByName } from '../../internal/collate.js';
import { namesAsGiven, regionName } from '../../internal/local-names.js';
import type { CountryGroup, VoteOption, VoteRecord } from '../../data/types.js';
import { msg } from '../../internal/i18n/msg.js';

export interface OptionInfo {
  id: string;
  label: string;
  absent: boolean;
  count: number;
  /** Position in the record's option order. */
  index: number;
  /** Fill class: `vote-yes`, `vote-no`, `vote-abstain`, `vote-absent` or a palette class `c2`… */
  cls: string;
}

export interface Country {
  iso3: string;
  /** The name in the reader's language (the data's English on an English page). */
  name: string;
  /** A shorter name for annotations with little room ("Russia" for "Russian Federation"). */
  short: string;
  /** The name as the data gives it (English): what an editor types in `highlight`, whatever the page's language. */
  en: string;
  enShort: string;
  m49?: string;
  option: OptionInfo;
}

export interface VoteModel {
  record: VoteRecord;
  /** Every option, in the record's order. */
  options: OptionInfo[];
  /** The options drawn: absent ones only with `show-absent`. */
  shown: OptionInfo[];
  /** Roll call sorted by option order, then name; empty without a roll call. */
  countries: Country[];
  byIso: ReadonlyMap<string, Country>;
  hasRollCall: boolean;
  /** Members entitled to vote (`record.total`). */
  total: number;
  /** Sum of the shown options: the whole of the bar and of the hemicycle. */
  shownTotal: number;
  /** Members counted in absent options that are not shown (0 with `show-absent`). */
  hiddenAbsent: number;
  /** Label of the (first) absent option, for the "37 did not vote" note. */
  absentLabel: string | null;
}

/*
 * Semantic colours for the usual vote options, recognised by id (documented in the README):
 * an editor's own `aye`/`nay` vote gets the same colours as `yes`/`no`. The palette index each
 * semantic colour defaults to (base.styles.ts): yes = 1 (blue), abstain = 2 (orange),
 * no = 4 (vermillion), absent = 8 (grey); other options take the unreserved palette colours in order.
 */
const SEMANTIC: ReadonlyArray<[kind: string, palette: number, ids: RegExp]> = [
  ['yes', 0, /^(yes|y|aye|ayes|for|favour|favor|in-?favou?r|yea|approve)$/],
  ['no', 3, /^(no|n|nay|nays|noes|against|reject)$/],
  ['abstain', 1, /^(abstain|abstained|abstention|abstentions)$/],
  ['absent', 7, /^(absent|non-?voting|not-?voting|did-?not-?vote|nv)$/],
];

export function optionClasses(options: readonly VoteOption[]): string[] {
  const kinds = options.map((o) => {
    if (o.absent) return 'absent';
    const id = o.id.trim().toLowerCase();
    return SEMANTIC.find(([, , re]) => re.test(id))?.[0] ?? null;
  });
  // Each semantic colour once: a second "yes"-like option takes a palette colour instead.
  const seen = new Set<string>();
  const kindOf = kinds.map((k) => (k && !seen.has(k) ? (seen.add(k), k) : null));
  // Other options take the colours no vote meaning reserves (so orange always reads as
  // "abstained" on a page), then the reserved ones this vote does not use.
  const used = new Set(kindOf.filter(Boolean).map((k) => SEMANTIC.find(([s]) => s === k)![1]));
  const reserved = new Set(SEMANTIC.map(([, i]) => i));
  const all = [0, 1, 2, 3, 4, 5, 6, 7];
  const free = [...all.filter((i) => !reserved.has(i)), ...all.filter((i) => reserved.has(i) && !used.has(i))];
  let next = 0;
  return kindOf.map((k) => (k ? `vote-${k}` : `c${free[next++ % free.length] ?? 0}`));
}

/** Well-known short forms of UN names, for annotations; the full name is used everywhere else. */
const SHORT: Record<string, string> = {
  RUS: 'Russia',
  LAO: 'Laos',
  SYR: 'Syria',
  GBR: 'United Kingdom',
  USA: 'United States',
  PRK: 'North Korea',
  KOR: 'South Korea',
  TZA: 'Tanzania',
  MDA: 'Moldova',
  COD: 'DR Congo',
  BRN: 'Brunei',
  VNM: 'Vietnam',
  ARE: 'UAE',
  CAF: 'Central African Rep.',
};

export function shortName(iso3: string, name: string): string {
  return SHORT[iso3] ?? name.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * The reader's word for an option the id names (`yes`, `nay`…: see SEMANTIC), from the
 * catalogue, so a Russian headline reads "против", not "against"; an option of another kind
 * keeps the data's label. English pages keep the data's own words.
 */
function optionWord(cls: string): string | undefined {
  if (cls === 'vote-yes') return msg('In favour', { id: 'vote.option.yes' });
  if (cls === 'vote-no') return msg('Against', { id: 'vote.option.no' });
  if (cls === 'vote-abstain') return msg('Abstained', { id: 'vote.option.abstain' });
  if (cls === 'vote-absent') return msg('Did not vote', { id: 'vote.option.absent' });
  return undefined;
}

export interface ModelOptions {
  showAbsent: boolean;
  /** The reader's locale: countries are named in it where the platform knows their M49 code. */
  locale?: string;
}

export function buildModel(record: VoteRecord, { showAbsent, locale = 'en' }: ModelOptions): VoteModel {
  const local = !namesAsGiven(locale);
  const classes = optionClasses(record.options);
  const options: OptionInfo[] = record.options.map((o, index) => ({
    id: o.id,
    label: (local && optionWord(classes[index]!)) || o.label,
    absent: o.absent === true,
    count: record.tally[o.id] ?? 0,
    index,
    cls: classes[index]!,
  }));
  const byId = new Map(options.map((o) => [o.id, o]));
  const roll = record.rollCall ?? [];
  const members: Country[] = roll
    .filter((e) => byId.has(e.vote))
    .map((e) => {
      const enShort = shortName(e.iso3, e.name);
      const name = (local && regionName(locale, e.m49)) || e.name;
      const short = (local && regionName(locale, e.m49, 'short')) || (name === e.name ? enShort : name);
      const c: Country = { iso3: e.iso3, name, short, en: e.name, enShort, option: byId.get(e.vote)! };
      if (e.m49) c.m49 = e.m49;
      return c;
    });
  // By vote, then name (English: the seat order must not depend on the reader's language).
  const countries = sortByName(members, (c) => c.en, 'en').sort((a, b) => a.option.index - b.option.index);
  const shown = options.filter((o) => showAbsent || !o.absent);
  const hidden = options.filter((o) => !showAbsent && o.absent);
  return {
    record,
    options,
    shown,
    countries,
    byIso: new Map(countries.map((c) => [c.iso3, c])),
    hasRollCall: countries.length > 0,
    total: record.total,
    shownTotal: shown.reduce((s, o) => s + o.count, 0),
    hiddenAbsent: hidden.reduce((s, o) => s + o.count, 0),
    absentLabel: options.find((o) => o.absent)?.label ?? null,
  };
}

/** Countries of the shown options, in seat order (the hemicycle's and the keyboard's order). */
export function shownCountries(model: VoteModel): Country[] {
  const shown = new Set(model.shown.map((o) => o.id));
  return model.countries.filter((c) => shown.has(c.option.id));
}

export { lowerFirst } from '../../internal/strings.js';

/** Options small enough that every member is named ("1 against (Belarus)"). */
export const NAME_ALL_AT_MOST = 3;

export interface Emphasis {
  /** Highlighted countries (iso3), in the order given. */
  highlight: readonly string[];
  /** The emphasised group, if any. */
  group: CountryGroup | null;
}

/**
 * Who the annotations name, per option: the highlighted countries, the members of the
 * emphasised group, and every member of an option with three votes or fewer, in that order.
 */
export function namedByOption(model: VoteModel, emphasis: Emphasis): Map<string, Country[]> {
  const out = new Map<string, Country[]>(model.options.map((o) => [o.id, []]));
  if (!model.hasRollCall) return out;
  const seen = new Set<string>();
  const add = (c: Country | undefined): void => {
    if (!c || seen.has(c.iso3)) return;
    seen.add(c.iso3);
    out.get(c.option.id)!.push(c);
  };
  for (const iso of emphasis.highlight) add(model.byIso.get(iso));
  for (const iso of emphasis.group?.members ?? []) add(model.byIso.get(iso));
  for (const c of model.countries) if (c.option.count <= NAME_ALL_AT_MOST) add(c);
  return out;
}

/** How a group voted, e.g. "Myanmar's five neighbours: all 5 abstained" or "…: 6 in favour, 4 abstained". */
export function groupCounts(model: VoteModel, group: CountryGroup): Array<{ option: OptionInfo; count: number }> {
  const counts = new Map<string, number>();
  for (const iso of group.members) {
    const c = model.byIso.get(iso);
    if (c) counts.set(c.option.id, (counts.get(c.option.id) ?? 0) + 1);
  }
  return model.options.filter((o) => counts.has(o.id)).map((option) => ({ option, count: counts.get(option.id)! }));
}

/** A roll call of (nearly) every UN member: on a map, what is left over is not a member. */
export function coversUn(model: VoteModel): boolean {
  return model.countries.length >= 190;
}
