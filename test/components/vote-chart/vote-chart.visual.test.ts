/**
 * Visual snapshots of each view, light and dark, at 320 and 960 px: 16 baselines per
 * browser under test/screenshots/<browser>/baseline/vote-chart-*. Taken once drawing (and
 * the map's lazy geometry) is finished, with nothing hovered or focused.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';

for (const view of ['bar', 'hemicycle', 'map', 'tiles'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 960]) {
      it(`${view}, ${theme}, ${width} px`, async function () {
        this.timeout(20000);
        await setViewport({ width: width + 40, height: 1000 });
        const host = document.createElement('div');
        host.style.cssText = `width: ${width}px; padding: 8px; background: ${theme === 'dark' ? '#161616' : '#ffffff'}`;
        host.innerHTML = `<vote-chart eager view="${view}" theme="${theme}"></vote-chart>`;
        await fixture(host);
        const el = host.querySelector('vote-chart') as VoteChart;
        await waitUntil(() => el.shadowRoot!.querySelector('.frame svg [data-key]'), `${view} not drawn`, { timeout: 10000 });
        await el.updateComplete;
        // Let fonts and the last paint settle.
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await visualDiff(host, `vote-chart-${view}-${theme}-${width}`);
      });
    }
  }
}
