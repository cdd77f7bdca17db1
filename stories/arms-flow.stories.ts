/**
 * <arms-flow> stories: each view in each theme, the filters, an empty period, an editor's own
 * register for another recipient, invalid data and a misspelt attribute. Storybook types are
 * not imported (Storybook is added later); the shape below is Component Story Format.
 */
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/arms-flow/arms-flow.js';
import { defaultArms } from '../src/data/arms.default.js';
import { madeUp } from '../test/components/arms-flow/own-data.js';

type Args = Record<string, unknown>;
type Story = { name?: string; args?: Args; render: (args: Args) => TemplateResult };

const str = (v: unknown): string | typeof nothing => (typeof v === 'string' && v !== '' ? v : nothing);

const chart = (args: Args): TemplateResult => html`<div style=${`max-width: ${Number(args.width ?? 960)}px`}>
  <arms-flow
    eager
    view=${str(args.view)}
    theme=${str(args.theme)}
    from=${str(args.from)}
    to=${str(args.to)}
    supplier=${str(args.supplier)}
    category=${str(args.category)}
    callouts=${str(args.callouts)}
    lang=${str(args.lang)}
    .data=${args.data}
  ></arms-flow>
</div>`;

export default {
  title: 'Components/arms-flow',
  component: 'arms-flow',
  argTypes: {
    view: { control: 'select', options: ['sankey', 'map', 'timeline'] },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
    from: { control: 'text' },
    to: { control: 'text' },
    supplier: { control: 'text' },
    category: { control: 'text' },
    callouts: { control: 'select', options: ['show', 'none'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
  render: chart,
};

export const Sankey: Story = { args: { view: 'sankey' }, render: chart };
export const SankeyDark: Story = { name: 'Sankey, dark', args: { view: 'sankey', theme: 'dark' }, render: chart };
export const SankeyPhone: Story = { name: 'Sankey, 320 px', args: { view: 'sankey', width: 320 }, render: chart };
export const Map: Story = { args: { view: 'map' }, render: chart };
export const MapDark: Story = { name: 'Map, dark', args: { view: 'map', theme: 'dark' }, render: chart };
// Below 480 px the map view is ranked bars: every supplier labelled, largest first.
export const MapPhone: Story = { name: 'Map view at 320 px: ranked bars', args: { view: 'map', width: 320 }, render: chart };
export const MapSmallest: Story = { name: 'Map view at 480 px: the map', args: { view: 'map', width: 480 }, render: chart };
export const Timeline: Story = { args: { view: 'timeline' }, render: chart };
export const TimelineDark: Story = { name: 'Timeline, dark', args: { view: 'timeline', theme: 'dark' }, render: chart };
export const TimelinePhone: Story = { name: 'Timeline, 320 px', args: { view: 'timeline', width: 320 }, render: chart };

export const ReportedPeriod: Story = {
  name: 'Filter: 2015–2019, Russia and China',
  args: { view: 'sankey', from: '2015', to: '2019', supplier: 'Russia, China' },
  render: chart,
};
export const AfterTheCoup: Story = { name: 'Filter: from 2021', args: { view: 'timeline', from: '2021' }, render: chart };
export const Belarus: Story = { name: 'Filter: Belarus (by ISO code)', args: { view: 'map', supplier: 'BLR' }, render: chart };
export const AirDefence: Story = {
  name: 'Filter: air defence systems and missiles',
  args: { view: 'sankey', category: 'Air defence systems, Missiles' },
  render: chart,
};
export const EmptyPeriod: Story = {
  name: 'Empty period',
  args: { view: 'sankey', from: '2005', to: '2006', supplier: 'Belarus' },
  render: chart,
};
export const German: Story = { name: 'German number format', args: { view: 'timeline', lang: 'de' }, render: chart };
export const NoCallouts: Story = { name: 'Without the reported figures', args: { view: 'sankey', callouts: 'none' }, render: chart };

export const OwnRegister: Story = {
  name: 'Own data: another recipient',
  args: { view: 'timeline', data: madeUp() },
  render: chart,
};
export const OwnRegisterMap: Story = {
  name: 'Own data: a recipient the map cannot place',
  args: { view: 'map', data: madeUp() },
  render: chart,
};

const arms = defaultArms();
export const InvalidRows: Story = {
  name: 'Error: bad rows are named and dropped',
  args: {
    view: 'sankey',
    data: {
      register: {
        ...arms.register,
        deliveries: [...arms.register.deliveries.slice(0, 40), { ...arms.register.deliveries[40], tiv: 'lots' }, { supplier: 'Nowhere' }],
      },
      figures: [],
    },
  },
  render: chart,
};
export const NothingUsable: Story = {
  name: 'Error: nothing usable',
  args: { view: 'sankey', data: { register: { recipient: 'Atlantis' } } },
  render: chart,
};
export const MisspeltAttributes: Story = {
  name: 'Error: misspelt view and supplier',
  args: { view: 'pie', supplier: 'Narnia, Russia' },
  render: chart,
};
