/**
 * What an editor checks by eye, as tests that can fail: on the default data, no label runs
 * into another or sits on a ribbon or node (320, 640, 960 px); TIV in whole units; the map
 * view falls back to ranked bars on a phone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/arms-flow/arms-flow.js';
import type { ArmsFlow } from '../../../src/components/arms-flow/arms-flow.js';
import { defaultArms } from '../../../src/data/arms.default.js';
import { mount as mountWidget } from '../../helpers/dom.js';

async function mount(attrs: string, width: number): Promise<ArmsFlow> {
  await setViewport({ width: width + 40, height: 900 });
  return mountWidget(`<arms-flow eager ${attrs}></arms-flow>`, { width, selector: '.af-svg' });
}

/**
 * Boxes overlap. A text box is its line box, taller than the ink (Firefox's more so than
 * Chromium's): 15% of its height is trimmed top and bottom, leaving more than cap height
 * plus descenders of the labels' fonts.
 */
const overlap = (a: DOMRect, b: DOMRect, slack = 0.5) => {
  const ta = a.height * 0.15;
  const tb = b.height * 0.15;
  return a.left + slack < b.right && b.left + slack < a.right && a.top + ta + slack < b.bottom - tb && b.top + tb + slack < a.bottom - ta;
};

/** Boxes of the glyphs of each label (tspans measured apart: a two-line label is two boxes). */
function labelBoxes(el: ArmsFlow): Array<{ text: string; box: DOMRect }> {
  const out: Array<{ text: string; box: DOMRect }> = [];
  for (const t of el.shadowRoot!.querySelectorAll('.af-svg .labels text')) {
    const spans = t.querySelectorAll('tspan');
    const twoLines = t.closest('svg')!.classList.contains('narrow') && !t.classList.contains('recipient');
    const parts = spans.length && twoLines ? [...spans] : [t];
    for (const p of parts) out.push({ text: t.textContent!.trim(), box: p.getBoundingClientRect() });
  }
  return out;
}

describe('arms-flow labels on the default data', () => {
  for (const width of [320, 640, 960]) {
    it(`sankey at ${width} px: no two labels overlap, and none covers a ribbon or a node`, async () => {
      const el = await mount('', width);
      const labels = labelBoxes(el);
      expect(labels.length).to.be.greaterThan(15);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          expect(overlap(labels[i]!.box, labels[j]!.box), `"${labels[i]!.text}" runs into "${labels[j]!.text}"`).to.equal(false);
        }
      }
      // Sample each label's box: what is under its glyphs must not be a band or a node.
      const root = el.shadowRoot!;
      for (const { text, box } of labels) {
        for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
          for (const fy of [0.25, 0.5, 0.75]) {
            const x = box.left + box.width * fx;
            const y = box.top + box.height * fy;
            const under = root.elementsFromPoint(x, y).filter((n) => n.matches('.band, .node'));
            expect(
              under.map((n) => n.getAttribute('class')),
              `"${text}" covers a mark at ${Math.round(x)},${Math.round(y)}`,
            ).to.deep.equal([]);
          }
        }
      }
      // Every supplier group's node carries its name.
      const names = [...root.querySelectorAll('.label.supplier .name')].map((n) => n.textContent);
      for (const name of ['Russia', 'China', 'Belarus', 'India', 'Ukraine']) expect(names).to.include(name);
    });
  }

  it('TIV and shares read in whole units wherever a reader sees them', async () => {
    for (const view of ['sankey', 'timeline']) {
      const el = await mount(`view="${view}"`, 960);
      const root = el.shadowRoot!;
      const seen = [
        ...[...root.querySelectorAll('.af-svg text')].map((t) => t.textContent ?? ''),
        root.querySelector('.description')!.textContent ?? '',
        root.querySelector('.notes')!.textContent ?? '',
        ...[...root.querySelectorAll('.callout-values')].map((t) => t.textContent ?? ''),
        ...[...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label') ?? ''),
      ].join(' | ');
      expect(seen, view).not.to.match(/\d\.\d/);
      if (view === 'sankey') expect(seen).to.contain('1,905');
    }
  });

  it('the map view draws ranked bars below 480 px, every supplier labelled with its TIV, and the map from 480 px', async () => {
    const own = defaultArms().register.deliveries.filter((d) => d.recipient === 'Myanmar' && d.tiv > 0);
    const suppliers = new Set(own.map((d) => d.supplier));
    const narrow = await mount('view="map"', 400);
    const root = narrow.shadowRoot!;
    expect(root.querySelector('.af-svg.map')).to.equal(null);
    expect(root.querySelector('.af-svg.bars')!.getAttribute('aria-label')).to.match(/^Bar chart of arms deliveries to Myanmar/);
    expect(root.querySelectorAll('.af-svg.bars .rbar').length).to.equal(suppliers.size);
    const names = [...root.querySelectorAll('.af-svg.bars .label.supplier')].map((t) => t.textContent);
    expect(new Set(names)).to.deep.equal(suppliers);
    // Largest first.
    const widths = [...root.querySelectorAll('.rbar')].map((r) => Number(r.getAttribute('width')));
    expect(widths).to.deep.equal([...widths].sort((a, b) => b - a));
    const wide = await mount('view="map"', 640);
    await waitUntil(() => wide.shadowRoot!.querySelector('.af-svg.map'), 'the map at 640 px', { timeout: 15000 });
    expect(wide.shadowRoot!.querySelector('.af-svg.bars')).to.equal(null);
  });

  it('accessible text keeps its spaces: words between two values sit in one text node, not a node of spaces alone', async () => {
    const el = await mount('', 960);
    const russia = el.shadowRoot!.querySelector<SVGElement>('.node-item[data-i]')!;
    russia.focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    // Chromium drops a text node of spaces alone from the accessible name ("22deals").
    const texts = (node: Node) => [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => (n as Text).data);
    const total = texts(tip.querySelector('.tip-total')!).filter((t) => t.trim());
    expect(total).to.have.length(1);
    expect(total[0]).to.match(/^1,905 TIV \(SIPRI, millions\) · \d+ deals$/);
    for (const li of tip.querySelectorAll('.tip-deals li:not(.more)')) {
      const parts = texts(li).filter((t) => t.length > 0);
      expect(
        parts.every((t) => t.trim().length > 0),
        `a text node of spaces alone in "${li.textContent}"`,
      ).to.equal(true);
      expect(li.textContent).to.match(/\S+ [a-z]/, 'designation and description apart');
    }
    for (const v of el.shadowRoot!.querySelectorAll('.callout-values > span')) {
      expect(
        texts(v)
          .filter((t) => t.length > 0)
          .every((t) => t.trim().length > 0),
        v.textContent!,
      ).to.equal(true);
    }
  });
});
