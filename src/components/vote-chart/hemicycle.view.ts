/**
 * What the `hemicycle` view adds to the others, loaded by dynamic import only when a chart
 * shows it: the seats' layout and templates. Its height comes without it (hemicycle.size.ts).
 */
export { hemicycleLayout } from './hemicycle.layout.js';
export { renderHemicycle } from './hemicycle.render.js';
