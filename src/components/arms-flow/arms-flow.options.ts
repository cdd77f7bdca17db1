/**
 * Attribute normalisers for <arms-flow>: pure, and each problem is a warning that names
 * the attribute and says what is shown instead.
 */
import { issue, type DataIssue } from '../../data/issue.js';
import { keyword } from '../../internal/options.js';
import { yearRangeOption } from '../../internal/year-range.js';
import { NameIndex, listSome, scanNames } from '../../internal/names.js';
import type { ArmsFilter } from './filter.js';

export const VIEWS = ['sankey', 'map', 'timeline'] as const;
export type ArmsView = (typeof VIEWS)[number];
export const CALLOUTS = ['show', 'none'] as const;
export type CalloutsMode = (typeof CALLOUTS)[number];

export interface ArmsAttributes {
  view?: string | null;
  from?: string | number | null;
  to?: string | number | null;
  supplier?: string | null;
  category?: string | null;
  callouts?: string | null;
}

/** What the data offers to filter on. */
export interface Vocabulary {
  suppliers: readonly string[];
  categories: readonly string[];
  /** ISO alpha-3 -> SIPRI supplier name, so `supplier="RUS BLR"` works as on the vote chart. */
  codes?: ReadonlyMap<string, string>;
  /** SIPRI's category names (upper case) -> the reader's, so `category="Aircraft"` works on any page. */
  categoryCodes?: ReadonlyMap<string, string>;
}

export interface ArmsOptions {
  view: ArmsView;
  filter: ArmsFilter;
  callouts: CalloutsMode;
}

/**
 * Names from a list an editor typed: comma- or semicolon-separated, or space-separated where
 * names contain no spaces ("Russia China Belarus"; "South Korea, Viet Nam" also works, as does
 * "South Korea Belarus": the longest known name wins). Case-insensitive; returns SIPRI's spelling.
 */
export function matchNames(
  value: string | null | undefined,
  name: string,
  known: readonly string[],
  issues: DataIssue[],
  codes?: ReadonlyMap<string, string>,
): string[] {
  if (!value || !value.trim()) return [];
  // One index of the names (src/internal/names.ts): each typed word costs a few lookups, not a rescan.
  const index = new NameIndex(known.map((k) => [[k], k] as const));
  const lookup = (s: string) => index.get(s) ?? codes?.get(s.toUpperCase());
  const maxWords = index.maxWords;
  const out: string[] = [];
  const unknown: string[] = [];
  for (const piece of value.split(/[,;|]/)) {
    const p = piece.trim();
    if (!p) continue;
    const whole = lookup(p);
    if (whole) {
      out.push(whole);
      continue;
    }
    let miss: string[] = [];
    for (const run of scanNames(p.split(/\s+/), lookup, maxWords)) {
      if (run.value === null) {
        miss.push(...run.words);
        continue;
      }
      if (miss.length) unknown.push(miss.join(' '));
      miss = [];
      out.push(run.value);
    }
    if (miss.length) unknown.push(miss.join(' '));
  }
  if (unknown.length > 0) {
    const list = listSome(unknown);
    issues.push(
      issue(
        name,
        `invalid ${name}: ${list} ${unknown.length === 1 ? 'is' : 'are'} not in this data; ` +
          (known.length ? `use one of ${known.join(', ')}. ` : `it has no ${name} to choose from. `) +
          (out.length ? `Showing ${[...new Set(out)].join(', ')}.` : `Showing every ${name}.`),
        'warning',
      ),
    );
  }
  return [...new Set(out)];
}

export function normalizeArmsOptions(attrs: ArmsAttributes, vocabulary: Vocabulary | null, issues: DataIssue[]): ArmsOptions {
  const view = keyword(attrs.view, 'view', VIEWS, 'sankey', issues);
  const callouts = keyword(attrs.callouts, 'callouts', CALLOUTS, 'show', issues);
  const { from, to } = yearRangeOption(attrs.from, attrs.to, issues);
  // Names can only be checked once the data is known.
  const suppliers = vocabulary ? matchNames(attrs.supplier, 'supplier', vocabulary.suppliers, issues, vocabulary.codes) : [];
  const categories = vocabulary ? matchNames(attrs.category, 'category', vocabulary.categories, issues, vocabulary.categoryCodes) : [];
  return { view, callouts, filter: { from, to, suppliers, categories } };
}
