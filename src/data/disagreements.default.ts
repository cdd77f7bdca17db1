/** Where the sources differ: every claim, the value the widgets show, and why. Its own module. */
import data from '../../data/disagreements.json';
import { deepFreeze } from './check.js';
import type { Disagreement } from './types.js';

const DISAGREEMENTS = deepFreeze(data as Disagreement[]);

/** The bundled disagreements (frozen; the same array on every call). */
export function defaultDisagreements(): Disagreement[] {
  return DISAGREEMENTS;
}
