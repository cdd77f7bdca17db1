/**
 * Tooltips: where one goes (pure: placement, clamping, flipping) and its frame. The look
 * (colours, shadow, theme) is the stylesheet's `.tooltip`; the text is the component's.
 * Tooltips are `aria-hidden`: what they say reaches screen readers another way (a live
 * region, the details panel, the table).
 */
import { html, type TemplateResult } from 'lit';
import { cssom } from './cssom.js';

export interface TooltipAnchor {
  /** Centre of the tooltip, px from the chart's left. */
  x: number;
  /** Top of the tooltip when it goes below the mark. */
  below: number;
  /** Bottom of the tooltip when it flips above the mark. */
  above: number;
}

export interface TooltipPlacement {
  left: number;
  /** Set when below the mark; else `bottom` is (px from the chart's bottom). */
  top: number | null;
  bottom: number | null;
  maxWidth: number;
}

export interface TooltipOptions {
  /** Widest a tooltip gets, px (and never wider than the chart). */
  maxWidth?: number;
  /** Room a tooltip needs below its mark; with less, it flips above. */
  height?: number;
}

/** Places a tooltip inside a chart of `width` × `height`: centred on the mark, shifted in at the sides, flipped above near the bottom. */
export function placeTooltip(
  at: TooltipAnchor,
  width: number,
  height: number,
  { maxWidth = 260, height: room = 70 }: TooltipOptions = {},
): TooltipPlacement {
  const w = Math.min(width, maxWidth);
  const left = Math.max(0, Math.min(width - w, at.x - w / 2));
  const below = at.below < height - room;
  return { left, top: below ? at.below : null, bottom: below ? null : height - at.above, maxWidth: w };
}

/** The tooltip's frame at a placement (positions through CSSOM, which a strict CSP allows). */
export function tooltipTemplate(body: TemplateResult, p: TooltipPlacement): TemplateResult {
  return html`<div
    class="tooltip"
    part="tooltip"
    aria-hidden="true"
    ${cssom({
      left: `${p.left}px`,
      top: p.top === null ? null : `${p.top}px`,
      bottom: p.bottom === null ? null : `${p.bottom}px`,
      maxWidth: `${p.maxWidth}px`,
    })}
  >
    ${body}
  </div>`;
}
