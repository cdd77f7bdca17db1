/**
 * The network as a structured list, for screen readers and for anyone who prefers to
 * read: each actor with its kind and role, then its ties in words with date and sources.
 * Rendered only while the disclosure is open, so a 2,000-actor network costs nothing until asked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { kindLabel } from './encoding.js';
import { msg, str } from '../../internal/i18n/msg.js';
import type { Graph } from './graph.js';
import { labelOrder } from './geometry.js';
import { actorCount, tieCount, otherEnd, sortTies, tieDate, tieRelation } from './text.js';
import { renderSourceLinks } from './details.render.js';
import { englishLang } from '../../internal/local-names.js';

const listSummary = (actors: string) => msg(str`List view: ${actors} and their ties`, { id: 'rel.list.summary' });

export function renderList(graph: Graph, focus: number, locale: string, open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  const n = graph.actors.length;
  return html`<details class="list-view" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${listSummary(actorCount(locale, n))}</summary>
    ${
      open
        ? html`<ul>
          ${labelOrder(graph, focus).map((i) => {
            const a = graph.actors[i]!;
            const about = [a.role, a.period].filter(Boolean).join(', ');
            const ties = sortTies(graph, graph.tiesOf[i]!);
            return html`<li>
              <span class="actor-name">${a.name}</span> — ${kindLabel(a.kind)}${about ? html`, <span lang=${englishLang(locale) ?? nothing}>${about}</span>` : nothing};
              ${`${tieCount(locale, ties.length)}${ties.length ? ':' : '.'}`}
              ${
                ties.length
                  ? html`<ul>
                    ${ties.map((t) => {
                      const tie = graph.ties[t]!;
                      const other = graph.actors[graph.index.get(otherEnd(tie, a.id))!]!;
                      return html`<li>
                        <span lang=${englishLang(locale) ?? nothing}>${tie.label}</span> — ${tieRelation(tie, a, other)}, ${tieDate(locale, tie)}. ${renderSourceLinks(tie.sources, locale)}
                      </li>`;
                    })}
                  </ul>`
                  : nothing
              }
            </li>`;
          })}
        </ul>`
        : nothing
    }
  </details>`;
}
