/** The panel of reported figures beside our calculation from the register. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportedFigure } from '../../data/types.js';
import { formatNumber, formatPartialDate } from '../../internal/locale.js';
import { safeHref } from '../../internal/url.js';
import type { SourceRef } from '../../internal/figure.js';
import type { Callout } from './callouts.js';
import { tiv } from './text.js';

/** The value as the article words it; otherwise formatted, keeping "about" / "at least". */
export function reportedValue(f: ReportedFigure, locale: string): string {
  if (f.asStated) return `“${f.asStated}”`;
  const q = f.qualifier && f.qualifier !== 'exact' ? `${f.qualifier} ` : '';
  switch (f.unit) {
    case 'percent':
      return `${q}${formatNumber(locale, f.value / 100, { style: 'percent', maximumFractionDigits: 1 })}`;
    case 'usd':
      // Dollars only as reported; never computed, never beside a TIV.
      return `${q}${formatNumber(locale, f.value, {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      })}`;
    case 'tiv':
      return `${q}${tiv(locale, f.value)} TIV`;
    default:
      return `${q}${formatNumber(locale, f.value)}`;
  }
}

export function periodWords(f: ReportedFigure, locale: string): string {
  const a = formatPartialDate(locale, f.period.from);
  // A source that does not say when its count ends gets no end from us.
  if (f.period.to === undefined) return `since ${a}, end not stated`;
  const b = formatPartialDate(locale, f.period.to);
  return a === b ? a : `${a}–${b}`;
}

export function computedWords(c: Callout, locale: string, release: string): string | null {
  const k = c.computed;
  if (!k) return null;
  const span = k.from === k.to ? String(k.from) : `${k.from}–${k.to}`;
  const value =
    k.measure === 'share'
      ? `${formatNumber(locale, k.value, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })} ` +
        `(${tiv(locale, k.supplierTiv)} of ${tiv(locale, k.totalTiv)} TIV)`
      : `${tiv(locale, k.value)} TIV (SIPRI, millions; not dollars)`;
  return `Our calculation from SIPRI’s ${release.slice(0, 4)} release, ${k.supplier}, deliveries ${span}: ${value}`;
}

/**
 * Notes written for the dataset's maintainers point at files and ids ("See disagreements.json
 * (…)", "(see russia-post-coup-shipments)"); readers get the sentences around them.
 */
export function readerNote(note: string): string {
  return note
    .replace(/\s*See [\w./-]+\.json(?: \([^)]*\))?\.?/g, '')
    .replace(/\s*\(see [\w./-]+\)/g, '')
    .trim();
}

function card(c: Callout, locale: string, release: string, refs: (ids: readonly string[]) => SourceRef[]): TemplateResult {
  const f = c.figure;
  const ours = computedWords(c, locale, release);
  const sources = refs(f.sources);
  return html`<li class="callout">
    <p class="callout-head">
      <span class="subject">${f.subject}</span>
      <span class="reported">${reportedValue(f, locale)}</span>
      <span class="what"
        >${f.label}, ${periodWords(f, locale)}${f.reported ? ` (reported ${formatPartialDate(locale, f.reported)})` : ''}</span
      >
    </p>
    ${ours ? html`<p class="callout-ours">${ours}</p>` : nothing}
    ${c.explanation ? html`<p class="callout-note">${readerNote(c.explanation)}</p>` : nothing}
    <p class="callout-source">
      ${sources.length === 1 ? 'Source' : 'Sources'}:
      ${sources.map((s, i) => {
        const href = safeHref(s.url);
        return html`${i > 0 ? '; ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${s.label}</a>` : s.label}`;
      })}
    </p>
  </li>`;
}

/**
 * Figures our calculation can be set beside come first, always shown; the rest (counts of
 * systems, shipments in dollars) follow in a closed disclosure: ten cards open would bury
 * the article under the chart, on phones and desktops alike.
 */
export function renderCallouts(
  items: readonly Callout[],
  locale: string,
  release: string,
  refs: (ids: readonly string[]) => SourceRef[],
  open: boolean,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const compared = items.filter((c) => c.computed);
  const first = compared.length ? compared : items;
  const rest = compared.length ? items.filter((c) => !c.computed) : [];
  const subjects = [...new Set(rest.map((c) => c.figure.subject))];
  return html`<section class="callouts" part="callouts" aria-labelledby="af-callouts-h">
    <h3 class="callouts-h" id="af-callouts-h">Figures in the news, beside SIPRI’s register</h3>
    <ul>
      ${first.map((c) => card(c, locale, release, refs))}
    </ul>
    ${rest.length
      ? html`<details class="more-callouts" ?open=${open}>
          <summary>${rest.length} more ${rest.length === 1 ? 'figure' : 'figures'} from the news: ${subjects.join(', ')}</summary>
          <ul>
            ${rest.map((c) => card(c, locale, release, refs))}
          </ul>
        </details>`
      : nothing}
  </section>`;
}
