// Types for pack-roll-call.mjs, so TypeScript tests can import it.
import type { Plugin } from 'rollup';

export function voteModule(record: unknown): string;
export function packRollCall(): Plugin;
