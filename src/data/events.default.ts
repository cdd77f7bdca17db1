/** The bundled timeline, 1948 to the latest article. Its own module. */
import data from '../../data/events.json';
import { deepFreeze } from './check.js';
import type { TimelineEvent } from './types.js';

const EVENTS = deepFreeze(data as TimelineEvent[]);

/** The bundled events, in date order (frozen; the same array on every call). */
export function defaultEvents(): TimelineEvent[] {
  return EVENTS;
}
