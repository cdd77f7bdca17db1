/**
 * From positions to what is drawn: the geometry of a view at a zoom, with what each
 * layout adds (the radial layout's centre and caption, the map's rings, "No location"
 * band and its bounds). Pure.
 */
import type { ZoomTransform } from 'd3-zoom';
import type { Measure } from '../../internal/text-metrics.js';
import type { Point } from '../../internal/plane.js';
import { captionAt, labelBounds } from './geo.band.js';
import { buildGeometry, type Geometry } from './geometry.js';
import { placeCallouts, type Callout } from './callouts.layout.js';
import { textWidth } from '../../internal/text-metrics.js';
import { keyTieIndices } from './story.js';
import type { Positions } from './layout.controller.js';
import type { LabelMode, Layout } from './relation-map.options.js';
import type { View } from './view.js';

export interface StageOptions {
  width: number;
  height: number;
  layout: Layout;
  labels: LabelMode | null;
  /** The zoom the points were placed at. */
  t: ZoomTransform;
  measure: Measure | undefined;
  /** Actors labelled at every width (those the title names). */
  always?: readonly number[];
}

/** The geometry of `view` with its actors at `shown` (positions after zoom). */
export function stageGeometry(view: View, pos: Positions, shown: Point[], options: StageOptions): Geometry {
  const g = networkGeometry(view, pos, shown, options);
  return pos.story ? { ...g, callouts: storyCallouts(g) } : g;
}

/** The key ties' callouts, clear of every label and mark: words on a wide chart, numbers on a phone. */
function storyCallouts(g: Geometry): Callout[] {
  const ties = keyTieIndices(g.graph);
  const { fontSize, bounds } = g.labelOptions;
  const size = fontSize - 1;
  const texts = ties.map((i) => g.graph.ties[i]!.callout);
  const marks = g.points.map((p, i) => ({ x: p.x - g.radii[i]!, y: p.y - g.radii[i]!, width: 2 * g.radii[i]!, height: 2 * g.radii[i]! }));
  return placeCallouts({
    ties,
    lines: g.lines,
    texts,
    widths: texts.map((t) => (t ? (g.measure?.(t, size, false) ?? textWidth(t, size)) : 0)),
    fontSize: size,
    words: g.width >= 480,
    obstacles: [...marks, ...g.labels.flatMap((l) => (l ? [l.box] : []))],
    bounds,
    ends: g.graph.ends,
  });
}

/** Per actor, which way its label faces: only the focus's set, east (a sparse list). */
function faceEast(focus: number): Array<-1 | 0 | 1> {
  const away: Array<-1 | 0 | 1> = [];
  away[focus] = 1;
  return away;
}

function networkGeometry(
  view: View,
  pos: Positions,
  shown: Point[],
  { width, height, layout, labels, t, measure, always }: StageOptions,
): Geometry {
  return buildGeometry(view.graph, shown, {
    ...(always?.length ? { always } : {}),
    width,
    height,
    focus: view.focus,
    // The story's cast is small and chosen: every actor is named.
    labels: layout === 'story' && labels === null ? 'all' : labels,
    ...(pos.story ? { labelAway: pos.story.side } : pos.faceEast && view.focus >= 0 ? { labelAway: faceEast(view.focus) } : {}),
    large: view.large,
    zoom: t.k,
    measure,
    inRow: new Set([
      ...(pos.geo?.noLocation ?? []),
      ...(pos.radial ? pos.radial.ring.flatMap((r, i) => (r < 0 ? [i] : [])) : []),
      ...view.graph.tiesOf.flatMap((list, i) => (list.length === 0 && layout === 'force' ? [i] : [])),
    ]),
    ...(pos.radial ? { center: pos.radial.center } : {}),
    ...(pos.geo ? { markScale: pos.geo.markScale, labelReach: pos.geo.labelReach, labelFirst: pos.geo.labelFirst } : {}),
    ...(pos.radial?.unconnected && t.k === 1 ? { obstacles: [{ ...pos.radial.unconnected, height: 18 }] } : {}),
    ...(pos.geo?.noLocationCaption ? { obstacles: [captionAt(pos.geo.noLocationCaption, t)] } : {}),
    ...(pos.geo?.noLocationBox
      ? { labelBounds: labelBounds(view.graph.actors.length, pos.geo.noLocation, pos.geo.noLocationBox, t, width, height) }
      : {}),
  });
}
