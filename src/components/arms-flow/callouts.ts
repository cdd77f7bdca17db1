/**
 * The figures news reports cite, beside what the register gives for the same period.
 * Computed over the register's own recipient rows, never the reader's filters: each
 * figure is about a fixed period. Pure.
 */
import { fsum } from 'd3-array';
import type { ArmsDelivery, ReportedFigure } from '../../data/types.js';

export interface Computed {
  measure: 'share' | 'sum';
  supplier: string;
  from: number;
  to: number;
  /** A share in 0..1, or a sum of SIPRI TIV (millions). */
  value: number;
  /** TIV of the supplier and of every supplier in the period (for the share's working). */
  supplierTiv: number;
  totalTiv: number;
}

export interface Callout {
  figure: ReportedFigure;
  computed: Computed | null;
  /** Why the two differ (or why they cannot be compared), in plain words. */
  explanation: string | null;
}

export function compute(figure: ReportedFigure, rows: readonly ArmsDelivery[]): Computed | null {
  const c = figure.computed;
  if (!c) return null;
  const inPeriod = rows.filter((d) => d.deliveryYear >= c.from && d.deliveryYear <= c.to);
  const supplierTiv = fsum(inPeriod, (d) => (d.supplier === c.supplier ? d.tiv : 0));
  const totalTiv = fsum(inPeriod, (d) => d.tiv);
  if (c.measure === 'share') {
    if (!(totalTiv > 0)) return null;
    return { ...c, value: supplierTiv / totalTiv, supplierTiv, totalTiv };
  }
  return { ...c, value: supplierTiv, supplierTiv, totalTiv };
}

/** A default explanation when the data gives none in `note`. */
function explain(figure: ReportedFigure, computed: Computed | null, release: string): string | null {
  if (figure.note) return figure.note;
  if (!computed) return null;
  if (figure.unit === 'usd') {
    return (
      'The reported figure is in dollars; SIPRI’s register counts trend-indicator values (TIV), ' +
      'a measure of military capability transferred, not a price, so the two are not the same measure.'
    );
  }
  if (computed.measure === 'share' && figure.unit === 'percent') {
    const diff = Math.abs(computed.value * 100 - figure.value);
    if (diff < 1) return 'The same within rounding.';
    return (
      `SIPRI revises its data between releases: the reported share was computed from an earlier release, ` +
      `ours from the release of ${release}.`
    );
  }
  return null;
}

export function callouts(figures: readonly ReportedFigure[], rows: readonly ArmsDelivery[], release: string): Callout[] {
  return figures.map((figure) => {
    const computed = compute(figure, rows);
    return { figure, computed, explanation: explain(figure, computed, release) };
  });
}
