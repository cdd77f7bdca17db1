// Types for css-literals.mjs, so TypeScript tests can import it.
import type { Plugin } from 'rollup';

export function minifyCssText(text: string, edges?: { start?: boolean; end?: boolean }): string;
export function cssLiterals(options?: { include?: RegExp }): Plugin;
