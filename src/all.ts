/** Registers every component: the entry of the CMS bundle (dist/myanmar-ties.js) and of `myanmar-ties/all`. */
export * from './index.js';
