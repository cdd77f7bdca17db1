/**
 * Under the chart: the unit in sight, and the working (totals, shares, how post-coup is
 * counted, who "Other suppliers" are, rows left out) in a closed disclosure, so on a phone
 * the chart is not pushed down by a paragraph and the page does not end in one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArmsData } from '../../data/types.js';
import type { ArmsView } from './arms-flow.options.js';
import type { ArmsModel } from './arms-model.js';
import { detailOf, leftOutWords, splitWords, unitLine } from './text.js';
import { msg, str } from '../../internal/i18n/msg.js';

export function renderNotes(data: ArmsData, m: ArmsModel, view: ArmsView, locale: string): TemplateResult | typeof nothing {
  const { scope, groups } = m;
  if (!scope.rows.length) return nothing;
  const notes: string[] = [];
  const detail = detailOf(data, scope, groups, locale);
  if (detail) notes.push(detail);
  if (m.splitShown && scope.period) notes.push(splitWords(locale, m.splitShown, scope.period[1]));
  const other = groups.list.find((g) => g.other);
  if (other && view !== 'map' && scope.rows.some((d) => groups.of(d.supplier) === other)) {
    const inView = other.suppliers.filter((s) => scope.rows.some((d) => d.supplier === s));
    const names = inView.join(msg(', ', { id: 'arms.list.separator' }));
    notes.push(msg(str`Other suppliers: ${names} (in the data table and the tooltips).`, { id: 'arms.notes.other' }));
  }
  const left = leftOutWords(locale, scope.leftOut);
  if (left) notes.push(left);
  return html`<div class="notes" part="notes">
    <p class="unit">${unitLine()}</p>
    ${
      notes.length
        ? html`<details class="about">
          <summary>${msg('About these figures', { id: 'arms.notes.about' })}</summary>
          <ul>
            ${notes.map((n) => html`<li>${n}</li>`)}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}
