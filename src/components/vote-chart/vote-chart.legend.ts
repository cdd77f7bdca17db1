/** The legend of the hemicycle, the map and the tiles (the bar labels its own segments). */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../internal/locale.js';
import { SUBJECT } from './map.size.js';
import { AGAINST, crossMark, hatchDefs } from './marks.js';
import type { VoteView } from './vote-chart.options.js';
import { coversUn, type VoteModel } from './vote-model.js';
import { msg, str } from '../../internal/i18n/msg.js';

export function renderLegend(view: Exclude<VoteView, 'bar'>, model: VoteModel, locale: string): TemplateResult {
  // The map and the tiles place every member, so they show every option; the hemicycle only those drawn.
  const options = view === 'hemicycle' ? model.shown : model.options;
  // "Against" carries its second cue in the legend too: the hemicycle's cross, the others' hatch.
  const swatch = (cls: string) =>
    view === 'hemicycle'
      ? svg`<circle class=${`seat-swatch ${cls}`} cx="6" cy="6" r="5"></circle>${cls === AGAINST ? crossMark(6, 6, 5) : nothing}`
      : svg`<rect class=${cls} x="0.5" y="0.5" width="11" height="11" rx="2"></rect>${
          cls === AGAINST
            ? svg`${hatchDefs('vc-hatch-key')}<rect class="hatch" fill="url(#vc-hatch-key)" x="0.5" y="0.5" width="11" height="11" rx="2"></rect>`
            : nothing
        }`;
  return html`<ul class="legend-list">
    ${options.map(
      (o) => html`<li>
        <svg class="swatch-box" width="12" height="12" aria-hidden="true">${swatch(o.cls)}</svg>${o.label}
        <b>${formatNumber(locale, o.count)}</b>
      </li>`,
    )}
    ${
      view === 'hemicycle' && model.hiddenAbsent > 0
        ? html`<li>${msg(str`${formatNumber(locale, model.hiddenAbsent)} ${model.absentLabel?.toLowerCase() ?? msg('did not vote', { id: 'vote.absent' })} (not shown)`, { id: 'vote.legend.hidden' })}</li>`
        : nothing
    }
    ${
      view === 'map'
        ? html`<li>
            <svg class="swatch-box" width="12" height="12" aria-hidden="true">
              <rect class=${coversUn(model) ? 'nonmember' : 'outside'} x="0.5" y="0.5" width="11" height="11"></rect></svg
            >${coversUn(model) ? msg('Not a UN member', { id: 'vote.legend.nonMember' }) : msg('Not in this vote', { id: 'vote.legend.outside' })}
          </li>
          ${
            model.byIso.has(SUBJECT)
              ? html`<li>
                <svg class="swatch-box" width="12" height="12" aria-hidden="true">
                  <rect class="subject-swatch" x="1" y="1" width="10" height="10"></rect></svg
>${msg(str`${model.byIso.get(SUBJECT)!.short} outlined`, { id: 'vote.legend.subject' })}
              </li>`
              : nothing
          }`
        : nothing
    }
  </ul>`;
}
