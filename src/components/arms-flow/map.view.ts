/**
 * Everything the map view needs, as one lazily imported chunk: the world geometry loader,
 * d3-geo and topojson come with it, so sankey and timeline readers never download them.
 */
export { loadWorld } from '../../internal/world.js';
export { mapLayout } from './map.layout.js';
export { renderMap } from './map.render.js';
