/**
 * The words of the figure, built from the record (never written for one resolution): the
 * description paragraph, the chart's accessible summary, and the rows of the hidden table
 * and CSV. Pure.
 */
import type { DataTable } from '../../internal/csv.js';
import { sortByName } from '../../internal/collate.js';
import { formatDate, formatNumber, formatPercent } from '../../internal/locale.js';
import { nameList, optionCount } from './format.js';
import { NAME_ALL_AT_MOST, lowerFirst, type VoteModel } from './vote-model.js';
import type { VoteView } from './vote-chart.options.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';
import { namesAsGiven } from '../../internal/language.js';

/**
 * A date as the widget writes it everywhere: day first in English ("18 June 2021"), as the
 * source lines the data carries are written, whatever English the page is in.
 */
export function voteDate(locale: string, iso: string): string {
  return formatDate(locale, iso);
}

/**
 * The body in the reader's language: the UN General Assembly's name from the catalogue on a
 * page not in English, as a country's comes from the platform; any other as the data gives it.
 */
function localBody(locale: string, body: string | undefined): string | undefined {
  return body === 'United Nations General Assembly' && !namesAsGiven(locale) ? msg('UN General Assembly', { id: 'vote.body.unga' }) : body;
}

/** "United Nations General Assembly resolution A/RES/75/287, 18 June 2021" (whatever of it the record has). */
export function voteName(model: VoteModel, locale: string): string {
  const { id, date } = model.record;
  const body = localBody(locale, model.record.body);
  const doc = id ? (/\/RES\//i.test(id) ? msg(str`resolution ${id}`, { id: 'vote.resolution' }) : id) : '';
  const what = [body, doc].filter(Boolean).join(' ');
  const when = date ? voteDate(locale, date) : '';
  return what && when ? msg(str`${what}, ${when}`, { id: 'vote.name' }) : what || when;
}

/** "119 in favour, 1 against (Belarus), 36 abstained, 37 did not vote". */
export function voteCounts(model: VoteModel, locale: string, names = true): string {
  return model.options
    .map((o) => {
      const count = optionCount(locale, o.count, o.label);
      if (!(names && model.hasRollCall && o.count > 0 && o.count <= NAME_ALL_AT_MOST)) return count;
      const who = nameList(
        locale,
        model.countries.filter((c) => c.option.id === o.id).map((c) => c.name),
      );
      return msg(str`${count} (${who})`, { id: 'vote.optionCount.named' });
    })
    .join(msg(', ', { id: 'list.separator' }));
}

/** "of 193 members", whole for each plural form. */
const ofMembers = (locale: string, n: number): string => {
  const total = formatNumber(locale, n);
  return plural(locale, n, {
    one: () => msg(str`of ${total} member`, { id: 'vote.ofMembers.one' }),
    few: () => msg(str`of ${total} members`, { id: 'vote.ofMembers.few' }),
    many: () => msg(str`of ${total} members`, { id: 'vote.ofMembers.many' }),
    other: () => msg(str`of ${total} members`, { id: 'vote.ofMembers.other' }),
  });
};

/**
 * The finding, as a headline, from the roll call (never written for one resolution): the
 * members of a vote cast by three or fewer (and one in twenty at most), then up to two highlighted members who voted
 * alike otherwise — "Belarus alone voted against; Russia and China abstained". Null when the
 * vote has no such minority (the record's own title is used then).
 */
export function voteHeadline(model: VoteModel, highlight: readonly string[], locale: string): string | null {
  if (!model.hasRollCall) return null;
  const largest = Math.max(...model.options.map((o) => o.count));
  // A few against many: at most three members and one in twenty (so a small body's own vote,
  // a council of three, keeps the title its data gives).
  const few = Math.min(NAME_ALL_AT_MOST, Math.floor(model.total / 20));
  if (few < 1) return null;
  const lone = model.options.find((o) => !o.absent && o.count > 0 && o.count <= few && o.count < largest);
  if (!lone) return null;
  const who = model.countries.filter((c) => c.option === lone).map((c) => c.short);
  const vote = lowerFirst(lone.label);
  const names = who.length === 1 ? who[0] : nameList(locale, who);
  let line =
    who.length === 1
      ? msg(str`${names} alone voted ${vote}`, { id: 'vote.headline.alone' })
      : msg(str`Only ${names} voted ${vote}`, { id: 'vote.headline.only' });
  const others = highlight
    .map((iso) => model.byIso.get(iso))
    .filter((c) => c && c.option !== lone && !c.option.absent && c.option.count < largest);
  const first = others[0];
  if (first) {
    const alike = others
      .filter((c) => c!.option === first.option)
      .slice(0, 2)
      .map((c) => c!.short);
    const alikeNames = nameList(locale, alike);
    const theirs = lowerFirst(first.option.label);
    line = msg(str`${line}; ${alikeNames} ${theirs}`, { id: 'vote.headline.others' });
  }
  return line;
}

/**
 * The subtitle: who voted, when, and the counts, in one sentence —
 * "UN General Assembly vote, 18 June 2021: 119 in favour, 1 against, 36 abstained; 37 of 193
 * members did not vote." Members are named in it only when the headline does not name them.
 */
export function voteDescription(model: VoteModel, locale: string, headline = false): string {
  const { id, date } = model.record;
  const short = localBody(locale, model.record.body)?.replace(/^United Nations\b/, msg('UN', { id: 'vote.un' }));
  const who = short ? msg(str`${short} vote`, { id: 'vote.bodyVote' }) : (id ?? '');
  const when = date ? voteDate(locale, date) : '';
  const prefix = who && when ? msg(str`${who}, ${when}`, { id: 'vote.description.prefix' }) : who || when;
  const cast = model.options.filter((o) => !o.absent);
  const absent = model.options.filter((o) => o.absent && o.count > 0);
  const counts = voteCounts({ ...model, options: cast }, locale, !headline);
  const of = ofMembers(locale, model.total);
  const absentees = absent
    .map((o) => {
      const n = formatNumber(locale, o.count);
      const vote = lowerFirst(o.label);
      return msg(str`${n} ${of} ${vote}`, { id: 'vote.absentOf' });
    })
    .join(msg(', ', { id: 'list.separator' }));
  if (absent.length) {
    return prefix
      ? msg(str`${prefix}: ${counts}; ${absentees}.`, { id: 'vote.description.absent' })
      : msg(str`${counts}; ${absentees}.`, { id: 'vote.description.absent.bare' });
  }
  return prefix
    ? msg(str`${prefix}: ${counts}, ${of}.`, { id: 'vote.description' })
    : msg(str`${counts}, ${of}.`, { id: 'vote.description.bare' });
}

export function voteTable(model: VoteModel, locale: string): DataTable {
  const { id } = model.record;
  const counts = voteCounts(model, locale);
  const of = ofMembers(locale, model.total);
  const caption = id
    ? msg(str`Votes on ${id}: ${counts}, ${of}.`, { id: 'vote.table.caption' })
    : msg(str`Votes: ${counts}, ${of}.`, { id: 'vote.table.caption.bare' });
  if (model.hasRollCall) {
    const rows = sortByName(model.countries, (c) => c.name, locale).map((c) => ({ country: c.name, iso3: c.iso3, vote: c.option.label }));
    return {
      caption,
      columns: [
        { key: 'country', label: msg('Country', { id: 'vote.table.country' }) },
        { key: 'iso3', label: msg('ISO code', { id: 'vote.table.iso' }) },
        { key: 'vote', label: msg('Vote', { id: 'vote.table.vote' }) },
      ],
      rows,
    };
  }
  return {
    caption,
    columns: [
      { key: 'option', label: msg('Vote', { id: 'vote.table.vote' }) },
      { key: 'count', label: msg('Members', { id: 'vote.table.members' }), numeric: true },
      { key: 'share', label: msg('Share of members (%)', { id: 'vote.table.share' }), numeric: true },
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

/** How to move through the chart by keyboard, for screen readers (the chart's description). */
export function voteInstructions(view: VoteView, model: VoteModel): string {
  if (view === 'bar')
    return msg('Use the left and right arrow keys to move between the votes; Escape leaves the chart.', { id: 'vote.keys.bar' });
  if (view === 'hemicycle') {
    return model.hasRollCall
      ? msg(
          'Use the left and right arrow keys to move from seat to seat along a row, up and down to the next row out or in, Page Down and Page Up to jump to the next or previous vote, Enter to select a country and Escape to leave the chart.',
          { id: 'vote.keys.hemicycle' },
        )
      : msg('Use the arrow keys to move between the votes; Escape leaves the chart.', { id: 'vote.keys.options' });
  }
  return view === 'tiles'
    ? msg(
        'Use the arrow keys to move to the nearest country in that direction, Home and End for the first and last country, Enter to select a country and Escape to leave the chart.',
        { id: 'vote.keys.tiles' },
      )
    : msg(
        'Use the arrow keys to move to the nearest country in that direction, Home and End for the first and last country, Enter to select a country and Escape to leave the map.',
        { id: 'vote.keys.map' },
      );
}
