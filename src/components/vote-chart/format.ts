/** Wording shared by the layouts, the text and the table: one place for how a count reads. */
import { formatNumber, formatPercent } from '../../internal/locale.js';
import { lowerFirst, type Country, type OptionInfo } from './vote-model.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';

/** Names in an annotation before "and N others". */
export const MAX_NAMES = 8;

/** "Russia, China and India"; more than MAX_NAMES end in "and 30 others". */
export function nameList(locale: string, names: readonly string[], total = names.length): string {
  const shown = names.slice(0, MAX_NAMES);
  const rest = total - shown.length;
  const sep = msg(', ', { id: 'list.separator' });
  if (rest > 0) {
    const names = shown.join(sep);
    const n = formatNumber(locale, rest);
    return plural(locale, rest, {
      one: () => msg(str`${names} and ${n} other`, { id: 'list.others.one' }),
      few: () => msg(str`${names} and ${n} others`, { id: 'list.others.few' }),
      many: () => msg(str`${names} and ${n} others`, { id: 'list.others.many' }),
      other: () => msg(str`${names} and ${n} others`, { id: 'list.others.other' }),
    });
  }
  if (shown.length <= 1) return shown.join('');
  const head = shown.slice(0, -1).join(sep);
  const last = shown.at(-1);
  return msg(str`${head} and ${last}`, { id: 'list.and' });
}

/** "Abstained: Russia, China … and 30 others": who an option's annotation names. */
export function namedLine(locale: string, option: OptionInfo, named: readonly Country[]): string {
  const label = option.label;
  const names = nameList(
    locale,
    named.map((c) => c.short),
    option.count,
  );
  return msg(str`${label}: ${names}`, { id: 'vote.named' });
}

/** "119 (76.3%)". */
export function countShare(locale: string, count: number, whole: number): string {
  return countWithShare(locale, count, whole > 0 ? count / whole : 0);
}

export function countWithShare(locale: string, count: number, share: number): string {
  const n = formatNumber(locale, count);
  const pct = formatPercent(locale, share);
  return msg(str`${n} (${pct})`, { id: 'vote.countShare' });
}

/** The accessible name of a country's mark and the announcement: "Belarus: against". */
export function countryVote(c: Country): string {
  const name = c.name;
  const vote = lowerFirst(c.option.label);
  return msg(str`${name}: ${vote}`, { id: 'vote.country' });
}

/** "Myanmar's five neighbours: all 5 abstained" or "ASEAN members: 6 in favour, 4 abstained". */
export function groupStatement(
  locale: string,
  group: { label: string },
  counts: ReadonlyArray<{ option: OptionInfo; count: number }>,
): string {
  const n = counts.reduce((s, c) => s + c.count, 0);
  const label = group.label;
  if (counts.length === 1 && n > 1) {
    const all = formatNumber(locale, n);
    const vote = lowerFirst(counts[0]!.option.label);
    return msg(str`${label}: all ${all} ${vote}`, { id: 'vote.group.all' });
  }
  const list = counts.map((c) => optionCount(locale, c.count, c.option.label)).join(msg(', ', { id: 'list.separator' }));
  return msg(str`${label}: ${list}`, { id: 'vote.group' });
}

/** "119 in favour": a count and the option's label, lower-cased as a phrase. */
export function optionCount(locale: string, count: number, label: string): string {
  const n = formatNumber(locale, count);
  const vote = lowerFirst(label);
  return msg(str`${n} ${vote}`, { id: 'vote.optionCount' });
}
