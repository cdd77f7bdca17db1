/**
 * A page that polluted the built-in prototypes before loading the widgets (a vulnerable
 * library, a careless polyfill): enumerable junk on Object.prototype and Array.prototype,
 * including names the widgets' options and data use. Every view of every component must
 * still draw its data, take its attributes, and throw nothing. What Lit and d3 themselves
 * cannot survive (numeric keys, see below) is documented in the README ("Limits").
 */
import { expect } from '@open-wc/testing';
import { capture, mount, readerText, state, uncaught } from './harness.js';
import type { Case } from './hostile.js';
import { SMALL_VOTE } from '../fixtures/vote.js';

const POLLUTION: Record<string, unknown> = {
  polluted: 'yes',
  // Names the options, data and layouts read: a lookup through the prototype chain would find these.
  view: 'map',
  layout: 'geo',
  title: 'POLLUTED TITLE',
  id: '__polluted__',
  yes: 999,
  no: 999,
  tally: { yes: 999 },
  rollCall: [{ iso3: 'XXX', name: 'Polluted', vote: 'yes' }],
  sources: ['polluted-source'],
  center: 'nobody',
  register: 'polluted',
  figures: 'polluted',
  x: 'polluted',
  slice: 'not a function',
  length: 7,
};
const ARRAY_POLLUTION: Record<string, unknown> = {
  polluted: 'yes',
  extra: () => 'polluted',
};
// Not here: numeric keys ('0', '5') on Array.prototype or Object.prototype. A hole in an array
// then reads the polluted value, which d3 itself does not survive (d3-sankey's layers and
// d3-quadtree's nodes are preallocated arrays with holes): documented in the README (Limits).
for (const [k, v] of Object.entries(POLLUTION))
  Object.defineProperty(Object.prototype, k, { value: v, enumerable: true, writable: true, configurable: true });
for (const [k, v] of Object.entries(ARRAY_POLLUTION))
  Object.defineProperty(Array.prototype, k, { value: v, enumerable: true, writable: true, configurable: true });

const loaded = import('../../src/all.js').then(
  () => null,
  (e: Error) => e,
);

const own = {
  vote: { ...SMALL_VOTE, id: 'T/1', title: 'Own vote' },
  network: {
    actors: [
      { id: 'aaa', kind: 'state', name: 'Aaa', sources: [] },
      { id: 'bbb', kind: 'person', name: 'Bbb', sources: [] },
    ],
    ties: [{ id: 't1', type: 'visit', source: 'aaa', target: 'bbb', directed: true, date: '2014', label: 'Aaa visited Bbb', sources: [] }],
  },
};

// Keys left out, not set to undefined: a read of them goes to the prototype.
const { rollCall: _rollCall, title: _title, ...tallyOnly } = own.vote;

const CASES: Array<Case & { expectText?: RegExp; clean?: boolean }> = [
  ...(['bar', 'hemicycle', 'map'] as const).map((view): Case & { expectText?: RegExp } => ({
    name: `vote ${view}`,
    tag: 'vote-chart',
    attrs: { view },
    expect: 'chart',
    expectText: /119/,
  })),
  { name: 'own vote', tag: 'vote-chart', attrs: { view: 'hemicycle' }, data: own.vote, expect: 'chart', expectText: /Own vote/ },
  ...(['sankey', 'map', 'timeline'] as const).map((view): Case => ({
    name: `arms ${view}`,
    tag: 'arms-flow',
    attrs: { view, supplier: 'Russia China' },
    expect: 'chart',
  })),
  ...(['force', 'radial', 'geo'] as const).map((layout): Case => ({
    name: `network ${layout}`,
    tag: 'relation-map',
    attrs: { layout },
    expect: 'chart',
  })),
  { name: 'own network', tag: 'relation-map', data: own.network, expect: 'chart' },
  // Fields the data leaves out, which a read through the prototype chain would find polluted.
  { name: 'own vote, tally only', tag: 'vote-chart', data: tallyOnly, expect: 'chart', clean: true },
  { name: 'own network without a center', tag: 'relation-map', data: own.network, expect: 'chart', clean: true },
  {
    name: 'own register without figures',
    tag: 'arms-flow',
    data: {
      register: {
        recipient: 'Sylvania',
        unit: 'SIPRI TIV (millions)',
        release: '2025-01-03',
        deliveries: [
          {
            sipriId: 1,
            supplier: 'Freedonia',
            recipient: 'Sylvania',
            designation: 'T-1',
            description: 'tank',
            category: 'Armoured vehicles',
            orderYear: 2010,
            delivered: 10,
            deliveryYear: 2012,
            status: 'New',
            tivUnit: 1.5,
            tiv: 15,
          },
        ],
      },
    },
    expect: 'chart',
    clean: true,
  },
];

const DEFAULT_VIEW = { 'vote-chart': 'bar', 'arms-flow': 'sankey', 'relation-map': 'force' } as const;

describe('prototype pollution before the bundle loads', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const box of [...document.body.children]) if (box.tagName === 'DIV') box.remove();
  });
  after(() => {
    for (const k of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[k];
    for (const k of Object.keys(ARRAY_POLLUTION)) delete (Array.prototype as unknown as Record<string, unknown>)[k];
  });

  it('the components load', async () => {
    expect(await loaded).to.equal(null);
  });

  for (const c of CASES) {
    it(`${c.tag}: ${c.name} draws, with its own attributes, no polluted value, nothing thrown`, async () => {
      expect(await loaded).to.equal(null);
      uncaught.length = 0;
      const log = capture();
      let el: HTMLElement;
      try {
        el = await mount(c, 30_000);
      } finally {
        log.restore();
      }
      const s = state(el);
      expect(s.chart, 'drawn').to.exist;
      const text = readerText(el);
      expect(text).not.to.contain('POLLUTED');
      expect(text).not.to.contain('Polluted');
      expect(text).not.to.match(/\bNaN\b|undefined/);
      if (c.expectText) expect(text).to.match(c.expectText);
      // Nothing the data left out is taken from the polluted prototype (a roll call, a centre, figures).
      if (c.clean) expect(s.alert, 'no problem found in clean data').to.equal('');
      // The view asked for is the one drawn (a polluted `view` must not win).
      // relation-map's `layout` is an attribute alias of `view`, not a property: read the layout it drew.
      const view =
        c.tag === 'relation-map'
          ? (el as unknown as { _opts: { layout: string } })._opts.layout
          : (el as HTMLElement & { view?: string }).view;
      // (Own keys only: the test's own objects inherit the pollution too.)
      const asked = Object.hasOwn(c.attrs ?? {}, 'view')
        ? c.attrs!['view']
        : Object.hasOwn(c.attrs ?? {}, 'layout')
          ? c.attrs!['layout']
          : undefined;
      expect(view).to.equal(asked ?? DEFAULT_VIEW[c.tag]);
      expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
    });
  }

  it('vote-chart: a view change after pollution is taken', async () => {
    expect(await loaded).to.equal(null);
    const el = (await mount({ name: 'switch', tag: 'vote-chart', expect: 'chart' })) as HTMLElement & {
      view: string;
      updateComplete: Promise<unknown>;
    };
    el.setAttribute('view', 'hemicycle');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.chart svg circle').length, 'seats drawn').to.be.greaterThan(150);
    expect(uncaught).to.deep.equal([]);
  });
});
