/** The panel of reported figures beside our calculation from the register. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportedFigure } from '../../data/types.js';
import { formatNumber, formatDate } from '../../internal/locale.js';
import { safeHref } from '../../internal/url.js';
import type { SourceRef } from '../../internal/figure.js';
import type { Callout } from './callouts.js';
import { share, tiv, yearSpan } from './text.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';

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
  const a = formatDate(locale, f.period.from);
  // A source that does not say when its count ends gets no end from us.
  if (f.period.to === undefined) return msg(str`since ${a}, end not stated`, { id: 'arms.callout.since' });
  const b = formatDate(locale, f.period.to);
  return a === b ? a : `${a}–${b}`;
}

/** Our figure for the same period, as short as the reported one: "16% (183 of 1,126 TIV)", "839 TIV". */
export function computedWords(c: Callout, locale: string, _release?: string): string | null {
  const k = c.computed;
  if (!k) return null;
  if (k.measure !== 'share') return `${tiv(locale, k.value)} TIV`;
  const part = share(locale, k.value);
  const ours = tiv(locale, k.supplierTiv);
  const all = tiv(locale, k.totalTiv);
  return msg(str`${part} (${ours} of ${all} TIV)`, { id: 'arms.callout.shareOf' });
}

/** The source an article credits for its figure, in the data's note's words ("SIPRI data"), or null. */
function attributedTo(f: ReportedFigure): string | null {
  const named = /attributes (?:the figure |it )?to (SIPRI[\w ]*?)(?: as published[^.]*)?[.,;:]/.exec(f.note ?? '');
  return named ? named[1]!.trim() : null;
}

/** `text` with the data's English `phrase` in it marked as English, so screen readers switch voice. */
function inEnglish(text: string, phrase: string | null): TemplateResult | string {
  const at = phrase ? text.indexOf(phrase) : -1;
  if (at < 0) return text;
  return html`${text.slice(0, at)}<span lang="en">${phrase}</span>${text.slice(at + phrase!.length)}`;
}

/**
 * What is known about the pair, nothing more: the source the article names (when the data's
 * note records one), what our number is, and that SIPRI's unit is not money. No guess at why
 * the two differ.
 */
export function knownWords(c: Callout, locale: string, release: string): string[] {
  const f = c.figure;
  const k = c.computed;
  const out: string[] = [];
  const who = attributedTo(f);
  if (who) {
    out.push(msg(str`The article attributes it to ${who}.`, { id: 'arms.callout.attributed' }));
  }
  if (!k) return out;
  const span = yearSpan(k.from, k.to, locale);
  const supplier = k.supplier;
  const date = formatDate(locale, release);
  out.push(
    k.measure === 'share'
      ? msg(str`Ours: ${supplier}’s TIV delivered ${span} over all TIV delivered in those years, from SIPRI’s release of ${date}.`, {
          id: 'arms.callout.ours.share',
        })
      : msg(str`Ours: ${supplier}’s TIV delivered ${span}, from SIPRI’s release of ${date}.`, { id: 'arms.callout.ours' }),
  );
  if (f.unit === 'usd')
    out.push(msg('SIPRI’s TIV is not money: the reported dollars and our TIV are different measures.', { id: 'arms.callout.notMoney' }));
  else if (k.measure === 'share' && f.unit === 'percent' && Math.round(k.value * 100) !== Math.round(f.value)) {
    out.push(msg('SIPRI revises past years in each release.', { id: 'arms.callout.revises' }));
  }
  return out;
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

function sourceLinks(sources: SourceRef[]): TemplateResult[] {
  return sources.map((src, i) => {
    const href = safeHref(src.url);
    return html`${i > 0 ? msg('; ', { id: 'arms.list.semicolon' }) : ''}${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank" lang="en">${src.label}</a>` : html`<span lang="en">${src.label}</span>`}`;
  });
}

/**
 * One figure in two lines: what it is, then the reported value beside ours. Where it was
 * reported and how ours is made wait in a disclosure.
 */
function card(c: Callout, locale: string, release: string, refs: (ids: readonly string[]) => SourceRef[]): TemplateResult {
  const f = c.figure;
  const ours = computedWords(c, locale);
  const sources = refs(f.sources);
  // Our sentences are in the catalogue; the data's own explanation exists in English only.
  const known = ours ? knownWords(c, locale, release) : [];
  const explained = !ours && c.explanation ? readerNote(c.explanation) : null;
  // The credit line carries the date when the source has one; "reported" adds it otherwise.
  const reported = f.reported ? formatDate(locale, f.reported) : null;
  const when =
    reported && !sources.some((src) => src.label.endsWith(reported))
      ? msg(str`, reported ${reported}`, { id: 'arms.callout.reported' })
      : '';
  // The figure's label, the article's words, source titles and the notes exist in English
  // only: marked so screen readers switch voice (as the figure's source line marks its titles).
  const en = 'en';
  return html`<li class="callout">
    <p class="callout-what"><span lang=${en}>${f.label}</span>${`, ${periodWords(f, locale)}`}</p>
    <p class="callout-values">
      <span class="reported"><span class="k">${msg('In the news', { id: 'arms.callout.news' })}</span><span lang=${en}>${` ${reportedValue(f, locale)}`}</span></span>
      ${ours ? html`<span class="ours"><span class="k">${msg('SIPRI register, our sum', { id: 'arms.callout.ourSum' })}</span>${` ${ours}`}</span>` : nothing}
    </p>
    <details class="callout-more">
      <summary>${ours ? msg('Source and method', { id: 'arms.callout.sourceMethod' }) : msg('Source', { id: 'arms.callout.source' })}</summary>
      <p>${sources.length === 1 ? msg('Source:', { id: 'figure.source' }) : msg('Sources:', { id: 'figure.sources' })} ${sourceLinks(sources)}${when}.</p>
      ${known.map((k) => html`<p>${inEnglish(k, attributedTo(f))}</p>`)}
      ${explained ? html`<p lang=${en}>${explained}</p>` : nothing}
    </details>
  </li>`;
}

/** "3 more figures from the news: Russia, Belarus". */
function moreFigures(n: number, subjects: readonly string[], locale: string): string {
  const count = formatNumber(locale, n);
  const list = subjects.join(msg(', ', { id: 'arms.list.separator' }));
  return plural(locale, n, {
    one: () => msg(str`${count} more figure from the news: ${list}`, { id: 'arms.callouts.more.one' }),
    few: () => msg(str`${count} more figures from the news: ${list}`, { id: 'arms.callouts.more.few' }),
    many: () => msg(str`${count} more figures from the news: ${list}`, { id: 'arms.callouts.more.many' }),
    other: () => msg(str`${count} more figures from the news: ${list}`, { id: 'arms.callouts.more.other' }),
  });
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
    <h3 class="callouts-h" id="af-callouts-h">${msg('Figures in the news, beside SIPRI’s register', { id: 'arms.callouts.heading' })}</h3>
    <ul>
      ${first.map((c) => card(c, locale, release, refs))}
    </ul>
    ${
      rest.length
        ? html`<details class="more-callouts" ?open=${open}>
          <summary>${moreFigures(rest.length, subjects, locale)}</summary>
          <ul>
            ${rest.map((c) => card(c, locale, release, refs))}
          </ul>
        </details>`
        : nothing
    }
  </section>`;
}
