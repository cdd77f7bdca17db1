/**
 * The words of <arms-flow>: title, description, table and messages, built from the data
 * (never hard-coded to Myanmar) and formatted in the widget's locale. Pure.
 */
import { compareEnglish } from '../../internal/collate.js';
import { fsum } from 'd3-array';
import type { ArmsData, ArmsDelivery } from '../../data/types.js';
import type { DataTable } from '../../internal/csv.js';
import { formatNumber, formatDate, formatPercent } from '../../internal/locale.js';
import type { ArmsFilter, LeftOut, Scope, Split } from './filter.js';
import { rankBy, tivSum } from './filter.js';
import type { Groups } from './groups.js';
import type { ArmsView } from './arms-flow.options.js';
import type { Unplaced } from './map.keys.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { dataName } from '../../internal/local-names.js';
import { lowerFirst } from '../../internal/strings.js';
import { plural } from '../../internal/i18n/plural.js';

/**
 * TIV as a reader sees it: whole units, as SIPRI publishes its TIV tables (the register's
 * per-delivery decimals are its working, not a published precision), grouped in the locale's
 * way, never with a currency. A value that rounds to nothing reads "<1", not "0".
 */
export function tiv(locale: string, n: number): string {
  if (n > 0 && n < 0.5) return `<${formatNumber(locale, 1)}`;
  return formatNumber(locale, n, { maximumFractionDigits: 0 });
}

/** A share in whole percent: the precision of TIV totals rounded to whole units. */
export function share(locale: string, n: number): string {
  if (n > 0 && n < 0.005) return `<${formatPercent(locale, 0.01, 0)}`;
  return formatPercent(locale, n, 0);
}

/** The split's event as a label: "Military coup", "Военный переворот" (the data's words, in the reader's language where it has them). */
export function splitLabel(locale: string, split: Split): string {
  return dataName(locale, split.labels) ?? split.label;
}

/**
 * The split's event as a noun phrase inside a sentence, in the reader's language where the
 * data translates it: "Military coup" -> "military coup", "Военный переворот" -> "военный
 * переворот"; "UN General Assembly calls…" unchanged (a capital followed by a capital is an acronym).
 */
export function eventPhrase(locale: string, split: Split): string {
  return lowerFirst(splitLabel(locale, split));
}

/** "the year of the military coup (1 February 2021)": how a split year is named in sentences. */
export function splitPhrase(locale: string, split: Split): string {
  const event = eventPhrase(locale, split);
  const date = formatDate(locale, split.date);
  return msg(str`the year of the ${event} (${date})`, { id: 'arms.splitPhrase' });
}

/** What a TIV is, as a noun phrase inside sentences. */
export const tivWords = (): string =>
  msg('SIPRI trend-indicator value (TIV), a measure of military capability transferred, not a price', { id: 'arms.tivWords' });

/** The unit, in sight under every chart: what a TIV is, in one line. */
export const unitLine = (): string =>
  msg('Values in SIPRI trend-indicator value (TIV, millions): a measure of military capability transferred, not money.', {
    id: 'arms.unitLine',
  });

/** A year in the locale's digits (Burmese digits on a Burmese page), never grouped: "2021". */
export function yearOf(locale: string, y: number): string {
  return formatNumber(locale, y, { useGrouping: false });
}

export function yearSpan(a: number, b: number, locale = 'en'): string {
  return a === b ? yearOf(locale, a) : `${yearOf(locale, a)}–${yearOf(locale, b)}`;
}

/** ", 2005–2020" after a phrase, or nothing when there is no period. */
function periodSuffix(period: readonly [number, number] | null, locale: string): string {
  if (!period) return '';
  const years = yearSpan(period[0], period[1], locale);
  return msg(str`, ${years}`, { id: 'arms.periodSuffix' });
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1).join(msg(', ', { id: 'arms.list.separator' }));
  const last = items.at(-1);
  return msg(str`${head} and ${last}`, { id: 'arms.list.and' });
}

/** "Russia, China": names joined without a conjunction (a filter, a note's list). */
const joined = (items: readonly string[]): string => items.join(msg(', ', { id: 'arms.list.separator' }));

export function titleOf(data: ArmsData): string {
  const recipient = data.register.recipient;
  return msg(str`Who arms ${recipient}`, { id: 'arms.title' });
}

/** "2005–2006, supplier Belarus, category Ships": what the filters ask for, in words. */
export function filterWords(f: ArmsFilter, locale = 'en'): string {
  const parts: string[] = [];
  if (f.from !== null && f.to !== null) parts.push(yearSpan(f.from, f.to, locale));
  else if (f.from !== null) {
    const year = yearOf(locale, f.from);
    parts.push(msg(str`from ${year}`, { id: 'arms.filter.from' }));
  } else if (f.to !== null) {
    const year = yearOf(locale, f.to);
    parts.push(msg(str`to ${year}`, { id: 'arms.filter.to' }));
  }
  if (f.suppliers.length) {
    const names = joined(f.suppliers);
    parts.push(
      plural(locale, f.suppliers.length, {
        one: () => msg(str`supplier ${names}`, { id: 'arms.filter.suppliers.one' }),
        few: () => msg(str`suppliers ${names}`, { id: 'arms.filter.suppliers.few' }),
        many: () => msg(str`suppliers ${names}`, { id: 'arms.filter.suppliers.many' }),
        other: () => msg(str`suppliers ${names}`, { id: 'arms.filter.suppliers.other' }),
      }),
    );
  }
  if (f.categories.length) {
    const names = joined(f.categories);
    parts.push(
      plural(locale, f.categories.length, {
        one: () => msg(str`category ${names}`, { id: 'arms.filter.categories.one' }),
        few: () => msg(str`categories ${names}`, { id: 'arms.filter.categories.few' }),
        many: () => msg(str`categories ${names}`, { id: 'arms.filter.categories.many' }),
        other: () => msg(str`categories ${names}`, { id: 'arms.filter.categories.other' }),
      }),
    );
  }
  return joined(parts);
}

export function emptyMessage(scope: Scope, locale = 'en'): string {
  const words = filterWords(scope.filter, locale);
  const recipient = scope.recipient;
  return words
    ? msg(str`No deliveries to ${recipient} match: ${words}.`, { id: 'arms.empty.filtered' })
    : msg(str`No deliveries to ${recipient} in this data.`, { id: 'arms.empty' });
}

export function splitWords(locale: string, split: Split, last: number | null): string {
  const span = last !== null && last > split.year ? yearSpan(split.year, last, locale) : yearOf(locale, split.year);
  const event = eventPhrase(locale, split);
  const date = formatDate(locale, split.date);
  const year = yearOf(locale, split.year);
  return msg(
    str`SIPRI dates deliveries by year only, so everything delivered in ${span} counts as after the ${event} of ${date}, though ${year} may include some from before it.`,
    { id: 'arms.splitWords' },
  );
}

export function leftOutWords(locale: string, leftOut: readonly LeftOut[]): string | null {
  if (leftOut.length === 0) return null;
  const parts = leftOut.map((l) => {
    const n = formatNumber(locale, l.rows);
    const recipient = l.recipient;
    const value = tiv(locale, l.tiv);
    return plural(locale, l.rows, {
      one: () => msg(str`${n} row SIPRI lists under the recipient “${recipient}” (${value} TIV)`, { id: 'arms.leftOut.row.one' }),
      few: () => msg(str`${n} rows SIPRI lists under the recipient “${recipient}” (${value} TIV)`, { id: 'arms.leftOut.row.few' }),
      many: () => msg(str`${n} rows SIPRI lists under the recipient “${recipient}” (${value} TIV)`, { id: 'arms.leftOut.row.many' }),
      other: () => msg(str`${n} rows SIPRI lists under the recipient “${recipient}” (${value} TIV)`, { id: 'arms.leftOut.row.other' }),
    });
  });
  const list = parts.join(msg('; ', { id: 'arms.list.semicolon' }));
  return msg(str`Not included: ${list}.`, { id: 'arms.leftOut' });
}

/**
 * The subtitle: the finding in one sentence, from the data (who supplied the most), so it
 * holds for any register and filter. The detail is in detailOf(), under the chart.
 */
export function descriptionOf(_data: ArmsData, scope: Scope, _groups: Groups, locale: string): string {
  const { recipient, rows, period } = scope;
  if (rows.length === 0) {
    const empty = emptyMessage(scope, locale);
    const unit = tivWords();
    return msg(str`${empty} The figures are ${unit}.`, { id: 'arms.description.empty' });
  }
  const span = periodSuffix(period, locale);
  const total = tivSum(rows);
  const ranked = rankBy(rows, (d) => d.supplier);
  const f = scope.filter;
  const lower = (c: string) => (/^[A-Z][a-z]/.test(c) ? c[0]!.toLowerCase() + c.slice(1) : c);
  const kinds = f.categories.length ? listWords(f.categories.map(lower)) : msg('major arms', { id: 'arms.majorArms' });
  // Suppliers the reader picked: say what they delivered, not a share of a total they narrowed.
  if (f.suppliers.length) {
    const named = ranked.slice(0, 3).map((r) => `${r.name} ${tiv(locale, r.tiv)} TIV`);
    if (ranked.length > 3) {
      const n = formatNumber(locale, ranked.length - 3);
      named.push(msg(str`${n} more`, { id: 'arms.more' }));
    }
    if (ranked.length === 1) {
      const name = ranked[0]!.name;
      const value = tiv(locale, total);
      return msg(str`${name} delivered ${value} TIV of ${kinds} to ${recipient}${span}.`, { id: 'arms.description.one' });
    }
    const list = listWords(named);
    return msg(str`Deliveries of ${kinds} to ${recipient}${span}: ${list}.`, { id: 'arms.description.picked' });
  }
  if (ranked.length === 1 || total <= 0) {
    const name = ranked[0]!.name;
    return msg(str`All of ${recipient}’s imports of ${kinds}${span} came from ${name}.`, { id: 'arms.description.all' });
  }
  const [a, b] = ranked as [{ name: string; tiv: number }, { name: string; tiv: number }];
  const both = (a.tiv + b.tiv) / total;
  const first = a.name;
  const second = b.name;
  const aShare = share(locale, a.tiv / total);
  const bShare = share(locale, b.tiv / total);
  return both >= 0.5
    ? msg(str`${first} (${aShare}) and ${second} (${bShare}) supplied most of ${recipient}’s imports of ${kinds}${span}.`, {
        id: 'arms.description.most',
      })
    : msg(str`${first} (${aShare}) and ${second} (${bShare}) supplied the largest shares of ${recipient}’s imports of ${kinds}${span}.`, {
        id: 'arms.description.largest',
      });
}

/** What the subtitle leaves out: the unit in plain words, the total, the main suppliers, the post-coup total. */
export function detailOf(data: ArmsData, scope: Scope, groups: Groups, locale: string): string | null {
  const { recipient, rows, period, split } = scope;
  if (rows.length === 0) return null;
  const f = scope.filter;
  const suppliers = joined(f.suppliers);
  const categories = joined(f.categories);
  const span = periodSuffix(period, locale);
  const unit = tivWords();
  const lead =
    f.suppliers.length && f.categories.length
      ? msg(str`Deliveries of major arms to ${recipient} from ${suppliers} (${categories})${span}, weighted by ${unit}.`, {
          id: 'arms.detail.lead.both',
        })
      : f.suppliers.length
        ? msg(str`Deliveries of major arms to ${recipient} from ${suppliers}${span}, weighted by ${unit}.`, {
            id: 'arms.detail.lead.suppliers',
          })
        : f.categories.length
          ? msg(str`Deliveries of major arms to ${recipient} (${categories})${span}, weighted by ${unit}.`, {
              id: 'arms.detail.lead.categories',
            })
          : msg(str`Deliveries of major arms to ${recipient}${span}, weighted by ${unit}.`, { id: 'arms.detail.lead' });
  const total = tivSum(rows);
  const ranked = rankBy(rows, (d) => d.supplier);
  // The top three, plus any supplier the reported figures name (Belarus), in rank order.
  const featured = new Set(groups.list.filter((g) => !g.other).map((g) => g.key));
  const named = ranked.filter((r, i) => i < 3 || (featured.has(r.name) && data.figures.some((x) => x.subject === r.name)));
  const parts = joined(
    named.map((r, i) => {
      const pct = total > 0 ? ` (${share(locale, r.tiv / total)})` : '';
      return `${r.name} ${tiv(locale, r.tiv)}${i === 0 ? ' TIV' : ''}${pct}`;
    }),
  );
  const more = ranked.length - named.length;
  const sum = tiv(locale, total);
  const n = formatNumber(locale, more);
  let totals: string;
  if (ranked.length === 1) totals = `${parts}.`;
  else if (more > 0) {
    totals = plural(locale, more, {
      one: () => msg(str`Total ${sum} TIV: ${parts}, and ${n} other supplier.`, { id: 'arms.detail.total.more.one' }),
      few: () => msg(str`Total ${sum} TIV: ${parts}, and ${n} other suppliers.`, { id: 'arms.detail.total.more.few' }),
      many: () => msg(str`Total ${sum} TIV: ${parts}, and ${n} other suppliers.`, { id: 'arms.detail.total.more.many' }),
      other: () => msg(str`Total ${sum} TIV: ${parts}, and ${n} other suppliers.`, { id: 'arms.detail.total.more.other' }),
    });
  } else totals = msg(str`Total ${sum} TIV: ${parts}.`, { id: 'arms.detail.total' });
  let text = `${lead} ${totals}`;
  if (split && period && split.year <= period[1]) {
    const after = tiv(
      locale,
      fsum(rows, (d) => (d.deliveryYear >= split.year ? d.tiv : 0)),
    );
    const year = yearOf(locale, split.year);
    const phrase = splitPhrase(locale, split);
    text += ' ' + msg(str`Delivered from ${year}, ${phrase}: ${after} TIV.`, { id: 'arms.detail.after' });
  }
  return text;
}

const estimateWords = (d: ArmsDelivery): string =>
  joined(
    [
      d.orderYearEstimate ? msg('order year', { id: 'arms.estimate.orderYear' }) : '',
      d.deliveredEstimate ? msg('number', { id: 'arms.estimate.number' }) : '',
      d.deliveryYearEstimate ? msg('delivery year', { id: 'arms.estimate.deliveryYear' }) : '',
    ].filter(Boolean),
  );

/** The rows shown, one per deal and delivery year, as SIPRI gives them. */
export function tableOf(data: ArmsData, scope: Scope, locale: string, credit: string | null): DataTable {
  const { recipient, rows, period, leftOut } = scope;
  const f = filterWords(scope.filter, locale);
  const span = periodSuffix(period, locale);
  const release = data.register.release;
  const unit = tivWords();
  const caption = [
    rows.length === 0
      ? f
        ? msg(str`Deliveries of major arms to ${recipient}${span} (${f}): one row per deal and delivery year; none match.`, {
            id: 'arms.table.caption.filtered.none',
          })
        : msg(str`Deliveries of major arms to ${recipient}${span}: one row per deal and delivery year; none match.`, {
            id: 'arms.table.caption.none',
          })
      : f
        ? msg(str`Deliveries of major arms to ${recipient}${span} (${f}): one row per deal and delivery year.`, {
            id: 'arms.table.caption.filtered',
          })
        : msg(str`Deliveries of major arms to ${recipient}${span}: one row per deal and delivery year.`, { id: 'arms.table.caption' }),
    msg(str`TIV: ${unit}, in millions (SIPRI release ${release}).`, { id: 'arms.table.unit' }),
    credit ? msg(str`${credit}; totals and shares are our calculations.`, { id: 'arms.table.credit' }) : '',
    leftOutWords(locale, leftOut) ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const sorted = [...rows].sort(
    (a, b) => a.deliveryYear - b.deliveryYear || compareEnglish(a.supplier, b.supplier) || compareEnglish(a.designation, b.designation),
  );
  return {
    caption,
    columns: [
      { key: 'supplier', label: msg('Supplier', { id: 'arms.table.supplier' }) },
      { key: 'designation', label: msg('Designation', { id: 'arms.table.designation' }) },
      { key: 'description', label: msg('Description', { id: 'arms.table.description' }) },
      { key: 'category', label: msg('Armament category', { id: 'arms.table.category' }) },
      { key: 'orderYear', label: msg('Order year', { id: 'arms.table.orderYear' }) },
      { key: 'deliveryYear', label: msg('Delivery year', { id: 'arms.table.deliveryYear' }) },
      { key: 'delivered', label: msg('Number delivered', { id: 'arms.table.delivered' }), numeric: true },
      { key: 'estimates', label: msg('SIPRI estimates', { id: 'arms.table.estimates' }) },
      { key: 'status', label: msg('Status', { id: 'arms.table.status' }) },
      { key: 'tiv', label: msg('TIV (SIPRI, millions)', { id: 'arms.table.tiv' }), numeric: true },
      { key: 'sipriId', label: msg('SIPRI deal ID', { id: 'arms.table.sipriId' }) },
    ],
    // Years and ids as text: the table formats numbers with grouping ("2,015").
    rows: sorted.map((d) => ({
      supplier: d.supplier,
      designation: d.designation,
      description: d.description,
      category: d.category,
      orderYear: d.orderYear === null ? null : String(d.orderYear),
      deliveryYear: String(d.deliveryYear),
      delivered: d.delivered,
      estimates: estimateWords(d),
      status: d.status,
      tiv: d.tiv,
      sipriId: String(d.sipriId),
    })),
  };
}

/** The SVG's accessible title: what kind of chart, of what, in which unit (`bars`: the map view's ranked bars, on a phone). */
export function chartTitle(view: ArmsView, scope: Scope, bars: boolean, locale = 'en'): string {
  const span = periodSuffix(scope.period, locale);
  const recipient = scope.recipient;
  switch (view) {
    case 'map':
      return bars
        ? msg(str`Bar chart of arms deliveries to ${recipient}${span}, in SIPRI TIV, suppliers ranked by size`, {
            id: 'arms.chartTitle.bars',
          })
        : msg(
            str`Map of arms deliveries to ${recipient}${span}, in SIPRI TIV, a circle per supplier sized by TIV, joined to ${recipient}`,
            { id: 'arms.chartTitle.map' },
          );
    case 'timeline':
      return msg(str`Timeline of arms deliveries to ${recipient}${span}, in SIPRI TIV, stacked by supplier per delivery year`, {
        id: 'arms.chartTitle.timeline',
      });
    default:
      return msg(str`Sankey diagram of arms deliveries to ${recipient}${span}, in SIPRI TIV, from supplier to armament category`, {
        id: 'arms.chartTitle.sankey',
      });
  }
}

/** How the keyboard moves in each view, read once on entering the chart. */
export function instructions(view: ArmsView): string {
  switch (view) {
    case 'map':
      return msg('Use the arrow keys to move between suppliers, largest first; Enter selects one; Escape leaves the chart.', {
        id: 'arms.keys.map',
      });
    case 'timeline':
      return msg(
        'Use the left and right arrow keys to move between years and up and down between suppliers; Enter selects; Escape leaves the chart.',
        {
          id: 'arms.keys.timeline',
        },
      );
    default:
      return msg(
        'Use the up and down arrow keys to move between suppliers, right to their flows by armament category and right again to the categories, left back; Enter selects; Escape leaves the chart.',
        { id: 'arms.keys.sankey' },
      );
  }
}

/** The note of suppliers the map has no country for, or null when it places them all. */
export function mapNote(unplaced: readonly Unplaced[], locale: string): string | null {
  if (!unplaced.length) return null;
  const list = unplaced.map((u) => `${u.supplier}, ${tiv(locale, u.value)} TIV`).join(msg('; ', { id: 'arms.list.semicolon' }));
  return msg(str`Not on the map, having no country to be placed in: ${list}. Their deliveries are in the data table.`, {
    id: 'arms.map.unplaced',
  });
}
