/**
 * The bar above the network: the time slider (ties up to a year) and the zoom buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../internal/locale.js';
import { formatYear } from './text.js';

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
    ${years && years[0] < years[1]
      ? html`<label class="year">
          <span>Ties up to</span>
          <input
            type="range"
            min=${years[0]}
            max=${years[1]}
            step="1"
            .value=${String(year)}
            aria-valuetext=${`${formatYear(locale, year!)}: ${formatNumber(locale, shown)} of ${formatNumber(locale, total)} ties`}
            @input=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              on.year(v >= years[1] ? null : v);
            }}
          />
          <output>${formatYear(locale, year!)}</output>
        </label>`
      : nothing}
    <div class="zoom-buttons" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" @click=${() => on.zoomBy(1.6)}>+</button>
      <button type="button" aria-label="Zoom out" @click=${() => on.zoomBy(1 / 1.6)}>−</button>
      <button type="button" @click=${() => on.reset()}>Reset view</button>
    </div>
  </div>`;
}
