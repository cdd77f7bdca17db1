/**
 * The vote chart's attributes, normalised: pure functions that turn what an editor typed
 * into options and push a warning naming the attribute when they had to drop something.
 */
import { issue, type DataIssue } from '../../data/issue.js';
import type { CountryGroup, VoteRecord } from '../../data/types.js';
import { LIMITS } from '../../data/limits.js';
import { keyword } from '../../internal/options.js';
import { formatNumber } from '../../internal/locale.js';
import { NameIndex, foldName, listSome, scanNames } from '../../internal/names.js';
import { normalize, type Normalized } from '../../internal/option-hook.js';
import { namedByOption, type Country, type VoteModel } from './vote-model.js';
import type { Resolved } from './vote-chart.types.js';

export const VIEWS = ['bar', 'hemicycle', 'map', 'tiles'] as const;
export type VoteView = (typeof VIEWS)[number];

export function normalizeView(value: string | null | undefined, issues: DataIssue[]): VoteView {
  return keyword(value, 'view', VIEWS, 'bar', issues);
}

/** `view`, and the bar instead of a hemicycle of more seats than can be drawn (past the limit a seat is dust). */
export function viewOption(value: string | null | undefined, seats: number): Normalized<VoteView> {
  return normalize((issues) => {
    const view = normalizeView(value, issues);
    if (view !== 'hemicycle' || seats <= LIMITS.seats) return view;
    issues.push(
      issue(
        'view',
        `the hemicycle draws at most ${formatNumber('en', LIMITS.seats)} seats, one per member; this vote has ${formatNumber('en', seats)}: showing the bar`,
        'warning',
      ),
    );
    return 'bar';
  });
}

/** `highlight` and `group` against the data and its model: the countries named, the group, the annotations. */
export function resolveNames(
  data: VoteRecord,
  model: VoteModel,
  highlightAttr: string | undefined,
  groupAttr: string | undefined,
): Normalized<Resolved> {
  const issues: DataIssue[] = [];
  const highlight =
    highlightAttr === undefined || highlightAttr === null
      ? defaultHighlight(data).filter((iso) => model.byIso.has(iso))
      : resolveHighlight(highlightAttr, model.countries, issues).map((c) => c.iso3);
  const group = resolveGroup(groupAttr, data, issues);
  const named = namedByOption(model, { highlight, group });
  return { value: { data, model, highlight, group, named }, issues };
}

/** The world geometry as far as placing a member goes (src/internal/world.ts). */
interface Placeable {
  points: ReadonlyMap<string, unknown>;
  numericOf(iso3: string): string | undefined;
}

/**
 * Roll-call members a map view has no outline, point or tile for (a made-up or mistyped code):
 * the view cannot show them, so the widget says which rather than drop them silently.
 * `world`/`grid`: the map's geometry or the tiles' grid once loaded (null before).
 */
export function unplaced(
  countries: readonly Country[],
  view: VoteView,
  world: Placeable | null,
  grid: Readonly<Record<string, unknown>> | null,
): DataIssue[] {
  let missing: Country[];
  if (view === 'tiles' && grid) missing = countries.filter((c) => !grid[c.iso3]);
  else if (view === 'map' && world) {
    missing = countries.filter((c) => {
      const id = c.m49 ?? world.numericOf(c.iso3);
      return !id || !world.points.has(id);
    });
  } else return [];
  if (!missing.length) return [];
  const names = missing
    .slice(0, 5)
    .map((c) => `${c.name} (${c.iso3})`)
    .join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  const what = view === 'tiles' ? 'tile map' : 'map';
  const mark = view === 'tiles' ? 'tile' : 'country';
  return [
    issue(
      'rollCall',
      `${missing.length === 1 ? 'one member is' : `${missing.length} members are`} not on the ${what} (no ${mark} with that code): ${names}${more}; they are still in the table`,
      'warning',
    ),
  ];
}

/** Id of the data group that sets the default `highlight` (documented in the README). */
export const HIGHLIGHT_GROUP = 'highlight';

const fold = foldName;

/** Everything a country may be called in `highlight` or the search box: code, name, name without "(…)". */
export function countryKeys(iso3: string, name: string, short?: string): string[] {
  const keys = [fold(iso3), fold(name), fold(name.replace(/\s*\([^)]*\)\s*$/, ''))];
  if (short) keys.push(fold(short));
  return [...new Set(keys)];
}

export interface Named {
  iso3: string;
  name: string;
  short?: string;
  /** The data's English names: typed on any page, whatever language it shows names in. */
  en?: string;
  enShort?: string;
}

/** The countries' names and codes, indexed once (src/internal/names.ts): lookups never rescan them. */
function countryIndex<C extends Named>(countries: readonly C[]): NameIndex<C> {
  return new NameIndex(
    countries.map((c) => [[...countryKeys(c.iso3, c.name, c.short), ...(c.en ? countryKeys(c.iso3, c.en, c.enShort) : [])], c] as const),
    { prefix: 4 },
  );
}

/**
 * Finds a country by code or name, case- and accent-insensitive; failing that, by a unique
 * prefix of at least four letters ("Russia" finds "Russian Federation").
 */
export function findCountry<C extends Named>(query: string, countries: readonly C[]): C | null {
  return countryIndex(countries).get(query) ?? null;
}

/**
 * `highlight="BLR RUS CHN"`, `highlight="Belarus, Russian Federation"` or a mix: comma- or
 * semicolon-separated entries, each a code, a name, or several of them separated by spaces
 * (the longest run of words that names a country wins, so "Russian Federation China" works).
 */
export function resolveHighlight<C extends Named>(value: string | null | undefined, countries: readonly C[], issues: DataIssue[]): C[] {
  if (!value || !value.trim()) return [];
  const index = countryIndex(countries);
  const found = new Set<C>();
  const unknown: string[] = [];
  for (const part of value.split(/[,;]+/)) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    for (const run of scanNames(words, (q) => index.get(q), index.maxWords)) {
      if (run.value) found.add(run.value);
      else unknown.push(run.words[0]!);
    }
  }
  if (unknown.length > 0) {
    const what =
      countries.length === 0
        ? 'this vote has no roll call to look countries up in'
        : `${unknown.length === 1 ? 'matches' : 'match'} no country in this vote`;
    issues.push(
      issue('highlight', `highlight: ${listSome(unknown)} ${what}; use ISO codes such as BLR or names such as Belarus.`, 'warning'),
    );
  }
  return [...found];
}

/** `group="asean"`: the id of a group in the data, or a warning listing the ids there are. */
export function resolveGroup(value: string | null | undefined, record: VoteRecord | null, issues: DataIssue[]): CountryGroup | null {
  if (!value || !value.trim() || !record) return null;
  const id = value.trim().toLowerCase();
  const groups = (record.groups ?? []).filter((g) => g.id !== HIGHLIGHT_GROUP);
  const group = groups.find((g) => g.id.toLowerCase() === id);
  if (group) return group;
  issues.push(
    issue(
      'group',
      groups.length > 0
        ? `invalid group: ${JSON.stringify(value)}; use one of ${groups.map((g) => g.id).join(', ')}.`
        : `invalid group: ${JSON.stringify(value)}; this vote defines no groups.`,
      'warning',
    ),
  );
  return null;
}

/**
 * What is highlighted when the page sets no `highlight`: the members of the data's group with
 * id `highlight` (the bundled vote names the states reporting on it singles out), else the
 * members of its first group. Nothing is hard-wired to one resolution.
 */
export function defaultHighlight(record: VoteRecord): string[] {
  const groups = record.groups ?? [];
  const g = groups.find((x) => x.id === HIGHLIGHT_GROUP) ?? groups[0];
  return g ? [...g.members] : [];
}
