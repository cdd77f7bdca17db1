/** What `<relation-map>`'s events carry. */
import type { Actor, Tie } from '../../data/types.js';

/** Detail of `actor-select`: the actor chosen (click, Enter) and its ties as shown. */
export interface ActorSelectDetail {
  actor: Actor;
  ties: Tie[];
}

/** Detail of `tie-select`: the tie chosen and the actors at its ends. */
export interface TieSelectDetail {
  tie: Tie;
  source: Actor;
  target: Actor;
}

export type ActorSelectEvent = CustomEvent<ActorSelectDetail>;
export type TieSelectEvent = CustomEvent<TieSelectDetail>;
