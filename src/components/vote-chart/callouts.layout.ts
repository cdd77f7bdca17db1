/**
 * Annotation lines under a chart: per option, a colour swatch and who is named
 * ("Abstained: Russia, China … and 30 others"), wrapped to the width. Pure.
 */
import { namedLine } from './format.js';
import { wrap } from '../../internal/text-metrics.js';
import type { Country, OptionInfo } from './vote-model.js';

export const CALLOUT_FONT = 13;
export const CALLOUT_LINE = 17;

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface Callout {
  option: OptionInfo;
  lines: TextLine[];
  /** Leader from the segment down to the text (segments too narrow for their numbers). */
  leader: { x: number; y1: number; y2: number } | null;
  /** Colour swatch before the text. */
  swatch: { x: number; y: number; size: number } | null;
}

/** One swatch-led annotation per option that names someone, stacked from `top`. */
export function namedCallouts(
  options: readonly OptionInfo[],
  named: ReadonlyMap<string, Country[]>,
  locale: string,
  width: number,
  top: number,
): { callouts: Callout[]; bottom: number } {
  const callouts: Callout[] = [];
  let y = top;
  for (const option of options) {
    const names = named.get(option.id) ?? [];
    if (!names.length) continue;
    const lines = wrap(namedLine(locale, option, names), width - 18, CALLOUT_FONT);
    const firstY = y + 13;
    callouts.push({
      option,
      leader: null,
      swatch: { x: 0, y: firstY - 10, size: 11 },
      lines: lines.map((t, j) => ({ text: t, x: 18, y: firstY + j * CALLOUT_LINE, anchor: 'start' })),
    });
    y = firstY + (lines.length - 1) * CALLOUT_LINE + 8;
  }
  return { callouts, bottom: y };
}
