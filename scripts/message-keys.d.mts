// Types for message-keys.mjs, so TypeScript tests can import it.
import type { Plugin } from 'rollup';

export function shortKey(i: number): string;
export function messageIds(xliff?: string): string[];
export function messageKeys(options?: { ids?: string[] }): Plugin;
