/** Registers <arms-flow>. Import `myanmar-ties/arms-flow` for this tag alone. */
import { defineElement } from '../../internal/define.js';
import { ArmsFlow, type FlowSelectEvent } from './arms-flow.element.js';

export { ArmsFlow };
export type { FlowSelectDetail, FlowSelectEvent } from './arms-flow.element.js';

defineElement('arms-flow', ArmsFlow);

declare global {
  interface HTMLElementTagNameMap {
    'arms-flow': ArmsFlow;
  }
  interface HTMLElementEventMap {
    'flow-select': FlowSelectEvent;
  }
}
