/**
 * The entry of `dist/myanmar-ties.js`, the one script a CMS editor pastes.
 *
 * It registers every component, but loads a component's code only when its tag is on the
 * page: a page with one `<vote-chart>` downloads lit, the shared base and the vote chart,
 * not the arms register, the sankey or the force layout. Chunks are fetched relative to
 * this file's own URL, so the bundle works from any CDN folder.
 */
import { loaders, preloadShared, viewCode, watchTags } from './internal/autoload.js';

preloadShared(() => import('./internal/base-element.js'));

loaders.set('vote-chart', () => import('./components/vote-chart/vote-chart.js'));
loaders.set('arms-flow', () => import('./components/arms-flow/arms-flow.js'));
loaders.set('relation-map', () => import('./components/relation-map/relation-map.js'));

// A view's own code, fetched with its component when a tag asks for that view.
const view = (el: Element, name: string): string => el.getAttribute(name)?.trim().toLowerCase() ?? '';
viewCode.set('vote-chart', (el) =>
  view(el, 'view') === 'hemicycle'
    ? import('./components/vote-chart/hemicycle.view.js')
    : view(el, 'view') === 'map'
      ? import('./components/vote-chart/map.view.js')
      : view(el, 'view') === 'tiles'
        ? import('./components/vote-chart/tiles.view.js')
        : null,
);

watchTags();
