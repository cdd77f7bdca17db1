/**
 * An explicit `theme="light"` or `"dark"` paints the widget's own background; where that
 * differs from the page around it, the widget becomes a box and needs padding at its sides.
 */
import { isServer } from 'lit';
import { keyword } from './options.js';
import { normalize, type Normalized } from './option-hook.js';
import type { Theme } from './element-types.js';

const THEMES = ['auto', 'light', 'dark', 'system'] as const;

/** The `theme` attribute, normalised (a word outside the list is reported and reads `auto`). */
export const themeOption = (theme: string | undefined): Normalized<Theme> =>
  normalize((issues) => keyword(theme, 'theme', THEMES, 'auto', issues));

/** The side padding, in px (both sides), an explicit theme's box needs here: 0 when it is not set apart from the page. */
export function boxPadding(host: HTMLElement, theme: string): number {
  if (!paintsOwnBox(host, theme)) return 0;
  const px = parseFloat(getComputedStyle(host).getPropertyValue('--mt-padding-inline'));
  return 2 * (Number.isFinite(px) && px >= 0 ? px : 12);
}

/** Whether an explicit theme paints a background other than the one around the widget. */
function paintsOwnBox(host: HTMLElement, theme: string): boolean {
  if (isServer || (theme !== 'light' && theme !== 'dark')) return false;
  const own = getComputedStyle(host).backgroundColor;
  let around = '';
  for (let n: Element | null = host.parentElement ?? (host.getRootNode() as ShadowRoot).host ?? null; n && !around;) {
    const bg = getComputedStyle(n).backgroundColor;
    if (bg && !/^(transparent|rgba\(.*,\s*0\))$/.test(bg)) around = bg;
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);
  }
  // Nothing painted up to the root: the canvas, white in a light page.
  return own !== (around || 'rgb(255, 255, 255)');
}
