/**
 * Geographic layout: each state at its country's point on a world map (Equal Earth),
 * people and organisations on small rings around the state they belong to (`country`),
 * and actors with no known place in a "No location" box beside (or, when narrow, below)
 * the map. Pure: the world geometry comes in as an argument.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { World, Lonlat } from '../../internal/world.js';
import { compareActors, type Graph } from './graph.js';
import type { Point } from './force.layout.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GeoLayout {
  points: Point[];
  /** The projected point of the country each actor is placed at, or null (no location). */
  anchor: Array<Point | null>;
  /** Distance from its anchor each actor is placed at (0 for the state itself). */
  offset: number[];
  /** Actors drawn in the "No location" box. */
  noLocation: number[];
  /** That box, or null when every actor has a place. */
  noLocationBox: Box | null;
  /** Country outlines, clipped to the map box. `tied` marks countries that have an actor. */
  land: Array<{ id: string; d: string; tied: boolean }>;
  mapBox: Box;
  /** The map projection: longitude/latitude -> px. */
  project: (lonlat: Lonlat) => Point | null;
}

/** Spacing of the rings around a state, in px; ring q holds 6q actors (marks are drawn smaller in this layout). */
export const GEO_RING = 13;

/** Radius of the ring the k-th attached actor (0-based) sits on. */
export function geoRing(k: number): { ring: number; slot: number; size: number } {
  let ring = 1;
  let first = 0;
  while (k >= first + 6 * ring) {
    first += 6 * ring;
    ring++;
  }
  return { ring, slot: k - first, size: 6 * ring };
}

const NO_LOCATION_ROW = 28;
/** Width of one slot in the "No location" band (narrow screens get two per row whatever the width). */
const NO_LOCATION_SLOT = 190;

function slotsPerRow(width: number): number {
  return Math.max(2, Math.floor(width / NO_LOCATION_SLOT));
}

export function geoLayout(graph: Graph, world: World, width: number, height: number): GeoLayout {
  const n = graph.actors.length;
  const placeOf = (i: number): { id: string; lonlat: Lonlat } | null => {
    const code = graph.actors[i]!.country ?? (graph.actors[i]!.kind === 'state' ? graph.actors[i]!.id : undefined);
    const id = code ? world.numericOf(code) : undefined;
    const lonlat = id ? world.points.get(id) : undefined;
    return id && lonlat ? { id, lonlat } : null;
  };
  const place = graph.actors.map((_, i) => placeOf(i));
  const noLocation = graph.actors.map((_, i) => i).filter((i) => !place[i]);
  noLocation.sort((a, b) => compareActors(graph.actors[a]!, graph.actors[b]!) || a - b);

  // A band below the map: a world map is wide, so the height it leaves over costs the map nothing.
  let noLocationBox: Box | null = null;
  let mapBox: Box = { x: 0, y: 0, width, height };
  if (noLocation.length) {
    const rows = Math.ceil(noLocation.length / slotsPerRow(width));
    const bandHeight = Math.min(height * 0.45, 26 + rows * NO_LOCATION_ROW);
    noLocationBox = { x: 0, y: height - bandHeight, width, height: bandHeight };
    mapBox = { x: 0, y: 0, width, height: height - bandHeight - 6 };
  }

  // Group attached actors by country; the state (if present) sits at the centre.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const p = place[i];
    if (!p) continue;
    let g = groups.get(p.id);
    if (!g) groups.set(p.id, (g = []));
    g.push(i);
  }
  let maxRing = 0;
  const centreOf = new Map<string, number>();
  for (const [id, members] of groups) {
    const state = members.find((i) => graph.actors[i]!.kind === 'state');
    if (state !== undefined) centreOf.set(id, state);
    const attached = members.length - (state !== undefined ? 1 : 0);
    if (attached > 0) maxRing = Math.max(maxRing, geoRing(attached - 1).ring);
  }

  // Fit the projection to the countries present (at least a region's span), leaving room for the rings.
  const lonlats = [...groups.keys()].map((id) => world.points.get(id)!);
  const pad = 14 + maxRing * GEO_RING;
  const projection = geoEqualEarth();
  if (lonlats.length) {
    let [lo0, lo1, la0, la1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [lo, la] of lonlats) {
      lo0 = Math.min(lo0, lo);
      lo1 = Math.max(lo1, lo);
      la0 = Math.min(la0, la);
      la1 = Math.max(la1, la);
    }
    const [cx, cy] = [(lo0 + lo1) / 2, (la0 + la1) / 2];
    const hw = Math.max((lo1 - lo0) / 2, 20);
    const hh = Math.max((la1 - la0) / 2, 12);
    const corners: Lonlat[] = [
      [cx - hw, cy - hh],
      [cx + hw, cy - hh],
      [cx + hw, cy + hh],
      [cx - hw, cy + hh],
    ].map(([a, b]) => [Math.max(-180, Math.min(180, a!)), Math.max(-85, Math.min(85, b!))]);
    projection.fitExtent(
      [
        [mapBox.x + pad, mapBox.y + pad],
        [mapBox.x + Math.max(pad + 1, mapBox.width - pad), mapBox.y + Math.max(pad + 1, mapBox.height - pad)],
      ],
      { type: 'MultiPoint', coordinates: corners },
    );
  } else {
    projection.fitExtent(
      [
        [mapBox.x, mapBox.y],
        [mapBox.x + mapBox.width, mapBox.y + mapBox.height],
      ],
      { type: 'Sphere' },
    );
  }
  projection.clipExtent([
    [mapBox.x, mapBox.y],
    [mapBox.x + mapBox.width, mapBox.y + mapBox.height],
  ]);

  const points: Point[] = new Array(n);
  const anchor: Array<Point | null> = new Array(n).fill(null);
  const offset = new Array<number>(n).fill(0);
  for (const [id, members] of groups) {
    const [x, y] = projection(world.points.get(id)!)!;
    const centre = { x, y };
    const state = centreOf.get(id);
    const attached = members.filter((i) => i !== state);
    attached.sort((a, b) => compareActors(graph.actors[a]!, graph.actors[b]!) || a - b);
    for (const i of members) anchor[i] = centre;
    if (state !== undefined) points[state] = { ...centre };
    attached.forEach((i, k) => {
      const { ring, slot, size } = geoRing(k);
      const r = ring * GEO_RING;
      // Odd rings start at 12 o'clock, even rings half a slot round, so rings do not line up.
      const a = (2 * Math.PI * (slot + (ring % 2 === 0 ? 0.5 : 0))) / size;
      points[i] = { x: x + r * Math.sin(a), y: y - r * Math.cos(a) };
      offset[i] = r;
    });
  }

  if (noLocationBox) {
    const box = noLocationBox;
    // As many rows as fit; more per row (narrower, labels then show on hover) when they do not.
    const rows = Math.max(1, Math.floor((box.height - 38) / NO_LOCATION_ROW) + 1);
    const perRow = Math.max(slotsPerRow(box.width), Math.ceil(noLocation.length / rows));
    const colWidth = box.width / perRow;
    noLocation.forEach((i, k) => {
      const row = Math.floor(k / perRow);
      const col = k % perRow;
      points[i] = { x: box.x + col * colWidth + 14, y: box.y + 30 + row * NO_LOCATION_ROW };
    });
  }

  const path = geoPath(projection).digits(1);
  const tied = new Set(groups.keys());
  const land: GeoLayout['land'] = [];
  for (const f of world.countries) {
    const d = path(f);
    if (d) land.push({ id: f.id, d, tied: tied.has(f.id) });
  }
  const project = (lonlat: Lonlat): Point | null => {
    const p = projection(lonlat);
    return p ? { x: p[0], y: p[1] } : null;
  };
  return { points, anchor, offset, noLocation, noLocationBox, land, mapBox, project };
}
