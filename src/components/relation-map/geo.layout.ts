/**
 * Geographic layout: each state at its country's point on a map (Equal Earth) framed on the
 * states present, people and organisations on rings around the state they belong to
 * (`country`), and actors with no known place in a "No location" band below the map, as
 * tall as its rows (geo.band.ts).
 * Clusters that would overlap are pushed apart (a seeded collision run) and a leader joins a
 * moved cluster to its country's point. Pure: the world geometry comes in as an argument.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { World, Lonlat } from '../../internal/world.js';
import { compareActors, type Graph } from './graph.js';
import { labelText, nodeRadius } from './encoding.js';
import { labelCandidates, labelFontSize, markScaleFor } from './geometry.js';
import { boxesOverlap, type Box, type Point } from '../../internal/plane.js';
import { CANDIDATES, LINE_HEIGHT, labelAt } from './labels.layout.js';
import { textWidth } from '../../internal/text-metrics.js';
import { BAND_GAP, noLocationBand, type Band } from './geo.band.js';
import type { LabelMode } from './relation-map.options.js';
import {
  GEO_RING,
  edgeToward,
  laneSlots,
  markExtent,
  outerSlotsFacing,
  ringRadii,
  ringSlots,
  spreadClusters,
  type Slot,
} from './geo.clusters.js';

export { GEO_RING, geoRing } from './geo.clusters.js';

/** A cluster pushed off its country's point: drawn with a leader between the two. */
export interface GeoMove {
  /** The country's projected point. */
  home: Point;
  /** Where the cluster (and its state, if any) is drawn. */
  centre: Point;
  /** The state at the centre, or null when the country's state is not in the network. */
  state: number | null;
  /** When home lies off the map (a state left out of a narrow framing): where the leader meets the map's edge, pointing home. */
  edge: Point | null;
}

export interface GeoLayout {
  points: Point[];
  /** The centre of the cluster each actor is placed in (its state's position), or null (no location). */
  anchor: Array<Point | null>;
  /** Distance from its anchor each actor is placed at (0 for the state itself). */
  offset: number[];
  /** Where a label starts, px from its actor's centre, when not beside the mark (a state amid its people: outside the rings). */
  labelReach: Array<number | undefined>;
  /** Actors labelled first after the focus: the states on the map, the names a reader finds a map by. */
  labelFirst: number[];
  /** Mark size factor the rings are sized for; the element draws marks at it. */
  markScale: number;
  /** Clusters moved off their country's point to keep clear of their neighbours. */
  moved: GeoMove[];
  /** Actors drawn in the "No location" box. */
  noLocation: number[];
  /**
   * Ties drawn faint, under the others: on a phone's map, every tie the data does not rank for
   * the story (the story's own stand out; each actor's ties come forward when it is pointed
   * at or chosen). Empty when the map is wide or the data ranks no tie.
   */
  minor: number[];
  /** That box, or null when every actor has a place. */
  noLocationBox: Box | null;
  /** Where its caption is drawn (labels keep off it), or null. */
  noLocationCaption: Box | null;
  /** Country outlines, clipped to the map box. `tied` marks countries that have an actor. */
  land: Array<{ id: string; d: string; tied: boolean }>;
  mapBox: Box;
  /** The map projection: longitude/latitude -> px. */
  project: (lonlat: Lonlat) => Point | null;
}

/** Marks are drawn smaller on the map than in the other layouts: the rings pack them around their state. */
const GEO_MARK_SCALE = 0.75;
/** Room kept between an off-map cluster and the edge, px, for the arrow pointing home. */
const EDGE_ROOM = 12;
/** The least span framed, in degrees (half-width, half-height), so one or two states are not blown up to fill the box. */
const MIN_SPAN: Lonlat = [20, 12];
/** Below this map width the framing may leave out far-off states (they are drawn at the edge, pointing home). */
const NARROW_MAP = 480;
/** A state at one end is left out of a narrow framing when the others span at most this share of the longitudes. */
const OUTLIER_SHARE = 0.6;

/** Space between marks on neighbouring rings, px: marks keep their size, so rings loosen only where the map is wide. */
function ringGap(width: number): number {
  return Math.max(2, Math.min(5, 2 + (width - 400) / 160));
}

interface Group {
  id: string;
  lonlat: Lonlat;
  state: number | undefined;
  /** People and organisations, in slot order. */
  attached: number[];
  slots: Slot[];
  /** Radius of each ring (index = ring). */
  radii: number[];
  /** Radius of the disc the cluster covers, px. */
  radius: number;
}

function placesOf(graph: Graph, world: World): Array<{ id: string; lonlat: Lonlat } | null> {
  return graph.actors.map((a) => {
    const code = a.country ?? (a.kind === 'state' ? a.id : undefined);
    const id = code ? world.numericOf(code) : undefined;
    const lonlat = id ? world.points.get(id) : undefined;
    return id && lonlat ? { id, lonlat } : null;
  });
}

/**
 * Actors grouped by country, in first-seen order; the state (if present) is the centre.
 * Around it the least-tied sit on the inner rings and the best-tied (the focus last) on the
 * outer one: their many ties leave the cluster without crossing it, and their labels face
 * open space.
 */
function groupsOf(
  graph: Graph,
  place: ReturnType<typeof placesOf>,
  focus: number,
  extents: readonly number[],
  gap: number,
  fontSize: number,
): Group[] {
  const byId = new Map<string, Group>();
  place.forEach((p, i) => {
    if (!p) return;
    let g = byId.get(p.id);
    if (!g) byId.set(p.id, (g = { id: p.id, lonlat: p.lonlat, state: undefined, attached: [], slots: [], radii: [0], radius: 0 }));
    if (graph.actors[i]!.kind === 'state' && g.state === undefined) g.state = i;
    else g.attached.push(i);
  });
  const degree = (i: number) => (i === focus ? Infinity : graph.tiesOf[i]!.length);
  for (const g of byId.values()) {
    g.attached.sort((a, b) => degree(a) - degree(b) || compareActors(graph.actors[a]!, graph.actors[b]!) || a - b);
    sizeRings(g, (i) => extents[i]!, gap, fontSize);
  }
  return [...byId.values()];
}

/** How far each actor's mark reaches, px, as the element draws it (this layout's scale, a narrow chart's smaller marks). */
function extentsOf(graph: Graph, width: number): number[] {
  const scale = markScaleFor(width, false, GEO_MARK_SCALE);
  return graph.actors.map((a, i) => markExtent(a.kind, nodeRadius(a.kind, graph.tiesOf[i]!.length, scale)));
}

/** A group's slots, ring radii and the radius of the disc it covers. */
function sizeRings(g: Group, extent: (i: number) => number, gap: number, fontSize: number): void {
  const centre = g.state !== undefined ? extent(g.state) : 0;
  const extents = g.attached.map(extent);
  const widest = Math.max(0, ...extents);
  // A state's name goes beside its mark, east, in a lane its people and organisations leave free.
  g.slots =
    g.state !== undefined
      ? laneSlots(g.attached.length, (fontSize * LINE_HEIGHT) / 2 + widest + 1, (q) => centre + gap + widest + (q - 1) * GEO_RING)
      : ringSlots(g.attached.length);
  g.radii = ringRadii(g.slots, extents, centre, gap);
  const outer = g.slots.at(-1)?.ring ?? 0;
  g.radius = g.radii[outer]! + Math.max(centre, ...extents.filter((_, k) => g.slots[k]!.ring === outer));
}

/** How the element labels the picture, so the "No location" band makes room for the labels it will draw. */
export interface GeoLabelOptions {
  labels?: LabelMode | null;
  large?: boolean;
}

/**
 * The "No location" band for the placeless actors, room made for the labels they will get
 * at rest (`candidates`: the actors the element labels, best first).
 */
function bandOf(
  graph: Graph,
  noLocation: readonly number[],
  extents: readonly number[],
  [width, height]: [number, number],
  candidates: readonly number[],
  focus: number,
): Band | null {
  if (!noLocation.length) return null;
  const fontSize = labelFontSize(width);
  const items = noLocation.map((i) => {
    const r = nodeRadius(graph.actors[i]!.kind, graph.tiesOf[i]!.length, markScaleFor(width, false, GEO_MARK_SCALE));
    // The focus is labelled bold: a fifth to spare, as for its label on the map.
    const label = textWidth(labelText(graph.actors[i]!.name), fontSize) * (i === focus ? 1.2 : 1);
    return { r, extent: extents[i]!, label };
  });
  const slot = new Map(noLocation.map((i, k) => [i, k]));
  const priority = candidates.flatMap((i) => (slot.has(i) ? [slot.get(i)!] : []));
  return noLocationBand(items, priority, width, height, fontSize);
}

/**
 * The central meridian that frames these longitudes best: the middle of the shortest arc
 * holding them all (the complement of the widest gap), so states on both sides of the
 * antimeridian are not split to the two edges of the map.
 */
export function centralMeridian(lons: readonly number[]): number {
  if (!lons.length) return 0;
  const sorted = [...lons].sort((a, b) => a - b);
  let [gap, after] = [sorted[0]! + 360 - sorted.at(-1)!, 0];
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]! - sorted[k - 1]! > gap) [gap, after] = [sorted[k]! - sorted[k - 1]!, k];
  }
  const west = sorted[after]!;
  const mid = west + (360 - gap) / 2;
  return mid > 180 ? mid - 360 : mid;
}

/** Longitude relative to a central meridian, in [-180, 180): east-west distances measured the short way round. */
function relLon(lon: number, lambda: number): number {
  return ((((lon - lambda + 540) % 360) + 360) % 360) - 180;
}

/**
 * The countries a narrow map is framed on. A phone cannot afford a map from Washington to
 * Yangon when almost every actor is in Eurasia: a country alone at either end (at most a
 * fifth of them, never the focus's) is left out of the framing when the rest span at most
 * OUTLIER_SHARE of the longitudes. Its actors stay on the map: clamped to the edge on its
 * side, with a leader pointing off the map toward home.
 */
export function framedGroups<G extends { lonlat: Lonlat }>(
  groups: readonly G[],
  mapWidth: number,
  keep: (g: G) => boolean = () => false,
): G[] {
  if (mapWidth >= NARROW_MAP || groups.length < 3) return [...groups];
  const lambda = centralMeridian(groups.map((g) => g.lonlat[0]));
  const sorted = [...groups].sort((a, b) => relLon(a.lonlat[0], lambda) - relLon(b.lonlat[0], lambda));
  const lon = (k: number) => relLon(sorted[k]!.lonlat[0], lambda);
  let [lo, hi] = [0, sorted.length - 1];
  for (let cut = 0; cut < Math.max(1, Math.floor(groups.length / 5)) && hi - lo >= 2; cut++) {
    const span = lon(hi) - lon(lo);
    const withoutWest = keep(sorted[lo]!) ? Infinity : lon(hi) - lon(lo + 1);
    const withoutEast = keep(sorted[hi]!) ? Infinity : lon(hi - 1) - lon(lo);
    if (Math.min(withoutWest, withoutEast) > OUTLIER_SHARE * span) break;
    if (withoutWest <= withoutEast) lo++;
    else hi--;
  }
  return sorted.slice(lo, hi + 1);
}

/**
 * Equal Earth fitted to the states' points (not the world), inset by the largest cluster's
 * reach so every ring stays on the map. A span below MIN_SPAN is widened around its middle.
 */
function fitProjection(groups: readonly Group[], mapBox: Box): GeoProjection {
  const lambda = centralMeridian(groups.map((g) => g.lonlat[0]));
  const projection = geoEqualEarth().rotate([-lambda, 0]);
  const clip: [[number, number], [number, number]] = [
    [mapBox.x, mapBox.y],
    [mapBox.x + mapBox.width, mapBox.y + mapBox.height],
  ];
  if (!groups.length) return projection.fitExtent(clip, { type: 'Sphere' }).clipExtent(clip);
  // Longitudes relative to the central meridian, so the span is measured the short way round.
  const rel = groups.map(({ lonlat: [lo, la] }): Lonlat => [relLon(lo, lambda), la]);
  const [lo0, lo1] = [Math.min(...rel.map((p) => p[0])), Math.max(...rel.map((p) => p[0]))];
  const [la0, la1] = [Math.min(...rel.map((p) => p[1])), Math.max(...rel.map((p) => p[1]))];
  const [cx, cy] = [(lo0 + lo1) / 2, (la0 + la1) / 2];
  const frame: Lonlat[] = [
    [cx - MIN_SPAN[0], Math.max(-85, cy - MIN_SPAN[1])],
    [cx + MIN_SPAN[0], Math.min(85, cy + MIN_SPAN[1])],
  ];
  const coordinates = [...rel, ...frame].map(([lo, la]): Lonlat => [lo + lambda, la]);
  const pad = Math.min(Math.max(...groups.map((g) => g.radius)), mapBox.width / 4, mapBox.height / 4);
  return projection
    .fitExtent(
      [
        [mapBox.x + pad, mapBox.y + pad],
        [mapBox.x + mapBox.width - pad, mapBox.y + mapBox.height - pad],
      ],
      { type: 'MultiPoint', coordinates },
    )
    .clipExtent(clip);
}

function inside(p: Point, box: Box): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

interface Cluster {
  centre: Point;
  move: GeoMove | null;
}

/** Each group's drawn centre, near its projected home; an off-map home is kept an arrow's length in from the edge. */
function placeClusters(groups: readonly Group[], projection: GeoProjection, mapBox: Box): Cluster[] {
  const homes = groups.map((g) => {
    const [x, y] = projection(g.lonlat)!;
    return { x, y };
  });
  const off = homes.map((h) => !inside(h, mapBox));
  const centres = spreadClusters(
    homes,
    groups.map((g) => g.radius),
    mapBox,
    off.map((o) => (o ? EDGE_ROOM : 0)),
  );
  return groups.map((g, k) => {
    const [home, centre] = [homes[k]!, centres[k]!];
    const state = g.state ?? null;
    if (off[k]) return { centre, move: { home, centre, state, edge: edgeToward(centre, home, mapBox) } };
    return { centre, move: Math.hypot(centre.x - home.x, centre.y - home.y) > 1 ? { home, centre, state, edge: null } : null };
  });
}

interface Placed {
  points: Point[];
  anchor: Array<Point | null>;
  offset: number[];
  labelReach: Array<number | undefined>;
}

/** States at their cluster's centre, their people and organisations on the rings around it, in slot order. */
function placeMembers(n: number, groups: readonly Group[], clusters: readonly Cluster[]): Placed {
  const out: Placed = {
    points: new Array(n),
    anchor: new Array(n).fill(null),
    offset: new Array(n).fill(0),
    labelReach: new Array(n).fill(undefined),
  };
  groups.forEach((g, k) => {
    const { centre } = clusters[k]!;
    if (g.state !== undefined) {
      out.points[g.state] = { ...centre };
      out.anchor[g.state] = centre;
      // A state amid its people is named beside its mark in the lane they leave free; failing that, just outside the rings.
      if (g.attached.length) out.labelReach[g.state] = g.radius;
    }
    g.attached.forEach((i, slot) => {
      out.points[i] = slotPoint(g, centre, slot);
      out.anchor[i] = centre;
      out.offset[i] = g.radii[g.slots[slot]!.ring]!;
    });
  });
  return out;
}

function slotPoint(g: Group, centre: Point, slot: number): Point {
  const { ring, angle } = g.slots[slot]!;
  const r = g.radii[ring]!;
  return { x: centre.x + r * Math.sin(angle), y: centre.y - r * Math.cos(angle) };
}

interface FocusLabel {
  /** Estimated width of the focus's label and its font size, px. */
  width: number;
  fontSize: number;
  /** Mark extent per actor, px. */
  extents: readonly number[];
  bounds: Box;
}

/**
 * The focus's label as the element will place it, its width estimated from its text with a
 * fifth to spare: it is drawn bold, in a font the estimate cannot know.
 */
function focusLabel(graph: Graph, focus: number, extents: readonly number[], width: number, height: number): FocusLabel {
  const fontSize = labelFontSize(width);
  return {
    width: 1.2 * textWidth(labelText(graph.actors[focus]!.name), fontSize),
    fontSize,
    extents,
    bounds: { x: 0, y: 0, width, height },
  };
}

/** Whether a label of the actor at `at` fits in some position beside its mark, covering no other mark. */
function labelFits(i: number, at: Point, points: readonly Point[], label: FocusLabel): boolean {
  const { width, fontSize, extents, bounds: b } = label;
  for (const [dx, dy] of CANDIDATES) {
    const box = labelAt({ x: at.x, y: at.y, r: extents[i]!, text: '', width }, dx, dy, fontSize).box;
    if (box.x < b.x || box.y < b.y || box.x + box.width > b.x + b.width || box.y + box.height > b.y + b.height) continue;
    if (
      !points.some(
        (p, j) =>
          j !== i &&
          p &&
          boxesOverlap(box, { x: p.x - extents[j]!, y: p.y - extents[j]!, width: 2 * extents[j]!, height: 2 * extents[j]! }),
      )
    )
      return true;
  }
  return false;
}

/**
 * The focus takes an outer-ring slot of its cluster (it sorts last, so it is on the outer ring
 * already): the first, turning from the one facing the middle of the map, from which its
 * label fits beside it; else the one facing the middle. Facing the middle, the ties from
 * other countries reach it without crossing its cluster.
 */
function seatFocus(g: Group, centre: Point, focus: number, placed: Placed, mapBox: Box, label: FocusLabel): void {
  const from = g.attached.indexOf(focus);
  const middle = { x: mapBox.x + mapBox.width / 2 - centre.x, y: mapBox.y + mapBox.height / 2 - centre.y };
  const slots = outerSlotsFacing(g.slots, middle);
  const swapTo = (slot: number): Point[] => {
    const points = placed.points.slice();
    points[focus] = slotPoint(g, centre, slot);
    points[g.attached[slot]!] = slotPoint(g, centre, from);
    return points;
  };
  const to = slots.find((slot) => labelFits(focus, slotPoint(g, centre, slot), swapTo(slot), label)) ?? slots[0]!;
  placed.points = swapTo(to);
}

/** The ties a phone's map draws faint: those the data does not rank for the story, when it ranks any. */
export function minorTies(graph: Pick<Graph, 'ties'>, width: number): number[] {
  if (width >= NARROW_MAP || !graph.ties.some((t) => t.story !== undefined)) return [];
  return graph.ties.flatMap((t, i) => (t.story === undefined ? [i] : []));
}

function landOf(world: World, projection: GeoProjection, tied: ReadonlySet<string>): GeoLayout['land'] {
  const path = geoPath(projection).digits(1);
  const land: GeoLayout['land'] = [];
  for (const f of world.countries) {
    const d = path(f);
    if (d) land.push({ id: f.id, d, tied: tied.has(f.id) });
  }
  return land;
}

/**
 * The map picture of `graph` in a `width` × `height` chart; `focus` (an actor index, or -1)
 * is seated where its label fits. `labels` tells which actors the element will label.
 */
export function geoLayout(graph: Graph, world: World, width: number, height: number, focus = -1, labels: GeoLabelOptions = {}): GeoLayout {
  const place = placesOf(graph, world);
  const noLocation = graph.actors.map((_, i) => i).filter((i) => !place[i]);
  noLocation.sort((a, b) => compareActors(graph.actors[a]!, graph.actors[b]!) || a - b);
  const extents = extentsOf(graph, width);
  const groups = groupsOf(graph, place, focus, extents, ringGap(width), labelFontSize(width));
  const labelFirst = groups.flatMap((g) => (g.state !== undefined ? [g.state] : []));
  const candidates = labelCandidates(graph, focus, labels.labels ?? null, width, labels.large ?? false, 1, labelFirst);
  const band = bandOf(graph, noLocation, extents, [width, height], candidates, focus);
  // The map takes whatever the band leaves; labels from the map stay above the band.
  const above = band?.box.y ?? height;
  const mapBox = { x: 0, y: 0, width, height: band ? above - BAND_GAP : height };
  const holdsFocus = (g: Group) => g.state === focus || g.attached.includes(focus);
  const projection = fitProjection(framedGroups(groups, mapBox.width, holdsFocus), mapBox);
  const clusters = placeClusters(groups, projection, mapBox);
  const placed = placeMembers(graph.actors.length, groups, clusters);
  if (band) noLocation.forEach((i, k) => (placed.points[i] = band.points[k]!));
  const home = groups.findIndex((g) => g.attached.includes(focus));
  if (home >= 0) seatFocus(groups[home]!, clusters[home]!.centre, focus, placed, mapBox, focusLabel(graph, focus, extents, width, above));
  const project = (lonlat: Lonlat): Point | null => {
    const p = projection(lonlat);
    return p ? { x: p[0], y: p[1] } : null;
  };
  return {
    ...placed,
    labelFirst,
    markScale: GEO_MARK_SCALE,
    moved: clusters.flatMap((c) => (c.move ? [c.move] : [])),
    noLocation,
    minor: minorTies(graph, width),
    noLocationBox: band?.box ?? null,
    noLocationCaption: band?.caption ?? null,
    land: landOf(world, projection, new Set(groups.map((g) => g.id))),
    mapBox,
    project,
  };
}
