/** Hatching for post-coup deliveries, one pattern per palette slot (colours come from classes). */
import { svg, type TemplateResult } from 'lit';

export const PALETTE_SLOTS = 8;

export function renderHatches(prefix: string, slots: number): TemplateResult[] {
  return Array.from(
    { length: slots },
    (_, i) => svg`<pattern id="${prefix}-${i}" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="hatch-bg c${i}" width="6" height="6"></rect>
      <path class="hatch s${i}" d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"></path>
    </pattern>`,
  );
}
