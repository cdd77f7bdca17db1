/**
 * The words of the figure, built from the record (never written for one resolution): the
 * description paragraph, the chart's accessible summary, and the rows of the hidden table
 * and CSV. Pure.
 */
import type { DataTable } from '../../internal/csv.js';
import { sortByName } from '../../internal/collate.js';
import { formatNumber, formatPartialDate, formatPercent } from '../../internal/locale.js';
import { nameList } from './format.js';
import { NAME_ALL_AT_MOST, lowerFirst, type VoteModel } from './vote-model.js';

/** "United Nations General Assembly resolution A/RES/75/287, 18 June 2021" (whatever of it the record has). */
export function voteName(model: VoteModel, locale: string): string {
  const { id, body, date } = model.record;
  const what = [body, id ? (/\/RES\//i.test(id) ? `resolution ${id}` : id) : ''].filter(Boolean).join(' ');
  const when = date ? formatPartialDate(locale, date) : '';
  return [what, when].filter(Boolean).join(', ');
}

/** "119 in favour, 1 against (Belarus), 36 abstained, 37 did not vote". */
export function voteCounts(model: VoteModel, locale: string): string {
  return model.options
    .map((o) => {
      const names =
        model.hasRollCall && o.count > 0 && o.count <= NAME_ALL_AT_MOST
          ? ` (${nameList(
              locale,
              model.countries.filter((c) => c.option.id === o.id).map((c) => c.name),
            )})`
          : '';
      return `${formatNumber(locale, o.count)} ${lowerFirst(o.label)}${names}`;
    })
    .join(', ');
}

const members = (locale: string, n: number): string => `${formatNumber(locale, n)} ${n === 1 ? 'member' : 'members'}`;

/** The description paragraph: the result in words. */
export function voteDescription(model: VoteModel, locale: string): string {
  const name = voteName(model, locale);
  const counts = voteCounts(model, locale);
  return `${name ? `${name}: ` : ''}${counts}, of ${members(locale, model.total)}.`;
}

export function voteTable(model: VoteModel, locale: string): DataTable {
  const { id } = model.record;
  const caption = `${id ? `Votes on ${id}` : 'Votes'}: ${voteCounts(model, locale)}, of ${members(locale, model.total)}.`;
  if (model.hasRollCall) {
    const rows = sortByName(model.countries, (c) => c.name, locale).map((c) => ({ country: c.name, iso3: c.iso3, vote: c.option.label }));
    return {
      caption,
      columns: [
        { key: 'country', label: 'Country' },
        { key: 'iso3', label: 'ISO code' },
        { key: 'vote', label: 'Vote' },
      ],
      rows,
    };
  }
  return {
    caption,
    columns: [
      { key: 'option', label: 'Vote' },
      { key: 'count', label: 'Members', numeric: true },
      { key: 'share', label: 'Share of members (%)', numeric: true },
    ],
    rows: model.options.map((o) => ({
      option: o.label,
      count: o.count,
      share: model.total > 0 ? Math.round((o.count / model.total) * 1000) / 10 : null,
    })),
  };
}

/** A share as the bar and the tooltips print it. */
export function shareText(locale: string, count: number, whole: number): string {
  return formatPercent(locale, whole > 0 ? count / whole : 0);
}
