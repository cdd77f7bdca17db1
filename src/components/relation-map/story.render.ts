/**
 * The story's key ties in words, under the chart: who, to whom, what (the tie's own label
 * in the data) and when. Templates only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Graph } from './graph.js';
import { tieDate } from './text.js';
import { englishLang } from '../../internal/local-names.js';

export function renderKeyTies(graph: Graph, ties: readonly number[], locale: string): TemplateResult | typeof nothing {
  if (!ties.length) return nothing;
  return html`<div class="key-ties">
    <p class="key-ties-title">Key ties</p>
    <ul>
      ${ties.map((i) => {
        const t = graph.ties[i]!;
        const [s, e] = graph.ends[i]!;
        return html`<li>
          <span class="key-ends">${graph.actors[s]!.name} ${t.directed ? '→' : '–'} ${graph.actors[e]!.name}:</span>
          <span lang=${englishLang(locale) ?? nothing}>${t.label}</span>${t.date ? html`, <span class="key-date">${tieDate(locale, t)}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}
