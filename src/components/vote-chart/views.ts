import type { hemicycleLayout } from './hemicycle.layout.js';
import type { renderHemicycle } from './hemicycle.render.js';
import type { directionalMove } from './keyboard.map.js';
import type { tilesLayout } from './tiles.layout.js';
import type { renderTiles } from './tiles.render.js';

/**
 * Lazy view modules that have already run: where charts find them. The CMS entry fetches a view's code alongside the
 * component's when a tag asks for that view; the module notes itself here as it runs, so the
 * chart draws it in its first render instead of waiting for its own import() to resolve a
 * task later.
 */
export const loadedViews: {
  hemicycle?: { hemicycleLayout: typeof hemicycleLayout; renderHemicycle: typeof renderHemicycle };
  tiles?: {
    tilesLayout: typeof tilesLayout;
    renderTiles: typeof renderTiles;
    directionalMove: typeof directionalMove;
    grid: Readonly<Record<string, readonly [number, number]>>;
    /** The arrangement's credit line, printed under the view (its licence asks for it). */
    credit: string;
  };
} = {};
