/**
 * <vote-chart> as words and as a file: what a screen reader gets in every view (no two words run
 * together, as in "22deals"), and what the image export carries (the second cue of "against",
 * the tiles' licence credit, the note of countries too small to label).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';
import voteJson from '../../../data/vote.json';
import { mount as mountWidget, q, qa } from '../../helpers/dom.js';

const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

const mount = (attrs: string, width: number): Promise<VoteChart> =>
  mountWidget(`<vote-chart eager ${attrs}></vote-chart>`, { width, selector: '.frame svg [data-key]' });

/**
 * Two words run together: a number glued to a word ("22deals", "favour119"), or a lower-case letter
 * glued to a capital that starts the next word ("favourAbstained"). Names the UN writes with an
 * inner capital are left out of the second check.
 */
const INNER_CAPITALS = [
  'PolicyViz',
  ...voteJson.rollCall.flatMap((c) => [c.name, c.name.replace(/\s*\(.*\)$/, '')]).filter((n) => /[a-z][A-Z]/.test(n)),
];
function glued(text: string): string | null {
  const t = INNER_CAPITALS.reduce((s, n) => s.split(n).join(' '), text);
  return t.match(/\d[A-Za-z]{2,}|[a-z]{3}\d|[a-z]{2}[A-Z][a-z]/)?.[0] ?? null;
}

/** Every text a screen reader is given: names of marks and groups, and the text of every block. */
function spoken(el: Element): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const n of qa(el, '[aria-label]')) out.push({ where: `aria-label of <${n.localName}>`, text: n.getAttribute('aria-label')! });
  const blocks = 'p, li, td, th, caption, label, summary, [role="heading"], [role="status"], [role="alert"], .title, .description';
  for (const n of qa(el, blocks))
    if (!n.closest('[aria-hidden="true"]'))
      out.push({ where: `<${n.localName} class="${n.getAttribute('class') ?? ''}">`, text: squash(n.textContent) });
  // A table row as it is read: cell by cell.
  for (const row of qa(el, 'tr')) out.push({ where: 'table row', text: [...row.children].map((c) => squash(c.textContent)).join(' | ') });
  return out;
}

describe('vote-chart: words', () => {
  for (const view of ['bar', 'hemicycle', 'map', 'tiles']) {
    for (const width of [320, 960]) {
      it(`${view} at ${width} px: no words run together in what a screen reader gets`, async () => {
        await setViewport({ width: width + 40, height: 1200 });
        const el = await mount(`view="${view}" group="neighbours"`, width);
        const texts = spoken(el);
        // The figure's parts are there to read: title, marks, the table of all 193.
        expect(texts.some((t) => /Belarus alone voted against/.test(t.text))).to.equal(true);
        expect(qa(el, 'tr').length).to.be.greaterThan(193);
        if (view !== 'bar')
          expect(
            texts.filter((t) => t.where.startsWith('aria-label of <') && /: (in favour|against|abstained)/.test(t.text)).length,
          ).to.be.greaterThan(150);
        for (const t of texts) expect(glued(t.text), `${t.where}: "${t.text.slice(0, 160)}"`).to.equal(null);
      });
    }
  }

  it('the check finds words run together', () => {
    expect(glued('22deals')).to.equal('2deals');
    expect(glued('Tile arrangement: World Tile Grid Map by Jon Schwabish (PolicyViz)')).to.equal(null);
    expect(glued('In favour119')).to.equal('our1');
    expect(glued('In favour 119, A/RES/75/287, CC BY-SA 4.0')).to.equal(null);
    expect(glued('In favourAbstained')).to.equal('urAb');
    expect(glued('Bosnia and Herzegovina: in favour')).to.equal(null);
  });
});

describe('vote-chart: the image export', () => {
  for (const view of ['bar', 'hemicycle', 'map', 'tiles']) {
    it(`${view}: the file carries "against"'s second cue${view === 'tiles' ? ', the licence credit and the note of unlabelled countries' : ''}`, async () => {
      const width = view === 'tiles' ? 320 : 960;
      await setViewport({ width: width + 40, height: 1200 });
      const el = await mount(`view="${view}" tools="image"`, width);
      const blob = await el.toImage('svg');
      const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const file = doc.documentElement;
      const text = squash([...file.querySelectorAll('text')].map((t) => t.textContent).join(' '));
      expect(text).to.include('Belarus alone voted against');
      if (view === 'hemicycle') {
        // Belarus's seat, the legend's and the callout's swatches: each with its cross, drawn in a colour.
        const live = qa<SVGPathElement>(el, '.cross').map((p) => p.getAttribute('d')!.replace(/(\.\d\d)\d+/g, '$1'));
        expect(live.length).to.be.greaterThan(2);
        const paths = [...file.querySelectorAll('path')];
        for (const d of live) {
          const p = paths.find((x) => x.getAttribute('d') === d);
          expect(p, `cross ${d} in the file`).to.not.equal(undefined);
          expect(p!.getAttribute('stroke')).to.match(/^rgb/);
        }
      } else {
        // Every hatch drawn in the widget is in the file, filled with a pattern the file defines.
        const live = qa(el, '.hatch');
        // The mark's hatch, and the legend's (the bar has no legend: its sliver is named in words).
        expect(live.length).to.equal(view === 'bar' ? 1 : 2);
        const filled = [...file.querySelectorAll('[fill^="url(#"]')];
        expect(filled.length).to.be.at.least(live.length);
        for (const f of filled) {
          const id = f.getAttribute('fill')!.slice(5, -1);
          const pattern = file.querySelector(`pattern[id="${id}"]`);
          expect(pattern, `pattern ${id}`).to.not.equal(null);
          expect(pattern!.querySelector('rect')!.getAttribute('fill')).to.match(/^rgb/);
        }
      }
      if (view === 'tiles') {
        expect(text).to.match(/World Tile Grid Map by Jon Schwabish \(PolicyViz\).*CC BY-SA 4\.0/);
        const note = squash(q(el, '.chart-note:not(.credit)')?.textContent);
        if (note) expect(text).to.include(note.slice(0, 30));
      }
    });
  }
});
