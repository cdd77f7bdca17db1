/** What the renderers need to know about interaction state; no maths, only flags. */
export interface MarkState {
  /** Key of the mark with keyboard focus or hover. */
  active: string | null;
  /** Draw the focus ring (keyboard focus is inside the chart). */
  showFocus: boolean;
  /** Key of the last selected mark. */
  selected: string | null;
  /** Highlighted countries (iso3). */
  highlight: ReadonlySet<string>;
  /** Members of the emphasised group, or null when no group is emphasised. */
  group: ReadonlySet<string> | null;
  locale: string;
}

/** Classes for a country's mark: highlighted, dimmed outside the emphasised group. */
export function emphasisClass(state: MarkState, iso3: string): string {
  return `${state.highlight.has(iso3) ? ' hl' : ''}${state.group && !state.group.has(iso3) ? ' dim' : ''}`;
}
