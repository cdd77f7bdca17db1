/**
 * <vote-chart> in a real browser: what a reader sees and can do with mouse, keyboard and
 * screen reader. Expected numbers are counted from data/vote.json here, not read from the chart.
 */
import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart, VoteSelectEvent } from '../../../src/components/vote-chart/vote-chart.js';
import type { TiesErrorEvent } from '../../../src/internal/base-element.js';
import type { VoteRecord } from '../../../src/data/types.js';
import voteJson from '../../../data/vote.json';
import { TALLY_ONLY, TWO_OPTIONS, WITH_PRESENT } from '../../fixtures/vote.js';
import { captureConsole } from '../../fixtures/console.js';
import { active, drawn as drawnBy, mount as mountWidget, q, qa, words } from '../../helpers/dom.js';

const VOTE = voteJson as unknown as VoteRecord;
const tip = (el: Element) => q<HTMLElement>(el, '[part="tooltip"]')!;
const tipShown = (el: Element) => !tip(el).hidden && getComputedStyle(tip(el)).display !== 'none';

/** Votes per option, counted straight from the roll call. */
const counted: Record<string, number> = {};
for (const e of VOTE.rollCall!) counted[e.vote] = (counted[e.vote] ?? 0) + 1;
const labelOf = Object.fromEntries(VOTE.options.map((o) => [o.id, o.label]));

const DRAWN = '.frame svg [data-key]';
const drawn = (el: VoteChart): Promise<VoteChart> => drawnBy(el, DRAWN, 5000);
const mount = (attrs = '', data?: unknown, width = 960): Promise<VoteChart> =>
  mountWidget(`<button id="before">before</button><vote-chart eager ${attrs}></vote-chart>`, {
    width,
    data,
    selector: DRAWN,
    timeout: 5000,
  });

const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

before(async () => {
  await setViewport({ width: 1000, height: 900 });
});

describe('vote-chart: what a reader sees with no attributes', () => {
  it('draws the resolution, its date and 119 / 1 / 36, with 37 not voting of 193', async () => {
    const el = await mount();
    // The numbers, literally, and the same counted from the data file.
    expect([counted.yes, counted.no, counted.abstain, counted.absent]).to.deep.equal([119, 1, 36, 37]);
    // The title states the finding; the resolution's name is in the source line.
    expect(words(q(el, '[part="title"]'))).to.equal('Belarus alone voted against; Russia and China abstained');
    expect(words(q(el, '[part="description"]'))).to.equal(
      'UN General Assembly vote, 18 June 2021: 119 in favour, 1 against, 36 abstained; 37 of 193 members did not vote.',
    );
    expect(words(q(el, '[part="source"]'))).to.contain(`"${VOTE.title}", 18 June 2021`);
    const segs = qa(el, 'rect.seg');
    expect(segs.map((s) => s.getAttribute('data-key'))).to.deep.equal(['yes', 'no', 'abstain']);
    const voting = counted.yes! + counted.no! + counted.abstain!;
    for (const s of segs) {
      const id = s.getAttribute('data-key')!;
      const share = ((counted[id]! / voting) * 100).toFixed(1);
      expect(s.getAttribute('aria-label')).to.equal(`${labelOf[id]}: ${counted[id]} (${share}%)`);
      // Widths drawn in proportion (the 1-vote sliver is kept at least 2 px wide).
      const w = Number(s.getAttribute('width'));
      expect(Math.abs(w - Math.max(2, (counted[id]! / voting) * 960))).to.be.lessThan(2.1);
    }
    const inside = qa(el, '.inside text').map(words);
    expect(inside).to.include.members([String(counted.yes), '76.3%', String(counted.abstain), '23.1%']);
    const callouts = qa(el, '.callout').map(words);
    expect(callouts).to.include('Against 1 (0.6%): Belarus');
    expect(callouts.find((c) => c.startsWith('Abstained:'))).to.match(/China, India, Laos, Thailand, Bangladesh and \d+ others/);
    expect(words(q(el, '.note'))).to.contain(`156 of 193 members voted; ${counted.absent} did not vote`);
    // Belarus' callout hangs from the sliver it explains.
    const sliver = q(el, 'rect.seg[data-key="no"]')!.getBoundingClientRect();
    const leader = q(el, '.leader')!.getBoundingClientRect();
    expect(leader.left).to.be.within(sliver.left - 0.5, sliver.right + 0.5);
  });

  it('the default highlight comes from the data: its `highlight` group, else its first group', async () => {
    const withGroup = {
      ...VOTE,
      groups: [
        { id: 'highlight', label: 'Named in reporting', members: ['BLR', 'RUS', 'CHN', 'IND', 'LAO', 'THA', 'BGD'], sources: [] },
        ...VOTE.groups!,
      ],
    };
    const el = await mount('', withGroup);
    expect(qa(el, '.callout').map(words)).to.include('Abstained: Russia, China, India, Laos, Thailand, Bangladesh and 30 others');
    el.view = 'hemicycle';
    await el.updateComplete;
    expect(
      qa(el, 'circle.seat.hl')
        .map((s) => s.getAttribute('data-key'))
        .sort(),
    ).to.deep.equal(['BGD', 'BLR', 'CHN', 'IND', 'LAO', 'RUS', 'THA']);
    // An empty attribute highlights nobody but the lone vote against, which is still named.
    el.highlight = '';
    await el.updateComplete;
    expect(qa(el, 'circle.seat.hl').map((s) => s.getAttribute('data-key'))).to.deep.equal(['BLR']);
    expect(qa(el, '.callout').map(words)).to.deep.equal(['Against: Belarus']);
  });

  it('names the source and offers the numbers as a hidden table of 193 rows and a CSV of the same rows', async () => {
    const el = await mount();
    expect(words(q(el, '[part="source"]'))).to.contain('United Nations Digital Library');
    const rows = qa(el, 'table tbody tr').map((tr) => [...tr.children].map(words));
    expect(rows).to.have.length(193);
    expect(rows).to.deep.include(['Belarus', 'BLR', 'Against']);
    expect(rows).to.deep.include(['Myanmar', 'MMR', 'In favour']);
    const perVote: Record<string, number> = {};
    for (const r of rows) perVote[r[2]!] = (perVote[r[2]!] ?? 0) + 1;
    expect(perVote).to.deep.equal(Object.fromEntries(Object.entries(counted).map(([id, n]) => [labelOf[id], n])));
    expect(words(q(el, 'table caption'))).to.contain('119 in favour, 1 against (Belarus), 36 abstained, 37 did not vote, of 193 members');
    const link = q<HTMLAnchorElement>(el, 'a[download]')!;
    const csv = decodeURIComponent(link.href.split(',').slice(1).join(',')).replace('\ufeff', '').trim().split('\r\n');
    expect(csv[0]).to.equal('Country,ISO code,Vote');
    expect(csv).to.have.length(194);
    expect(csv).to.include('Belarus,BLR,Against');
    expect(csv).to.include('Iran (Islamic Republic of),IRN,Abstained');
    expect(link.download).to.equal('belarus-alone-voted-against-russia-and-china-abstained.csv');
  });

  it('labels do not overlap or leave the chart as actually rendered, at 320 and 960 px', async () => {
    for (const width of [320, 960]) {
      const el = await mount('', undefined, width);
      const svg = q(el, '.frame svg')!.getBoundingClientRect();
      const boxes = qa<SVGTextElement>(el, '.frame svg text').map((t) => ({ t: words(t), r: t.getBoundingClientRect() }));
      for (const { t, r } of boxes) {
        expect(r.left, `"${t}" at ${width}px`).to.be.at.least(svg.left - 1);
        expect(r.right, `"${t}" at ${width}px`).to.be.at.most(svg.right + 1);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const overlap = a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 3 && b.r.top < a.r.bottom - 3;
          expect(overlap, `"${a.t}" overlaps "${b.t}" at ${width}px`).to.be.false;
        }),
      );
      el.parentElement!.remove();
    }
  });
});

describe('vote-chart: views', () => {
  it('hemicycle: one seat per voting member, each a country with its vote; show-absent adds the 37', async () => {
    const el = await mount('view="hemicycle"');
    const seats = qa(el, 'circle.seat[data-key]');
    expect(seats).to.have.length(counted.yes! + counted.no! + counted.abstain!);
    const byKey = new Map(VOTE.rollCall!.map((e) => [e.iso3, e]));
    for (const s of seats) {
      const e = byKey.get(s.getAttribute('data-key')!)!;
      expect(s.getAttribute('aria-label')).to.equal(`${e.name}: ${labelOf[e.vote]!.toLowerCase()}`);
      expect(s.classList.contains(`vote-${e.vote}`)).to.be.true;
    }
    expect(words(q(el, '[part="legend"]'))).to.contain('37 did not vote (not shown)');
    el.showAbsent = true;
    await el.updateComplete;
    expect(qa(el, 'circle.seat[data-key]')).to.have.length(193);
    expect(qa(el, 'circle.seat.vote-absent')).to.have.length(counted.absent!);
    expect(qa(el, 'table tbody tr'), 'the table lists all 193 either way').to.have.length(193);
  });

  it('map: all 193 members placed, small states as dots, non-members marked, Myanmar outlined', async () => {
    const el = await mount('view="map"');
    await waitUntil(() => qa(el, '.countries [data-key]').length > 0, 'map not drawn', { timeout: 8000 });
    await el.updateComplete;
    const marks = qa(el, '.countries [data-key]');
    expect(new Set(marks.map((m) => m.getAttribute('data-key')))).to.deep.equal(new Set(VOTE.rollCall!.map((e) => e.iso3)));
    for (const iso of ['SGP', 'BHR', 'MLT', 'MDV']) expect(q(el, `circle.dot[data-key="${iso}"]`), iso).to.exist;
    expect(q(el, '[data-key="BLR"]')!.classList.contains('vote-no')).to.be.true;
    expect(qa(el, 'path.nonmember').length).to.be.at.least(6);
    expect(q(el, 'path.subject')).to.exist;
    expect(qa(el, '.map-labels text').map(words)).to.include.members(['Myanmar', 'Belarus']);
    expect(words(q(el, '[part="legend"]'))).to.contain('Not a UN member');
    // The reserved height is the drawn height: no jump when the geometry arrives.
    // (The world, its padding, and a band above it for names: 12 px type and its halo.)
    expect(q(el, '.frame svg')!.getBoundingClientRect().height).to.equal(Math.ceil((960 - 6) * 0.445) + 6 + Math.ceil(12 * 1.17) + 5);
  });

  it('reserves the drawn height before drawing, so the article does not jump', async () => {
    for (const view of ['bar', 'hemicycle', 'map']) {
      // Far offscreen for each view: the last one scrolled the page down to its chart.
      window.scrollTo(0, 0);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"><div style="height: 4000px"></div></div>`);
      const el = document.createElement('vote-chart');
      el.setAttribute('view', view);
      wrap.append(el);
      await el.updateComplete;
      const reserved = q(el, '.placeholder')!.getBoundingClientRect().height;
      el.scrollIntoView();
      await waitUntil(() => q(el, '.frame svg [data-key]'), `${view} not drawn after scrolling near`, { timeout: 8000 });
      await el.updateComplete;
      expect(q(el, '.frame svg')!.getBoundingClientRect().height, view).to.equal(reserved);
      wrap.remove();
    }
  });
});

describe('vote-chart: keyboard, pointer, search and event', () => {
  it('Tab enters the chart, arrows move seat to seat, Enter selects, Escape leaves', async () => {
    const el = await mount('view="hemicycle"');
    q<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(q(el, '.frame svg'));
    expect(q(el, '.frame svg')!.getAttribute('aria-label')).to.contain('119 in favour, 1 against (Belarus)');
    // Seats run by vote, then name: the first is the alphabetically first country in favour.
    const firstYes = VOTE.rollCall!.filter((e) => e.vote === 'yes')
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'en'));
    // The keyboard's code loads when focus first enters the widget; a key pressed meanwhile
    // is kept and answered once it has (updateComplete waits for it).
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-label')).to.equal(`${firstYes[0]}: in favour`);
    // Right moves along the row as drawn: the next seat up the outer row, not the next name.
    const first = active(el)!;
    await sendKeys({ press: 'ArrowRight' });
    const next = active(el)!;
    expect(next.getAttribute('aria-label')).to.match(/: in favour$/);
    const r = Number(first.getAttribute('r'));
    expect(Number(next.getAttribute('cy'))).to.be.lessThan(Number(first.getAttribute('cy')));
    expect(Math.abs(Number(next.getAttribute('cx')) - Number(first.getAttribute('cx')))).to.be.lessThan(4 * r);
    await el.updateComplete;
    expect(tipShown(el)).to.be.true;
    expect(words(tip(el))).to.contain(next.getAttribute('aria-label')!.split(':')[0]!);
    expect(q(el, '.focus-ring'), 'a visible focus ring').to.exist;
    // Page Down jumps to the next vote: Belarus, the only one against.
    await sendKeys({ press: 'PageDown' });
    expect(active(el)!.getAttribute('data-key')).to.equal('BLR');
    const event = oneEvent(el, 'vote-select') as Promise<VoteSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await event;
    expect(e.detail).to.deep.equal({ country: { iso3: 'BLR', name: 'Belarus', m49: '112' }, vote: { id: 'no', label: 'Against' } });
    expect(e.bubbles && e.composed).to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(active(el)).to.equal(q(el, '.frame svg'));
    expect(tipShown(el)).to.be.false;
    // Arrows resume where the reader left off.
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)!.getAttribute('data-key')).to.equal('BLR');
  });

  it('map: arrows move to the nearest country in that direction, starting at Myanmar', async () => {
    const el = await mount('view="map"');
    await waitUntil(() => q(el, '.countries [data-key]'), 'map not drawn', { timeout: 8000 });
    q<SVGElement>(el, '.frame svg')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)!.getAttribute('data-key')).to.equal('MMR');
    const x = (k: string) => centre(q(el, `[data-key="${k}"]`)!)[0];
    await sendKeys({ press: 'ArrowLeft' });
    const west = active(el)!.getAttribute('data-key')!;
    expect(x(west)).to.be.lessThan(x('MMR'));
    await sendKeys({ press: 'ArrowRight' });
    expect(x(active(el)!.getAttribute('data-key')!)).to.be.greaterThan(x(west));
  });

  it('hovering a seat shows its country and vote in a tooltip inside the chart', async () => {
    const el = await mount('view="hemicycle"');
    const seat = q(el, 'circle[data-key="BLR"]')!;
    await sendMouse({ type: 'move', position: centre(seat) });
    await waitUntil(() => tipShown(el), 'no tooltip on hover');
    expect(words(tip(el))).to.equal('Belarus Against');
    expect(el.shadowRoot!.contains(tip(el))).to.be.true;
    // The tooltip sits by the seat.
    const t = tip(el).getBoundingClientRect();
    const s = seat.getBoundingClientRect();
    expect(Math.abs(t.left + t.width / 2 - (s.left + s.width / 2))).to.be.lessThan(t.width / 2 + 13);
    expect(t.bottom).to.be.at.most(s.top + 1);
    await sendMouse({ type: 'move', position: [5, 5] });
    await waitUntil(() => !tipShown(el), 'tooltip stays after leaving');
    // A click selects, as Enter does.
    const event = oneEvent(el, 'vote-select') as Promise<VoteSelectEvent>;
    await sendMouse({ type: 'click', position: centre(q(el, 'circle[data-key="RUS"]')!) });
    expect((await event).detail.vote.id).to.equal('abstain');
  });

  it('the search box finds a country by name, focuses it and announces its vote', async () => {
    const el = await mount('view="hemicycle"');
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(q(el, `label[for="${input.id}"]`)).to.exist;
    // The suggestions are built when a reader reaches the box, not before.
    expect(qa(el, 'datalist option')).to.have.length(0);
    input.focus();
    await el.updateComplete;
    expect(qa(el, 'datalist option')).to.have.length(193);
    await sendKeys({ type: 'belarus' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('data-key')).to.equal('BLR');
    expect(words(q(el, '[aria-live="polite"]'))).to.equal('Belarus: against');
    // A unique beginning is enough; in the bar view the country's segment takes focus.
    el.view = 'bar';
    await el.updateComplete;
    input.focus();
    input.value = '';
    await sendKeys({ type: 'Russia' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('data-key')).to.equal('abstain');
    expect(words(q(el, '[aria-live="polite"]'))).to.equal('Russian Federation: abstained');
    expect(words(tip(el))).to.contain('Russian Federation');
    input.focus();
    input.value = '';
    await sendKeys({ type: 'Atlantis' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(words(q(el, '[aria-live="polite"]'))).to.equal('No country in this vote matches “Atlantis”.');
  });
});

describe('vote-chart: attributes', () => {
  it('highlight names countries by code or name; unknown ones are named in a warning', async () => {
    const cons = captureConsole('warn');
    try {
      const el = await mount('view="hemicycle" highlight="blr Russian Federation XYZ"');
      expect(qa(el, '.hl-ring')).to.have.length(2);
      expect(q(el, 'circle[data-key="RUS"]')!.classList.contains('hl')).to.be.true;
      const alert = words(q(el, '[role="alert"]'));
      expect(alert).to.contain('highlight: "XYZ" matches no country in this vote');
      expect(cons.lines.join('\n')).to.contain('<vote-chart> highlight: "XYZ"');
      expect(qa(el, '.callout').map(words)).to.include('Abstained: Russia and 35 others');
    } finally {
      cons.restore();
    }
  });

  it('group emphasises its members and states how they voted; an unknown group lists the valid ids', async () => {
    const cons = captureConsole('warn');
    try {
      const el = await mount('group="neighbours"');
      expect(words(q(el, '.group-bar'))).to.contain("Myanmar's five neighbours: all 5 abstained");
      el.view = 'hemicycle';
      await el.updateComplete;
      const dim = qa(el, 'circle.seat.dim').map((s) => s.getAttribute('data-key'));
      // Outside the group, faded, except the countries the notes name (Belarus, Russia…).
      expect(dim).to.have.length(156 - 5 - 2);
      expect(dim).not.to.include('IND');
      expect(dim).not.to.include('BLR');
      el.group = 'nordic';
      await el.updateComplete;
      expect(words(q(el, '[role="alert"]'))).to.contain('invalid group: "nordic"; use one of neighbours, asean');
      expect(qa(el, 'circle.seat.dim')).to.have.length(0);
      el.setAttribute('view', 'pie');
      await el.updateComplete;
      expect(words(q(el, '[role="alert"]'))).to.contain('invalid view: "pie"; use one of bar, hemicycle, map');
      expect(qa(el, 'rect.seg')).to.have.length(3);
    } finally {
      cons.restore();
    }
  });

  it('takes its colours from the documented custom properties', async () => {
    const el = await mount('style="--mt-vote-no: rgb(1, 2, 3); --mt-vote-yes: rgb(4, 5, 6)"');
    expect(getComputedStyle(q(el, 'rect.seg[data-key="no"]')!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(q(el, 'rect.seg[data-key="yes"]')!).fill).to.equal('rgb(4, 5, 6)');
  });

  it('formats numbers in the page language', async () => {
    const el = await mount('lang="de"');
    expect(qa(el, '.inside text').map(words)).to.include('76,3 %');
    expect(words(q(el, '[part="description"]'))).to.contain('18. Juni 2021');
  });
});

describe('vote-chart: own data and bad data', () => {
  it('a tally without a roll call: bar, anonymous hemicycle, and a map that says why it cannot draw', async () => {
    const el = await mount('', TALLY_ONLY);
    expect(qa(el, 'rect.seg').map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      'Yes: 31 (59.6%)',
      'No: 17 (32.7%)',
      'Abstained: 4 (7.7%)',
    ]);
    expect(q(el, 'input[type="search"]'), 'no search without names').to.be.null;
    expect(qa(el, 'table tbody tr').map((tr) => [...tr.children].map(words))).to.deep.equal([
      ['Yes', '31', '59.6'],
      ['No', '17', '32.7'],
      ['Abstained', '4', '7.7'],
    ]);
    expect(q(el, '[part="source"]')!.textContent).to.contain('Council minutes, 14 May 2024');
    el.view = 'hemicycle';
    await el.updateComplete;
    expect(qa(el, 'circle.seat')).to.have.length(52);
    expect(qa(el, 'g.seat-group').map((g) => g.getAttribute('aria-label'))).to.deep.equal(['Yes: 31', 'No: 17', 'Abstained: 4']);
    el.view = 'map';
    await el.updateComplete;
    expect(words(q(el, '.chart .message'))).to.contain('records only totals');
  });

  it('two options with ids it has never seen, and a "present" option, draw with their own labels and colours', async () => {
    const two = await mount('view="hemicycle"', TWO_OPTIONS);
    expect(qa(two, 'circle.seat.vote-yes')).to.have.length(4);
    // (Named seats, here the three lone nays, move to the outer row, so not in name order.)
    expect(
      qa(two, 'circle.seat.vote-no')
        .map((s) => s.getAttribute('aria-label'))
        .sort(),
    ).to.deep.equal(['Estonia: nay', 'Iceland: nay', 'Latvia: nay']);
    expect(words(two.shadowRoot!.querySelector('[part="description"]'))).to.equal(
      'NB8/2023/2, 2 November 2023: 4 aye, 3 nay (Estonia, Iceland and Latvia), of 7 members.',
    );
    const present = await mount('', WITH_PRESENT);
    const seg = q(present, 'rect.seg[data-key="present"]')!;
    expect(seg.classList.contains('c2')).to.be.true;
    // Palette colour 3 (bluish green, #009e73): not one a vote meaning reserves.
    expect(getComputedStyle(seg).fill).to.equal('rgb(0, 158, 115)');
    expect(qa(present, '.callout').map(words)).to.include('No: Chile');
    present.view = 'map';
    await waitUntil(() => qa(present, '.countries [data-key]').length === 9, 'own roll call not mapped', { timeout: 8000 });
  });

  it('says which field is wrong, draws what is valid, and fires error', async () => {
    const cons = captureConsole('error');
    const warn = captureConsole('warn');
    try {
      const bad = structuredClone(VOTE) as VoteRecord;
      bad.rollCall![0]!.vote = 'maybe';
      const el = document.createElement('vote-chart');
      el.eager = true;
      el.data = bad;
      const error = oneEvent(el, 'error') as Promise<TiesErrorEvent>;
      document.body.append(el);
      const e = await error;
      await drawn(el);
      expect(e.detail.rendered).to.be.true;
      const alert = words(q(el, '[role="alert"]'));
      expect(alert).to.contain('rollCall[0].vote');
      expect(alert).to.contain('"maybe"');
      expect(qa(el, 'table tbody tr')).to.have.length(192);
      el.remove();

      const none = await fixture<VoteChart>(html`<vote-chart eager .data=${{ title: 'x', options: 'yes' }}></vote-chart>`);
      await none.updateComplete;
      expect(words(q(none, '[role="alert"]'))).to.contain('could not be drawn');
      expect(words(q(none, '[role="alert"]'))).to.contain('options');
      expect(q(none, '.frame svg')).to.be.null;
    } finally {
      cons.restore();
      warn.restore();
    }
  });
});

describe('vote-chart: accessibility', () => {
  for (const view of ['bar', 'hemicycle', 'map']) {
    it(`${view} is accessible (axe), light and dark`, async () => {
      const el = await mount(`view="${view}"`);
      if (view === 'map') await waitUntil(() => q(el, '.countries [data-key]'), 'map not drawn', { timeout: 8000 });
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
  }
});
