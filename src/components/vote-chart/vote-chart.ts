/**
 * Registers `<vote-chart>`. Import this module (`myanmar-ties/vote-chart`) to use the tag;
 * import `VoteChart` from `myanmar-ties` to register it under a name of your own.
 */
import { defineElement } from '../../internal/define.js';
import { VoteChart, type VoteSelectEvent } from './vote-chart.element.js';

export { VoteChart };
export type { VoteSelectDetail, VoteSelectEvent } from './vote-chart.element.js';

defineElement('vote-chart', VoteChart);

declare global {
  interface HTMLElementTagNameMap {
    'vote-chart': VoteChart;
  }
  interface HTMLElementEventMap {
    'vote-select': VoteSelectEvent;
  }
}
