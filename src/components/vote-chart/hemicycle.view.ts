/**
 * What the `hemicycle` view adds to the others, loaded by dynamic import only when a chart
 * shows it: the seats' layout and templates. Its height comes without it (hemicycle.size.ts).
 */
import { hemicycleLayout } from './hemicycle.layout.js';
import { renderHemicycle } from './hemicycle.render.js';
import { loadedViews } from './views.js';

export { hemicycleLayout, renderHemicycle };

loadedViews.hemicycle = { hemicycleLayout, renderHemicycle };
