import { html, nothing, type TemplateResult } from 'lit';
import type { DataIssue } from '../data/issue.js';
import { toCsv, fileSlug, type DataTable } from './csv.js';
import { formatNumber } from './locale.js';
import { safeHref } from './url.js';
import { wellFormed } from './strings.js';
import { msg, str } from './i18n/msg.js';

/** A source as the footer names it. */
export interface SourceRef {
  label: string;
  url?: string;
}

/** The alert listing what was wrong with the data, in words an editor can act on. */
export function renderIssues(issues: DataIssue[], rendered: boolean, settings: DataIssue[] = []): TemplateResult | typeof nothing {
  if (issues.length === 0 && settings.length === 0) return nothing;
  const errors = issues.filter((i) => i.severity === 'error');
  const heading =
    issues.length === 0
      ? msg('Some settings of this chart were not understood, so it shows its defaults instead:', { id: 'issues.settings' })
      : errors.length === 0
        ? msg('Some of the data looks inconsistent:', { id: 'issues.inconsistent' })
        : rendered
          ? msg('Some of the data could not be used; the rest is shown:', { id: 'issues.partial' })
          : msg('This chart could not be drawn:', { id: 'issues.failed' });
  const all = [...settings, ...issues];
  const shown = all.slice(0, 8);
  return html`<div class="alert" part="error" role="alert">
    <strong>${heading}</strong>
    <ul>
      ${shown.map((i) => html`<li lang="en"><code>${i.path}</code>: ${i.message}</li>`)}
      ${
        all.length > shown.length
          ? html`<li>${msg(str`…and ${all.length - shown.length} more (see the browser console).`, { id: 'issues.more' })}</li>`
          : nothing
      }
    </ul>
  </div>`;
}

export function renderSources(sources: SourceRef[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<p class="source" part="source">
    ${sources.length === 1 ? msg('Source:', { id: 'figure.source' }) : msg('Sources:', { id: 'figure.sources' })}
    ${sources.map((s, i) => {
      const href = safeHref(s.url);
      // Citations stay as the source writes them (in English): marked so screen readers switch voice.
      const label = href
        ? html`<a href=${href} rel="noopener noreferrer" target="_blank" lang="en">${s.label}</a>`
        : html`<span lang="en">${s.label}</span>`;
      return html`${i > 0 ? msg('; ', { id: 'figure.sources.separator' }) : ''}${label}`;
    })}
  </p>`;
}

/**
 * Rows the hidden table holds at most. Beyond this a table is no help to a screen-reader user
 * (the components offer structured views for large data) and rendering it would freeze the
 * page (5,000 rows of a large network); the CSV download still has every row.
 */
export const TABLE_ROW_LIMIT = 1000;

/** The data table screen readers get: the same numbers as the chart. */
export function renderTable(table: DataTable, locale: string): TemplateResult {
  const rows = table.rows.length > TABLE_ROW_LIMIT ? table.rows.slice(0, TABLE_ROW_LIMIT) : table.rows;
  const more = table.rows.length - rows.length;
  // The wrapper hides it: a table ignores a 1px width and grows to its content.
  return html`<div class="sr-only"><table part="table">
    <caption>${table.caption}${
      more > 0
        ? ` ${msg(str`(the first ${formatNumber(locale, rows.length)} of ${formatNumber(locale, table.rows.length)} rows; the CSV download has them all)`, { id: 'table.truncated' })}`
        : ''
    }</caption>
    <thead>
      <tr>
        ${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${table.columns.map((c, i) => {
              const v = row[c.key];
              const text = v === null || v === undefined ? '' : typeof v === 'number' ? formatNumber(locale, v) : v;
              return i === 0 ? html`<th scope="row">${text}</th>` : html`<td lang=${c.lang ?? nothing}>${text}</td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table></div>`;
}

/**
 * "Download data (CSV)" built from the table's own rows as a data URL (no request, CSP-safe).
 * The file is made only when the reader asks for it when the table is large, or not built yet
 * (given as a function: the first paint does not wait for it): the `href` is set in the click
 * handler, before the browser follows the link, so drawing costs nothing up front.
 */
export function renderDownload(table: DataTable | (() => DataTable), title: string): TemplateResult {
  const lazy = typeof table === 'function' || table.rows.length > TABLE_ROW_LIMIT;
  const prepare = (e: Event): void => {
    if (lazy) (e.currentTarget as HTMLAnchorElement).href = csvHref(typeof table === 'function' ? table() : table);
  };
  return html`<a class="download" part="download" href=${lazy ? 'data:text/csv;charset=utf-8,' : csvHref(table as DataTable)}
    download=${`${fileSlug(title)}.csv`} @click=${prepare} @auxclick=${prepare} @contextmenu=${prepare}
    >${msg('Download data (CSV)', { id: 'figure.download' })}</a
  >`;
}

/** The CSV of a table as a data URL, with a BOM so spreadsheets read it as UTF-8. */
export function csvHref(table: DataTable): string {
  // Well-formed first: a lone surrogate from data or an attribute makes encodeURIComponent throw.
  return `data:text/csv;charset=utf-8,${encodeURIComponent(wellFormed('\ufeff' + toCsv(table)))}`;
}
