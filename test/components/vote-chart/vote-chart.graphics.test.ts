/**
 * <vote-chart> as a graphics editor checks it, on the default data at 320, 640 and 960 px,
 * measured in the browser (text boxes as drawn, marks found by hit-testing, not from the layout):
 * no two texts overlap, no name covers another country's mark, every country the title or the
 * highlight names is labelled beside its own mark (or listed as too small to label), and the
 * vote against carries a cue besides its colour. Also the tiles view: 193 tiles, codes, keyboard, credit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';
import voteJson from '../../../data/vote.json';
import tilesJson from '../../../data/geo/tiles.json';
import { mount as mountWidget, q, qa, words } from '../../helpers/dom.js';

const HIGHLIGHT = voteJson.groups.find((g) => g.id === 'highlight')!.members;
/** The countries the default title names (Belarus; Russia and China). */
const TITLE = ['BLR', 'RUS', 'CHN'];
const NAME: Record<string, string> = Object.fromEntries(voteJson.rollCall.map((c) => [c.iso3, c.name]));

const mount = (attrs: string, width: number): Promise<VoteChart> =>
  mountWidget(`<vote-chart eager ${attrs}></vote-chart>`, { width, selector: '.frame svg [data-key]' });

type Seg = { x1: number; y1: number; x2: number; y2: number };
const side = (ax: number, ay: number, bx: number, by: number, px: number, py: number) =>
  Math.sign((bx - ax) * (py - ay) - (by - ay) * (px - ax));
const crosses = (a: Seg, b: Seg) =>
  side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
  side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0;
const overlap = (a: DOMRect, b: DOMRect, pad = 0.5) =>
  a.left < b.right - pad && a.right > b.left + pad && a.top < b.bottom - pad && a.bottom > b.top + pad;
/** A text's box as the glyphs fill it: engines add different line gaps above and below (Firefox more). */
const glyphs = (r: DOMRect): DOMRect => new DOMRect(r.x, r.y + r.height * 0.15, r.width, r.height * 0.7);

for (const view of ['bar', 'hemicycle', 'map', 'tiles']) {
  describe(`vote-chart ${view}: labels as an editor checks them`, () => {
    for (const width of [320, 640, 960]) {
      it(`at ${width} px: no two texts overlap; no name covers another country`, async () => {
        await setViewport({ width: width + 40, height: 1200 });
        const el = await mount(`view="${view}"`, width);
        const svg = q<SVGSVGElement>(el, '.frame svg')!;
        // Codes sit inside their own tiles by construction; every other text must stand clear.
        const texts = [...svg.querySelectorAll('text')].filter((t) => !t.classList.contains('code') && words(t));
        const boxes = texts.map((t) => ({ t, r: glyphs(t.getBoundingClientRect()) }));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlap(boxes[i]!.r, boxes[j]!.r), `"${words(boxes[i]!.t)}" overlaps "${words(boxes[j]!.t)}"`).to.equal(false);
          }
        }
        // A name covers no mark but its own: hit-test points across each name's box.
        for (const label of svg.querySelectorAll('[data-label]')) {
          const own = label.getAttribute('data-label');
          const r = label.getBoundingClientRect();
          for (let x = r.left + 1; x < r.right - 1; x += 2) {
            for (let y = r.top + 2; y < r.bottom - 2; y += 2) {
              const hit = el.shadowRoot!.elementsFromPoint(x, y).find((e) => e.matches('.frame svg [data-key]'));
              const key = hit?.getAttribute('data-key');
              expect(key === undefined || key === own, `"${words(label)}" covers ${key}`).to.equal(true);
            }
          }
        }
        if (view !== 'bar') {
          // Every country the title or the highlight names: a name beside its mark, or listed.
          const labelled = new Set([...svg.querySelectorAll('[data-label]')].map((l) => l.getAttribute('data-label')));
          const note = words(q(el, '.chart-note'));
          for (const iso of TITLE) expect(labelled.has(iso), `${iso} labelled`).to.equal(true);
          for (const iso of HIGHLIGHT) expect(labelled.has(iso) || note.includes(NAME[iso]!), `${iso} labelled or listed`).to.equal(true);
          // Each name is near its own mark: within 130 px, and on the map within the leader
          // length a reader still follows (60 px on a phone, a twelfth of a wide map's width).
          const far = view === 'map' ? Math.max(60, width / 12) + 2 : 130;
          for (const l of svg.querySelectorAll('[data-label]')) {
            const mark = svg.querySelector(`[data-key="${l.getAttribute('data-label')}"]`)!.getBoundingClientRect();
            const r = l.getBoundingClientRect();
            const dx = Math.max(0, mark.left - r.right, r.left - mark.right);
            const dy = Math.max(0, mark.top - r.bottom, r.top - mark.bottom);
            expect(Math.hypot(dx, dy), `${words(l)} near its mark`).to.be.lessThan(far);
          }
          // Leaders: never across one another; never across a mark the chart names (on the map and
          // the tiles a line may cross other marks to reach open space); in the hemicycle, across
          // no seat but its own.
          const box = svg.getBoundingClientRect();
          const leaders = [...svg.querySelectorAll<SVGLineElement>('line.label-leader')].map((l) => {
            // Screen points from the line's own coordinates (the svg is unscaled, offset only).
            const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(l.getAttribute(k)));
            return { key: l.getAttribute('data-leader')!, x1: x1! + box.left, y1: y1! + box.top, x2: x2! + box.left, y2: y2! + box.top };
          });
          const named = new Set([...svg.querySelectorAll('[data-label]')].map((l) => l.getAttribute('data-label')));
          for (const [i, l] of leaders.entries()) {
            for (const m of leaders.slice(i + 1)) expect(crosses(l, m), `leaders of ${l.key} and ${m.key} cross`).to.equal(false);
            const n = Math.ceil(Math.hypot(l.x2 - l.x1, l.y2 - l.y1));
            for (let k = 1; k < n; k++) {
              const x = l.x1 + ((l.x2 - l.x1) * k) / n;
              const y = l.y1 + ((l.y2 - l.y1) * k) / n;
              for (const hit of el.shadowRoot!.elementsFromPoint(x, y).filter((e) => e.matches('.frame svg [data-key]'))) {
                const key = hit.getAttribute('data-key');
                if (key === l.key) continue;
                if (view === 'hemicycle' || named.has(key))
                  expect.fail(`the leader of ${l.key} crosses ${key} at ${x.toFixed(0)},${y.toFixed(0)}`);
              }
            }
          }
        }
        if (view === 'hemicycle') {
          // Names sit outside the arc: no glyph box reaches into the disc the seats fill.
          const seats = [...svg.querySelectorAll('circle.seat')].map((c) => c.getBoundingClientRect());
          const left = Math.min(...seats.map((r) => r.left));
          const right = Math.max(...seats.map((r) => r.right));
          const cx = (left + right) / 2;
          const cy = Math.max(...seats.map((r) => r.top + r.height / 2));
          const R = (right - left) / 2;
          for (const l of svg.querySelectorAll('[data-label]')) {
            const r = glyphs(l.getBoundingClientRect());
            const nx = Math.min(r.right, Math.max(r.left, cx));
            const ny = Math.min(r.bottom, Math.max(r.top, cy));
            expect(Math.hypot(nx - cx, ny - cy), `${words(l)} outside the arc`).to.be.greaterThan(R - 0.5);
          }
        }
      });
    }

    it('gives "against" a cue besides its colour', async () => {
      await setViewport({ width: 1000, height: 1200 });
      const el = await mount(`view="${view}"`, 960);
      const svg = q<SVGSVGElement>(el, '.frame svg')!;
      const blr = svg.querySelector('[data-key="BLR"], [data-key="no"]')!;
      const b = blr.getBoundingClientRect();
      const cx = b.left + b.width / 2;
      const cy = b.top + b.height / 2;
      if (view === 'hemicycle') {
        // A cross drawn over Belarus's seat.
        const cross = [...svg.querySelectorAll('.cross')].map((c) => c.getBoundingClientRect());
        expect(cross.some((r) => r.left <= cx && r.right >= cx && r.top <= cy && r.bottom >= cy)).to.equal(true);
      } else {
        // A hatch over the mark, and the bar's sliver also names its vote in words.
        const hatch = [...svg.querySelectorAll('.hatch')]
          .filter((h) => h.getAttribute('fill') === 'url(#vc-hatch)')
          .map((h) => h.getBoundingClientRect());
        expect(hatch.some((r) => r.left <= cx + 0.5 && r.right >= cx - 0.5 && r.top <= cy && r.bottom >= cy)).to.equal(true);
        expect(getComputedStyle(svg.querySelector('#vc-hatch .hatch-line')!).fill).to.not.equal(getComputedStyle(blr).fill);
        if (view === 'bar') expect(words(q(el, '.callouts'))).to.match(/Against 1 \(0\.6%\): Belarus/);
      }
      // Every swatch of "against", in the legend and in the callouts under the chart, carries the same cue.
      const cue = view === 'hemicycle' ? '.cross' : '.hatch';
      const keys = qa(el, '.legend-list li').filter((li) => /^Against\b/.test(words(li)));
      expect(keys.length, 'against in the legend').to.equal(view === 'bar' ? 0 : 1);
      for (const li of keys) expect(li.querySelector(cue), `legend swatch of against has ${cue}`).to.not.equal(null);
      for (const c of svg.querySelectorAll('.callout')) {
        if (c.querySelector('.swatch.vote-no')) expect(c.querySelector(cue), `callout swatch of against has ${cue}`).to.not.equal(null);
      }
      if (view === 'hemicycle')
        expect(svg.querySelector('.callout .swatch.vote-no'), 'the hemicycle names Belarus under the chart').to.not.equal(null);
      // No other vote has that cue.
      for (const h of svg.querySelectorAll('.hatch, .cue')) {
        const at = h.getBoundingClientRect();
        const under = el.shadowRoot!.elementsFromPoint(at.left + at.width / 2, at.top + at.height / 2).find((e) => e.matches('[data-key]'));
        if (under) expect(under.classList.contains('vote-no')).to.equal(true);
      }
    });
  });
}

describe('vote-chart tiles view', () => {
  it('draws 193 equal tiles, one per member, each with its code and its vote for screen readers', async () => {
    await setViewport({ width: 1000, height: 1200 });
    const el = await mount('view="tiles"', 960);
    const tiles = qa(el, '.frame svg rect.tile');
    expect(tiles.length).to.equal(193);
    expect(new Set(tiles.map((t) => t.getAttribute('width'))).size).to.equal(1);
    expect(new Set(tiles.map((t) => `${t.getAttribute('x')},${t.getAttribute('y')}`)).size).to.equal(193);
    expect(qa(el, '.frame svg text.code').map(words).sort()).to.deep.equal(voteJson.rollCall.map((c) => c.iso3).sort());
    expect(tiles.find((t) => t.getAttribute('data-key') === 'BLR')!.getAttribute('aria-label')).to.equal('Belarus: against (BLR)');
    // The 37 who did not vote are drawn, in their own colour.
    const absent = tiles.filter((t) => t.classList.contains('vote-absent'));
    expect(absent.length).to.equal(37);
    expect(getComputedStyle(absent[0]!).fill).to.not.equal(getComputedStyle(el).backgroundColor);
    // The licence's credit, printed with the view.
    expect(words(q(el, '.credit'))).to.match(/World Tile Grid Map by Jon Schwabish \(PolicyViz\).*CC BY-SA 4\.0/);
    expect(Object.keys(tilesJson.tiles).length).to.be.greaterThan(192);
  });

  it('moves focus to the neighbouring tile with the arrow keys', async () => {
    await setViewport({ width: 1000, height: 1200 });
    const el = await mount('view="tiles"', 960);
    q<SVGSVGElement>(el, '.frame svg')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // Entering the chart starts at Myanmar, the subject.
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-key') === 'MMR', 'focus at Myanmar');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-key') === 'BGD', 'left of Myanmar is Bangladesh');
    await sendKeys({ press: 'ArrowUp' });
    // The tile straight above Bangladesh's in the arrangement.
    const grid = tilesJson.tiles as Record<string, number[]>;
    const [bx, by] = grid.BGD!;
    const above = Object.keys(grid).find((k) => grid[k]![0] === bx && grid[k]![1] === by! - 1)!;
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-key') === above, `above Bangladesh is ${above}`);
    const c = voteJson.rollCall.find((x) => x.iso3 === above)!;
    const label = voteJson.options.find((o) => o.id === c.vote)!.label.toLowerCase();
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(`${c.name}: ${label} (${above})`);
    // The focus ring shows: a dark ring and a light one.
    await waitUntil(() => q(el, '.focus-ring .focus-outer') && q(el, '.focus-ring .focus-inner'), 'double focus ring');
  });
});
