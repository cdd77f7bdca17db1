/**
 * Every word `<relation-map>` shows or announces comes from the message catalogue: each view at
 * 320 and 960 px drawn in the pseudo-locale, then a reader's turn (keyboard onto an actor and on
 * to a neighbour, so the announcement and tooltip speak; Enter for the details; the list view
 * opened), and the empty state of filters that match nothing (see ./bypass.ts for what counts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/relation-map/relation-map.js';
import type { RelationMap } from '../../src/components/relation-map/relation-map.js';
import { addLocale } from '../../src/internal/i18n/catalogues.js';
import { bypasses as bypassesOf } from './bypass.js';
import { labelText } from '../../src/components/relation-map/encoding.js';
import { sourceRefs } from '../../src/data/sources.refs.js';
import type { Network } from '../../src/data/types.js';

addLocale('en-XA', () => import('../../src/internal/i18n/locales/en-XA.js'));

async function mount(attrs: string, width: number, drawn = '.graph'): Promise<RelationMap> {
  await setViewport({ width: width + 40, height: 1200 });
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.lang = 'en-XA';
  host.innerHTML = `<relation-map eager ${attrs}></relation-map>`;
  document.body.replaceChildren(host);
  const el = host.firstElementChild as RelationMap;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector(drawn), `relation-map ${attrs} was not drawn`, { timeout: 20000 });
  await el.updateComplete;
  return el;
}

/**
 * Data the widget shows besides `shownData`'s own strings: actor names as labels shorten them
 * ("State Military Industrial…"), and the sources' labels (data/sources.json) and the publishers
 * cut from them ("The Diplomat").
 */
function fromData(el: RelationMap): string[] {
  const data = el.shownData as Network | null;
  if (!data) return [];
  const ids = [...data.actors.flatMap((a) => a.sources), ...data.ties.flatMap((t) => t.sources)];
  const sources = sourceRefs([...new Set(ids)]).flatMap((r) => [r.label, ...r.label.split(/, |; /)]);
  return [...data.actors.map((a) => labelText(a.name).replace(/…$/, '')), ...sources];
}

const bypasses = (el: RelationMap) => bypassesOf(el, fromData(el));

const live = (el: RelationMap) => el.shadowRoot!.querySelector('.live')!.textContent!.trim();

/** Keyboard into the graph, on to a neighbour and into its ties, then Enter (details) and the list view opened. */
async function readersTurn(el: RelationMap): Promise<void> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('.graph')!.focus();
  await el.updateComplete;
  expect(live(el), 'the focus is announced').to.not.equal('');
  await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
  expect(live(el), 'the neighbour is announced').to.match(/\d/);
  expect(root.querySelector('.tooltip-root')!.textContent!.trim(), 'the tooltip shows').to.not.equal('');
  // Everything the walk says at once is only in the live region: check it before it changes.
  expect(bypasses(el)).to.deep.equal([]);
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(bypasses(el)).to.deep.equal([]);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await waitUntil(() => root.querySelector('[part="details"]'), 'the details did not open');
  const list = root.querySelector<HTMLDetailsElement>('details.list-view')!;
  list.open = true;
  await waitUntil(() => list.querySelector('ul'), 'the list view did not open');
  await el.updateComplete;
}

describe('pseudo-locale: no word of <relation-map> bypasses the catalogue', function () {
  this.timeout(60000);

  for (const view of ['story', 'force', 'radial', 'geo']) {
    for (const width of [320, 960]) {
      it(`view="${view}" at ${width}px, and a reader's turn`, async () => {
        const el = await mount(`view="${view}"`, width, '.graph svg .nodes');
        expect(bypasses(el)).to.deep.equal([]);
        await readersTurn(el);
        expect(bypasses(el)).to.deep.equal([]);
      });
    }
  }

  it('"Show all" from the story, then back, and the slider moved', async () => {
    const el = await mount('', 960, '.graph svg .nodes');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.whole')!;
    expect(button.textContent!.trim()).to.match(/^⟦/);
    button.click();
    await el.updateComplete;
    await waitUntil(
      () => el.getAttribute('view') === 'force' && el.shadowRoot!.querySelector('.graph svg .nodes'),
      'the whole web was not drawn',
      { timeout: 20000 },
    );
    await el.updateComplete;
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('.year input')!;
    slider.value = String(Number(slider.min) + 1);
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(bypasses(el)).to.deep.equal([]);
  });

  it('filters that match no tie, and data with nothing in it', async () => {
    const el = await mount('view="force" types="sanction" from="2030" to="2031"', 320, '.chart [role="status"]');
    expect(bypasses(el)).to.deep.equal([]);
    const none = await mount('', 320, '.chart');
    none.data = { actors: [], ties: [] };
    await none.updateComplete;
    await waitUntil(() => none.shadowRoot!.querySelector('.empty [role="status"]'), 'no empty state');
    expect(bypasses(none)).to.deep.equal([]);
  });
});
