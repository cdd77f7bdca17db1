/**
 * How a widget turns source ids into its footer references, from the compact label tables
 * (sources.labels*.ts) rather than sources.json with its provenance notes. `<vote-chart>`
 * carries the labels of the vote's own sources only; sources.refs.ts labels every source.
 */
import type { SourceRef } from '../internal/figure.js';
import type { SourceLabel } from './sources.labels.js';
import { VOTE_SOURCE_LABELS } from './sources.labels.vote.js';

/**
 * `sourceRefs()` over the given labels: footer references for a list of source ids, in order,
 * without repeats. An id without a label is shown as written, so an editor's own data can
 * name its sources in words.
 */
export function refsFrom(labels: readonly SourceLabel[]): (ids: readonly string[]) => SourceRef[] {
  let byId: Map<string, readonly [string, string?]> | undefined;
  return (ids) => {
    // A Map, not an object: an id such as "constructor" is an editor's words, not a source.
    byId ??= new Map(labels.map(([id, ...ref]) => [id, ref]));
    const out: SourceRef[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const [label = id, url] = byId.get(id) ?? [];
      out.push(url ? { label, url } : { label });
    }
    return out;
  };
}

/** Footer references as `<vote-chart>` prints them: labels for the sources the bundled vote cites. */
export const voteSourceRefs = /* @__PURE__ */ refsFrom(VOTE_SOURCE_LABELS);
