/**
 * Visual snapshots of each view, light and dark, at 320 and 960 px (12 baselines per browser
 * under test/screenshots/<browser>/baseline/arms-flow-*), plus the callout panel once. Taken
 * when drawing and the map's lazy geometry are finished, with nothing hovered or focused.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../../src/components/arms-flow/arms-flow.js';

async function shoot(name: string, width: number, theme: 'light' | 'dark', attrs: string) {
  await setViewport({ width: width + 40, height: 1000 });
  const host = document.createElement('div');
  host.style.cssText = `width: ${width}px; padding: 8px; background: ${theme === 'dark' ? '#161616' : '#ffffff'}`;
  host.innerHTML = `<arms-flow eager theme="${theme}" ${attrs}></arms-flow>`;
  await fixture(host);
  const el = host.querySelector('arms-flow') as ArmsFlow;
  await waitUntil(() => el.shadowRoot!.querySelector('.af-svg [data-i]'), `${name} not drawn`, { timeout: 10000 });
  await el.updateComplete;
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await visualDiff(host, name);
}

for (const view of ['sankey', 'map', 'timeline'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 960]) {
      it(`${view}, ${theme}, ${width} px`, async function () {
        this.timeout(20000);
        await shoot(`arms-flow-${view}-${theme}-${width}`, width, theme, `view="${view}" callouts="none"`);
      });
    }
  }
}

it('the reported figures beside our calculation, 960 px', async function () {
  this.timeout(20000);
  await shoot('arms-flow-callouts-light-960', 960, 'light', '');
});
