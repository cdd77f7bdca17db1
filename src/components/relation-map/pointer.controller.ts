/**
 * Pointer and keyboard of `<relation-map>`: hover finds the actor (or tie) under the
 * pointer, click and Enter choose, arrows walk from an actor to the tied actor in that
 * direction, dragging pins an actor. What is active is not reactive state: a move redraws
 * only the highlight layer (`host.syncHighlight()`), never the figure.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { drag, type D3DragEvent } from 'd3-drag';
import { KeyedFocusController, type KeyAction } from '../../internal/keyed-focus.controller.js';
import { startWalk, walkAt, walkStep, type WalkKey, type WalkState } from './walk.js';
import type { Point } from '../../internal/plane.js';
import type { Tie } from '../../data/types.js';
import type { Geometry } from './geometry.js';
import type { LayoutController } from './layout.controller.js';
import type { ZoomController } from './zoom.controller.js';
import { actorSummary } from './text.js';
import { formatNumber } from '../../internal/locale.js';
import { msg, str } from '../../internal/i18n/msg.js';
import { plural } from '../../internal/i18n/plural.js';
import type { View } from './view.js';

/** What the controller needs of the element (an adapter, so the element's public API stays its own). */
export interface PointerMap {
  locale(): string;
  /** Runs `fn` with `msg()` answering in the widget's language (words made in an event handler). */
  say<R>(fn: () => R): R;
  readonly layoutController: LayoutController;
  readonly zoom: ZoomController;
  /** The view drawn, or null before there is data. */
  currentView(): View | null;
  /** The geometry drawn, or null when nothing is. */
  geometry(): Geometry | null;
  /** Positions before zoom (for keeping the keyboard's actor in view). */
  basePoints(): readonly Point[];
  /** The geo layout's placeless actors (Left and Right walk them in the "No location" band). */
  noLocation(): readonly number[];
  /** Id of the actor whose details are open. */
  selectedId(): string | null;
  select(view: View, i: number): void;
  selectTie(view: View, tie: Tie): void;
  closeDetails(returnFocus?: boolean): void;
  zoomBy(k: number): void;
  resetView(): void;
  syncHighlight(): void;
}

const WALK_KEYS: Record<string, WalkKey> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  ArrowDown: 'into',
  ArrowUp: 'out',
  PageDown: 'nextActor',
  PageUp: 'prevActor',
};

type Subject = { i: number; x: number; y: number };

export class PointerController implements ReactiveController {
  /** Actor under the pointer (by id, so it survives new data). */
  activeId: string | null = null;
  /** Tie under the pointer, when no actor is. */
  hoverTie: number | null = null;
  readonly keyboard: KeyedFocusController<string>;
  private _walk: WalkState | null = null;
  private _walkView: View | null = null;
  private _dragging = false;
  private _dragEl: HTMLElement | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _map: PointerMap,
  ) {
    _host.addController(this);
    const index = (id: string): number | null => this._map.currentView()?.graph.index.get(id) ?? null;
    // Arrows walk the ties (walk.ts), not the picture: what is next is what is tied, in an order said aloud.
    const walk =
      (key: WalkKey): KeyAction<string> =>
      (id) => {
        const view = this._map.currentView();
        const g = this._map.geometry();
        const cursor = index(id);
        if (!view || !g || cursor === null) return;
        const from = this._walk && this._walkView === view && walkAt(view.graph, this._walk) === cursor ? this._walk : startWalk(cursor);
        const step = this._map.say(() => walkStep(view.graph, from, key, this._map.locale()));
        this._walk = step.state;
        this._walkView = view;
        if (step.moved) {
          const p = this._map.basePoints()[step.at];
          if (p) this._map.zoom.reveal(p.x, p.y, g.width, g.height);
          this.keyboard.moveTo(view.graph.actors[step.at]!.id);
        }
        this.keyboard.announcement = step.say;
        this._map.syncHighlight();
        this._host.requestUpdate();
      };
    const keys: Record<string, KeyAction<string>> = {
      Enter: (id) => this._choose(id),
      ' ': (id) => this._choose(id),
      Escape: () => {
        if (this._map.selectedId() === null) return false;
        this._map.closeDetails();
      },
      Home: () => {
        const view = this._map.currentView();
        this._walk = null;
        if (view && view.focus >= 0) this.keyboard.moveTo(view.graph.actors[view.focus]!.id);
      },
      // Zoom keys keep their default (a page's own shortcuts still see them).
      '+': () => (this._map.zoomBy(1.6), false),
      '=': () => (this._map.zoomBy(1.6), false),
      '-': () => (this._map.zoomBy(1 / 1.6), false),
      '0': () => (this._map.resetView(), false),
    };
    for (const [key, w] of Object.entries(WALK_KEYS)) keys[key] = walk(w);
    this.keyboard = new KeyedFocusController<string>(_host, {
      start: () => {
        const view = this._map.currentView();
        if (!view) return null;
        return view.graph.actors[view.focus >= 0 ? view.focus : 0]?.id ?? null;
      },
      has: (id) => index(id) !== null,
      describe: (id) => this._map.say(() => this._describe(id)),
      keys,
      // The host renders too: the graph's active option (aria-activedescendant) follows the cursor.
      changed: () => {
        this._map.syncHighlight();
        this._host.requestUpdate();
      },
    });
  }

  hostConnected(): void {}

  /** What the keyboard says on an actor: `Russia, state, 9 ties. Tied to …, … and 4 more.` */
  private _describe(id: string): string {
    const view = this._map.currentView()!;
    const locale = this._map.locale();
    const i = view.graph.index.get(id)!;
    const names = view.graph.neighbors[i]!.map((j) => view.graph.actors[j]!.name);
    const summary = actorSummary(locale, view.graph.actors[i]!, view.graph.tiesOf[i]!.length);
    if (!names.length) return summary;
    const shown = names.slice(0, 5).join(msg(', ', { id: 'list.separator' }));
    const rest = names.length - 5;
    const m = formatNumber(locale, rest);
    const tied =
      rest > 0
        ? plural(locale, rest, {
            one: () => msg(str`Tied to ${shown} and ${m} more.`, { id: 'rel.announce.tiedTo.more.one' }),
            few: () => msg(str`Tied to ${shown} and ${m} more.`, { id: 'rel.announce.tiedTo.more.few' }),
            many: () => msg(str`Tied to ${shown} and ${m} more.`, { id: 'rel.announce.tiedTo.more.many' }),
            other: () => msg(str`Tied to ${shown} and ${m} more.`, { id: 'rel.announce.tiedTo.more.other' }),
          })
        : msg(str`Tied to ${shown}.`, { id: 'rel.announce.tiedTo' });
    return `${summary} ${tied}`;
  }

  /** The keyboard's actor (index), while the keyboard is in the chart. */
  cursorIndex(view: View): number | null {
    const id = this.keyboard.active ? this.keyboard.cursor : null;
    return id === null ? null : (view.graph.index.get(id) ?? null);
  }

  private _choose(id: string): void {
    const view = this._map.currentView();
    const i = view?.graph.index.get(id);
    if (view && i !== undefined) this._map.select(view, i);
  }

  /** A pointer's position in the chart, in px (zoom included: geometry is drawn zoomed). */
  private _local(e: { clientX: number; clientY: number }, el: Element): Point {
    const r = el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private _tieAt(e: Event): number | null {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-t]');
    return el ? Number(el.getAttribute('data-t')) : null;
  }

  onPointerMove = (e: PointerEvent): void => {
    const g = this._map.geometry();
    const view = this._map.currentView();
    if (!g || !view || this._dragging) return;
    const p = this._local(e, e.currentTarget as Element);
    const i = g.hit.find(p.x, p.y);
    const id = i === null ? null : view.graph.actors[i]!.id;
    const tie = i === null ? this._tieAt(e) : null;
    if (id === this.activeId && tie === this.hoverTie) return;
    this.activeId = id;
    this.hoverTie = tie;
    this._map.syncHighlight();
  };

  onPointerLeave = (): void => {
    this.activeId = null;
    this.hoverTie = null;
    this._map.syncHighlight();
  };

  onClick = (e: MouseEvent): void => {
    const g = this._map.geometry();
    const view = this._map.currentView();
    if (!g || !view) return;
    const p = this._local(e, e.currentTarget as Element);
    const i = g.hit.find(p.x, p.y);
    if (i !== null) {
      this.keyboard.place(view.graph.actors[i]!.id);
      this._map.select(view, i);
      return;
    }
    const tie = this._tieAt(e);
    if (tie !== null) {
      this._map.selectTie(view, view.graph.ties[tie]!);
      return;
    }
    if (this._map.selectedId() !== null) this._map.closeDetails(false);
  };

  /** Dragging an actor pins it (once per chart element). */
  attachDrag(el: HTMLElement | null): void {
    if (el === this._dragEl) return;
    this._dragEl = el;
    if (!el) return;
    const behaviour = drag<HTMLElement, unknown, Subject>()
      // Touch drags would fight page scrolling; on touch, two fingers pan and zoom instead.
      .filter((e: MouseEvent | TouchEvent) => !e.ctrlKey && !(e as MouseEvent).button && !e.type.startsWith('touch'))
      .container(() => el)
      .subject((e: D3DragEvent<HTMLElement, unknown, unknown>) => {
        const g = this._map.geometry();
        // While the layout settles the actors move under the pointer: nothing to pin yet.
        if (!g || this._map.layoutController.settling) return null as unknown as Subject;
        const i = g.hit.find(e.x, e.y);
        return (i === null ? null : { i, x: e.x, y: e.y }) as Subject;
      })
      .on('start', () => {
        this._dragging = true;
      })
      .on('drag', (e: D3DragEvent<HTMLElement, unknown, Subject>) => {
        const g = this._map.geometry();
        if (!g) return;
        const [x, y] = this._map.zoom.transform.invert([Math.max(0, Math.min(g.width, e.x)), Math.max(0, Math.min(g.height, e.y))]);
        this._pin(e.subject.i, { x, y }, false);
      })
      .on('end', (e: D3DragEvent<HTMLElement, unknown, Subject>) => {
        this._dragging = false;
        const g = this._map.geometry();
        if (!g) return;
        const [x, y] = this._map.zoom.transform.invert([g.points[e.subject.i]!.x, g.points[e.subject.i]!.y]);
        this._pin(e.subject.i, { x, y }, true);
      });
    select(el).call(behaviour);
  }

  private _pin(i: number, p: Point, settle: boolean): void {
    const view = this._map.currentView();
    const g = this._map.geometry();
    if (!view || !g) return;
    this._map.layoutController.pin(view, i, p, settle, g.width, g.height);
    this._host.requestUpdate();
  }
}
