/** The public types of the base element (src/internal/base-element.ts re-exports them). */
import type { DataIssue } from '../data/issue.js';
import type { DataOrigin } from './data-controller.js';
import type { SourceRef } from './figure.js';

/**
 * `auto` (default): the page's colour scheme (an ancestor's `color-scheme`), light unless the
 * page says dark; `light` and `dark` paint the widget's own background; `system` follows the
 * reader's operating system.
 */
export type Theme = 'auto' | 'light' | 'dark' | 'system';
/** A `tools` value: `image` (SVG and PNG), one format, both, or `none`. */
export type Tools = 'image' | 'svg' | 'png' | 'svg png' | 'png svg' | 'none';

/** Detail of the `error` event every widget fires when its input is wrong. */
export interface TiesErrorDetail {
  issues: DataIssue[];
  origin: DataOrigin;
  /** True when part of the data was valid and is drawn. */
  rendered: boolean;
}
export type TiesErrorEvent = CustomEvent<TiesErrorDetail>;

/**
 * The events a widget fires, for `addEventListener`: the DOM's own, with `error` as the
 * widget's `CustomEvent<TiesErrorDetail>` (not the DOM's `ErrorEvent`), and each component's
 * (`vote-select`…, added to `HTMLElementEventMap` by the component's entry).
 */
export type TiesElementEventMap = Omit<HTMLElementEventMap, 'error'> & { error: TiesErrorEvent };

/** Text parts of a figure: no layout, cheap enough to render before the chart. */
export interface FigureText {
  title: string;
  description: string;
  sources: SourceRef[];
}

export interface ChartContext {
  width: number;
  height: number;
  locale: string;
}
