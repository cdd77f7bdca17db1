/** The tooltip: what a flow, supplier, category or bar is made of, deal by deal. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssom } from '../../internal/cssom.js';
import { formatNumber } from '../../internal/locale.js';
import type { FocusItem } from './items.js';
import { dealsOf, type Deal } from './deals.js';
import { rankBy } from './filter.js';
import { share, tiv, yearSpan } from './text.js';

/** Deals listed before "and N more": enough to explain a flow, short enough to read. */
export const TOOLTIP_DEALS = 5;

export function itemHeading(item: FocusItem): string {
  if (item.supplier === null) return item.category ?? '';
  if (item.category) return `${item.supplier} → ${item.category}`;
  if (item.year !== null) return `${item.supplier}, ${item.year}`;
  return item.supplier;
}

const suppliersWords = (n: number, locale: string) => `${formatNumber(locale, n)} ${n === 1 ? 'supplier' : 'suppliers'}`;

/**
 * Accessible name: "Russia to Aircraft: 512.4 TIV, 14 deals"; a category node, which gathers
 * every supplier, says how many: "Aircraft: 1,635.3 TIV from 11 suppliers, 33 deals".
 */
export function itemLabel(item: FocusItem, locale: string, splitYear: number | null): string {
  const deals = `${item.deals} ${item.deals === 1 ? 'deal' : 'deals'}`;
  const after = splitYear !== null && item.postTiv > 0 ? `; ${tiv(locale, item.postTiv)} TIV delivered from ${splitYear}` : '';
  const from = item.supplier === null ? ` from ${suppliersWords(new Set(item.rows.map((d) => d.supplier)).size, locale)}` : '';
  return `${itemHeading(item).replace(' → ', ' to ')}: ${tiv(locale, item.tiv)} TIV${from}, ${deals}${after}`;
}

/** A category's suppliers, largest first: its deals alone, capped, could leave a supplier out. */
function suppliersLine(item: FocusItem, locale: string): TemplateResult {
  const ranked = rankBy(item.rows, (d) => d.supplier);
  const shown = ranked.slice(0, TOOLTIP_DEALS).map((r) => `${r.name} ${tiv(locale, r.tiv)}`);
  if (ranked.length > shown.length) shown.push(`and ${ranked.length - shown.length} more`);
  return html`<p class="tip-from">From ${suppliersWords(ranked.length, locale)}: ${shown.join(', ')}</p>`;
}

function dealLine(d: Deal, locale: string, showSupplier: boolean): TemplateResult {
  const n = d.delivered === null ? '' : `${formatNumber(locale, d.delivered)}${d.deliveredEstimate ? ' (est.)' : ''} × `;
  const years = `${yearSpan(d.firstYear, d.lastYear)}${d.yearsEstimate ? ' (est.)' : ''}`;
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
  return html`<div class="tooltip${at.below ? ' below' : ''}" part="tooltip" id="af-tip" ${cssom({
    left: `${at.left}px`,
    top: `${at.top}px`,
    width: `${at.width}px`,
  })}>
    <p class="tip-head">${itemHeading(item)}</p>
    <p class="tip-total">${`${tiv(locale, item.tiv)} TIV (SIPRI, millions) · ${item.deals} ${item.deals === 1 ? 'deal' : 'deals'}`}</p>
    ${splitYear !== null && item.year === null
      ? html`<p class="tip-post">${`${item.postTiv > 0 ? `${tiv(locale, item.postTiv)} TIV` : 'Nothing'} delivered from ${splitYear}, the year of the ${splitLabel}${
          item.tiv > 0 && item.postTiv > 0 ? `: ${share(locale, item.postTiv / item.tiv)}` : ''
        }`}</p>`
      : nothing}
    ${item.supplier === null ? suppliersLine(item, locale) : nothing}
    <ul class="tip-deals">
      ${shown.map((d) => dealLine(d, locale, mixed))}
      ${deals.length > shown.length ? html`<li class="more">${`and ${deals.length - shown.length} more (see the data table)`}</li>` : nothing}
    </ul>
  </div>`;
}
