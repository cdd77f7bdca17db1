/**
 * Framework recipe: React 19 renders <vote-chart> with a `data` property and an
 * `onvote-select` handler, with no wrapper component. The app is bundled by esbuild from
 * the built package, as in a user's React project.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SMALL_VOTE } from '../fixtures/vote.js';

interface App {
  mount(container: HTMLElement, props: { record: unknown; view: string; onSelect: (d: unknown) => void }): { unmount(): void };
}

const record = { ...SMALL_VOTE, title: 'Council vote on the new tram line' };

describe('React 19 recipe', function () {
  this.timeout(30_000);

  it('passes data as a property and receives vote-select through onvote-select', async () => {
    const app = (await import(/* @vite-ignore */ '/test/embed/react-app.bundle.js' as string)) as App;
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    const selected: unknown[] = [];
    const root = app.mount(container, { record, view: 'hemicycle', onSelect: (d) => selected.push(d) });
    try {
      const el = container.querySelector('vote-chart')!;
      expect(el).to.exist;
      // The title comes from the record React passed as a property, not from the bundled vote.
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.includes('tram line'), 'data property not used');
      await waitUntil(() => el.shadowRoot!.querySelector('.chart svg'), 'chart not drawn');
      // Keyboard, as a reader would: into the chart, ArrowRight to the first seat, Enter selects it.
      const chart = el.shadowRoot!.querySelector<SVGElement>('.chart svg[tabindex="0"]');
      expect(chart, 'the chart is one tab stop').to.exist;
      chart!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => selected.length > 0, 'onvote-select was not called');
      const detail = selected[0] as { country: { name: string }; vote: { id: string } };
      // Seats run by vote, then name: the first is France, in favour.
      expect(detail.country.name).to.equal('France');
      expect(detail.vote.id).to.equal(record.rollCall!.find((r) => r.name === detail.country.name)!.vote);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
