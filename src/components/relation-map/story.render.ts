/**
 * The story's key ties in words: on their lines in the chart (a few words, or a number),
 * and in full in a numbered list under it: who, to whom, what (the tie's own label in the
 * data), when and from which source. Templates only.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { sourceRefs } from '../../data/sources.refs.js';
import type { Callout } from './callouts.layout.js';
import { BADGE, nearestOnBox } from './callouts.layout.js';
import type { Graph } from './graph.js';
import { tieDate } from './text.js';
import { dataName, englishLang } from '../../internal/local-names.js';
import { msg } from '../../internal/i18n/msg.js';

/** A short leader from a point of the tie's line to a callout set beside it. */
function leader(c: Callout, type: string): SVGTemplateResult | typeof nothing {
  if (!c.leader) return nothing;
  const q = nearestOnBox(c.leader, c.box);
  return svg`<line class=${`callout-leader t-${type}`} data-t=${c.tie} x1=${c.leader.x} y1=${c.leader.y} x2=${q.x} y2=${q.y}></line>`;
}

/** The callouts on the key ties' lines: words on the line (or beside it, with a leader), or the list's number in a disc, both in a darker shade of the line's colour. */
export function renderCallouts(graph: Graph, callouts: readonly Callout[] | undefined, locale: string): SVGTemplateResult | typeof nothing {
  if (!callouts?.length) return nothing;
  // Words the data has only in English are marked so, for a screen reader to switch voice.
  const lang = (c: Callout) => (dataName(locale, graph.ties[c.tie]!.callouts) === undefined ? (englishLang(locale) ?? nothing) : nothing);
  const tie = (c: Callout) => graph.ties[c.tie]!.type;
  return svg`<g class="callouts">${callouts.map((c) => leader(c, tie(c)))}${callouts.map((c) =>
    c.text !== null
      ? svg`<text class=${`callout t-${tie(c)}`} lang=${lang(c)} data-t=${c.tie} x=${c.x} y=${c.y} dy="0.35em" text-anchor="middle">${c.text}</text>`
      : svg`<g class=${`callout-badge t-${tie(c)}`} data-t=${c.tie} transform=${`translate(${c.x},${c.y})`}>
          <circle r=${BADGE / 2}></circle><text dy="0.35em" text-anchor="middle">${c.n}</text>
        </g>`,
  )}</g>`;
}

/** Who published a source, from its footer label (`The Diplomat, "Title", March 2025` → `The Diplomat`); an unsigned article by its title. */
const publisher = (label: string) => (label.startsWith('"') ? (/^"[^"]*"/.exec(label)?.[0] ?? label) : label.split(', ')[0]!);

export function renderKeyTies(graph: Graph, ties: readonly number[], locale: string): TemplateResult | typeof nothing {
  if (!ties.length) return nothing;
  return html`<div class="key-ties">
    <p class="key-ties-title">${msg('Key ties', { id: 'rel.keyTies' })}</p>
    <ol>
      ${ties.map((i) => {
        const t = graph.ties[i]!;
        const [s, e] = graph.ends[i]!;
        const from = sourceRefs(t.sources).map((r) => publisher(r.label));
        return html`<li>
          <span class="key-ends">${graph.actors[s]!.name} ${t.directed ? '→' : '–'} ${graph.actors[e]!.name}:</span>
          <span lang=${englishLang(locale) ?? nothing}>${t.label}</span>${t.date ? html`, <span class="key-date">${tieDate(locale, t)}</span>` : nothing}${
            from.length
              ? html` <span class="key-source">(<span lang=${englishLang(locale) ?? nothing}>${from.join('; ')}</span>)</span>`
              : nothing
          }
        </li>`;
      })}
    </ol>
  </div>`;
}
