/**
 * Made-up but valid votes, to prove nothing in <vote-chart> is wired to A/RES/75/287:
 * a tally with no roll call, a two-option roll call with ids the chart has never seen
 * (`aye`/`nay`), and a roll call with a "present" option and no m49 codes.
 */
import type { VoteRecord } from '../../../src/data/types.js';

export const TALLY_ONLY: VoteRecord = {
  id: 'CM/2024/7',
  title: 'Budget amendment 7',
  date: '2024-05',
  body: 'City council',
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
    { id: 'abstain', label: 'Abstained' },
  ],
  tally: { yes: 31, no: 17, abstain: 4 },
  total: 52,
  sources: ['Council minutes, 14 May 2024'],
};

const NORDIC = [
  ['DNK', 'Denmark', '208'],
  ['FIN', 'Finland', '246'],
  ['ISL', 'Iceland', '352'],
  ['NOR', 'Norway', '578'],
  ['SWE', 'Sweden', '752'],
  ['EST', 'Estonia', '233'],
  ['LVA', 'Latvia', '428'],
] as const;

/** 7 members: 4 aye (DNK, FIN, NOR, SWE), 3 nay (EST, ISL, LVA). */
export const TWO_OPTIONS: VoteRecord = {
  id: 'NB8/2023/2',
  title: 'Two options',
  date: '2023-11-02',
  options: [
    { id: 'aye', label: 'Aye' },
    { id: 'nay', label: 'Nay' },
  ],
  tally: { aye: 4, nay: 3 },
  total: 7,
  rollCall: NORDIC.map(([iso3, name, m49]) => ({ iso3, name, m49, vote: ['EST', 'ISL', 'LVA'].includes(iso3) ? 'nay' : 'aye' })),
  groups: [{ id: 'baltic', label: 'Baltic states', members: ['EST', 'LVA'], sources: [] }],
  sources: [],
};

/** 9 members, no m49 codes: 5 yes, 1 no (Chile), 3 present (Peru, Bolivia, Paraguay). */
export const WITH_PRESENT: VoteRecord = {
  id: 'OAS/99',
  title: 'A vote with "present"',
  date: '2019',
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
    { id: 'present', label: 'Present, not voting' },
  ],
  tally: { yes: 5, no: 1, present: 3 },
  total: 9,
  rollCall: [
    { iso3: 'ARG', name: 'Argentina', vote: 'yes' },
    { iso3: 'BRA', name: 'Brazil', vote: 'yes' },
    { iso3: 'CHL', name: 'Chile', vote: 'no' },
    { iso3: 'COL', name: 'Colombia', vote: 'yes' },
    { iso3: 'ECU', name: 'Ecuador', vote: 'yes' },
    { iso3: 'URY', name: 'Uruguay', vote: 'yes' },
    { iso3: 'PER', name: 'Peru', vote: 'present' },
    { iso3: 'BOL', name: 'Bolivia', vote: 'present' },
    { iso3: 'PRY', name: 'Paraguay', vote: 'present' },
  ],
  sources: [],
};
