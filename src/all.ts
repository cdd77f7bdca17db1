/** Registers every component: the entry of `myanmar-ties/all` (the CMS bundle's entry is cms.ts, which loads each on demand). */
import './components/vote-chart/vote-chart.js';
import './components/arms-flow/arms-flow.js';
import './components/relation-map/relation-map.js';

export * from './index.js';
