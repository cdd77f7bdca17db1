/**
 * World geometry for the map views, shared by every component. The geometry is large
 * (Natural Earth 1:110m, ~38 kB gzip), so only `loadWorld()` pulls it in, by dynamic
 * import: bar, hemicycle, sankey or force users never download it. `buildWorld()` is the
 * pure part (no DOM), so layouts can be tested in Node on the same data.
 */
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

export type Lonlat = [number, number];

export interface CountryFeature extends Feature<Polygon | MultiPolygon, { name: string }> {
  /** ISO 3166-1 numeric, zero-padded (`'104'` = Myanmar). */
  id: string;
}

/** What data/geo/places.json holds (written by scripts/make-places.mjs). */
export interface Places {
  /** ISO 3166-1 alpha-3 -> numeric. */
  codes: Record<string, string>;
  /** Representative points of UN members absent from the 1:110m outlines (small states). */
  points: Record<string, Lonlat>;
}

export interface World {
  /** Country outlines (1:110m) that have an ISO numeric id. */
  countries: CountryFeature[];
  /** Outline by ISO numeric id. */
  byId: ReadonlyMap<string, CountryFeature>;
  /**
   * A representative point for every id the map knows: the centroid of a country's largest
   * polygon (mainland France, not its overseas average), or the stated point of a small state.
   */
  points: ReadonlyMap<string, Lonlat>;
  /** Ids that have a point but no outline at this scale: draw them as dots. */
  dotOnly: ReadonlySet<string>;
  /** ISO alpha-3 -> numeric id, for data keyed by alpha-3. */
  numericOf(iso3: string): string | undefined;
}

/** Centroid of the largest polygon of a feature. */
export function mainPoint(geometry: Polygon | MultiPolygon): Lonlat {
  const polys = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of polys) {
    const g: Polygon = { type: 'Polygon', coordinates };
    const a = geoArea(g);
    if (a > bestArea) [best, bestArea] = [g, a];
  }
  return geoCentroid(best!) as Lonlat;
}

/** Pure: the world from a world-atlas topology and our places file. */
export function buildWorld(topology: Topology, places: Places): World {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const all = feature(topology, object).features as Array<Feature<Geometry, { name: string }>>;
  // Kosovo, N. Cyprus and Somaliland have no ISO id in Natural Earth: they cannot be joined to data.
  const countries = all.filter(
    (f): f is CountryFeature => typeof f.id === 'string' && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
  );
  const byId = new Map(countries.map((f) => [f.id, f]));
  const points = new Map<string, Lonlat>();
  for (const f of countries) points.set(f.id, mainPoint(f.geometry));
  const dotOnly = new Set<string>();
  for (const [id, p] of Object.entries(places.points)) {
    if (!byId.has(id)) dotOnly.add(id);
    points.set(id, p);
  }
  return {
    countries,
    byId,
    points,
    dotOnly,
    numericOf: (iso3) => places.codes[iso3.toUpperCase()],
  };
}

let cached: Promise<World> | null = null;

/**
 * Loads the geometry once per page (lazily, as its own chunk) and builds the world.
 * Rejects with a readable message if the chunk cannot load (e.g. the bundle's folder is
 * incomplete on a CDN), so a map view can say so instead of staying blank.
 */
export function loadWorld(): Promise<World> {
  cached ??= Promise.all([import('world-atlas/countries-110m.json'), import('../../data/geo/places.json')])
    .then(([topo, places]) => buildWorld(topo.default as unknown as Topology, places.default as unknown as Places))
    .catch((e: unknown) => {
      cached = null;
      throw new Error(`the map geometry could not be loaded (${(e as Error).message})`);
    });
  return cached;
}
