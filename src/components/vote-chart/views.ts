import type { hemicycleLayout } from './hemicycle.layout.js';
import type { renderHemicycle } from './hemicycle.render.js';

/**
 * Lazy view modules that have already run: where charts find them. The CMS entry fetches a view's code alongside the
 * component's when a tag asks for that view; the module notes itself here as it runs, so the
 * chart draws it in its first render instead of waiting for its own import() to resolve a
 * task later.
 */
export const loadedViews: {
  hemicycle?: { hemicycleLayout: typeof hemicycleLayout; renderHemicycle: typeof renderHemicycle };
} = {};
