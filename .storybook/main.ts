import type { StorybookConfig } from '@storybook/web-components-vite';
// @ts-expect-error: a plain ES module script without types.
import { writeManifest } from '../scripts/manifest.mjs';

// The docs pages read custom-elements.json: make sure there is one even when Storybook is
// started directly (`npm run build-storybook` regenerates it first, so it is never stale there).
if (!writeManifest({ ifMissing: true })) throw new Error('custom-elements.json could not be generated');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Builds must work offline (CI, this machine): no telemetry, no "what's new" fetch.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) => ({
    ...vite,
    // Storybook's own manager and docs chunks are large; the warning says nothing about ours.
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
