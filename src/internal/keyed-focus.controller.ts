/**
 * Keyboard focus over keyed marks (actors, countries, seats): one focusable element holds
 * a cursor on a mark, named by its key so it survives new data and re-renders. The host
 * wires the element's `focus`, `blur` and `keydown` to this controller and reads back:
 *
 * - `cursor`: the key of the mark the keyboard is on (null before the first visit);
 * - `active`: whether the keyboard is in the widget (draw the focus ring only then);
 * - `announcement`: the sentence for a live region when the cursor lands on a mark;
 * - `activeDescendant(id)`: for hosts whose marks are elements, the value of
 *   `aria-activedescendant` (the marks' ids come from `id`).
 *
 * The key map turns keys into actions on the current mark; an action that returns
 * `false` leaves the key to the browser, any other answer prevents its default.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type KeyAction<K> = (cursor: K, event: KeyboardEvent) => boolean | void;

export interface KeyedFocusOptions<K> {
  /** Where the cursor starts when the keyboard arrives (or its mark has gone); null when there are no marks. */
  start(): K | null;
  /** Whether a key is still among the marks drawn. */
  has(key: K): boolean;
  /** What a screen reader hears when the cursor lands on a mark. */
  describe(key: K): string;
  /** Keys (as `KeyboardEvent.key`) to actions on the current mark. */
  keys: Readonly<Record<string, KeyAction<K>>>;
  /** Called when the cursor, `active` or the announcement changed: redraw what shows them. */
  changed(): void;
}

export class KeyedFocusController<K> implements ReactiveController {
  cursor: K | null = null;
  active = false;
  announcement = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly _o: KeyedFocusOptions<K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The mark the keyboard is on: the cursor if still drawn, else where it starts. */
  current(): K | null {
    return this.cursor !== null && this._o.has(this.cursor) ? this.cursor : this._o.start();
  }

  /** Puts the cursor on a mark and announces it. */
  moveTo(key: K): void {
    this.cursor = key;
    this.announcement = this._o.describe(key);
    this._o.changed();
  }

  /** Places the cursor without announcing (a mark chosen by pointer, to return to from the keyboard). */
  place(key: K | null): void {
    this.cursor = key;
  }

  onFocus = (): void => {
    const at = this.current();
    if (at === null) return;
    this.active = true;
    this.moveTo(at);
  };

  onBlur = (): void => {
    this.active = false;
    this._o.changed();
  };

  onKeydown = (e: KeyboardEvent): void => {
    const action = this._o.keys[e.key];
    if (!action) return;
    const at = this.current();
    if (at === null) return;
    if (action(at, e) !== false) e.preventDefault();
  };

  /** `aria-activedescendant` for the cursor's mark while the keyboard is in the widget. */
  activeDescendant(id: (key: K) => string): string | undefined {
    return this.active && this.cursor !== null && this._o.has(this.cursor) ? id(this.cursor) : undefined;
  }
}
