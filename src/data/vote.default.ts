/**
 * The bundled vote: UN General Assembly resolution A/RES/75/287, 18 June 2021.
 * Its own module, so a widget that shows the vote carries none of the arms or network data.
 */
import data from '../../data/vote.json';
import { deepFreeze } from './freeze.js';
import type { VoteRecord } from './types.js';

const VOTE = deepFreeze(data as VoteRecord);

/** The bundled A/RES/75/287 record (frozen; the same object on every call). */
export function defaultVote(): VoteRecord {
  return VOTE;
}
