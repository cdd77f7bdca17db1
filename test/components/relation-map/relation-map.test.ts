/**
 * <relation-map> in a real browser: what a reader sees and can do with mouse, keyboard
 * and screen reader. Data is the small fixture network unless a test says otherwise.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/relation-map/relation-map.js';
import type { RelationMap, ActorSelectEvent, TieSelectEvent } from '../../../src/components/relation-map/relation-map.js';
import type { Network } from '../../../src/data/types.js';
import { network, bigNetwork } from './fixture.js';
import { active, drawn as drawnBy, mount as mountWidget, q, qa, words } from '../../helpers/dom.js';

const drawn = (el: RelationMap) => drawnBy(el, '.graph', 2000);
const mount = (attrs = '', data: Network = network) =>
  mountWidget<RelationMap>(`<relation-map eager ${attrs}></relation-map>`, { data, selector: '.graph', timeout: 2000 });

const idsOf = (el: RelationMap) => qa(el, '.nodes .node').map((n) => el.shownData && (n as SVGGElement).dataset.i);
const nodeOf = (el: RelationMap, id: string) => {
  const i = network.actors.findIndex((a) => a.id === id);
  return q<SVGGElement>(el, `.nodes .node[data-i="${i}"]`)!;
};
const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};
const tiesOf = (id: string) => network.ties.filter((t) => t.source === id || t.target === id);

before(async () => {
  await setViewport({ width: 960, height: 900 });
});

describe('relation-map: what a reader sees', () => {
  it('draws every actor, labels names and lists only the tie types present', async () => {
    const el = await mount();
    expect(idsOf(el)).to.have.length(network.actors.length);
    const labels = qa(el, 'text.label').map(words);
    for (const name of ['Belarus', 'Russia', 'Min Aung Hlaing', 'Alexander Lukashenko']) expect(labels).to.include(name);
    expect(labels.some((l) => l.startsWith("Myanmar's military"))).to.be.true;
    expect(qa(el, '.ties path.tie:not(.double-core)')).to.have.length(network.ties.length);
    const legend = words(q(el, '[part="legend"]'));
    for (const t of ['Arms supply', 'Visit', 'Meeting', 'Joint commission', 'UN vote', 'Sanction', 'State', 'Person', 'Organisation']) {
      expect(legend).to.contain(t);
    }
    // Directed ties carry an arrowhead coloured by their type.
    const arms = qa(el, '.ties path.t-arms-supply')[0]!;
    expect(arms.getAttribute('marker-end')).to.equal('url(#head-arms-supply)');
    expect(words(q(el, '[part="title"]'))).to.equal('Network of actors and ties');
    expect(words(q(el, '[part="description"]'))).to.contain('16 actors and 20 ties, 1994–2023');
  });

  it('placed labels do not overlap as actually rendered', async () => {
    for (const width of [320, 960]) {
      await setViewport({ width, height: 900 });
      const el = await mount();
      const texts = qa<SVGTextElement>(el, '.labels text.label');
      const boxes = texts.map((t) => t.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(5);
      // Drawn at the size the layout measured them at: a size smaller on a phone.
      expect([...new Set(texts.map((t) => getComputedStyle(t).fontSize))], `label size at ${width}px`).to.deep.equal([
        width < 480 ? '11px' : '12px',
      ]);
      const r = (b: DOMRect) => [b.left, b.top, b.right, b.bottom].map(Math.round).join(',');
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => {
          // Text boxes include the font's line gap (20 px for 12 px text in Firefox): the ink is the middle of the box.
          const slack = Math.max(2, (a.height - 12) / 2);
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - slack && b.top < a.bottom - slack;
          expect(overlap, `labels "${words(texts[i])}" [${r(a)}] and "${words(texts[i + 1 + j])}" [${r(b)}] overlap at ${width}px`).to.be
            .false;
        }),
      );
      el.remove();
    }
    await setViewport({ width: 960, height: 900 });
  });

  it('hovering an actor highlights its ties and names it', async () => {
    const el = await mount();
    await sendMouse({ type: 'move', position: centre(nodeOf(el, 'blr')) });
    await waitUntil(() => q(el, '.overlay .tie'), 'no highlight');
    const degree = tiesOf('blr').filter((t) => t.type !== 'agreement' && t.type !== 'commission').length;
    const doubles = tiesOf('blr').length - degree;
    expect(qa(el, '.overlay path.tie:not(.double-core)')).to.have.length(degree + doubles);
    expect(q(el, 'svg g.dim')).to.exist;
    expect(words(q(el, '[part="tooltip"]'))).to.contain('Belarus');
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !q(el, '.overlay .tie'), 'highlight stays after leaving');
  });

  it('clicking an actor opens its details: ties with dates and sources, and fires actor-select', async () => {
    const el = await mount();
    const event = oneEvent(el, 'actor-select') as Promise<ActorSelectEvent>;
    await sendMouse({ type: 'click', position: centre(nodeOf(el, 'blr')) });
    const e = await event;
    expect(e.detail.actor.id).to.equal('blr');
    expect(e.detail.ties.map((t) => t.id).sort()).to.deep.equal(
      tiesOf('blr')
        .map((t) => t.id)
        .sort(),
    );
    await el.updateComplete;
    const panel = q(el, '[part="details"]')!;
    expect(words(panel.querySelector('[role="heading"]'))).to.equal('Belarus');
    const items = [...panel.querySelectorAll('li')].map(words);
    expect(items).to.have.length(tiesOf('blr').length);
    const visit = items.find((t) => t.includes('Visits Belarus'))!;
    expect(visit).to.contain('Visit from Min Aung Hlaing');
    expect(visit).to.contain('November 2014');
    expect(visit).to.contain('The Irrawaddy');
    expect(items.find((t) => t.includes('Kvadrat-M'))).to.contain('Arms supply to Myanmar');
    expect(active(el)).to.equal(panel.querySelector('[role="heading"]'));
  });

  it('a tie chosen in the details panel fires tie-select with both actors', async () => {
    const el = await mount();
    await sendMouse({ type: 'click', position: centre(nodeOf(el, 'blr')) });
    await el.updateComplete;
    const button = [...qa<HTMLButtonElement>(el, '.tie-button')].find((b) => words(b) === 'Kvadrat-M surface-to-air missile systems')!;
    const event = oneEvent(el, 'tie-select') as Promise<TieSelectEvent>;
    button.click();
    const e = await event;
    expect(e.detail.tie.id).to.equal('t-kvadrat');
    expect(e.detail.source.name).to.equal('Belarus');
    expect(e.detail.target.id).to.equal('mm-military');
    expect(e.bubbles && e.composed).to.be.true;
  });

  it('keyboard: Tab enters the graph, arrows go through the tied actors in an announced order, Enter opens details, Escape closes and returns', async () => {
    const el = await mount();
    q<HTMLButtonElement>(el, '.zoom-buttons button:last-child')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.classList.contains('graph')).to.be.true;
    await el.updateComplete;
    const status = () => words(q(el, '.stage ~ [role="status"]'));
    expect(status()).to.contain("Myanmar's military (Tatmadaw), organisation");
    expect(q(el, '.cursor-ring')).to.exist;
    const neighbours = new Set(tiesOf('mm-military').map((t) => (t.source === 'mm-military' ? t.target : t.source)));
    const names = new Map(network.actors.map((a) => [a.name, a.id]));
    // The current actor is exposed natively: the graph is a listbox whose active option is that actor.
    const graph = q<HTMLElement>(el, '.graph')!;
    const activeOption = () => el.shadowRoot!.getElementById(graph.getAttribute('aria-activedescendant') ?? '');
    expect(words(activeOption())).to.equal("Myanmar's military (Tatmadaw)");
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(status(), 'a step that cannot go says so').to.contain('is where the walk started');
    const visited: string[] = [];
    for (let k = 0; k < neighbours.size; k++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(status()).to.match(new RegExp(`, ${k + 1} of ${neighbours.size} tied to Myanmar's military`));
      const name = status().split(',')[0]!;
      visited.push(names.get(name)!);
      expect(words(activeOption())).to.equal(name);
    }
    expect(new Set(visited)).to.deep.equal(neighbours);
    const current = visited.at(-1)!;
    const event = oneEvent(el, 'actor-select') as Promise<ActorSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.actor.id).to.equal(current);
    await el.updateComplete;
    expect(words(q(el, '[part="details"] [role="heading"]'))).to.equal(network.actors.find((a) => a.id === current)!.name);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '[part="details"]')).to.be.null;
    expect(active(el)?.classList.contains('graph')).to.be.true;
    expect(status()).to.contain(network.actors.find((a) => a.id === current)!.name);
  });

  it('offers a structured list of actors with their ties in words', async () => {
    const el = await mount();
    const details = q<HTMLDetailsElement>(el, 'details.list-view')!;
    expect(words(details.querySelector('summary'))).to.contain('16 actors');
    details.open = true;
    await waitUntil(() => details.querySelector('ul'), 'list not rendered on open');
    const items = [...details.querySelectorAll(':scope > ul > li')];
    expect(items).to.have.length(network.actors.length);
    const mah = items.find((li) => words(li.querySelector('.actor-name')) === 'Min Aung Hlaing')!;
    expect(words(mah)).to.contain('Person, Commander-in-chief, junta leader');
    const ties = [...mah.querySelectorAll('li')].map(words);
    expect(ties).to.have.length(tiesOf('min-aung-hlaing').length);
    expect(ties.join('\n')).to.contain('Visits Belarus — Visit to Belarus, November 2014. Source: The Irrawaddy');
  });

  it('keeps the hidden table and CSV of the ties shown', async () => {
    const el = await mount('types="arms-supply"');
    const rows = qa(el, 'table tbody tr').map((tr) => [...tr.children].map(words));
    const arms = network.ties.filter((t) => t.type === 'arms-supply');
    expect(rows).to.have.length(arms.length);
    expect(rows.map((r) => r[0])).to.include('Belarus');
    expect(rows.find((r) => r[0] === 'Russia')![3]).to.equal('2018 – 2022');
  });

  it('is accessible (axe), with the details panel open too', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await sendMouse({ type: 'click', position: centre(nodeOf(el, 'blr')) });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('relation-map: layouts, filters and controls', () => {
  it('types, from and to hide the ties outside them (and actors left without a tie)', async () => {
    const el = await mount('types="arms-supply sanction"');
    const kept = network.ties.filter((t) => t.type === 'arms-supply' || t.type === 'sanction');
    expect(qa(el, '.ties path.tie')).to.have.length(kept.length);
    const ids = new Set(kept.flatMap((t) => [t.source, t.target]));
    expect(qa(el, '.nodes .node')).to.have.length(ids.size);
    expect(words(q(el, '[part="legend"]'))).not.to.contain('Visit');

    el.types = undefined;
    el.from = 2020;
    el.to = 2021;
    await drawn(el);
    const inRange = network.ties.filter((t) => {
      if (!t.date) return true;
      const [a, b] = [Number(t.date.slice(0, 4)), Number((t.endDate ?? t.date).slice(0, 4))];
      return b >= 2020 && a <= 2021;
    });
    expect(qa(el, '.ties path.tie:not(.double-core)')).to.have.length(inRange.length);
  });

  it('labels="focus" names only the focus and its neighbours; labels="none" names no one until hovered', async () => {
    const el = await mount('labels="focus" focus="blr"');
    const near = new Set([
      'Belarus',
      ...tiesOf('blr').map((t) => network.actors.find((a) => a.id === (t.source === 'blr' ? t.target : t.source))!.name),
    ]);
    const shown = qa(el, '.labels text.label').map(words);
    expect(shown.length).to.be.greaterThan(2);
    for (const name of shown)
      expect(near.has(name) || near.has(name.replace('…', '')) || [...near].some((n) => n.startsWith(name.slice(0, -1))), name).to.be.true;
    el.labels = 'none';
    await el.updateComplete;
    expect(qa(el, '.labels text.label')).to.have.length(0);
    await sendMouse({ type: 'move', position: centre(nodeOf(el, 'rus')) });
    await waitUntil(() => qa(el, '.hover-labels text.label').some((t) => words(t) === 'Russia'), 'hover names the actor');
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  it('formats dates and numbers in the lang of the page', async () => {
    const el = await mount('lang="de"');
    await sendMouse({ type: 'click', position: centre(nodeOf(el, 'rada-airlines')) });
    await el.updateComplete;
    expect(words(q(el, '[part="details"]'))).to.contain('10. Februar 2021');
    const big = await mount('lang="de"', bigNetwork(1200, 1300));
    expect(words(q(big, '[part="description"]'))).to.contain('1.200 actors and 1.300 ties');
  });

  it('bad attributes are named in the widget and it still draws', async () => {
    const el = await mount('types="arms-supply bribe" focus="nobody" layout="tree"');
    const alert = words(q(el, '[role="alert"]'));
    expect(alert).to.contain('invalid types: "bribe"; use any of arms-supply');
    expect(alert).to.contain('no actor has the id "nobody"; centred on "mm-military"');
    expect(alert).to.contain('invalid layout: "tree"; use one of story, force, radial, geo');
    expect(qa(el, '.nodes .node').length).to.be.greaterThan(2);
  });

  it('the time slider fades ties after its year', async () => {
    const el = await mount();
    const slider = q<HTMLInputElement>(el, '[part="controls"] input[type="range"]')!;
    expect([slider.min, slider.max, slider.value]).to.deep.equal(['1994', '2023', '2023']);
    expect(words(slider.closest('label'))).to.contain('Ties up to');
    slider.value = '2015';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const later = network.ties.filter((t) => t.date && Number(t.date.slice(0, 4)) > 2015);
    expect(qa(el, '.ties path.tie.later:not(.double-core)')).to.have.length(later.length);
    expect(slider.getAttribute('aria-valuetext')).to.equal(`2015: ${network.ties.length - later.length} of ${network.ties.length} ties`);
  });

  it('radial: the focus is in the middle, its neighbours on the first ring', async () => {
    const el = await mount('layout="radial" focus="blr"');
    const svg = q<SVGSVGElement>(el, '.graph svg')!;
    const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const pos = (id: string) => {
      const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(nodeOf(el, id).getAttribute('transform')!)!;
      return Math.hypot(Number(m[1]) - w / 2, Number(m[2]) - h / 2);
    };
    expect(pos('blr')).to.be.below(0.01);
    const first = tiesOf('blr').map((t) => (t.source === 'blr' ? t.target : t.source));
    const r1 = pos(first[0]!);
    for (const id of first) expect(Math.abs(pos(id) - r1)).to.be.below(0.01);
    expect(pos('sergei-shoigu')).to.be.greaterThan(r1 + 1);
    expect(qa(el, 'circle.ring').length).to.be.greaterThan(1);
  });

  it('geo: draws the map, states on it, placeless actors under "No location"', async () => {
    const el = await mount('layout="geo"');
    expect(qa(el, 'path.country').length).to.be.greaterThan(20);
    expect(words(q(el, '.no-location text'))).to.equal('No location');
    const box = q(el, '.no-location rect')!.getBoundingClientRect();
    const [x, y] = centre(nodeOf(el, 'un-ga'));
    expect(x >= box.left && x <= box.right && y >= box.top && y <= box.bottom).to.be.true;
    // Its ties do not cross the map at rest; pointing at it draws them.
    const band = qa(el, '.base .ties path.band:not(.double-core)');
    expect(band).to.have.length(tiesOf('un-ga').length);
    for (const p of band) expect(getComputedStyle(p).visibility).to.equal('hidden');
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => qa(el, '.overlay path.tie:not(.double-core)').length === tiesOf('un-ga').length, 'pointing draws its ties');
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  it('zoom buttons zoom; Reset view restores the picture', async () => {
    const el = await mount();
    const zoomed = () => q(el, '.graph svg > g')!.getAttribute('transform');
    expect(zoomed()).to.equal('translate(0,0) scale(1)');
    q<HTMLButtonElement>(el, 'button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    expect(zoomed()).to.match(/scale\(1\.6\)/);
    q<HTMLButtonElement>(el, '.zoom-buttons button:last-child')!.click();
    await el.updateComplete;
    expect(zoomed()).to.equal('translate(0,0) scale(1)');
  });

  it('dragging an actor pins it where it is dropped', async () => {
    const el = await mount();
    const node = nodeOf(el, 'usa');
    const [x, y] = centre(node);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 40, y + 30] });
    await sendMouse({ type: 'move', position: [x - 60, y + 50] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    const [nx, ny] = centre(nodeOf(el, 'usa'));
    expect(Math.abs(nx - (x - 60))).to.be.below(2);
    expect(Math.abs(ny - (y + 50))).to.be.below(2);
    expect(q(el, '[part="details"]'), 'a drag is not a click').to.be.null;
  });
});

describe('relation-map: own data', () => {
  it('reports ties to missing actors, duplicate ids and self-loops by path; the rest renders', async () => {
    const bad = {
      actors: [
        { id: 'a', kind: 'state', name: 'Alpha', sources: ['x'] },
        { id: 'b', kind: 'person', name: 'Beta', sources: ['x'] },
        { id: 'a', kind: 'organisation', name: 'Alpha again', sources: ['x'] },
        { id: 'c', kind: 'organisation', name: 'Gamma', sources: ['x'] },
      ],
      ties: [
        { id: 't1', type: 'visit', source: 'b', target: 'a', directed: true, date: '2020', label: 'Visit', sources: ['x'] },
        { id: 't2', type: 'trade', source: 'a', target: 'zed', directed: true, label: 'Trade', sources: ['x'] },
        { id: 't3', type: 'meeting', source: 'c', target: 'c', directed: false, label: 'Self', sources: ['x'] },
        { id: 't4', type: 'meeting', source: 'c', target: 'b', directed: false, label: 'Meeting', sources: ['x'] },
      ],
    };
    const el = await mount('', bad as unknown as Network);
    const alert = words(q(el, '[role="alert"]'));
    expect(alert).to.contain('actors[2].id');
    expect(alert).to.contain('ties[1].target');
    expect(alert).to.contain('zed');
    expect(alert).to.contain('ties[2].target');
    expect(alert).to.contain('the rest is shown');
    expect(qa(el, '.nodes .node')).to.have.length(3);
    expect(qa(el, '.ties path.tie')).to.have.length(2);
    expect(qa(el, 'text.label').map(words).sort()).to.deep.equal(['Alpha', 'Beta', 'Gamma']);
  });

  it('2,000 actors and 5,000 ties draw on a canvas and stay keyboard-accessible', async function () {
    this.timeout(30000);
    const el = await mount('', bigNetwork(2000, 5000));
    expect(q(el, 'canvas.base')).to.exist;
    expect(q(el, '.nodes')).to.be.null;
    const canvas = q<HTMLCanvasElement>(el, 'canvas.base')!;
    // Something was painted.
    const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) painted++;
    expect(painted).to.be.greaterThan(1000);
    q<HTMLElement>(el, '.graph')!.focus();
    await el.updateComplete;
    const status = () => words(q(el, '.stage ~ [role="status"]'));
    expect(status()).to.match(/^Actor 0, state, \d+ ties/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(status()).to.match(/^Actor \d+/);
    expect(status()).not.to.match(/^Actor 0,/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '[part="details"]')).to.exist;
  });
});

describe('relation-map: nothing to show', () => {
  /** Mounts without waiting for a graph (there is none). */
  const mountBare = async (attrs: string, data: unknown) => {
    const host = document.createElement('div');
    host.innerHTML = `<relation-map eager ${attrs}></relation-map>`;
    const el = host.firstElementChild as RelationMap;
    (el as { data: unknown }).data = data;
    await fixture<HTMLDivElement>(host);
    await el.updateComplete;
    return el;
  };

  it('an empty network says so in the chart area, never a blank box', async () => {
    const el = await mountBare('', { actors: [], ties: [] });
    const message = q(el, '.chart [role="status"]');
    expect(words(message)).to.equal('No actors to show.');
    expect(message!.closest('.empty')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(q(el, '.chart svg, .chart canvas, .graph')).to.be.null;
    expect(q(el, '[part="controls"]'), 'no slider or zoom for nothing').to.be.null;
    expect(words(q(el, '[part="legend"]'))).to.equal('');
    expect(q(el, '[role="alert"]'), 'not an error').to.be.null;
    expect(words(q(el, '[part="description"]'))).to.contain('0 actors and 0 ties');
    await expect(el).to.be.accessible();
  });

  it('filters that keep no tie say which filters match nothing', async () => {
    const el = await mountBare('from="2030" to="2031" types="sanction"', network);
    expect(words(q(el, '.chart [role="status"]'))).to.equal('No ties match: 2030–2031, sanction.');
    expect(q(el, '.graph')).to.be.null;
    el.from = undefined;
    el.to = undefined;
    await drawn(el);
    expect(qa(el, '.ties path.tie')).to.have.length(1);
    expect(q(el, '.chart .empty')).to.be.null;
  });
});

describe('relation-map: a large network appears at once and settles', () => {
  // Media emulation needs the Chrome DevTools protocol, which Firefox's driver does not offer.
  const canEmulate = !navigator.userAgent.includes('Firefox');
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** Counts repaints of the base canvas (each clears it first), without waiting for the layout. */
  async function mountLarge(data: Network) {
    const paints: number[] = [];
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...a: [number, number, number, number]) {
      if (this.canvas.classList.contains('base')) paints.push(performance.now());
      return clear.apply(this, a);
    };
    const host = document.createElement('div');
    // A fixed width: a scrollbar appearing must not redraw the picture at another size.
    host.style.width = '640px';
    host.innerHTML = '<relation-map eager></relation-map>';
    const el = host.firstElementChild as RelationMap;
    el.data = data;
    document.body.append(host);
    await waitUntil(() => q(el, '.graph canvas.base'), 'the start is drawn', { timeout: 5000, interval: 5 });
    const restore = () => {
      CanvasRenderingContext2D.prototype.clearRect = clear;
      host.remove();
    };
    return { el, paints, restore };
  }

  it('draws the first placement with a "Laying out…" status, is keyboard-usable meanwhile, then settles', async function () {
    this.timeout(30000);
    const { el, paints, restore } = await mountLarge(bigNetwork(2000, 5000));
    try {
      const status = q(el, '.stage [role="status"].settling');
      expect(words(status)).to.equal('Laying out…');
      // The list and the keyboard do not wait for the layout.
      expect(words(q(el, 'details summary'))).to.contain('2,000 actors');
      q<HTMLElement>(el, '.graph')!.focus();
      await waitUntil(() => /^Actor 0, state/.test(words(q(el, '.stage ~ [role="status"]'))), 'the keyboard names the focus');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(
        () => /^Actor \d+/.test(words(q(el, '.stage ~ [role="status"]'))) && !/^Actor 0,/.test(words(q(el, '.stage ~ [role="status"]'))),
      );
      await el.updateComplete;
      expect(q(el, '.settling'), 'the status goes when the layout is done').to.be.null;
      expect(paints.length, 'redrawn while it settles').to.be.greaterThan(2);
      expect(active(el), 'focus stays on the graph').to.equal(q(el, '.graph'));
    } finally {
      restore();
    }
  });

  it('under prefers-reduced-motion draws the first placement and then only the final one (Chromium: needs media emulation)', async function () {
    if (!canEmulate) this.skip();
    this.timeout(30000);
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, paints, restore } = await mountLarge(bigNetwork(1200, 3000));
    try {
      expect(words(q(el, '.settling'))).to.equal('Laying out…');
      await el.updateComplete;
      expect(q(el, '.settling')).to.be.null;
      expect(paints.length, 'start and final only').to.equal(2);
    } finally {
      restore();
    }
  });
});

describe('relation-map: the centre actor (`center`, and `focus` as its HTML alias)', () => {
  /** Distance of an actor from the middle of the radial layout, px. */
  const offCentre = (el: RelationMap, id: string) => {
    const svg = q<SVGSVGElement>(el, '.graph svg')!;
    const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(nodeOf(el, id).getAttribute('transform')!)!;
    return Math.hypot(Number(m[1]) - w / 2, Number(m[2]) - h / 2);
  };

  it('centres on `center`; `focus="…"` still works in HTML; `center` wins when both are given', async () => {
    const byCenter = await mount('layout="radial" center="blr"');
    expect(offCentre(byCenter, 'blr')).to.be.below(0.01);
    const byAlias = await mount('layout="radial" focus="blr"');
    expect(offCentre(byAlias, 'blr')).to.be.below(0.01);
    expect(byAlias.center, 'the alias is not reflected into `center`').to.equal(undefined);
    const both = await mount('layout="radial" center="rus" focus="blr"');
    expect(offCentre(both, 'rus')).to.be.below(0.01);
    byAlias.removeAttribute('focus');
    await drawn(byAlias);
    expect(offCentre(byAlias, 'mm-military'), 'back on the network’s own centre').to.be.below(0.01);
  });

  it('leaves HTMLElement.focus() alone, so a framework that sets properties (React 19) cannot break it', async () => {
    const el = await mount('layout="radial" focus="blr"');
    expect(el.focus).to.equal(HTMLElement.prototype.focus);
    // What React 19 does with <relation-map center="rus">: `'center' in el`, so it sets the property.
    expect('center' in el).to.equal(true);
    el.center = 'rus';
    await drawn(el);
    expect(offCentre(el, 'rus')).to.be.below(0.01);
    expect(() => el.focus()).to.not.throw();
  });

  it('an unknown centre is reported naming the attribute the editor used', async () => {
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (m: string) => said.push(m);
    try {
      const el = await mount('center="nobody"');
      expect(el.issues.map((i) => i.message).join(' ')).to.match(/invalid center: no actor has the id "nobody"/);
    } finally {
      console.warn = warn;
    }
    expect(said.join(' ')).to.contain('nobody');
  });

  it('the list view’s summary keeps the space in "57 actors" for screen readers (one text node, no whitespace-only one)', async () => {
    const el = await mount();
    const summary = q(el, '.list-view summary')!;
    expect(words(summary)).to.equal(`List view: ${network.actors.length} actors and their ties`);
    const blank = [...summary.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && !n.textContent!.trim());
    expect(blank).to.have.length(0);
  });
});

describe('relation-map: the story view (the bundled data) and the whole web on demand', () => {
  const mountDefault = async (attrs = '') => {
    const host = await fixture<HTMLDivElement>(`<div style="width: 960px"><relation-map eager ${attrs}></relation-map></div>`);
    return drawn(host.firstElementChild as RelationMap);
  };

  it('draws the ranked cast by default, states its key ties in words, and "Show all" reveals the whole web and comes back', async () => {
    const el = await mountDefault();
    const all = el.shownData!.actors.length;
    const shown = qa(el, '.nodes .node').length;
    expect(shown).to.be.within(12, 20);
    const labels = qa(el, 'text.label').map(words);
    for (const name of ['Myanmar military', 'Myanmar', 'Belarus', 'Russia']) expect(labels).to.include(name);
    expect(words(q(el, '.key-ties'))).to.contain(
      'Belarus → Myanmar military (Tatmadaw): Two Kvadrat-M surface-to-air missile systems delivered, 2016',
    );
    const legendTies = qa(el, '[part="legend"] .tie').length;
    const button = q<HTMLButtonElement>(el, 'button.whole')!;
    expect(words(button)).to.equal(`Show all ${all} actors`);
    button.click();
    await drawn(el);
    expect(qa(el, '.nodes .node')).to.have.length(all);
    expect(q(el, '.key-ties')).to.be.null;
    expect(qa(el, '[part="legend"] .tie').length, 'the legend grows with what is on screen').to.be.greaterThan(legendTies);
    q<HTMLButtonElement>(el, 'button.whole')!.click();
    await drawn(el);
    expect(qa(el, '.nodes .node')).to.have.length(shown);
  });

  it('accepts view="force", and layout="radial" as its alias; view wins over layout; a bad value names the attribute typed', async () => {
    const bad = await mountDefault('view="tree" show-issues');
    expect(words(q(bad, '[role="alert"]'))).to.contain('invalid view: "tree"; use one of story, force, radial, geo');
    expect(qa(await mountDefault('view="force"'), '.nodes .node').length).to.be.greaterThan(40);
    const alias = await mountDefault('layout="radial"');
    expect(q(alias, '.rings, .ring')).to.exist;
    expect(qa(await mountDefault('view="story" layout="force"'), '.nodes .node').length).to.be.within(12, 20);
  });
});
