/** The shared text metrics (one module for every widget), under the name the vote chart's layouts import. */
export { lineStep, textWidth, wrap } from '../../internal/text-metrics.js';
