/** The tooltip: what a flow, supplier, category or bar is made of, deal by deal. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssom } from '../../internal/cssom.js';
import { formatNumber } from '../../internal/locale.js';
import type { FocusItem } from './items.js';
import { dealsOf, type Deal } from './deals.js';
import { rankBy } from './filter.js';
import { share, tiv, yearOf, yearSpan } from './text.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';

/** Deals listed before "and N more": enough to explain a flow, short enough to read. */
export const TOOLTIP_DEALS = 5;

export function itemHeading(item: FocusItem, locale = 'en'): string {
  if (item.supplier === null) return item.category ?? '';
  if (item.category) return `${item.supplier} → ${item.category}`;
  if (item.year !== null) return `${item.supplier}, ${yearOf(locale, item.year)}`;
  return item.supplier;
}

const dealsWords = (n: number, locale: string): string => {
  const count = formatNumber(locale, n);
  return plural(locale, n, {
    one: () => msg(str`${count} deal`, { id: 'arms.deals.one' }),
    few: () => msg(str`${count} deals`, { id: 'arms.deals.few' }),
    many: () => msg(str`${count} deals`, { id: 'arms.deals.many' }),
    other: () => msg(str`${count} deals`, { id: 'arms.deals.other' }),
  });
};

/**
 * Accessible name: "Russia to Aircraft: 512.4 TIV, 14 deals"; a category node, which gathers
 * every supplier, says how many: "Aircraft: 1,635.3 TIV from 11 suppliers, 33 deals".
 */
export function itemLabel(item: FocusItem, locale: string, splitYear: number | null): string {
  const deals = dealsWords(item.deals, locale);
  const value = tiv(locale, item.tiv);
  const supplier = item.supplier;
  const category = item.category;
  const year = item.year === null ? null : yearOf(locale, item.year);
  let label: string;
  if (supplier === null) {
    const n = new Set(item.rows.map((d) => d.supplier)).size;
    const count = formatNumber(locale, n);
    const name = category ?? '';
    label = plural(locale, n, {
      one: () => msg(str`${name}: ${value} TIV from ${count} supplier, ${deals}`, { id: 'arms.item.category.one' }),
      few: () => msg(str`${name}: ${value} TIV from ${count} suppliers, ${deals}`, { id: 'arms.item.category.few' }),
      many: () => msg(str`${name}: ${value} TIV from ${count} suppliers, ${deals}`, { id: 'arms.item.category.many' }),
      other: () => msg(str`${name}: ${value} TIV from ${count} suppliers, ${deals}`, { id: 'arms.item.category.other' }),
    });
  } else if (category) label = msg(str`${supplier} to ${category}: ${value} TIV, ${deals}`, { id: 'arms.item.flow' });
  else if (year !== null) label = msg(str`${supplier}, ${year}: ${value} TIV, ${deals}`, { id: 'arms.item.year' });
  else label = msg(str`${supplier}: ${value} TIV, ${deals}`, { id: 'arms.item.supplier' });
  if (splitYear !== null && item.postTiv > 0) {
    const after = tiv(locale, item.postTiv);
    const from = yearOf(locale, splitYear);
    label = msg(str`${label}; ${after} TIV delivered from ${from}`, { id: 'arms.item.after' });
  }
  return label;
}

/** A category's suppliers, largest first: its deals alone, capped, could leave a supplier out. */
function suppliersLine(item: FocusItem, locale: string): TemplateResult {
  const ranked = rankBy(item.rows, (d) => d.supplier);
  const shown = ranked.slice(0, TOOLTIP_DEALS).map((r) => `${r.name} ${tiv(locale, r.tiv)}`);
  if (ranked.length > shown.length) {
    const more = formatNumber(locale, ranked.length - shown.length);
    shown.push(msg(str`and ${more} more`, { id: 'arms.tip.andMore' }));
  }
  const list = shown.join(msg(', ', { id: 'arms.list.separator' }));
  const count = formatNumber(locale, ranked.length);
  const line = plural(locale, ranked.length, {
    one: () => msg(str`From ${count} supplier: ${list}`, { id: 'arms.tip.from.one' }),
    few: () => msg(str`From ${count} suppliers: ${list}`, { id: 'arms.tip.from.few' }),
    many: () => msg(str`From ${count} suppliers: ${list}`, { id: 'arms.tip.from.many' }),
    other: () => msg(str`From ${count} suppliers: ${list}`, { id: 'arms.tip.from.other' }),
  });
  return html`<p class="tip-from">${line}</p>`;
}

function dealLine(d: Deal, locale: string, showSupplier: boolean): TemplateResult {
  const est = msg(' (est.)', { id: 'arms.tip.estimate' });
  const n = d.delivered === null ? '' : `${formatNumber(locale, d.delivered)}${d.deliveredEstimate ? est : ''} × `;
  const years = `${yearSpan(d.firstYear, d.lastYear, locale)}${d.yearsEstimate ? est : ''}`;
  // Words that sit between two bindings go inside one: a text node of spaces alone between
  // Lit's markers is dropped from accessible names ("MiG-29fighter aircraft").
  return html`<li>${`${showSupplier ? `${d.supplier}: ` : ''}${n}`}<strong>${d.designation}</strong>${` ${d.description}, ${years}: ${tiv(locale, d.tiv)} TIV`}</li>`;
}

export interface TooltipPlacement {
  left: number;
  top: number;
  width: number;
  /** Above the anchor (default) or below it when there is no room above. */
  below: boolean;
}

/** "183 TIV delivered from 2021, the year of the military coup: 16%" (or "Nothing delivered…"). */
function postLine(item: FocusItem, locale: string, splitYear: number, event: string): string {
  const year = yearOf(locale, splitYear);
  if (!(item.postTiv > 0)) return msg(str`Nothing delivered from ${year}, the year of the ${event}`, { id: 'arms.tip.post.none' });
  const after = tiv(locale, item.postTiv);
  if (!(item.tiv > 0)) return msg(str`${after} TIV delivered from ${year}, the year of the ${event}`, { id: 'arms.tip.post' });
  const part = share(locale, item.postTiv / item.tiv);
  return msg(str`${after} TIV delivered from ${year}, the year of the ${event}: ${part}`, { id: 'arms.tip.post.share' });
}

const moreLine = (n: number, locale: string): string => {
  const more = formatNumber(locale, n);
  return msg(str`and ${more} more (see the data table)`, { id: 'arms.tip.moreDeals' });
};

export function renderTooltip(
  item: FocusItem,
  at: TooltipPlacement,
  locale: string,
  splitYear: number | null,
  splitLabel: string,
): TemplateResult {
  const deals = dealsOf(item.rows);
  const shown = deals.slice(0, TOOLTIP_DEALS);
  const mixed = new Set(item.rows.map((d) => d.supplier)).size > 1;
  const value = tiv(locale, item.tiv);
  const dealCount = dealsWords(item.deals, locale);
  return html`<div class="tooltip${at.below ? ' below' : ''}" part="tooltip" id="af-tip" ${cssom({
    left: `${at.left}px`,
    top: `${at.top}px`,
    width: `${at.width}px`,
  })}>
    <p class="tip-head">${itemHeading(item, locale)}</p>
    <p class="tip-total">${msg(str`${value} TIV (SIPRI, millions) · ${dealCount}`, { id: 'arms.tip.total' })}</p>
    ${splitYear !== null && item.year === null ? html`<p class="tip-post">${postLine(item, locale, splitYear, splitLabel)}</p>` : nothing}
    ${item.supplier === null ? suppliersLine(item, locale) : nothing}
    <ul class="tip-deals">
      ${shown.map((d) => dealLine(d, locale, mixed))}
      ${deals.length > shown.length ? html`<li class="more">${moreLine(deals.length - shown.length, locale)}</li>` : nothing}
    </ul>
  </div>`;
}
