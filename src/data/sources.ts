/**
 * The bundled sources and the footer labels built from them. Every record in data/*.json
 * cites ids from here; `sourceRefs()` turns ids into what a widget prints under its chart
 * (widgets use sources.refs.ts or sources.footer.ts, which carry the labels without this file).
 */
import data from '../../data/sources.json';
import { MONTHS } from '../internal/english.js';
import { deepFreeze } from './check.js';
import type { Source } from './types.js';

const SOURCES = deepFreeze(data as Source[]);
let byId: Map<string, Source> | undefined;

/** Every bundled source, frozen. */
export function defaultSources(): Source[] {
  return SOURCES;
}

export function getSource(id: string): Source | undefined {
  byId ??= new Map(SOURCES.map((s) => [s.id, s]));
  return byId.get(id);
}

/** `2021-07` -> `July 2021`, `2021-06-18` -> `18 June 2021` (English, as the labels are). */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/**
 * How a source is cited in full, provenance included: `"Title" (publisher not named in the
 * copy), July 2021 (date inferred)`. What the data and its table keep; the printed source line
 * uses sourceCredit().
 */
export function sourceLabel(source: Source): string {
  if (source.label) return source.label;
  let when: string;
  if (source.dateAsStated) when = source.dateAsStated;
  else if (source.date) when = `${formatPartialDate(source.date)}${source.dateNote ? ' (date inferred)' : ''}`;
  else if (source.notBefore) when = `undated (not before ${formatPartialDate(source.notBefore)})`;
  else when = 'undated';
  return source.publisherStated === false
    ? `"${source.title}" (publisher not named in the copy), ${when}`
    : `${source.publisher}, "${source.title}", ${when}`;
}

/**
 * How the printed source line cites a source, as a newspaper credit line does: publisher,
 * title, date, and nothing about how we worked them out. An unnamed publisher is left out
 * (the title stands alone); an undated source carries no date; an inferred date is given as
 * the date. The reasoning stays in the data (`dateNote`, `publisherStated`) and sourceLabel().
 */
export function sourceCredit(source: Source): string {
  if (source.label) return source.label;
  const when = source.dateAsStated ?? (source.date ? formatPartialDate(source.date) : null);
  const title = `"${source.title}"`;
  const who = source.publisherStated === false ? title : `${source.publisher}, ${title}`;
  return when ? `${who}, ${when}` : who;
}

// One implementation of the footer references, from the compact label tables a widget carries
// (test/internal/source-labels.node.test.ts keeps them equal to sourceCredit() of this data).
export { sourceRefs } from './sources.refs.js';
