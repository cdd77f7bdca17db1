/**
 * Visual snapshots of <vote-chart> on Burmese and Russian pages, every view at 320 and 960 px
 * (baselines vote-chart-<lang>-<view>-<width> under test/screenshots/<browser>/baseline/): names in
 * Burmese script (Padauk) and Cyrillic, wrapped and placed as drawn. UI words stay English
 * until the message catalogue lands; these pictures are about the data's names and the layout.
 */
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';
import { mountIn } from '../../locales/locales.js';

for (const lang of ['my', 'ru'] as const) {
  for (const view of ['bar', 'hemicycle', 'map', 'tiles'] as const) {
    for (const width of [320, 960]) {
      it(`${lang}, ${view}, ${width} px`, async function () {
        this.timeout(40000);
        const { host } = await mountIn<VoteChart>('vote-chart', lang, `view="${view}"`, width, '.frame svg [data-key]');
        await visualDiff(host, `vote-chart-${lang}-${view}-${width}`);
        host.remove();
      });
    }
  }
}
