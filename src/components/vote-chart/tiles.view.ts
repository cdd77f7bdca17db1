/**
 * What the `tiles` view adds to the others, loaded by dynamic import only when a chart shows
 * it: the tile arrangement (data/geo/tiles.json, CC BY-SA 4.0) and this view's layout and
 * templates. Its height comes without it (tiles.size.ts).
 */
import tiles from '../../../data/geo/tiles.json';
import { directionalMove } from './keyboard.map.js';
import { tilesLayout } from './tiles.layout.js';
import { renderTiles } from './tiles.render.js';
import { loadedViews } from './views.js';

const grid = tiles.tiles as unknown as Record<string, [number, number]>;

export { tilesLayout, renderTiles, directionalMove, grid };

loadedViews.tiles = { tilesLayout, renderTiles, directionalMove, grid, credit: tiles.credit };
