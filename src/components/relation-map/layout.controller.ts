/**
 * Where the actors are: the layout controller of `<relation-map>`. It owns the positions
 * for the current layout and size, the actors the reader pinned by dragging, the chunked
 * force layout of large networks, and the world map loaded the first time `layout="geo"`
 * is drawn. The element asks `positions()` while rendering and draws the answer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '../../internal/plane.js';
import { Memo } from '../../internal/memo.js';
import { LazyController } from '../../internal/lazy.controller.js';
import { msg, str } from '../../internal/i18n/msg.js';
import type { World } from '../../internal/world.js';
import { viewLoadFailed } from '../../internal/lazy.js';
import type { Graph } from './graph.js';
import { RING_START_ACTORS, forceLayout, forceLayoutChunked } from './force.layout.js';
import { applyFit, fitPoints, invertFit, type Fit } from './fit.js';
import { radialLayout, type RadialLayout } from './radial.layout.js';
import type { GeoLayout } from './geo.layout.js';
import { storyLayout, type StoryLayout } from './story.layout.js';
import type { Layout, LabelMode } from './relation-map.options.js';
import type { View } from './view.js';
import { labelText, nodeRadius } from './encoding.js';
import { labelFontSize, markScaleFor } from './geometry.js';
import { clearLane } from './labels.layout.js';
import { textWidth } from '../../internal/text-metrics.js';

/** Above this many actors the force layout runs in chunks that yield to the page, drawn from its first placement on. */
const CHUNKED_ACTORS = RING_START_ACTORS;
/** How often a settling layout is redrawn, ms. */
const SETTLE_FRAME_MS = 100;
export const PAD = 22;

/** Widths fall in three steps (phone, tablet, desktop); heights and the force layout's shape follow the step. */
export const sizeStep = (width: number): 0 | 1 | 2 => (width < 480 ? 0 : width < 720 ? 1 : 2);
/**
 * Height of the chart by width, in steps rather than in proportion: a page's scrollbar
 * appearing (a few px of width) then never changes the height, which would re-trigger the
 * resize observer in the same frame.
 */
export function chartHeight(layout: Layout, width: number): number {
  const step = sizeStep(width);
  switch (layout) {
    case 'radial':
      return [380, 480, 640][step]!;
    case 'geo':
      // A world map is wide: a phone gets a shorter box, so the map is not lost in empty space.
      return [330, 400, 520][step]!;
    default:
      // The story's box is the whole web's, so "Show all" (or data arriving) moves nothing below.
      // Phones are tall: a taller box gives a dense network room for its labels.
      return [520, 500, 600][step]!;
  }
}

/** Height ÷ width of the force layout's box at each step (about 320×520, 600×500, 960×600). */
const FORCE_ASPECT = [1.5, 0.85, 0.62] as const;

export interface Positions {
  points: Point[];
  radial?: RadialLayout;
  geo?: GeoLayout;
  story?: StoryLayout;
  /** The focus's name goes east of it, in the lane kept clear for it (the force layout). */
  faceEast?: boolean;
}

export type Pending = { pending: string } | { error: string };

/** The force layout's points with the lane east of the focus, where its name goes, cleared of other actors. */
function clearFocusLane(view: View, points: Point[], width: number, pinned: ReadonlySet<number>): Point[] {
  const { graph, focus } = view;
  const scale = markScaleFor(width, view.large);
  const extents = graph.actors.map((a, i) => 1.2 * nodeRadius(a.kind, graph.tiesOf[i]!.length, scale));
  const size = labelFontSize(width);
  // Bold, in a font the estimate cannot know: a tenth to spare.
  return clearLane(points, focus, extents, 1.1 * textWidth(labelText(graph.actors[focus]!.name), size), size, pinned);
}

/** A force layout: `raw` as shown (pins included), `base` as laid out; `start` the first placement of a chunked run. */
interface ForceState {
  graph: Graph;
  aspect: number;
  raw: Point[];
  base: Point[];
  /** A chunked run is still moving it. */
  settling: boolean;
  start: Point[] | null;
}

interface ForceJob {
  graph: Graph;
  aspect: number;
  promise: Promise<void> | null;
}

type GeoCode = { world: World; geoLayout: typeof import('./geo.layout.js').geoLayout };

export interface LayoutRequest {
  layout: Layout;
  labels: LabelMode | null;
  width: number;
  height: number;
}

export class LayoutController implements ReactiveController {
  /** Positions set by dragging in the radial and geo layouts (px), per layout and size. */
  pins = new Map<number, Point>();
  /** Bumped whenever a pin moves, so what depends on positions is recomputed. */
  pinVersion = 0;
  /** Map code and geometry (d3-geo, topojson, world-atlas) are their own chunks: force and radial readers never load them. */
  readonly world: LazyController<GeoCode>;

  private readonly _memo = new Memo();
  private _force: ForceState | null = null;
  /** Actors pinned by dragging in the force layout, in its raw coordinates. */
  private readonly _forcePins = new Map<number, Point>();
  private _forceJob: ForceJob | null = null;
  private _pinSize = '';
  private _pinView: View | null = null;
  private _pinLayout = '';
  private _layout: Layout = 'force';

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    /** Called when another picture starts (data, filter, layout): the reader's zoom no longer applies. */
    private readonly _onNewPicture: () => void,
  ) {
    _host.addController(this);
    this.world = new LazyController(_host, () =>
      Promise.all([import('../../internal/world.js').then((m) => m.loadWorld()), import('./geo.layout.js')])
        .then(([world, m]) => ({
          world,
          geoLayout: m.geoLayout,
        }))
        // Readers get a plain sentence; the module URL and the cause go to the console.
        .catch((e: unknown) => {
          throw new Error(viewLoadFailed(_host, 'map', e));
        }),
    );
  }

  hostConnected(): void {}

  /** Work under way that ends in another drawing: a chunked layout settling, the map loading. */
  get pending(): Promise<void> | null {
    return this._forceJob?.promise ?? (this._layout === 'geo' && this.world.state === 'loading' ? this.world.pending : null);
  }

  /** Whether the force layout on screen is still settling (drawn from its chunks). */
  get settling(): boolean {
    return this._layout === 'force' && this._force?.settling === true;
  }

  /** Positions for the current layout and size, or what is still awaited. */
  positions(view: View, { layout, labels, width, height }: LayoutRequest): Positions | Pending {
    this._layout = layout;
    if (view !== this._pinView || layout !== this._pinLayout) {
      this._pinView = view;
      this._pinLayout = layout;
      if (this.pins.size) this.pins = new Map();
      this._onNewPicture();
    }
    // Pins of the radial and geo layouts are px at one size; the force layout's survive resizing.
    const size = `${width} ${height}`;
    if (size !== this._pinSize) {
      this._pinSize = size;
      if (this.pins.size) this.pins = new Map();
    }
    if (layout === 'force') {
      const f = this._forceFor(view, FORCE_ASPECT[sizeStep(width)]);
      const fit = this._fitOf(f, width, height);
      return this._memo.get('force-points', [f.raw, fit, labels], () => {
        const points = f.raw.map((p) => applyFit(fit, p));
        return {
          points: labels === 'none' || view.focus < 0 ? points : clearFocusLane(view, points, width, new Set(this._forcePins.keys())),
          faceEast: true,
        };
      });
    }
    if (layout === 'story') {
      const story = this._memo.get('story', [view, width, height], () => storyLayout(view.graph, view.focus, width, height));
      return this._withPins(story.points, { story });
    }
    if (layout === 'radial') {
      const radial = this._memo.get('radial', [view, width, height], () =>
        radialLayout(view.graph, Math.max(0, view.focus), width, height, width < 480 ? 16 : PAD + 6),
      );
      return this._withPins(radial.points, { radial });
    }
    const code = this.world.request();
    if (this.world.state === 'error') {
      const why = this.world.error;
      return { error: msg(str`The map could not be drawn: ${why}. Try layout="force" instead.`, { id: 'rel.map.failed' }) };
    }
    if (!code) return { pending: msg('Loading the map…', { id: 'rel.map.loading' }) };
    const { world, geoLayout } = code;
    // The label mode decides which placeless actors the "No location" band makes room for.
    const geo = this._memo.get('geo', [view, world, width, height, labels], () =>
      geoLayout(view.graph, world, width, height, view.focus, { labels, large: view.large }),
    );
    return this._withPins(geo.points, { geo });
  }

  /**
   * Pins actor `i` at a point (px, unzoomed) of a `width` × `height` chart. In the force
   * layout the others then settle around it with a few ticks (not in a large network).
   */
  pin(view: View, i: number, p: Point, settle: boolean, width: number, height: number): void {
    if (this._layout === 'force' && this._force) {
      const fit = this._fitOf(this._force, width, height);
      const raw = this._force.raw.slice();
      raw[i] = invertFit(fit, p);
      let next = raw;
      if (settle && !view.large) {
        const fixed = new Map<number, Point>([[i, raw[i]!]]);
        for (const [j, q] of this._forcePins) if (j !== i) fixed.set(j, q);
        const { aspect } = this._force;
        next = forceLayout(view.graph, { focus: view.focus >= 0 ? view.focus : null, start: raw, fixed, alpha: 0.2, ticks: 40, aspect });
      }
      this._forcePins.set(i, raw[i]!);
      this._force = { ...this._force, raw: next };
    } else {
      this.pins.set(i, p);
    }
    this.pinVersion++;
  }

  /** Every actor back where the layout put it. */
  unpin(): void {
    this.pins = new Map();
    if (this._force) this._force = { ...this._force, raw: this._force.base };
    this.pinVersion++;
  }

  private _withPins(points: Point[], extra: Omit<Positions, 'points'>): Positions {
    return this._memo.get('pinned', [points, this.pinVersion], () => {
      if (!this.pins.size) return { points, ...extra };
      const out = points.slice();
      for (const [i, p] of this.pins) out[i] = p;
      return { points: out, ...extra };
    });
  }

  /**
   * The force layout of a graph: computed at once when small; when large, its first
   * placement at once and the rest in chunks, redrawn as it settles (under reduced motion,
   * only the first placement and then the final one).
   */
  private _forceFor(view: View, aspect: number): ForceState {
    const graph = view.graph;
    if (this._force?.graph === graph && this._force.aspect === aspect) return this._force;
    const focus = view.focus >= 0 ? view.focus : null;
    this._forcePins.clear();
    if (graph.actors.length <= CHUNKED_ACTORS) {
      const raw = forceLayout(graph, { focus, aspect });
      this._force = { graph, aspect, raw, base: raw, settling: false, start: null };
      return this._force;
    }
    const job: ForceJob = { graph, aspect, promise: null };
    this._forceJob = job;
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    let sync = true;
    let start: Point[] | null = null;
    const show = (raw: Point[], settling: boolean) => {
      if (this._forceJob !== job) return;
      start ??= raw;
      this._force = { graph, aspect, raw, base: raw, settling, start };
      // The first placement arrives during this render, which draws it.
      if (!sync) this._host.requestUpdate();
    };
    job.promise = forceLayoutChunked(
      graph,
      { focus, aspect },
      () => this._forceJob !== job,
      12,
      (raw) => show(raw, true),
      still ? Infinity : SETTLE_FRAME_MS,
    ).then((raw): void => {
      if (!raw) return;
      show(raw, false);
      if (this._forceJob === job) this._forceJob = null;
    });
    sync = false;
    return this._force!;
  }

  /**
   * Raw force positions into the box. A chunked run keeps the orientation its first
   * placement fits best, so the picture does not turn a quarter turn while it settles.
   */
  private _fitOf(f: ForceState, width: number, height: number): Fit {
    return this._memo.get('fit', [f.base, f.start, width, height], () => {
      const turn = f.start ? fitPoints(f.start, width, height, PAD).rotate : undefined;
      return fitPoints(f.base, width, height, PAD, undefined, undefined, turn);
    });
  }
}
