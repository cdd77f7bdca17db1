/**
 * Keyboard focus over keyed marks (actors, countries, seats): a cursor on a mark, named by
 * its key so it survives new data and re-renders. Two ways to show it to assistive
 * technology, as the marks allow:
 *
 * - active descendant (default): one focusable element holds the cursor; the host wires its
 *   `focus`, `blur` and `keydown` here, shows `announcement` in a live region and sets
 *   `aria-activedescendant` from `activeDescendant(id)`;
 * - roving focus (`roving` option): each mark is focusable (`tabindex="-1"`) and is read by its
 *   own label; the container takes Tab, a navigation key enters the marks where the reader left
 *   them (or at `start()`), DOM focus follows the cursor. The host wires the container's
 *   `focusin`, `focusout` and `keydown` here.
 *
 * The host reads back `cursor` (the key of the mark the keyboard is on; null before the first
 * visit), `active` (whether the keyboard is on the marks: draw the cursor only then), `ring`
 * (roving: whether the browser would show a focus ring, i.e. not a pointer's focus) and
 * `announcement`.
 *
 * The key map turns keys into actions on the current mark; an action that returns `false`
 * leaves the key to the browser, any other answer prevents its default.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an action reads of a key press (a `KeyboardEvent`, or a record of one taken earlier). */
export interface KeyPress {
  readonly key: string;
  preventDefault(): void;
}

export type KeyAction<K> = (cursor: K, event: KeyPress) => boolean | void;

/** Roving focus: where the marks' elements are. */
export interface RovingFocus<K> {
  /** The element that takes Tab and holds the marks. */
  container(): Element | null;
  /** A mark's element, or null when it is not drawn (yet). */
  element(key: K): (Element & HTMLOrSVGElement) | null;
  /** The key of a mark's element; null for any other element. */
  keyOf(el: Element): K | null;
  /** Settles once the host has rendered (a mark moved to may not be drawn yet). */
  rendered(): Promise<unknown>;
}

export interface KeyedFocusOptions<K> {
  /** Where the cursor starts when the keyboard arrives (or its mark has gone); null when there are no marks. */
  start(): K | null;
  /** Whether a key is still among the marks drawn. */
  has(key: K): boolean;
  /** What a screen reader hears when the cursor lands on a mark (roving focus: omit, the mark's own label is read). */
  describe?(key: K): string;
  /** Keys (as `KeyboardEvent.key`) to actions on the current mark. */
  keys: Readonly<Record<string, KeyAction<K>>>;
  /** Called when the cursor, `active` or the announcement changed: redraw what shows them. */
  changed(): void;
  /** Called as the cursor is moved to a mark by key or by `moveTo` (not when focus or `place` puts it there). */
  moving?(key: K): void;
  /** Each mark focusable, focus moved to it (see above); without it, active descendant. */
  roving?: RovingFocus<K>;
}

export class KeyedFocusController<K> implements ReactiveController {
  cursor: K | null = null;
  active = false;
  /** Roving focus: the mark's focus is one the browser shows a ring for (keyboard, not pointer). */
  ring = false;
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

  /** Puts the cursor on a mark and announces it (roving focus: moves focus to it). */
  moveTo(key: K): void {
    this._o.moving?.(key);
    this.cursor = key;
    if (this._o.describe) this.announcement = this._o.describe(key);
    const roving = this._o.roving;
    if (roving) {
      const el = roving.element(key);
      if (el) el.focus();
      else void roving.rendered().then(() => this.cursor === key && roving.element(key)?.focus());
    }
    this._o.changed();
  }

  /** Places the cursor without announcing (a mark chosen by pointer, to return to from the keyboard). */
  place(key: K | null): void {
    this.cursor = key;
  }

  /** Takes the keyboard off the marks, back to the container (roving focus; Escape). The cursor is kept for the return. */
  leave(): void {
    this.active = false;
    (this._o.roving?.container() as HTMLOrSVGElement | null)?.focus();
    this._o.changed();
  }

  /**
   * A key that moves the cursor (an arrow): from the cursor while the keyboard is on the marks;
   * from the container, it enters at the current mark (where the reader left off, else `start()`).
   * Nowhere to go (an end) keeps the cursor, and the key.
   */
  step(next: (from: K, event: KeyPress) => K | null): KeyAction<K> {
    return (at, e) => {
      const to = this.active || !this._o.roving ? next(at, e) : at;
      if (to !== null) this.moveTo(to);
    };
  }

  /* ---- active descendant ---- */

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

  /** `aria-activedescendant` for the cursor's mark while the keyboard is in the widget. */
  activeDescendant(id: (key: K) => string): string | undefined {
    return this.active && this.cursor !== null && this._o.has(this.cursor) ? id(this.cursor) : undefined;
  }

  /* ---- roving focus ---- */

  /** Focus arrived in the container: on a mark (by keyboard, pointer or script) or on the container itself. */
  onFocusIn = (e: { target: EventTarget | null }): void => {
    const target = e.target instanceof Element ? e.target : null;
    const key = target && this._o.roving ? this._o.roving.keyOf(target) : null;
    const wasActive = this.active;
    const wasRing = this.ring;
    const wasCursor = this.cursor;
    if (key !== null) {
      this.cursor = key;
      this.active = true;
      this.ring = target!.matches(':focus-visible');
    } else this.active = false;
    if (this.active !== wasActive || this.ring !== wasRing || this.cursor !== wasCursor) this._o.changed();
  };

  /** Focus left a mark: the keyboard is off the marks once focus settles outside them. */
  onFocusOut = (e: { relatedTarget: EventTarget | null }): void => {
    const container = this._o.roving?.container();
    if (!container || (e.relatedTarget instanceof Node && container.contains(e.relatedTarget))) return;
    // After the move settles: when the whole window loses focus the mark keeps it, and the
    // reader comes back to where they were.
    setTimeout(() => {
      const root = container.getRootNode() as Document | ShadowRoot;
      const now = root.activeElement;
      if (this.active && (!now || now === container || !container.contains(now))) {
        this.active = false;
        this._o.changed();
      }
    }, 0);
  };

  /* ---- both ---- */

  onKeydown = (e: KeyPress): void => {
    const action = this._o.keys[e.key];
    if (!action) return;
    const at = this.current();
    if (at === null) return;
    if (action(at, e) !== false) e.preventDefault();
  };
}
