/**
 * Visual snapshots of <arms-flow> on Burmese and Russian pages, every view at 320 and 960 px
 * (baselines arms-flow-<lang>-<view>-<width> under test/screenshots/<browser>/baseline/): names in
 * Burmese script (Padauk) and Cyrillic, wrapped and placed as drawn. UI words stay English
 * until the message catalogue lands; these pictures are about the data's names and the layout.
 */
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../../src/components/arms-flow/arms-flow.js';
import { mountIn } from '../../locales/locales.js';

for (const lang of ['my', 'ru'] as const) {
  for (const view of ['sankey', 'map', 'timeline'] as const) {
    for (const width of [320, 960]) {
      it(`${lang}, ${view}, ${width} px`, async function () {
        this.timeout(40000);
        const { host } = await mountIn<ArmsFlow>('arms-flow', lang, `view="${view}" callouts="none"`, width, '.af-svg [data-i]');
        await visualDiff(host, `arms-flow-${lang}-${view}-${width}`);
        host.remove();
      });
    }
  }
}
