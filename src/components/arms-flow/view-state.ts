/** What every view's template needs besides its geometry: the interactive state to draw. */
export interface ViewState<G> {
  geometry: G;
  /** Index in the focus items of a supplier or category node / flow, by item key. */
  index: ReadonlyMap<string, number>;
  /** Keys to keep bright (the active item and what belongs to it), or null when none is active. */
  bright: ReadonlySet<string> | null;
  /** Accessible name of an item. */
  label: (key: string) => string;
  /** Id of the tooltip describing the active item, when shown. */
  describedBy: string | null;
  activeKey: string | null;
  title: string;
}
