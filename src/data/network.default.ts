/**
 * The bundled network: actors and their dated, sourced ties, centred on Myanmar's military.
 * Its own module, so only the widgets that show the network carry it.
 */
import data from '../../data/network.json';
import { deepFreeze } from './check.js';
import type { Network } from './types.js';

const NETWORK = deepFreeze(data as Network);

/** The bundled network (frozen; the same object on every call). */
export function defaultNetwork(): Network {
  return NETWORK;
}
