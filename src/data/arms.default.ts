/**
 * The bundled arms data: SIPRI's register for Myanmar (2025 release) and the figures the
 * articles report. Its own module, so only the widgets that show arms carry these rows.
 */
import data from '../../data/arms.json';
import { deepFreeze } from './check.js';
import type { ArmsData } from './types.js';

const ARMS = deepFreeze(data as ArmsData);

/** The bundled arms data (frozen; the same object on every call). */
export function defaultArms(): ArmsData {
  return ARMS;
}
