/**
 * What a reader sees in the first frame. Its own file (its own page), so no other test has
 * loaded the hemicycle's code through a chart first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/vote-chart/vote-chart.js';
import type { VoteChart } from '../../../src/components/vote-chart/vote-chart.js';

/** Appends a chart and reports what its shadow root holds when the first frame is about to be painted. */
type Box = { top: number; left: number; width: number; height: number };
const box = (el: Element | null): Box | null => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height };
};

async function firstFrame(
  markup: (el: VoteChart) => void,
): Promise<{ el: VoteChart; seen: Record<string, number>; boxes: Record<string, Box | null> }> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('vote-chart') as VoteChart;
  el.eager = true;
  markup(el);
  const boxes: Record<string, Box | null> = {};
  const seen = new Promise<Record<string, number>>((resolve) =>
    // Animation frame callbacks run before that frame's paint.
    requestAnimationFrame(() => {
      const root = el.shadowRoot!;
      const count = (sel: string) => root.querySelectorAll(sel).length;
      boxes.field = box(root.querySelector('.controls input, .controls .field'));
      boxes.chart = box(root.querySelector('.chart'));
      resolve({
        marks: count('.frame svg [data-key]'),
        placeholder: count('.chart .placeholder'),
        tableRows: count('table tbody tr'),
        suggestions: count('datalist option'),
        inputs: count('input'),
      });
    }),
  );
  host.append(el);
  return { el, seen: await seen, boxes };
}

it('the bar is drawn in the first frame; the hidden table and the search box follow it, moving nothing', async () => {
  const { el, seen, boxes } = await firstFrame(() => undefined);
  expect(seen.marks, 'bar segments in the first frame').to.be.greaterThan(0);
  expect(seen.tableRows, 'table rows in the first frame').to.equal(0);
  expect(seen.suggestions, 'suggestions in the first frame').to.equal(0);
  expect(seen.inputs, 'text fields in the first frame').to.equal(0);
  await el.updateComplete;
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('table tbody tr').length).to.equal(193);
  // The suggestions wait for a reader to reach the search box.
  expect(root.querySelectorAll('datalist option').length).to.equal(0);
  // The search box takes exactly the place its stand-in held, so the chart below stays put.
  expect(box(root.querySelector('.controls input'))).to.deep.equal(boxes.field);
  expect(box(root.querySelector('.chart'))).to.deep.equal(boxes.chart);
  root.querySelector<HTMLInputElement>('.controls input')!.focus();
  await el.updateComplete;
  expect(root.querySelectorAll('datalist option').length).to.equal(193);
  expect(box(root.querySelector('.chart')), 'the suggestions move nothing').to.deep.equal(boxes.chart);
});

it('a hemicycle: its box is reserved at its final height in the first render, and the seats fill it without moving anything', async () => {
  // The seats' code is a chunk of its own (not part of the bar's first view); its height is not.
  const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('vote-chart') as VoteChart;
  el.eager = true;
  el.setAttribute('view', 'hemicycle');
  // A controller hears about every update: the first is the first render.
  const renders: Array<{ seats: number; chart: number }> = [];
  el.addController({
    hostUpdated() {
      const root = el.shadowRoot!;
      const chart = root.querySelector('.chart');
      renders.push({
        seats: root.querySelectorAll('.frame svg [data-key]').length,
        chart: chart ? Math.round(chart.getBoundingClientRect().height) : 0,
      });
    },
  });
  host.append(el);
  await el.updateComplete;
  const last = renders.at(-1)!;
  expect(last.seats, 'drawn').to.equal(156);
  expect(renders[0]!.chart, 'the first render reserves the drawn height').to.equal(last.chart);
});
