/**
 * How much data a widget takes, checked before any heavy work: past these a reader gets a
 * message instead of a frozen page. Each was chosen from measurement (bench/limits.mjs): the
 * largest input that still draws in about a second on a phone-class CPU (Chromium's CPU
 * throttled 4×), rounded down. Stated in the README ("Limits").
 */
export const LIMITS = {
  /** Members in a roll call (one seat each in the hemicycle, one row each in the table). */
  members: 5000,
  /** Seats the hemicycle draws from a tally alone (no roll call). */
  seats: 750,
  /** Delivery rows in an arms register. */
  deliveries: 5000,
  /** Actors in a network. */
  actors: 2000,
  /** Ties in a network. */
  ties: 5000,
  /** Source ids one record may cite. */
  sources: 500,
  /** Entries of any one list in the data (the sizes above are checked first, with their own words). */
  list: 100_000,
  /** Values in the whole input (every text, number, list and object). */
  values: 2_000_000,
} as const;

const fmt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The message for a list past its limit: what it holds, what the widget takes, what to do. */
export function overLimit(count: number, limit: number, what: string): string {
  return `lists ${fmt(count)} ${what}; this widget draws at most ${fmt(limit)}. Nothing of it is drawn: split the data or filter it before giving it to the widget`;
}
