/**
 * <vote-chart> stories: each view in each theme, highlight, group, a narrow column,
 * invalid data and an editor's own votes. Storybook types are not imported (Storybook is
 * added later); the shape below is Component Story Format.
 */
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/vote-chart/vote-chart.js';
import { SMALL_VOTE, TALLY_ONLY, TWO_OPTIONS, WITH_PRESENT, smallVote } from '../test/fixtures/vote.js';

type Args = Record<string, unknown>;
type Story = { name?: string; args?: Args; render: (args: Args) => TemplateResult };

const str = (v: unknown): string | typeof nothing => (typeof v === 'string' && v !== '' ? v : nothing);

const chart = (args: Args): TemplateResult => html`<div style=${`max-width: ${Number(args.width ?? 960)}px`}>
  <vote-chart
    eager
    view=${str(args.view)}
    theme=${str(args.theme)}
    highlight=${str(args.highlight)}
    group=${str(args.group)}
    lang=${str(args.lang)}
    ?show-absent=${args.showAbsent === true}
    .data=${args.data}
  ></vote-chart>
</div>`;

export default {
  title: 'Components/vote-chart',
  component: 'vote-chart',
  argTypes: {
    view: { control: 'select', options: ['bar', 'hemicycle', 'map', 'tiles'] },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
    highlight: { control: 'text' },
    group: { control: 'select', options: ['', 'neighbours', 'asean'] },
    showAbsent: { control: 'boolean' },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
  render: chart,
};

const story = (name: string, args: Args): Story => ({ name, args, render: chart });

export const Default = story('Default (bar)', {});
export const BarLight = story('Bar, light', { view: 'bar', theme: 'light' });
export const BarDark = story('Bar, dark', { view: 'bar', theme: 'dark' });
export const HemicycleLight = story('Hemicycle, light', { view: 'hemicycle', theme: 'light' });
export const HemicycleDark = story('Hemicycle, dark', { view: 'hemicycle', theme: 'dark' });
export const MapLight = story('Map, light', { view: 'map', theme: 'light' });
export const MapDark = story('Map, dark', { view: 'map', theme: 'dark' });
export const TilesLight = story('Tiles, light', { view: 'tiles', theme: 'light' });
export const TilesDark = story('Tiles, dark', { view: 'tiles', theme: 'dark' });
export const TilesNarrow = story('Tiles, 320 px', { view: 'tiles', width: 320 });

export const Highlight = story('Highlight Belarus, Russia, China', { view: 'hemicycle', highlight: 'BLR RUS CHN' });
export const GroupNeighbours = story("Group: Myanmar's neighbours", { group: 'neighbours', highlight: 'BLR RUS CHN' });
export const GroupAseanMap = story('Group: ASEAN on the map', { view: 'map', group: 'asean' });
export const ShowAbsent = story('Every member, non-voters included', { view: 'hemicycle', showAbsent: true });
export const German = story('In German number and date format', { lang: 'de' });

export const Narrow: Story = {
  name: 'Narrow column (320 px), every view',
  args: { width: 320 },
  render: (args) => html`${['bar', 'hemicycle', 'map'].map((view) => chart({ ...args, view }))}`,
};

export const InvalidAttributes = story('Invalid attributes (view, highlight, group)', {
  view: 'pie',
  highlight: 'BLR Atlantis',
  group: 'nordic',
});

export const InvalidData = story('Invalid data: a vote that is not an option, a negative count', {
  data: smallVote({
    title: 'A vote with mistakes',
    date: '2024-02-30',
    tally: { yes: 3, no: -1 },
    total: 4,
    rollCall: [SMALL_VOTE.rollCall![0], { ...SMALL_VOTE.rollCall![1], vote: 'maybe' }],
  }),
});

export const Unusable = story('Unusable data', { data: { title: 'Nothing to draw', options: 'yes' } });

export const OwnTallyOnly = story('Own data: a tally without a roll call', { data: TALLY_ONLY });
export const OwnTallyHemicycle = story('Own data: a tally as a hemicycle', { data: TALLY_ONLY, view: 'hemicycle' });
export const OwnTwoOptions = story('Own data: two options (aye / nay)', { data: TWO_OPTIONS, view: 'hemicycle', group: 'baltic' });
export const OwnPresent = story('Own data: a "present" option, on the map', { data: WITH_PRESENT, view: 'map' });
