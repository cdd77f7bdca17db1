/**
 * Visual snapshots of <arms-flow> on Burmese, Russian and Belarusian pages, every view at 320
 * and 960 px (baselines arms-flow-<lang>-<view>-<width> under test/screenshots/<browser>/baseline/):
 * the catalogue's words and the suppliers' names in Burmese script (Padauk) and Cyrillic, wrapped
 * and placed as drawn. The recipient, SIPRI's categories and the events stay as the data writes them.
 */
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../../src/components/arms-flow/arms-flow.js';
import { mountIn } from '../../locales/locales.js';

for (const lang of ['my', 'ru', 'be'] as const) {
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
