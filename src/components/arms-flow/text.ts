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

/**
 * An event's label as a noun phrase inside a sentence: "Military coup" -> "military coup",
 * "UN General Assembly calls…" unchanged (a capital followed by a capital is an acronym).
 */
export function eventPhrase(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "the year of the military coup (1 February 2021)": how a split year is named in sentences. */
export function splitPhrase(locale: string, split: Split): string {
  return `the year of the ${eventPhrase(split.label)} (${formatDate(locale, split.date)})`;
}

export const TIV_WORDS =
  'SIPRI trend-indicator value (TIV), a measure of military capability transferred, not a price';

/** The unit, in sight under every chart: what a TIV is, in one line. */
export const UNIT_LINE = 'Values in SIPRI trend-indicator value (TIV, millions): a measure of military capability transferred, not money.';

export function yearSpan(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
}

export function titleOf(data: ArmsData): string {
  return `Who arms ${data.register.recipient}`;
}

/** "2005–2006, supplier Belarus, category Ships": what the filters ask for, in words. */
export function filterWords(f: ArmsFilter): string {
  const parts: string[] = [];
  if (f.from !== null && f.to !== null) parts.push(yearSpan(f.from, f.to));
  else if (f.from !== null) parts.push(`from ${f.from}`);
  else if (f.to !== null) parts.push(`to ${f.to}`);
  if (f.suppliers.length) parts.push(`${f.suppliers.length > 1 ? 'suppliers' : 'supplier'} ${f.suppliers.join(', ')}`);
  if (f.categories.length) parts.push(`${f.categories.length > 1 ? 'categories' : 'category'} ${f.categories.join(', ')}`);
  return parts.join(', ');
}

export function emptyMessage(scope: Scope): string {
  const words = filterWords(scope.filter);
  return words
    ? `No deliveries to ${scope.recipient} match: ${words}.`
    : `No deliveries to ${scope.recipient} in this data.`;
}

export function splitWords(locale: string, split: Split, last: number | null): string {
  const span = last !== null && last > split.year ? `${split.year}–${last}` : String(split.year);
  return (
    `SIPRI dates deliveries by year only, so everything delivered in ${span} counts as after the ` +
    `${eventPhrase(split.label)} of ${formatDate(locale, split.date)}, though ${split.year} may include some from before it.`
  );
}

export function leftOutWords(locale: string, leftOut: readonly LeftOut[]): string | null {
  if (leftOut.length === 0) return null;
  const parts = leftOut.map(
    (l) => `${l.rows} ${l.rows === 1 ? 'row' : 'rows'} SIPRI lists under the recipient “${l.recipient}” (${tiv(locale, l.tiv)} TIV)`,
  );
  return `Not included: ${parts.join('; ')}.`;
}

/**
 * The subtitle: the finding in one sentence, from the data (who supplied the most), so it
 * holds for any register and filter. The detail is in detailOf(), under the chart.
 */
export function descriptionOf(_data: ArmsData, scope: Scope, _groups: Groups, locale: string): string {
  const { recipient, rows, period } = scope;
  if (rows.length === 0) return `${emptyMessage(scope)} The figures are ${TIV_WORDS}.`;
  const span = period ? `, ${yearSpan(period[0], period[1])}` : '';
  const total = tivSum(rows);
  const ranked = rankBy(rows, (d) => d.supplier);
  const f = scope.filter;
  const lower = (c: string) => (/^[A-Z][a-z]/.test(c) ? c[0]!.toLowerCase() + c.slice(1) : c);
  const kinds = f.categories.length ? listWords(f.categories.map(lower)) : 'major arms';
  // Suppliers the reader picked: say what they delivered, not a share of a total they narrowed.
  if (f.suppliers.length) {
    const named = ranked.slice(0, 3).map((r) => `${r.name} ${tiv(locale, r.tiv)} TIV`);
    if (ranked.length > 3) named.push(`${ranked.length - 3} more`);
    return ranked.length === 1
      ? `${ranked[0]!.name} delivered ${tiv(locale, total)} TIV of ${kinds} to ${recipient}${span}.`
      : `Deliveries of ${kinds} to ${recipient}${span}: ${listWords(named)}.`;
  }
  const what = `${recipient}’s imports of ${kinds}${span}`;
  if (ranked.length === 1 || total <= 0) return `All of ${what} came from ${ranked[0]!.name}.`;
  const [a, b] = ranked as [{ name: string; tiv: number }, { name: string; tiv: number }];
  const both = (a.tiv + b.tiv) / total;
  return (
    `${a.name} (${share(locale, a.tiv / total)}) and ${b.name} (${share(locale, b.tiv / total)}) supplied ` +
    `${both >= 0.5 ? 'most of' : 'the largest shares of'} ${what}.`
  );
}

/** "a", "a and b", "a, b and c". */
function listWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What the subtitle leaves out: the unit in plain words, the total, the main suppliers, the post-coup total. */
export function detailOf(data: ArmsData, scope: Scope, groups: Groups, locale: string): string | null {
  const { recipient, rows, period, split } = scope;
  if (rows.length === 0) return null;
  const f = scope.filter;
  const narrowed = [
    f.suppliers.length ? `from ${f.suppliers.join(', ')}` : '',
    f.categories.length ? `(${f.categories.join(', ')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const span = period ? `, ${yearSpan(period[0], period[1])}` : '';
  const total = tivSum(rows);
  const ranked = rankBy(rows, (d) => d.supplier);
  // The top three, plus any supplier the reported figures name (Belarus), in rank order.
  const featured = new Set(groups.list.filter((g) => !g.other).map((g) => g.key));
  const named = ranked.filter((r, i) => i < 3 || (featured.has(r.name) && data.figures.some((x) => x.subject === r.name)));
  const parts = named.map((r, i) => {
    const pct = total > 0 ? ` (${share(locale, r.tiv / total)})` : '';
    return `${r.name} ${tiv(locale, r.tiv)}${i === 0 ? ' TIV' : ''}${pct}`;
  });
  const more = ranked.length - named.length;
  let text =
    `Deliveries of major arms to ${recipient}${narrowed ? ` ${narrowed}` : ''}${span}, weighted by ${TIV_WORDS}. ` +
    `${ranked.length === 1 ? '' : `Total ${tiv(locale, total)} TIV: `}${parts.join(', ')}` +
    `${more > 0 ? `, and ${more} other ${more === 1 ? 'supplier' : 'suppliers'}` : ''}.`;
  if (split && period && split.year <= period[1]) {
    const after = fsum(rows, (d) => (d.deliveryYear >= split.year ? d.tiv : 0));
    text += ` Delivered from ${split.year}, ${splitPhrase(locale, split)}: ${tiv(locale, after)} TIV.`;
  }
  return text;
}

const estimateWords = (d: ArmsDelivery): string =>
  [d.orderYearEstimate ? 'order year' : '', d.deliveredEstimate ? 'number' : '', d.deliveryYearEstimate ? 'delivery year' : '']
    .filter(Boolean)
    .join(', ');

/** The rows shown, one per deal and delivery year, as SIPRI gives them. */
export function tableOf(data: ArmsData, scope: Scope, locale: string, credit: string | null): DataTable {
  const { recipient, rows, period, leftOut } = scope;
  const f = filterWords(scope.filter);
  const caption = [
    `Deliveries of major arms to ${recipient}${period ? `, ${yearSpan(period[0], period[1])}` : ''}${f ? ` (${f})` : ''}: ` +
      `one row per deal and delivery year${rows.length === 0 ? '; none match' : ''}.`,
    `TIV: ${TIV_WORDS}, in millions (SIPRI release ${data.register.release}).`,
    credit ? `${credit}; totals and shares are our calculations.` : '',
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
      { key: 'supplier', label: 'Supplier' },
      { key: 'designation', label: 'Designation' },
      { key: 'description', label: 'Description' },
      { key: 'category', label: 'Armament category' },
      { key: 'orderYear', label: 'Order year' },
      { key: 'deliveryYear', label: 'Delivery year' },
      { key: 'delivered', label: 'Number delivered', numeric: true },
      { key: 'estimates', label: 'SIPRI estimates' },
      { key: 'status', label: 'Status' },
      { key: 'tiv', label: 'TIV (SIPRI, millions)', numeric: true },
      { key: 'sipriId', label: 'SIPRI deal ID' },
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
export function chartTitle(view: ArmsView, scope: Scope, bars: boolean): string {
  const span = scope.period ? `, ${yearSpan(scope.period[0], scope.period[1])}` : '';
  const what = `arms deliveries to ${scope.recipient}${span}, in SIPRI TIV`;
  switch (view) {
    case 'map':
      return bars
        ? `Bar chart of ${what}, suppliers ranked by size`
        : `Map of ${what}, a circle per supplier sized by TIV, joined to ${scope.recipient}`;
    case 'timeline':
      return `Timeline of ${what}, stacked by supplier per delivery year`;
    default:
      return `Sankey diagram of ${what}, from supplier to armament category`;
  }
}

/** How the keyboard moves in each view, read once on entering the chart. */
export function instructions(view: ArmsView): string {
  switch (view) {
    case 'map':
      return 'Use the arrow keys to move between suppliers, largest first; Enter selects one; Escape leaves the chart.';
    case 'timeline':
      return 'Use the left and right arrow keys to move between years and up and down between suppliers; Enter selects; Escape leaves the chart.';
    default:
      return 'Use the up and down arrow keys to move between suppliers, right to their flows by armament category and right again to the categories, left back; Enter selects; Escape leaves the chart.';
  }
}

/** The note of suppliers the map has no country for, or null when it places them all. */
export function mapNote(unplaced: readonly Unplaced[], locale: string): string | null {
  if (!unplaced.length) return null;
  const list = unplaced.map((u) => `${u.supplier}, ${tiv(locale, u.value)} TIV`).join('; ');
  return `Not on the map, having no country to be placed in: ${list}. Their deliveries are in the data table.`;
}
