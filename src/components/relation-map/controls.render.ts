/**
 * The bar above the network: the time slider (ties up to a year) and the zoom buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../internal/locale.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';
import { formatYear } from './text.js';

/** The button from the story to the whole web: `Show all 57 actors`. */
export function showAll(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    one: () => msg(str`Show all ${n} actor`, { id: 'rel.whole.showAll.one' }),
    few: () => msg(str`Show all ${n} actors`, { id: 'rel.whole.showAll.few' }),
    many: () => msg(str`Show all ${n} actors`, { id: 'rel.whole.showAll.many' }),
    other: () => msg(str`Show all ${n} actors`, { id: 'rel.whole.showAll.other' }),
  });
}

/** The slider's value in words: `2018: 12 of 40 ties`. */
function sliderText(locale: string, year: number, shown: number, total: number): string {
  const y = formatYear(locale, year);
  const k = formatNumber(locale, shown);
  const n = formatNumber(locale, total);
  return plural(locale, total, {
    one: () => msg(str`${y}: ${k} of ${n} tie`, { id: 'rel.controls.slider.one' }),
    few: () => msg(str`${y}: ${k} of ${n} ties`, { id: 'rel.controls.slider.few' }),
    many: () => msg(str`${y}: ${k} of ${n} ties`, { id: 'rel.controls.slider.many' }),
    other: () => msg(str`${y}: ${k} of ${n} ties`, { id: 'rel.controls.slider.other' }),
  });
}

export interface ControlsState {
  /** First and last year of the ties shown, or null when undated. */
  years: [number, number] | null;
  /** The slider's year. */
  year: number | undefined;
  /** Ties up to the slider's year, of `total`. */
  shown: number;
  total: number;
  locale: string;
  /** The button between the story and the whole web: its words, or null when there is no story to go back to. */
  whole: string | null;
}

export interface ControlsActions {
  /** The slider moved: a year, or null at its end (every tie). */
  year(year: number | null): void;
  zoomBy(k: number): void;
  reset(): void;
  /** Between the story view and the whole web. */
  toggleWhole(): void;
}

export function renderControls({ years, year, shown, total, locale, whole }: ControlsState, on: ControlsActions): TemplateResult {
  return html`<div class="controls" part="controls">
    ${whole ? html`<button type="button" class="whole" @click=${() => on.toggleWhole()}>${whole}</button>` : nothing}
    ${
      years && years[0] < years[1]
        ? html`<label class="year">
          <span>${msg('Ties up to', { id: 'rel.controls.tiesUpTo' })}</span>
          <input
            type="range"
            min=${years[0]}
            max=${years[1]}
            step="1"
            .value=${String(year)}
            aria-valuetext=${sliderText(locale, year!, shown, total)}
            @input=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              on.year(v >= years[1] ? null : v);
            }}
          />
          <output>${formatYear(locale, year!)}</output>
        </label>`
        : nothing
    }
    <div class="zoom-buttons" role="group" aria-label=${msg('Zoom', { id: 'rel.zoom' })}>
      <button type="button" aria-label=${msg('Zoom in', { id: 'rel.zoom.in' })} @click=${() => on.zoomBy(1.6)}>+</button>
      <button type="button" aria-label=${msg('Zoom out', { id: 'rel.zoom.out' })} @click=${() => on.zoomBy(1 / 1.6)}>−</button>
      <button type="button" @click=${() => on.reset()}>${msg('Reset view', { id: 'rel.zoom.reset' })}</button>
    </div>
  </div>`;
}
