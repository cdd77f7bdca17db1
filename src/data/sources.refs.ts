/**
 * Footer references for source ids, every bundled source labelled, without sources.json:
 * what a widget prints under its chart, without the provenance (dating notes, terms, seed
 * files) that sources.json keeps for readers of the data and for `getSource()`.
 */
import type { SourceRef } from '../internal/figure.js';
import { refsFrom } from './sources.footer.js';
import { OTHER_SOURCE_LABELS } from './sources.labels.js';
import { VOTE_SOURCE_LABELS } from './sources.labels.vote.js';

/**
 * Footer references for a list of source ids, in order, without repeats. An id that is not
 * a bundled source is shown as written, so an editor's own data can name its sources in words.
 */
export const sourceRefs: (ids: readonly string[]) => SourceRef[] = /* @__PURE__ */ refsFrom([
  ...VOTE_SOURCE_LABELS,
  ...OTHER_SOURCE_LABELS,
]);
