/** Wording shared by the layouts, the text and the table: one place for how a count reads. */
import { formatNumber, formatPercent } from '../../internal/locale.js';
import { lowerFirst, type Country, type OptionInfo } from './vote-model.js';

/** Names in an annotation before "and N others". */
export const MAX_NAMES = 8;

/** "Russia, China and India"; more than MAX_NAMES end in "and 30 others". */
export function nameList(locale: string, names: readonly string[], total = names.length): string {
  const shown = names.slice(0, MAX_NAMES);
  const rest = total - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${formatNumber(locale, rest)} ${rest === 1 ? 'other' : 'others'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "Abstained: Russia, China … and 30 others": who an option's annotation names. */
export function namedLine(locale: string, option: OptionInfo, named: readonly Country[]): string {
  return `${option.label}: ${nameList(locale, named.map((c) => c.short), option.count)}`;
}

/** "119 (76.3%)". */
export function countShare(locale: string, count: number, whole: number): string {
  return countWithShare(locale, count, whole > 0 ? count / whole : 0);
}

export function countWithShare(locale: string, count: number, share: number): string {
  return `${formatNumber(locale, count)} (${formatPercent(locale, share)})`;
}

/** The accessible name of a country's mark and the announcement: "Belarus: against". */
export function countryVote(c: Country): string {
  return `${c.name}: ${lowerFirst(c.option.label)}`;
}

/** "Myanmar's five neighbours: all 5 abstained" or "ASEAN members: 6 in favour, 4 abstained". */
export function groupStatement(
  locale: string,
  group: { label: string },
  counts: ReadonlyArray<{ option: OptionInfo; count: number }>,
): string {
  const n = counts.reduce((s, c) => s + c.count, 0);
  if (counts.length === 1 && n > 1) return `${group.label}: all ${formatNumber(locale, n)} ${lowerFirst(counts[0]!.option.label)}`;
  return `${group.label}: ${counts.map((c) => `${formatNumber(locale, c.count)} ${lowerFirst(c.option.label)}`).join(', ')}`;
}
