import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import { readComponents, type Manifest } from '../demo/builder-manifest.js';
import { controlFor, forStorybook } from './manifest.js';
// Registers every component once the entry is wired; until then the glob below does it.
import '../src/all.ts';

setCustomElementsManifest(forStorybook(manifest as unknown as Manifest));
/** Every component's tag, for the toolbar's theme. */
const TAGS = readComponents(manifest as unknown as Manifest)
  .map((c) => c.tag)
  .join(', ');

// Each component's registration module is the file named like its folder
// (src/components/vote-chart/vote-chart.ts); the other files there are its parts.
const modules = import.meta.glob('../src/components/*/*.ts');
const registered = Promise.all(
  Object.entries(modules)
    .filter(([path]) => /\/components\/([^/]+)\/\1\.ts$/.test(path))
    .map(([, load]) => load()),
);

/** The toolbar's theme on every widget of a story; "story" gives each back the theme it was written with. */
function applyTheme(root: Element, theme: string): void {
  if (!TAGS) return;
  for (const w of root.querySelectorAll(TAGS)) {
    const el = w as HTMLElement;
    if (!('storyTheme' in el.dataset)) el.dataset.storyTheme = el.getAttribute('theme') ?? '';
    const own = el.dataset.storyTheme!;
    const want = theme === 'story' ? own : theme;
    if (want) el.setAttribute('theme', want);
    else el.removeAttribute('theme');
  }
}

/**
 * Toolbar theme and language for every story. The language is set on a wrapper, as a page
 * would (widgets take the nearest ancestor's `lang`); a story's own `lang` still wins.
 */
const withThemeAndLang: Decorator = (story, context) => {
  const theme = String(context.globals.theme ?? 'story');
  const lang = String(context.globals.lang ?? 'story');
  return html`<div
    class="mt-story"
    data-theme=${theme}
    lang=${lang === 'story' ? 'en' : lang}
    ${ref((el) => {
      // After this render pass, when the story's widgets are in the wrapper.
      if (el) queueMicrotask(() => applyTheme(el, theme));
    })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLang],
  loaders: [
    async () => {
      await registered;
      return {};
    },
  ],
  argTypesEnhancers: [
    (context) => {
      const out = { ...context.argTypes };
      for (const [name, at] of Object.entries(out)) {
        // A story's own control wins; only the ones inferred from the manifest are replaced.
        if (at.control === undefined || (at.control as { type?: string } | null)?.type === 'object')
          out[name] = { ...at, ...controlFor(at) };
      }
      return out;
    },
  ],
  globalTypes: {
    theme: {
      description: 'Theme of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'Theme: as in the story' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (follows the system)' },
        ],
      },
    },
    lang: {
      description: 'Language of numbers and dates',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'Language: as in the story (en)' },
          { value: 'en', title: 'English (en)' },
          { value: 'de', title: 'Deutsch (de)' },
          { value: 'fr', title: 'Français (fr)' },
          { value: 'ru', title: 'Русский (ru)' },
          { value: 'my', title: 'မြန်မာ (my)' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'story', lang: 'story' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', '*'] },
    },
  },
};

export default preview;
