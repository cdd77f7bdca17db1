// Shared by the Node layout tests: the bundled vote read from disk and counted independently.
import { readFileSync } from 'node:fs';
import type { VoteRecord } from '../../../src/data/types.js';

export const VOTE = JSON.parse(readFileSync('data/vote.json', 'utf8')) as VoteRecord;

/** Votes per option id, counted straight from the roll call (not through the model). */
export function countRollCall(record: VoteRecord): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of record.rollCall ?? []) out[e.vote] = (out[e.vote] ?? 0) + 1;
  return out;
}

/** The bundled vote with the `highlight` group the README describes (Belarus, Russia, China). */
export const VOTE_WITH_HIGHLIGHT: VoteRecord = {
  ...VOTE,
  groups: [
    { id: 'highlight', label: 'Named in reporting', members: ['BLR', 'RUS', 'CHN'], sources: [] },
    ...(VOTE.groups ?? []).filter((g) => g.id !== 'highlight'),
  ],
};
