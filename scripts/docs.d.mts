// Types for docs.mjs, so TypeScript tests can import it.
export const referenceDir: string;
/** The reference pages, `{ 'vote-chart.md': text, … }`, from a parsed custom-elements.json. */
export function referencePages(manifest: unknown): Record<string, string>;
/** Files of `dir` missing or different from `pages`, and files there that document no element. */
export function drift(pages: Record<string, string>, dir?: string): { differ: string[]; stale: string[] };
