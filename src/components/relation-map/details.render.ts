/**
 * The details panel of one actor: name, kind, role and period, then each of its ties with
 * its date, the actor at the other end and its sources (links vetted by safeHref).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Actor, Tie } from '../../data/types.js';
import { sourceRefs } from '../../data/sources.refs.js';
import { safeHref } from '../../internal/url.js';
import { cssom } from '../../internal/cssom.js';
import { kindLabel } from './encoding.js';
import { tieDate, tieRelation } from './text.js';
import { englishLang } from '../../internal/local-names.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';

/** `Source:` or `Sources:`, before the list of them. */
const sourcesWord = (locale: string, n: number): string =>
  plural(locale, n, {
    one: () => msg('Source:', { id: 'rel.sources.one' }),
    few: () => msg('Sources:', { id: 'rel.sources.few' }),
    many: () => msg('Sources:', { id: 'rel.sources.many' }),
    other: () => msg('Sources:', { id: 'rel.sources.other' }),
  });

export interface DetailsModel {
  actor: Actor;
  /** The actor's ties in the order listed, each with the actor at its other end. */
  ties: Array<{ tie: Tie; other: Actor; later: boolean }>;
  locale: string;
  headingLevel: number;
  /** Floating over the chart (wide) on the given side, or in the flow below it (narrow). */
  float: 'left' | 'right' | null;
  /** Tallest the floating panel may be (the chart's height less a margin), px. */
  maxHeight: number;
}

export interface DetailsHandlers {
  close: () => void;
  selectTie: (tie: Tie) => void;
}

/**
 * The short name of a source from its footer label (`Publisher, "Title", date`): the
 * publisher; for a copy with no named publisher (`"Title" (publisher not named…)`), the
 * title; otherwise the label up to its first parenthesis.
 */
export function shortSource(label: string): string {
  if (label.startsWith('"')) {
    const end = label.indexOf('"', 1);
    return end > 0 ? label.slice(0, end + 1) : label;
  }
  const comma = label.indexOf(', "');
  if (comma > 0) return label.slice(0, comma);
  const paren = label.indexOf(' (');
  return paren > 0 ? label.slice(0, paren) : label;
}

/**
 * Sources in short, for the panel: the publisher (linked when the source has a URL), the
 * full reference in the link's title. An editor's own source ids are shown as written.
 */
export function renderShortSources(ids: readonly string[], locale: string): TemplateResult | typeof nothing {
  const refs = sourceRefs(ids);
  if (!refs.length) return nothing;
  // Source titles are the publishers' own (English): marked so a screen reader switches voice.
  const en = englishLang(locale);
  return html`${sourcesWord(locale, refs.length)}
  ${refs.map((ref, i) => {
    const text = shortSource(ref.label);
    const href = safeHref(ref.url);
    return html`${i > 0 ? '; ' : ''}${
      href
        ? html`<a href=${href} rel="noopener noreferrer" target="_blank" title=${ref.label} lang=${en ?? nothing}>${text}</a>`
        : html`<span title=${ref.label} lang=${en ?? nothing}>${text}</span>`
    }`;
  })}`;
}

export function renderSourceLinks(ids: readonly string[], locale: string): TemplateResult | typeof nothing {
  const refs = sourceRefs(ids);
  if (!refs.length) return nothing;
  const en = englishLang(locale);
  return html`${sourcesWord(locale, refs.length)}
  ${refs.map((s, i) => {
    const href = safeHref(s.url);
    return html`${i > 0 ? '; ' : ''}${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank" lang=${en ?? nothing}>${s.label}</a>` : html`<span lang=${en ?? nothing}>${s.label}</span>`}`;
  })}`;
}

const closeLabel = (name: string) => msg(str`Close details of ${name}`, { id: 'rel.details.close' });
const tiesOfLabel = (name: string) => msg(str`Ties of ${name}`, { id: 'rel.details.ties' });

export function renderDetails(m: DetailsModel, h: DetailsHandlers): TemplateResult {
  const { actor } = m;
  const en = englishLang(m.locale);
  const meta = [actor.role, actor.period].filter(Boolean).join(' · ');
  return html`<section
    class=${m.float ? `details floating ${m.float}` : 'details'}
    part="details"
    aria-labelledby="details-name"
    ${cssom({ maxHeight: m.float ? `${m.maxHeight}px` : null })}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        h.close();
      }
    }}
  >
    <header>
      <div class="name" id="details-name" role="heading" aria-level=${Math.min(6, m.headingLevel + 1)} tabindex="-1">
        ${actor.name}
      </div>
      <button class="close" type="button" aria-label=${closeLabel(actor.name)} @click=${h.close}>✕</button>
    </header>
    <p class="meta">${kindLabel(actor.kind)}${meta ? html` · <span lang=${en ?? nothing}>${meta}</span>` : nothing}${actor.sources.length ? html`<br />${renderShortSources(actor.sources, m.locale)}` : nothing}</p>
    <ul aria-label=${tiesOfLabel(actor.name)}>
      ${m.ties.map(
        ({ tie, other, later }) => html`<li class=${later ? 'later-tie' : ''}>
          <button class="tie-button" type="button" @click=${() => h.selectTie(tie)} lang=${en ?? nothing}>${tie.label}</button>
          <span class="tie-meta">${tieRelation(tie, actor, other)} · ${tieDate(m.locale, tie)}</span>
          <span class="tie-src">${renderShortSources(tie.sources, m.locale)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}
