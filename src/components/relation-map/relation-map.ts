/** Registers `<relation-map>`. Import the class from `myanmar-ties` to register it under another tag. */
import { defineElement } from '../../internal/define.js';
import { RelationMap, type ActorSelectEvent, type TieSelectEvent } from './relation-map.element.js';

export { RelationMap };
export type { ActorSelectDetail, TieSelectDetail, ActorSelectEvent, TieSelectEvent } from './relation-map.element.js';

defineElement('relation-map', RelationMap);

declare global {
  interface HTMLElementTagNameMap {
    'relation-map': RelationMap;
  }
  interface HTMLElementEventMap {
    'actor-select': ActorSelectEvent;
    'tie-select': TieSelectEvent;
  }
}
