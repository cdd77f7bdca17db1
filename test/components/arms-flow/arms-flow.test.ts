/**
 * <arms-flow> in a browser: what a reader sees, hears and can do. Expected numbers are
 * computed here from the bundled rows with plain loops, not with the component's code.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow, FlowSelectEvent } from '../../../src/components/arms-flow/arms-flow.js';
import { defaultArms } from '../../../src/data/arms.default.js';
import type { ArmsDelivery } from '../../../src/data/types.js';
import type { TiesErrorEvent } from '../../../src/internal/base-element.js';
import { madeUp } from './own-data.js';
import { captureConsole } from '../../fixtures/console.js';
import { active, centre, drawn as drawnBy, mount as mountWidget, q, qa, words } from '../../helpers/dom.js';

const DATA = defaultArms();
const OWN = DATA.register.deliveries.filter((d) => d.recipient === DATA.register.recipient);
const sum = (rows: readonly ArmsDelivery[], keep: (d: ArmsDelivery) => boolean = () => true) => {
  let s = 0;
  for (const d of rows) if (keep(d)) s += d.tiv;
  return s;
};
// TIV as SIPRI publishes it: whole units.
const en1 = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(n);

const tableRows = (el: Element) => qa(el, 'table tbody tr');

const DRAWN = '.af-svg, .empty';
async function mount(attrs = '', width = 960): Promise<ArmsFlow> {
  await setViewport({ width: width + 40, height: 900 });
  return mountWidget(`<button id="before">before</button><arms-flow eager ${attrs}></arms-flow>`, {
    width,
    selector: DRAWN,
    timeout: 10000,
  });
}
const drawn = (el: ArmsFlow) => drawnBy(el, DRAWN, 10000);

describe('arms-flow: what a reader sees with no attributes', () => {
  it('a sankey of SIPRI TIV by supplier, with Russia, China and Belarus named and their numbers drawn', async () => {
    const el = await mount();
    expect(words(q(el, '.title'))).to.equal('Who arms Myanmar');
    // The subtitle states the finding in one sentence; the unit is in sight under the chart.
    const description = words(q(el, '.description'));
    expect(description).to.equal('Russia (42%) and China (42%) supplied most of Myanmar’s imports of major arms, 2000–2023.');
    expect(words(q(el, '.notes .unit'))).to.contain('a measure of military capability transferred, not money');
    expect(words(q(el, '.notes details'))).to.contain('a measure of military capability transferred, not a price');
    expect(q<HTMLDetailsElement>(el, '.notes details')!.open).to.equal(false);
    const labels = qa(el, '.af-svg .label.supplier').map(words);
    for (const name of ['Russia', 'China', 'Belarus']) {
      expect(labels).to.include(`${name} ${en1(sum(OWN, (d) => d.supplier === name))}`);
    }
    expect(words(q(el, '.af-svg .label.recipient'))).to.equal(`To Myanmar ${en1(sum(OWN))}`);
    // Post-coup deliveries are hatched, and the legend says what hatching means.
    expect(qa(el, '.band.post').length).to.be.greaterThan(0);
    expect(words(q(el, '.post-key'))).to.equal('Hatched: delivered from 2021, the year of the military coup (1 February 2021)');
    // TIV is never dollars in the chart.
    expect(words(q(el, '.af-svg'))).not.to.contain('$');
  });

  it('the hidden table and the CSV hold the rows shown, with units and SIPRI’s credit line', async () => {
    const el = await mount();
    expect(tableRows(el)).to.have.length(OWN.length);
    const caption = words(q(el, 'table caption'));
    expect(caption).to.contain('Information from the SIPRI Arms Transfers Database');
    expect(caption).to.contain('not a price');
    expect(caption).to.contain('United Wa State');
    expect(words(q(el, '.source'))).to.contain('Information from the SIPRI Arms Transfers Database');
    const href = q<HTMLAnchorElement>(el, 'a.download')!.href;
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal(
      'Supplier,Designation,Description,Armament category,Order year,Delivery year,Number delivered,SIPRI estimates,Status,TIV (SIPRI, millions),SIPRI deal ID'.replace(
        'TIV (SIPRI, millions)',
        '"TIV (SIPRI, millions)"',
      ),
    );
    expect(lines).to.have.length(OWN.length + 1);
    const tivTotal = lines.slice(1).reduce((a, l) => a + Number(l.split(',').at(-2)), 0);
    expect(Math.abs(tivTotal - sum(OWN))).to.be.lessThan(1e-6);
  });

  it('the reported figures sit beside our calculation from the register', async () => {
    const el = await mount();
    const panel = words(q(el, '[part="callouts"]'));
    // Each reported figure beside ours, in two short lines; how each was made waits in a closed disclosure.
    const values = qa(el, '.callout-values').map(words);
    expect(values[0]).to.equal('In the news “16%” SIPRI register, our sum 16% (183 of 1,126 TIV)');
    expect(values[1]).to.equal('In the news “49%” SIPRI register, our sum 58% (656 of 1,126 TIV)');
    expect(values[2]).to.equal('In the news “roughly $807 million” SIPRI register, our sum 839 TIV');
    expect(qa(el, '.callouts > ul > .callout details').every((d) => !(d as HTMLDetailsElement).open)).to.equal(true);
    expect(panel).to.contain('SIPRI’s TIV is not money');
    // Known facts only: no guess at what the article's dollars were.
    expect(panel).not.to.match(/most likely|written as dollars/);
    expect(panel).to.contain('at least $406 million');
    expect(panel).to.contain('Kvadrat-M');
    // Trade in all goods is not an arms figure: not among the callouts.
    expect(panel).not.to.contain('258.3');
    el.setAttribute('callouts', 'none');
    await el.updateComplete;
    expect(q(el, '[part="callouts"]')).to.be.null;
  });

  it('reserves its height before drawing, and the drawing keeps it', async () => {
    await setViewport({ width: 1000, height: 900 });
    const host = await fixture<HTMLDivElement>(html`<div style="width: 960px; margin-top: 3000px"><arms-flow></arms-flow></div>`);
    const el = host.querySelector('arms-flow')!;
    await el.updateComplete;
    const reserved = q(el, '.placeholder')!.getBoundingClientRect().height;
    el.scrollIntoView();
    await drawn(el);
    expect(q(el, '.af-svg')!.getBoundingClientRect().height).to.equal(reserved);
  });
});

describe('arms-flow: filters', () => {
  it('from, to and supplier narrow the chart, the table and the CSV to the same rows', async () => {
    const el = await mount('from="2015" to="2019" supplier="russia, belarus"');
    const keep = (d: ArmsDelivery) =>
      d.deliveryYear >= 2015 && d.deliveryYear <= 2019 && (d.supplier === 'Russia' || d.supplier === 'Belarus');
    expect(tableRows(el)).to.have.length(OWN.filter(keep).length);
    expect(qa(el, '.af-svg .label.supplier').map(words)).to.deep.equal([
      `Russia ${en1(sum(OWN, (d) => keep(d) && d.supplier === 'Russia'))}`,
      `Belarus ${en1(sum(OWN, (d) => keep(d) && d.supplier === 'Belarus'))}`,
    ]);
    expect(words(q(el, 'table caption'))).to.contain('2015–2019, suppliers Russia, Belarus');
  });

  it('an empty period says so in the chart, with an empty table and no exception', async () => {
    const el = await mount('from="2005" to="2006" supplier="Belarus"');
    expect(words(q(el, '.empty'))).to.equal('No deliveries to Myanmar match: 2005–2006, supplier Belarus.');
    expect(q(el, '.af-svg')).to.be.null;
    expect(tableRows(el)).to.have.length(0);
    expect(words(q(el, 'table caption'))).to.contain('none match');
  });

  it('a misspelt supplier or view is named in the widget, with what is shown instead', async () => {
    const cons = captureConsole('warn');
    try {
      const el = await mount('view="pie" supplier="Narnia"');
      const alert = words(q(el, '[role="alert"]'));
      expect(alert).to.contain('invalid view: "pie"; use one of sankey, map, timeline');
      expect(alert).to.contain('"Narnia" is not in this data; use one of Russia, China');
      expect(q(el, '.af-svg.sankey')).to.exist;
      expect(cons.lines.some((l) => l.includes('<arms-flow>') && l.includes('Narnia'))).to.be.true;
    } finally {
      cons.restore();
    }
  });
});

describe('arms-flow: keyboard, pointer and event', () => {
  it('Tab enters the chart, arrows move between suppliers and flows, Enter selects, Escape leaves', async () => {
    const el = await mount();
    (document.getElementById('before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(q(el, '.af-svg'));
    expect(q(el, '.af-svg')!.getAttribute('aria-label')).to.contain('Sankey diagram of arms deliveries to Myanmar');
    await sendKeys({ press: 'ArrowDown' });
    const russia = sum(OWN, (d) => d.supplier === 'Russia');
    expect(active(el)!.getAttribute('aria-label')).to.match(new RegExp(`^Russia: ${en1(russia)} TIV, \\d+ deals`));
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)!.getAttribute('aria-label')).to.match(/^China: /);
    await sendKeys({ press: 'ArrowRight' });
    const flowLabel = active(el)!.getAttribute('aria-label')!;
    const category = /^China to ([^:]+):/.exec(flowLabel)![1]!;
    const rows = OWN.filter((d) => d.supplier === 'China' && d.category === category);
    expect(flowLabel).to.contain(`${en1(sum(rows))} TIV`);
    await el.updateComplete;
    const tip = q(el, '[part="tooltip"]')!;
    expect(words(tip)).to.contain(`China → ${category}`);
    expect(active(el)!.getAttribute('aria-describedby')).to.equal(tip.id);
    const event = oneEvent(el, 'flow-select') as Promise<FlowSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await event;
    expect(e.bubbles && e.composed).to.be.true;
    expect(e.detail.supplier).to.equal('China');
    expect(e.detail.category).to.equal(category);
    expect(e.detail.recipient).to.equal('Myanmar');
    expect(e.detail.deliveries).to.have.length(rows.length);
    expect(Math.abs(e.detail.tiv - sum(rows))).to.be.lessThan(1e-9);
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)!.getAttribute('aria-label')).to.match(/^China: /);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(active(el)).to.equal(q(el, '.af-svg'));
    expect(q(el, '[part="tooltip"]')).to.be.null;
    // Arrows resume where the reader left off.
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)!.getAttribute('aria-label')).to.match(/^China: /);
  });

  it('hovering a flow lists the deals behind it, capped with "and N more"', async () => {
    const el = await mount();
    const russiaAircraft = OWN.filter((d) => d.supplier === 'Russia' && d.category === 'Aircraft');
    const deals = new Set(russiaAircraft.map((d) => d.sipriId)).size;
    const flow = qa(el, '.flow').find((f) => f.getAttribute('aria-label')!.startsWith('Russia to Aircraft:'))!;
    await sendMouse({ type: 'move', position: centre(flow.querySelector('.band')!) });
    await waitUntil(() => q(el, '[part="tooltip"]'), 'no tooltip on hover');
    const tip = words(q(el, '[part="tooltip"]'));
    expect(tip).to.contain('Russia → Aircraft');
    expect(tip).to.contain(`${en1(sum(russiaAircraft))} TIV (SIPRI, millions) · ${deals} deals`);
    if (deals > 5) expect(tip).to.contain(`and ${deals - 5} more`);
    expect(tip).to.match(/delivered from 2021/);
    await sendMouse({ type: 'move', position: [5, 5] });
    await waitUntil(() => !q(el, '[part="tooltip"]'), 'tooltip stays after the pointer left');
  });

  it('arrows reach an armament category: its name states its total, Enter selects every supplier’s deliveries of it', async () => {
    const el = await mount();
    expect(words(q(el, '#af-keys'))).to.contain('right again to the categories');
    (document.getElementById('before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    const flowLabel = active(el)!.getAttribute('aria-label')!;
    const category = /^China to ([^:]+):/.exec(flowLabel)![1]!;
    await sendKeys({ press: 'ArrowRight' });
    const rows = OWN.filter((d) => d.category === category);
    const suppliers = new Set(rows.map((d) => d.supplier)).size;
    const deals = new Set(rows.map((d) => `${d.supplier}|${d.sipriId}`)).size;
    expect(active(el)!.getAttribute('aria-label')).to.match(
      new RegExp(
        `^${category}: ${en1(sum(rows))} TIV from ${suppliers} suppliers, ${deals} deals; ${en1(sum(rows, (d) => d.deliveryYear >= 2021))} TIV delivered from 2021$`,
      ),
    );
    await el.updateComplete;
    const tip = q(el, '[part="tooltip"]')!;
    expect(words(tip)).to.match(new RegExp(`^${category} ${en1(sum(rows))} TIV \\(SIPRI, millions\\) · ${deals} deals`));
    expect(active(el)!.getAttribute('aria-describedby')).to.equal(tip.id);
    const event = oneEvent(el, 'flow-select') as Promise<FlowSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await event;
    expect(e.detail.supplier).to.be.null;
    expect(e.detail.category).to.equal(category);
    expect(e.detail.recipient).to.equal('Myanmar');
    expect(e.detail.deliveries).to.have.length(rows.length);
    expect(e.detail.deliveries.every((d) => d.category === category)).to.be.true;
    expect(Math.abs(e.detail.tiv - sum(rows))).to.be.lessThan(1e-9);
    expect(Math.abs(e.detail.tiv - sum(e.detail.deliveries))).to.be.lessThan(1e-9);
    // Left goes back along the flow the reader came by (China's, though Russia's is above it).
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)!.getAttribute('aria-label')).to.equal(flowLabel);
  });

  it('hovering a category shows every supplier’s deals of it and keeps its flows bright', async () => {
    const el = await mount();
    const category = 'Armoured vehicles';
    const rows = OWN.filter((d) => d.category === category);
    const node = qa(el, '.node-item').find((n) => n.getAttribute('aria-label')!.startsWith(`${category}:`))!;
    await sendMouse({ type: 'move', position: centre(node.querySelector('.node')!) });
    await waitUntil(() => q(el, '[part="tooltip"]'), 'no tooltip on hover');
    const tip = words(q(el, '[part="tooltip"]'));
    expect(tip).to.match(new RegExp(`^${category} ${en1(sum(rows))} TIV`));
    const top = [...new Set(rows.map((d) => d.supplier))]
      .map((s) => ({ s, tiv: sum(rows, (d) => d.supplier === s) }))
      .sort((a, b) => b.tiv - a.tiv)[0]!;
    expect(tip).to.contain(`From ${new Set(rows.map((d) => d.supplier)).size} suppliers: ${top.s} ${en1(top.tiv)}`);
    const into = (f: Element) => f.getAttribute('aria-label')!.includes(` to ${category}:`);
    const flows = qa(el, '.flow');
    expect(flows.filter(into).length).to.be.greaterThan(1);
    for (const f of flows) expect(f.classList.contains('dim'), f.getAttribute('aria-label')!).to.equal(!into(f));
    // Its suppliers stay bright, the other categories fade.
    const from = new Set(flows.filter(into).map((f) => f.getAttribute('aria-label')!.split(' to ')[0]));
    for (const n of qa(el, '.node-item')) {
      const name = n.getAttribute('aria-label')!.split(':')[0]!;
      expect(n.classList.contains('dim'), name).to.equal(!(name === category || from.has(name)));
    }
    await sendMouse({ type: 'move', position: [5, 5] });
    await waitUntil(() => !q(el, '[part="tooltip"]'), 'tooltip stays after the pointer left');
    expect(qa(el, '.dim')).to.have.length(0);
  });

  it('timeline: a bar per year and supplier, the coup marked, arrows cross years', async () => {
    const el = await mount('view="timeline"');
    expect(words(q(el, '.axis-title'))).to.equal('SIPRI TIV (millions)');
    expect(words(q(el, '.split-label'))).to.contain('Military coup');
    q<SVGElement>(el, '.af-svg')!.focus();
    await sendKeys({ press: 'Home' });
    const first = active(el)!.getAttribute('aria-label')!;
    const year = Math.min(...OWN.map((d) => d.deliveryYear));
    expect(first).to.match(new RegExp(`, ${year}: `));
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)!.getAttribute('aria-label')).to.contain(`, ${year + 1}: `);
    const event = oneEvent(el, 'flow-select') as Promise<FlowSelectEvent>;
    await sendKeys({ press: ' ' });
    const e = await event;
    expect(e.detail.deliveries.every((d) => d.deliveryYear === year + 1)).to.be.true;
  });

  it('map: the geometry loads lazily, flows are drawn per supplier, the unplaceable one is named', async () => {
    const el = await mount('view="map"');
    await waitUntil(() => q(el, '.af-svg.map'), 'map not drawn', { timeout: 10000 });
    await el.updateComplete;
    const placed = new Set(OWN.map((d) => d.supplier).filter((s) => DATA.register.suppliers?.[s]?.m49));
    expect(qa(el, '.mflow')).to.have.length(placed.size);
    expect(words(q(el, '[part="notes"]'))).to.contain('Not on the map, having no country to be placed in: unknown supplier(s), 29 TIV.');
    expect(words(q(el, '.widths'))).to.contain('Circle area: SIPRI TIV (millions)');
    q<SVGElement>(el, '.af-svg')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-label')).to.match(/^Russia: /);
    expect(words(q(el, '[part="tooltip"]'))).to.match(/delivered from 2021, the year of the military coup: \d+%/);
  });
});

describe('arms-flow: other data', () => {
  it('bad rows are named in the widget and dropped; the rest is drawn', async () => {
    const cons = captureConsole('error');
    try {
      const good = OWN[0]!;
      const el = document.createElement('arms-flow');
      el.eager = true;
      el.data = { register: { ...DATA.register, deliveries: [good, { ...good, tiv: 'lots' }] } } as never; // wrong on purpose: a number as text
      const error = oneEvent(el, 'error') as Promise<TiesErrorEvent>;
      document.body.append(el);
      const e = await error;
      await drawn(el);
      expect(e.detail.issues.map((i) => i.path)).to.include('register.deliveries[1].tiv');
      expect(words(q(el, '[role="alert"]'))).to.contain('register.deliveries[1].tiv');
      expect(tableRows(el)).to.have.length(1);
      el.remove();
    } finally {
      cons.restore();
    }
  });

  it('a register for another recipient, inline, renders in every view', async () => {
    const own = JSON.stringify(madeUp());
    for (const view of ['sankey', 'timeline', 'map']) {
      await setViewport({ width: 640, height: 900 });
      const host = await fixture<HTMLDivElement>(`<div style="width: 600px"><arms-flow eager view="${view}" callouts="none">
        <script type="application/json">${own}</script></arms-flow></div>`);
      const el = host.querySelector('arms-flow')!;
      await waitUntil(() => words(q(el, '.title')) === 'Who arms Atlantis', `${view}: own data not shown`);
      await waitUntil(() => q(el, `.af-svg, .empty`), `${view} not drawn`, { timeout: 10000 });
      await el.updateComplete;
      expect(tableRows(el), view).to.have.length(5);
      if (view === 'map') expect(words(q(el, '.empty'))).to.contain('The map cannot place Atlantis');
      else expect(qa(el, '[data-i]').length, view).to.be.greaterThan(0);
      expect(words(q(el, '.source'))).to.contain('Test register');
    }
  });
});

describe('arms-flow: accessibility', () => {
  for (const view of ['sankey', 'timeline', 'map']) {
    it(`${view} passes axe`, async () => {
      const el = await mount(`view="${view}"`);
      if (view === 'map') await waitUntil(() => q(el, '.af-svg.map'), 'map not drawn', { timeout: 10000 });
      await expect(el).to.be.accessible();
    });
  }
});
