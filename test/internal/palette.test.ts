/**
 * Categorical colours shown together must stay apart for every reader: each component is
 * mounted in the light and the dark theme, the colours it actually computes are read from its
 * custom properties, and every pair is compared (CIEDE2000) under normal vision and simulated
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1; test/fixtures/palette.ts).
 *
 * Threshold ΔE00 10: about 1–2 ΔE00 is the just-noticeable difference for large patches side
 * by side, but categorical marks are small (thin ribbons, 2 px lines, 14 px legend swatches),
 * read apart from their legend and after a simulation that compresses one axis; visualisation
 * practice asks several times the JND for such marks, and 10 is the low end of the 10–15
 * palette tools commonly require. Below it, two suppliers or two votes can be told apart only
 * side by side, not across the chart to the legend.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/arms-flow/arms-flow.js';
import '../../src/components/vote-chart/vote-chart.js';
import '../../src/components/relation-map/relation-map.js';
import { resolveColor } from '../../src/internal/base.styles.js';
import { pairDifferences, parseColour, VISIONS } from '../fixtures/palette.js';
import { mount as mountWidget } from '../helpers/dom.js';

const THRESHOLD = 10;

const mount = (tag: string, theme: 'light' | 'dark'): Promise<HTMLElement> =>
  mountWidget(`<${tag} eager theme="${theme}"></${tag}>`, { width: 640, selector: 'svg, canvas, .empty' });

/** A custom property as the browser computes it on an element (var() resolved). */
function prop(node: Element, name: string): string {
  const v = getComputedStyle(node).getPropertyValue(name).trim();
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

/** A theme token as the widget resolves it in its colour scheme (its private alias holds light-dark()). */
function themed(el: HTMLElement, token: string): string {
  prop(el, `--_mt-${token}`);
  return resolveColor(el, `var(--_mt-${token})`);
}

/** The custom property a class sets, read from a probe inside the component's shadow root. */
function classProp(el: HTMLElement, cls: string, name: string): string {
  const probe = document.createElement('span');
  probe.className = cls;
  el.shadowRoot!.append(probe);
  try {
    return resolveColor(el, prop(probe, name));
  } finally {
    probe.remove();
  }
}

function check(colours: Record<string, string>): void {
  const close = pairDifferences(colours).filter((f) => f.deltaE < THRESHOLD);
  expect(
    close.map((f) => `${f.a}/${f.b} under ${f.vision}: ΔE00 ${f.deltaE.toFixed(1)}`),
    `pairs closer than ΔE00 ${THRESHOLD} in ${JSON.stringify(colours)}`,
  ).to.deep.equal([]);
}

describe('palette: categorical colours shown together stay apart under every simulated vision', () => {
  it('the fixture simulates every vision it names', () => {
    expect(VISIONS).to.deep.equal(['normal', 'protanopia', 'deuteranopia', 'tritanopia']);
    // Red and green that a deuteranope cannot tell apart fail; black and white pass.
    expect(pairDifferences({ red: '#d0602a', green: '#8f8f2a' }).some((f) => f.vision === 'deuteranopia' && f.deltaE < THRESHOLD)).to.equal(
      true,
    );
    expect(pairDifferences({ black: '#000', white: '#fff' }).every((f) => f.deltaE > 50)).to.equal(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`arms-flow (${theme}): the four story suppliers' colours and the neutral`, async () => {
      const el = await mount('arms-flow', theme);
      const colours: Record<string, string> = {};
      for (const n of [1, 2, 3, 4]) colours[`supplier-${n}`] = themed(el, `supplier-${n}`);
      colours.other = themed(el, 'supplier-other');
      // What is drawn is what is checked: the Russia node's fill is the first supplier colour.
      const russia = el.shadowRoot!.querySelector('.node.supplier.c0')!;
      expect(parseColour(getComputedStyle(russia).fill)).to.deep.equal(parseColour(colours['supplier-1']!));
      check(colours);
    });

    it(`vote-chart (${theme}): yes, no, abstain, absent`, async () => {
      const el = await mount('vote-chart', theme);
      check({
        yes: themed(el, 'vote-yes'),
        no: themed(el, 'vote-no'),
        abstain: themed(el, 'vote-abstain'),
        absent: themed(el, 'vote-absent'),
      });
    });

    it(`relation-map (${theme}): actor kinds`, async () => {
      const el = await mount('relation-map', theme);
      const colours: Record<string, string> = {};
      for (const k of ['state', 'organisation', 'person']) colours[k] = classProp(el, `k-${k}`, '--_mt-kind');
      check(colours);
    });

    // The default view is the story: its few tie kinds are coloured; the whole web's others are grey, told apart by line style.
    it(`relation-map (${theme}): tie types drawn in the default view`, async () => {
      const el = await mount('relation-map', theme);
      const types = new Set<string>();
      for (const node of el.shadowRoot!.querySelectorAll('[class*="t-"]')) {
        for (const c of node.classList) if (c.startsWith('t-')) types.add(c.slice(2));
      }
      expect(types.size).to.be.greaterThan(1);
      const colours: Record<string, string> = {};
      for (const t of types) colours[t] = classProp(el, `t-${t}`, '--_mt-tie');
      check(colours);
    });
  }
});
