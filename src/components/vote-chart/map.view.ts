/**
 * Everything the `map` view needs beyond the other views, loaded by dynamic import only when
 * a chart shows the map: d3-geo, the world geometry and this view's layout and templates.
 */
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadWorld, type World } from '../../internal/world.js';

export { mapLayout } from './map.layout.js';
export { renderMap } from './map.render.js';
export { directionalMove } from './keyboard.map.js';

export interface MapData {
  world: World;
  /** Outlines Natural Earth gives no ISO id (Kosovo, N. Cyprus, Somaliland): drawn as non-members, not as holes. */
  unidentified: Array<Feature<Geometry, { name?: string }>>;
}

let cached: Promise<MapData> | null = null;

export function loadMapData(): Promise<MapData> {
  cached ??= Promise.all([loadWorld(), import('world-atlas/countries-110m.json')])
    .then(([world, topo]) => {
      // The same module loadWorld() imported: no second download.
      const topology = topo.default as unknown as Topology;
      const object = topology.objects.countries as GeometryCollection<{ name?: string }>;
      const unidentified = object.geometries.filter((g) => g.id === undefined || g.id === null);
      return {
        world,
        unidentified: unidentified.map((g) => feature(topology, g) as Feature<Geometry, { name?: string }>),
      };
    })
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}
