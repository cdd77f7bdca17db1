/**
 * Pointer and keyboard over the chart's items (flows, suppliers, categories, bars): which one
 * is active (hovered or focused, so its tooltip shows and the rest dims), the roving tab stop,
 * arrow-key moves (see nextItem), Enter/Space to select, Escape to leave. The marks are real
 * focusable SVG elements carrying `data-i`, so focus is the browser's, not a cursor of ours.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextItem, type FocusItem } from './items.js';

export interface FlowFocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
}

export class FlowFocusController implements ReactiveController {
  /** Index of the item hovered or focused, or null. */
  active: number | null = null;
  /** Where the pointer is over the chart (px), or null when the keyboard put the item there. */
  pointer: { x: number; y: number } | null = null;
  /** The items drawn now (set by the host as it renders). */
  items: FocusItem[] = [];
  private _tabStop = 0;
  /** The last arrow-key move, so Left/Right can return along it (see nextItem). */
  private _lastMove: { from: number; to: number } | null = null;

  constructor(
    private readonly _host: FlowFocusHost,
    private readonly _select: (item: FocusItem) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** New view or filters: nothing stays active, arrows start afresh. */
  reset(): void {
    this._set(null);
    this._lastMove = null;
  }

  private _set(active: number | null, pointer: { x: number; y: number } | null = null): void {
    if (active === this.active && pointer === this.pointer) return;
    this.active = active;
    this.pointer = pointer;
    this._host.requestUpdate();
  }

  private _indexOf(e: Event): number | null {
    const target = (e.target as Element | null)?.closest?.('[data-i]');
    if (!target) return null;
    const i = Number(target.getAttribute('data-i'));
    return Number.isInteger(i) ? i : null;
  }

  private _focusInside(): boolean {
    return !!this._host.shadowRoot?.activeElement?.closest?.('[data-i]');
  }

  onPointer = (e: PointerEvent): void => {
    const i = this._indexOf(e);
    if (i === null) {
      if (this.active !== null && !this._focusInside()) this._set(null, this.pointer);
      return;
    }
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const p = { x: e.clientX - box.left, y: e.clientY - box.top };
    // Re-render only for a move a reader could see.
    if (this.active === i && this.pointer && Math.hypot(p.x - this.pointer.x, p.y - this.pointer.y) < 6) return;
    this._set(i, p);
  };

  onLeave = (): void => {
    this._set(this._focusInside() ? this.active : null, null);
  };

  onFocus = (e: FocusEvent): void => {
    const i = this._indexOf(e);
    if (i === null) return;
    this._tabStop = i;
    this._set(i);
  };

  onBlur = (e: FocusEvent): void => {
    const next = e.relatedTarget as Element | null;
    if (!next || !this._host.shadowRoot?.contains(next) || !next.closest('[data-i]')) this._set(null, this.pointer);
  };

  onKeydown = (e: KeyboardEvent): void => {
    const current = this._indexOf(e);
    const items = this.items;
    if (e.key === 'Escape') {
      if (current !== null || this.active !== null) {
        e.preventDefault();
        this._set(null);
        this._host.renderRoot.querySelector<SVGElement>('.af-svg')?.focus();
      }
      return;
    }
    if (current !== null && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this._choose(current);
      return;
    }
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) || items.length === 0) return;
    e.preventDefault();
    let next: number | null;
    if (current === null) {
      // Entering from the chart itself: resume where the reader was, else start at the top.
      next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : this._tabStop < items.length ? this._tabStop : 0;
    } else next = nextItem(items, current, e.key, this._lastMove?.to === current ? this._lastMove.from : null);
    if (next === null || next === current) return;
    this._lastMove = current === null ? null : { from: current, to: next };
    this._focusItem(next);
  };

  onClick = (e: MouseEvent): void => {
    const i = this._indexOf(e);
    if (i === null) return;
    this._tabStop = i;
    this._choose(i);
  };

  private _focusItem(i: number): void {
    this._tabStop = i;
    this._set(i);
    const find = () => this._host.renderRoot.querySelector<SVGElement>(`.af-svg [data-i="${i}"]`);
    const el = find();
    if (el) el.focus();
    else void this._host.updateComplete.then(() => find()?.focus());
  }

  private _choose(i: number): void {
    const item = this.items[i];
    if (item) this._select(item);
  }
}
