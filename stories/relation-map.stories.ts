/**
 * Stories for <relation-map>: each layout, the filters an editor can type, own, broken and
 * empty data, and networks large enough to be drawn while they settle (and on a canvas).
 */
import { html, type TemplateResult } from 'lit';
import '../src/components/relation-map/relation-map.js';
import type { Network } from '../src/data/types.js';

type Story = { name?: string; args?: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

export default { title: 'Components/relation-map', component: 'relation-map' };

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

const map = (args: Record<string, unknown>) => html`<relation-map
  eager
  view=${str(args.layout) ?? 'force'}
  center=${str(args.center) ?? ''}
  types=${str(args.types) ?? ''}
  from=${str(args.from) ?? ''}
  to=${str(args.to) ?? ''}
  labels=${str(args.labels) ?? ''}
  theme=${str(args.theme) ?? 'auto'}
></relation-map>`;

export const StoryView: Story = { name: 'Story (default): the ranked cast, key ties in words', args: { layout: 'story' }, render: map };
export const Force: Story = { name: 'Force: the whole web', args: { layout: 'force' }, render: map };
export const Radial: Story = { name: 'Radial: ego network of the military', args: { layout: 'radial' }, render: map };
export const RadialBelarus: Story = { name: 'Radial around Belarus', args: { layout: 'radial', center: 'blr' }, render: map };
/** Pages written before `center` use `focus="…"`: kept as an HTML attribute alias. */
export const FocusAlias: Story = {
  name: 'Radial around Russia, with the old focus attribute',
  render: () => html`<relation-map eager layout="radial" focus="rus"></relation-map>`,
};
export const Geo: Story = { name: 'Geo: on the world map', args: { layout: 'geo' }, render: map };
export const ArmsAndSanctions: Story = { name: 'Filter: arms supply and sanctions', args: { types: 'arms-supply sanction' }, render: map };
export const SinceTheCoup: Story = { name: 'Filter: ties from 2021', args: { from: '2021' }, render: map };
export const Visits2014To2020: Story = {
  name: 'Filter: visits and meetings 2014–2020',
  args: { types: 'visit meeting', from: '2014', to: '2020' },
  render: map,
};
export const LabelsFocus: Story = { name: 'Labels: focus and neighbours only', args: { labels: 'focus' }, render: map };
export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark', layout: 'radial' }, render: map };
export const Phone: Story = {
  name: '320 px wide',
  render: () => html`<div style="width:320px">${map({})}</div>`,
};

export const OwnData: Story = {
  name: 'Own data (inline JSON)',
  render: () => html`<relation-map eager>
    <script type="application/json">
      {
        "center": "a",
        "actors": [
          { "id": "a", "kind": "state", "name": "Atlantis", "country": "PRT", "sources": ["Our reporting"] },
          { "id": "b", "kind": "person", "name": "B. Example", "country": "PRT", "sources": ["Our reporting"] },
          { "id": "c", "kind": "organisation", "name": "Example Holdings", "sources": ["Company register"] }
        ],
        "ties": [
          { "id": "t1", "type": "role", "source": "b", "target": "a", "directed": true, "label": "Minister", "sources": ["Our reporting"] },
          { "id": "t2", "type": "trade", "source": "c", "target": "a", "directed": true, "date": "2022-03", "label": "Supplies", "sources": ["Company register"] }
        ]
      }
    </script>
  </relation-map>`,
};

export const BrokenData: Story = {
  name: 'Broken data: missing actor, duplicate id, self-loop',
  render: () => html`<relation-map eager>
    <script type="application/json">
      {
        "actors": [
          { "id": "a", "kind": "state", "name": "Alpha", "sources": ["x"] },
          { "id": "a", "kind": "person", "name": "Alpha again", "sources": ["x"] },
          { "id": "b", "kind": "person", "name": "Beta", "sources": ["x"] }
        ],
        "ties": [
          { "id": "t1", "type": "visit", "source": "b", "target": "a", "directed": true, "label": "Visit", "sources": ["x"] },
          { "id": "t2", "type": "visit", "source": "b", "target": "nobody", "directed": true, "label": "Visit", "sources": ["x"] },
          { "id": "t3", "type": "meeting", "source": "b", "target": "b", "directed": false, "label": "Self", "sources": ["x"] }
        ]
      }
    </script>
  </relation-map>`,
};

/** A generated network of n actors and m ties (deterministic), to show the canvas drawing. */
function generated(n: number, m: number): Network {
  const kinds = ['state', 'person', 'organisation'] as const;
  const types = ['arms-supply', 'visit', 'meeting', 'agreement', 'trade', 'diplomatic'] as const;
  let seed = 7;
  const rand = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, kind: kinds[i % 3]!, name: `Actor ${i}`, sources: ['generated'] }));
  const ties: Network['ties'] = [];
  for (let i = 1; i < n; i++) {
    ties.push({
      id: `t${i}`,
      type: types[i % 6]!,
      source: `a${i}`,
      target: `a${Math.floor(rand() * i)}`,
      directed: true,
      date: String(2000 + (i % 24)),
      label: `Tie ${i}`,
      sources: ['generated'],
    });
  }
  while (ties.length < m) {
    const [a, b] = [Math.floor(rand() * n), Math.floor(rand() * n)];
    if (a !== b)
      ties.push({
        id: `t${ties.length + 1}`,
        type: types[ties.length % 6]!,
        source: `a${a}`,
        target: `a${b}`,
        directed: false,
        label: 'Tie',
        sources: ['generated'],
      });
  }
  return { center: 'a0', actors, ties };
}

export const Large: Story = {
  name: '2,000 actors, 5,000 ties (canvas, drawn while it settles)',
  render: () => html`<relation-map eager .data=${generated(2000, 5000)}></relation-map>`,
};

export const Medium: Story = {
  name: '400 actors (SVG, drawn while it settles)',
  render: () => html`<relation-map eager .data=${generated(400, 800)}></relation-map>`,
};

export const Empty: Story = {
  name: 'Empty network: says so',
  render: () => html`<relation-map eager .data=${{ actors: [], ties: [] }}></relation-map>`,
};

export const NoTieMatches: Story = {
  name: 'Filters that match no tie: say which',
  args: { types: 'sanction', from: '2030', to: '2031' },
  render: map,
};
