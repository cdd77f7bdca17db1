/**
 * A small network modelled on the seed articles (The Irrawaddy, The Diplomat, BNN, the
 * Russia article), used by the layout and browser tests so they do not depend on the
 * exact contents of the bundled network.
 */
import type { Actor, Network, Tie } from '../../../src/data/types.js';

const IRR = ['irrawaddy-2021-07-07'];
const DIP = ['diplomat-mah-belarus'];
const BNN = ['bnn-myanmar-belarus-2023'];
const RUS = ['russia-key-backer-2021'];

export const actors: Actor[] = [
  { id: 'mm-military', kind: 'organisation', name: "Myanmar's military (Tatmadaw)", country: 'MMR', sources: IRR },
  { id: 'mmr', kind: 'state', name: 'Myanmar', country: 'MMR', sources: IRR },
  { id: 'blr', kind: 'state', name: 'Belarus', country: 'BLR', sources: IRR },
  { id: 'rus', kind: 'state', name: 'Russia', country: 'RUS', sources: RUS },
  { id: 'chn', kind: 'state', name: 'China', country: 'CHN', sources: RUS },
  { id: 'usa', kind: 'state', name: 'United States', country: 'USA', sources: DIP },
  { id: 'srb', kind: 'state', name: 'Serbia', country: 'SRB', sources: IRR },
  {
    id: 'min-aung-hlaing',
    kind: 'person',
    name: 'Min Aung Hlaing',
    country: 'MMR',
    role: 'Commander-in-chief, junta leader',
    period: 'since 2011',
    sources: IRR,
  },
  {
    id: 'alexander-lukashenko',
    kind: 'person',
    name: 'Alexander Lukashenko',
    country: 'BLR',
    role: 'President of Belarus',
    period: 'since 1994',
    sources: DIP,
  },
  { id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', country: 'RUS', role: 'President of Russia', sources: DIP },
  { id: 'sergei-shoigu', kind: 'person', name: 'Sergei Shoigu', country: 'RUS', role: 'Defence minister', sources: RUS },
  { id: 'tin-maung-win', kind: 'person', name: 'Tin Maung Win', country: 'MMR', role: 'Commander, Air Defence', sources: IRR },
  { id: 'than-swe', kind: 'person', name: 'Than Swe', country: 'MMR', role: 'Foreign minister', sources: BNN },
  { id: 'rada-airlines', kind: 'organisation', name: 'Rada Airlines', country: 'BLR', sources: IRR },
  { id: 'rostec', kind: 'organisation', name: 'Rostec', country: 'RUS', sources: RUS },
  // No country: drawn in the geo layout's "No location" column.
  { id: 'un-ga', kind: 'organisation', name: 'UN General Assembly', sources: IRR },
];

export const ties: Tie[] = [
  {
    id: 't-commission',
    type: 'commission',
    source: 'blr',
    target: 'mm-military',
    directed: false,
    date: '2008',
    label: 'Joint commission on military-technical cooperation',
    sources: IRR,
  },
  {
    id: 't-visit-2014',
    type: 'visit',
    source: 'min-aung-hlaing',
    target: 'blr',
    directed: true,
    date: '2014-11',
    label: 'Visits Belarus',
    sources: IRR,
  },
  {
    id: 't-meet-2014',
    type: 'meeting',
    source: 'min-aung-hlaing',
    target: 'alexander-lukashenko',
    directed: false,
    date: '2014-11',
    label: 'Talks in Minsk',
    sources: IRR,
  },
  {
    id: 't-kvadrat',
    type: 'arms-supply',
    source: 'blr',
    target: 'mm-military',
    directed: true,
    date: '2016',
    label: 'Kvadrat-M surface-to-air missile systems',
    sources: DIP,
  },
  {
    id: 't-su30',
    type: 'arms-supply',
    source: 'rus',
    target: 'mm-military',
    directed: true,
    date: '2018',
    endDate: '2022',
    label: 'Su-30 fighter jets',
    sources: RUS,
  },
  {
    id: 't-shoigu-2018',
    type: 'visit',
    source: 'sergei-shoigu',
    target: 'mmr',
    directed: true,
    date: '2018',
    label: 'Visits Naypyitaw',
    sources: RUS,
  },
  {
    id: 't-ports',
    type: 'agreement',
    source: 'rus',
    target: 'mmr',
    directed: false,
    date: '2018',
    label: 'Agreement on Russian ships entering Myanmar ports',
    sources: RUS,
  },
  {
    id: 't-tmw-2020',
    type: 'visit',
    source: 'tin-maung-win',
    target: 'blr',
    directed: true,
    date: '2020-02',
    label: 'Air defence delegation visits Belarus',
    sources: IRR,
  },
  {
    id: 't-rada',
    type: 'trade',
    source: 'rada-airlines',
    target: 'mm-military',
    directed: true,
    date: '2021-02-10',
    label: 'Cargo plane at Yangon airport',
    sources: IRR,
  },
  {
    id: 't-vote',
    type: 'un-vote',
    source: 'blr',
    target: 'un-ga',
    directed: true,
    date: '2021-06-18',
    label: 'Only vote against resolution 75/287',
    sources: IRR,
  },
  {
    id: 't-rostec',
    type: 'agreement',
    source: 'rostec',
    target: 'mmr',
    directed: false,
    date: '2021-06',
    label: 'Iron-smelting plant in Shan State',
    sources: RUS,
  },
  {
    id: 't-chn-arms',
    type: 'arms-supply',
    source: 'chn',
    target: 'mm-military',
    directed: true,
    date: '2015',
    endDate: '2019',
    label: 'Arms deliveries',
    sources: RUS,
  },
  { id: 't-srb-arms', type: 'arms-supply', source: 'srb', target: 'mm-military', directed: true, label: 'Military hardware', sources: IRR },
  {
    id: 't-sanction',
    type: 'sanction',
    source: 'usa',
    target: 'mm-military',
    directed: true,
    date: '2022-10',
    label: 'Sanctions over arms procured through Belarus',
    sources: DIP,
  },
  {
    id: 't-consulate',
    type: 'diplomatic',
    source: 'mmr',
    target: 'blr',
    directed: true,
    date: '2023-09-15',
    label: 'Consulate opened in Minsk',
    sources: BNN,
  },
  {
    id: 't-thanswe-rus',
    type: 'visit',
    source: 'than-swe',
    target: 'rus',
    directed: true,
    date: '2023-09',
    label: 'Visits Russia',
    sources: BNN,
  },
  {
    id: 't-putin',
    type: 'meeting',
    source: 'min-aung-hlaing',
    target: 'vladimir-putin',
    directed: false,
    label: 'First official meeting',
    sources: DIP,
  },
  {
    id: 't-mah-role',
    type: 'role',
    source: 'min-aung-hlaing',
    target: 'mm-military',
    directed: true,
    date: '2011',
    label: 'Commander-in-chief',
    sources: IRR,
  },
  {
    id: 't-luka-role',
    type: 'role',
    source: 'alexander-lukashenko',
    target: 'blr',
    directed: true,
    date: '1994',
    label: 'President',
    sources: DIP,
  },
  { id: 't-putin-role', type: 'role', source: 'vladimir-putin', target: 'rus', directed: true, label: 'President', sources: DIP },
];

export const network: Network = { center: 'mm-military', actors, ties };

/** A network of n actors and about m ties, deterministic, for scale tests. */
export function bigNetwork(n: number, m: number): Network {
  const kinds = ['state', 'person', 'organisation'] as const;
  const types = ['arms-supply', 'visit', 'meeting', 'agreement', 'trade', 'diplomatic'] as const;
  const big: Actor[] = [];
  for (let i = 0; i < n; i++) {
    big.push({ id: `a${i}`, kind: kinds[i % 3]!, name: `Actor ${i}`, sources: ['s'] });
  }
  const out: Tie[] = [];
  let seed = 1;
  const rand = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  // A spanning tree keeps it connected, then random extra ties.
  for (let i = 1; i < n && out.length < m; i++) {
    const j = Math.floor(rand() * i);
    out.push({
      id: `t${out.length}`,
      type: types[i % types.length]!,
      source: `a${i}`,
      target: `a${j}`,
      directed: i % 2 === 0,
      date: String(2000 + (i % 24)),
      label: `Tie ${out.length}`,
      sources: ['s'],
    });
  }
  while (out.length < m) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    if (a === b) continue;
    out.push({
      id: `t${out.length}`,
      type: types[out.length % types.length]!,
      source: `a${a}`,
      target: `a${b}`,
      directed: false,
      date: String(2000 + (out.length % 24)),
      label: `Tie ${out.length}`,
      sources: ['s'],
    });
  }
  return { center: 'a0', actors: big, ties: out };
}
