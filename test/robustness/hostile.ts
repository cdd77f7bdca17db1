/**
 * Hostile and broken inputs for every component, as a table: each case says what a
 * reader must see (a message naming the field, the valid part drawn, or both).
 */
import { smallVote } from '../fixtures/vote.js';

export const PAYLOAD = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script><svg onload="window.__pwned='svg'">`;

export interface Case {
  name: string;
  tag: 'vote-chart' | 'arms-flow' | 'relation-map';
  attrs?: Record<string, string>;
  /** Set as the `data` property. */
  data?: unknown;
  /** Raw text of an inline `<script type="application/json">`. */
  inline?: string;
  /** What must show: an alert, the chart, or both (alert about the bad part, the rest drawn). */
  expect: 'alert' | 'chart' | 'both';
  /** Strings the alert (or the console) must contain: the field's name, the bad value. */
  mentions?: string[];
  /** Text that must be shown literally somewhere in the widget (payloads stay text). */
  literal?: string;
}

const vote = smallVote;

const row = (over: Record<string, unknown> = {}) => ({
  sipriId: 1,
  supplier: 'Freedonia',
  recipient: 'Sylvania',
  designation: 'T-1',
  description: 'tank',
  category: 'Armoured vehicles',
  orderYear: 2010,
  orderYearEstimate: false,
  delivered: 10,
  deliveredEstimate: false,
  deliveryYear: 2012,
  deliveryYearEstimate: false,
  status: 'New',
  tivUnit: 1.5,
  tiv: 15,
  localProduction: false,
  ...over,
});
const register = (deliveries: unknown[], over: Record<string, unknown> = {}) => ({
  register: { recipient: 'Sylvania', unit: 'SIPRI TIV (millions)', release: '2025-01-03', sources: [], deliveries, ...over },
  figures: [],
});

const actor = (id: string, over: Record<string, unknown> = {}) => ({ id, kind: 'state', name: id.toUpperCase(), sources: [], ...over });
const tie = (id: string, source: string, target: string, over: Record<string, unknown> = {}) => ({
  id,
  type: 'visit',
  source,
  target,
  directed: true,
  date: '2014-11',
  label: `${source} visited ${target}`,
  sources: [],
  ...over,
});
const net = (over: Record<string, unknown> = {}) => ({
  actors: [actor('aaa'), actor('bbb'), actor('ccc', { kind: 'person', name: 'Person C' })],
  ties: [tie('t1', 'aaa', 'bbb'), tie('t2', 'ccc', 'aaa', { type: 'meeting' })],
  ...over,
});

/** Deterministic large inputs. */
function bigVote(n: number) {
  const rollCall = Array.from({ length: n }, (_, i) => ({
    iso3: String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + (Math.floor(i / 676) % 26)),
    name: `Member ${i}`,
    vote: i % 3 ? 'yes' : 'no',
  })).filter((r, i, all) => all.findIndex((x) => x.iso3 === r.iso3) === i);
  const yes = rollCall.filter((r) => r.vote === 'yes').length;
  return vote({ rollCall, tally: { yes, no: rollCall.length - yes }, total: rollCall.length });
}
function bigRegister(n: number) {
  const suppliers = ['Freedonia', 'Ruritania', 'Latveria', 'Genovia', 'Elbonia'];
  const cats = ['Aircraft', 'Missiles', 'Armoured vehicles', 'Ships'];
  return register(
    Array.from({ length: n }, (_, i) =>
      row({ sipriId: i, supplier: suppliers[i % 5], category: cats[i % 4], deliveryYear: 2000 + (i % 24), tiv: (i % 50) / 10 + 0.1 }),
    ),
  );
}
export function bigNetwork(n: number, m: number) {
  let s = 42;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const kinds = ['state', 'person', 'organisation'];
  const types = ['arms-supply', 'visit', 'meeting', 'agreement', 'sanction', 'trade', 'role'];
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, kind: kinds[i % 3], name: `Actor ${i}`, sources: [] }));
  const ties = [];
  for (let i = 0; ties.length < m; i++) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(Math.pow(rand(), 2) * n);
    if (a === b) continue;
    ties.push(tie(`t${i}`, `a${a}`, `a${b}`, { type: types[i % types.length], date: `${2000 + (i % 24)}` }));
  }
  return { actors, ties };
}

export const CASES: Case[] = [
  /* ---------------- inline JSON and shapes, every component ---------------- */
  ...(['vote-chart', 'arms-flow', 'relation-map'] as const).flatMap((tag): Case[] => [
    { name: 'malformed inline JSON', tag, inline: '{ "title": "oops", ', expect: 'alert', mentions: ['not valid JSON'] },
    { name: 'inline JSON that is a list', tag, inline: '[1, 2, 3]', expect: 'alert' },
    { name: 'inline JSON that is a number', tag, inline: '42', expect: 'alert' },
    { name: 'data property that is a string', tag, data: 'hello', expect: 'alert' },
    { name: 'empty object', tag, data: {}, expect: 'alert' },
    { name: 'view/layout attribute with markup', tag, attrs: { view: PAYLOAD, layout: PAYLOAD }, expect: 'both', mentions: ['invalid'] },
    {
      name: 'heading and description with markup stay text',
      tag,
      attrs: { heading: PAYLOAD, description: PAYLOAD },
      expect: 'chart',
      literal: PAYLOAD,
    },
    {
      name: 'an unknown theme and a bad lang',
      tag,
      attrs: { theme: 'neon', lang: 'not a language!' },
      expect: 'both',
      mentions: ['theme'],
    },
  ]),

  /* ---------------- vote-chart ---------------- */
  {
    name: 'negative tally',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, tally: { yes: -1, no: 3 } }),
    expect: 'both',
    mentions: ['tally.yes'],
  },
  {
    name: 'NaN in tally',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, tally: { yes: NaN, no: 3 } }),
    expect: 'both',
    mentions: ['tally.yes'],
  },
  {
    name: 'Infinity in tally',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, tally: { yes: Infinity, no: 3 } }),
    expect: 'both',
    mentions: ['tally.yes'],
  },
  {
    name: 'tally as text',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, tally: { yes: '2', no: 1 } }),
    expect: 'both',
    mentions: ['tally.yes'],
  },
  { name: 'options missing', tag: 'vote-chart', data: vote({ options: undefined }), expect: 'alert', mentions: ['options'] },
  {
    name: 'a roll-call vote not among the options',
    tag: 'vote-chart',
    data: vote({
      rollCall: [
        { iso3: 'FRA', name: 'France', vote: 'yes' },
        { iso3: 'DEU', name: 'Germany', vote: 'maybe' },
      ],
      tally: { yes: 1, no: 0 },
    }),
    expect: 'both',
    mentions: ['rollCall[1].vote', 'maybe'],
  },
  {
    name: 'a malformed country code',
    tag: 'vote-chart',
    data: vote({
      rollCall: [
        { iso3: '12', name: 'Nowhere', vote: 'yes' },
        { iso3: 'DEU', name: 'Germany', vote: 'no' },
      ],
      tally: { yes: 0, no: 1 },
    }),
    expect: 'both',
    mentions: ['rollCall[0].iso3'],
  },
  {
    name: 'an unknown country code on the map',
    tag: 'vote-chart',
    attrs: { view: 'map' },
    data: vote({
      rollCall: [
        { iso3: 'ZZZ', name: 'Atlantis', vote: 'yes' },
        { iso3: 'DEU', name: 'Germany', vote: 'no' },
      ],
      tally: { yes: 1, no: 1 },
      total: 2,
    }),
    expect: 'both',
    mentions: ['ZZZ'],
  },
  {
    name: 'a duplicate country',
    tag: 'vote-chart',
    data: vote({
      rollCall: [
        { iso3: 'FRA', name: 'France', vote: 'yes' },
        { iso3: 'FRA', name: 'France', vote: 'no' },
      ],
      tally: { yes: 1, no: 0 },
      total: 1,
    }),
    expect: 'both',
    mentions: ['rollCall[1].iso3'],
  },
  {
    name: 'markup in every vote string',
    tag: 'vote-chart',
    attrs: { view: 'hemicycle' },
    data: vote({
      title: PAYLOAD,
      options: [
        { id: 'yes', label: PAYLOAD },
        { id: 'no', label: 'No' },
      ],
      rollCall: [
        { iso3: 'FRA', name: PAYLOAD, vote: 'yes' },
        { iso3: 'DEU', name: 'Germany', vote: 'no' },
      ],
      tally: { yes: 1, no: 1 },
      total: 2,
    }),
    expect: 'chart',
    literal: PAYLOAD,
  },
  {
    name: 'highlight and group naming nothing',
    tag: 'vote-chart',
    attrs: { highlight: `XYZ ${PAYLOAD}`, group: 'nato' },
    expect: 'both',
    mentions: ['highlight', 'group'],
  },
  { name: '5,000-member roll call (the limit)', tag: 'vote-chart', data: bigVote(5000), expect: 'chart' },

  /* ---------------- arms-flow ---------------- */
  {
    name: 'negative TIV',
    tag: 'arms-flow',
    data: register([row({ tiv: -5 }), row({ sipriId: 2 })]),
    expect: 'both',
    mentions: ['register.deliveries[0].tiv'],
  },
  {
    name: 'NaN TIV',
    tag: 'arms-flow',
    data: register([row({ tiv: NaN }), row({ sipriId: 2 })]),
    expect: 'both',
    mentions: ['register.deliveries[0].tiv'],
  },
  {
    name: 'TIV as text',
    tag: 'arms-flow',
    data: register([row(), row({ sipriId: 2, tiv: '12' })]),
    expect: 'both',
    mentions: ['register.deliveries[1].tiv'],
  },
  {
    name: 'a delivery year that is not a year',
    tag: 'arms-flow',
    data: register([row({ deliveryYear: 'soon' }), row({ sipriId: 2 })]),
    expect: 'both',
    mentions: ['register.deliveries[0].deliveryYear'],
  },
  {
    name: 'a row with no supplier',
    tag: 'arms-flow',
    data: register([row({ supplier: undefined }), row({ sipriId: 2 })]),
    expect: 'both',
    mentions: ['register.deliveries[0].supplier'],
  },
  {
    name: 'deliveries that are not a list',
    tag: 'arms-flow',
    data: register('lots' as unknown as unknown[]),
    expect: 'alert',
    mentions: ['register.deliveries'],
  },
  { name: 'no register', tag: 'arms-flow', data: { figures: [] }, expect: 'alert', mentions: ['register'] },
  { name: 'an empty register', tag: 'arms-flow', data: register([]), expect: 'alert' },
  {
    name: 'markup in every arms string',
    tag: 'arms-flow',
    data: register([row({ supplier: PAYLOAD, designation: PAYLOAD, description: PAYLOAD, category: PAYLOAD }), row({ sipriId: 2 })]),
    expect: 'chart',
    literal: PAYLOAD,
  },
  {
    name: 'filters that are not years or names',
    tag: 'arms-flow',
    attrs: { from: 'last year', to: PAYLOAD, supplier: 'Atlantis', category: 'Spaceships' },
    expect: 'both',
    mentions: ['from', 'supplier'],
  },
  { name: '5,000 deliveries (the limit)', tag: 'arms-flow', data: bigRegister(5000), expect: 'chart' },

  /* ---------------- relation-map ---------------- */
  {
    name: 'duplicate actor ids',
    tag: 'relation-map',
    data: net({ actors: [actor('aaa'), actor('bbb'), actor('aaa', { name: 'Again' })] }),
    expect: 'both',
    mentions: ['actors[2].id'],
  },
  {
    name: 'a tie to a missing actor',
    tag: 'relation-map',
    data: net({ ties: [tie('t1', 'aaa', 'bbb'), tie('t2', 'aaa', 'nobody')] }),
    expect: 'both',
    mentions: ['ties[1].target', 'nobody'],
  },
  {
    name: 'a self-loop',
    tag: 'relation-map',
    data: net({ ties: [tie('t1', 'aaa', 'bbb'), tie('t2', 'aaa', 'aaa')] }),
    expect: 'both',
    mentions: ['ties[1]'],
  },
  {
    name: 'an unknown tie type',
    tag: 'relation-map',
    data: net({ ties: [tie('t1', 'aaa', 'bbb'), tie('t2', 'bbb', 'ccc', { type: 'friendship' })] }),
    expect: 'both',
    mentions: ['ties[1].type', 'friendship'],
  },
  {
    name: 'an impossible date',
    tag: 'relation-map',
    data: net({ ties: [tie('t1', 'aaa', 'bbb'), tie('t2', 'bbb', 'ccc', { date: '2021-13-45' })] }),
    expect: 'both',
    mentions: ['ties[1].date'],
  },
  { name: 'actors that are not a list', tag: 'relation-map', data: { actors: 'many', ties: [] }, expect: 'alert', mentions: ['actors'] },
  { name: 'no actors at all', tag: 'relation-map', data: { actors: [], ties: [] }, expect: 'alert' },
  {
    name: 'markup in every network string',
    tag: 'relation-map',
    attrs: { labels: 'all' },
    data: net({
      actors: [actor('aaa', { name: PAYLOAD, role: PAYLOAD }), actor('bbb')],
      ties: [tie('t1', 'aaa', 'bbb', { label: PAYLOAD })],
    }),
    expect: 'chart',
    literal: PAYLOAD,
  },
  {
    name: 'attributes naming nothing',
    tag: 'relation-map',
    attrs: { focus: 'nobody', types: 'friendship', from: 'x', labels: 'some' },
    expect: 'both',
    mentions: ['focus', 'types'],
  },
  { name: '2,000 actors and 5,000 ties', tag: 'relation-map', data: bigNetwork(2000, 5000), expect: 'chart' },
];

/* ---------------- attacks (issue 20): size, name matching, keys, sums, strings, shapes ---------------- */

/** A lone UTF-16 surrogate and control characters: `encodeURIComponent` throws on the first. */
export const LONE = `Lone \uD800 surrogate\u0000\u0007\u001b[31m\u202e`;

/** A class instance whose fields are getters: data that is not plain JSON. */
class VoteRecordClass {
  get id() {
    return 'TEST/2';
  }
  get options() {
    return [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ];
  }
  get tally() {
    return { yes: 2, no: 1 };
  }
}
const throwing = vote();
Object.defineProperty(throwing, 'title', {
  enumerable: true,
  get() {
    throw new Error('getter from the page');
  },
});

/** `JSON.parse` makes `__proto__` an own key, as a `src` file would. */
const protoTally = JSON.parse('{ "yes": 2, "no": 1, "__proto__": 5, "constructor": 4 }');

/** A list nested deeper than any stack: built in a loop, never recursively. */
function deepList(depth: number): unknown {
  let v: unknown = 'src';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
const manyIds = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

/** 193 members' names, space-separated, as the issue's attacker typed them. */
export const ALL_NAMES_SELECTOR = 'all 193 names';
const junk = (n: number) => Array.from({ length: n }, (_, i) => `zq${i}x`).join(' ');

export const ATTACKS: Case[] = [
  /* size limits: a message before any heavy work, never a hang */
  {
    name: 'a roll call of 17,000 members (hemicycle)',
    tag: 'vote-chart',
    attrs: { view: 'hemicycle' },
    data: bigVote(17_000),
    expect: 'alert',
    mentions: ['rollCall', 'at most'],
  },
  {
    name: 'a tally of 17,000 members without a roll call (hemicycle)',
    tag: 'vote-chart',
    attrs: { view: 'hemicycle' },
    data: vote({ rollCall: undefined, tally: { yes: 9000, no: 8000 }, total: 17_000 }),
    expect: 'both',
    mentions: ['at most'],
  },
  {
    name: '200,000 rows for one deal',
    tag: 'arms-flow',
    data: register(Array.from({ length: 200_000 }, (_, i) => row({ sipriId: 7, deliveryYear: 2000 + (i % 20) }))),
    expect: 'alert',
    mentions: ['register.deliveries', 'at most'],
  },
  { name: '20,000 actors', tag: 'relation-map', data: bigNetwork(20_000, 100), expect: 'alert', mentions: ['actors', 'at most'] },
  { name: '60,000 ties', tag: 'relation-map', data: bigNetwork(300, 60_000), expect: 'alert', mentions: ['ties', 'at most'] },

  /* name matching: linear, whatever the attribute holds */
  {
    name: 'highlight naming all 193 members, space-separated',
    tag: 'vote-chart',
    attrs: { highlight: ALL_NAMES_SELECTOR },
    expect: 'chart',
  },
  { name: 'highlight of 5,000 junk words', tag: 'vote-chart', attrs: { highlight: junk(5000) }, expect: 'both', mentions: ['highlight'] },
  { name: 'supplier of 5,000 junk words', tag: 'arms-flow', attrs: { supplier: junk(5000) }, expect: 'both', mentions: ['supplier'] },
  { name: 'category of 5,000 junk words', tag: 'arms-flow', attrs: { category: junk(5000) }, expect: 'both', mentions: ['category'] },

  /* keys that reach the prototype chain */
  {
    name: 'option ids __proto__ and constructor',
    tag: 'vote-chart',
    data: vote({
      options: [
        { id: '__proto__', label: 'Yes' },
        { id: 'constructor', label: 'No' },
        { id: 'yes', label: 'Yes' },
      ],
      tally: { yes: 2 },
      total: 2,
      rollCall: undefined,
    }),
    expect: 'both',
    mentions: ['options[0].id', '__proto__', 'options[1].id'],
  },
  {
    name: 'only reserved option ids',
    tag: 'vote-chart',
    data: vote({
      options: [
        { id: '__proto__', label: 'Yes' },
        { id: 'prototype', label: 'No' },
      ],
      tally: { yes: 2 },
      total: 10,
      rollCall: undefined,
    }),
    expect: 'alert',
    mentions: ['options[0].id'],
  },
  {
    name: 'tally keys __proto__ and constructor (parsed JSON)',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, tally: protoTally }),
    expect: 'both',
    mentions: ['__proto__'],
  },
  {
    name: 'a roll-call vote "constructor"',
    tag: 'vote-chart',
    data: vote({
      rollCall: [
        { iso3: 'FRA', name: 'France', vote: 'constructor' },
        { iso3: 'DEU', name: 'Germany', vote: 'no' },
      ],
      tally: undefined,
      total: 2,
    }),
    expect: 'both',
    mentions: ['rollCall[0].vote'],
  },
  {
    name: 'actor ids __proto__ and constructor',
    tag: 'relation-map',
    data: net({
      actors: [actor('__proto__'), actor('constructor'), actor('aaa'), actor('bbb')],
      ties: [tie('t1', 'aaa', 'bbb'), tie('t2', '__proto__', 'aaa')],
    }),
    expect: 'both',
    mentions: ['actors[0].id', 'actors[1].id'],
  },
  {
    name: 'a supplier named __proto__',
    tag: 'arms-flow',
    data: register([row({ supplier: '__proto__' }), row({ sipriId: 2, supplier: 'constructor' }), row({ sipriId: 3 })]),
    expect: 'both',
    mentions: ['register.deliveries[0].supplier'],
  },

  /* sums that overflow: no NaN or Infinity a reader sees */
  {
    name: 'TIV values whose sum overflows',
    tag: 'arms-flow',
    data: register([row({ tiv: 1e308 }), row({ sipriId: 2, tiv: 1e308 }), row({ sipriId: 3, tiv: 1e308 })]),
    expect: 'alert',
    mentions: ['tiv'],
  },
  {
    name: 'tally counts whose sum overflows',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, tally: { yes: 1e308, no: 1e308 }, total: undefined }),
    expect: 'alert',
    mentions: ['tally.yes'],
  },
  {
    name: 'a total beyond exact integers',
    tag: 'vote-chart',
    data: vote({ rollCall: undefined, total: 2 ** 60 }),
    expect: 'both',
    mentions: ['total'],
  },

  /* untrusted strings: lone surrogates and control characters */
  {
    name: 'a lone surrogate in every vote string',
    tag: 'vote-chart',
    attrs: { tools: 'image' },
    data: vote({
      title: LONE,
      options: [
        { id: 'yes', label: LONE },
        { id: 'no', label: 'No' },
      ],
      rollCall: [
        { iso3: 'FRA', name: LONE, vote: 'yes' },
        { iso3: 'DEU', name: 'Germany', vote: 'no' },
      ],
      tally: { yes: 1, no: 1 },
      total: 2,
    }),
    expect: 'chart',
  },
  {
    name: 'a lone surrogate in every arms string',
    tag: 'arms-flow',
    attrs: { tools: 'image' },
    data: register(
      [
        row({ supplier: LONE, designation: LONE, description: LONE, category: LONE, recipient: LONE }),
        row({ sipriId: 2, recipient: LONE }),
      ],
      { recipient: LONE },
    ),
    expect: 'chart',
  },
  {
    name: 'a lone surrogate in every network string',
    tag: 'relation-map',
    attrs: { tools: 'image' },
    data: net({ actors: [actor('aaa', { name: LONE, role: LONE }), actor('bbb')], ties: [tie('t1', 'aaa', 'bbb', { label: LONE })] }),
    expect: 'chart',
  },
  {
    name: 'a lone surrogate in heading and highlight',
    tag: 'vote-chart',
    attrs: { tools: 'image', heading: LONE, description: LONE, highlight: LONE },
    expect: 'both',
    mentions: ['highlight'],
  },

  /* deep and large source lists */
  {
    name: 'a source list nested 100,000 deep',
    tag: 'relation-map',
    data: net({
      actors: [actor('aaa', { sources: deepList(100_000) }), actor('bbb')],
      ties: [tie('t1', 'aaa', 'bbb', { sources: deepList(100_000) })],
    }),
    expect: 'both',
    mentions: ['actors[0].sources'],
  },
  {
    name: 'a source list of 300,000 ids',
    tag: 'relation-map',
    data: net({
      actors: [actor('aaa', { sources: manyIds(300_000) }), actor('bbb')],
      ties: [tie('t1', 'aaa', 'bbb', { sources: manyIds(300_000) })],
    }),
    expect: 'both',
    mentions: ['sources'],
  },
  {
    name: 'inline JSON nested 100,000 deep',
    tag: 'vote-chart',
    inline: `{"title": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    expect: 'alert',
  },
  {
    name: 'a register source list of 300,000 ids',
    tag: 'arms-flow',
    data: register([row(), row({ sipriId: 2 })], { sources: manyIds(300_000) }),
    expect: 'both',
    mentions: ['register.sources'],
  },

  /* exotic objects as data */
  { name: 'a class instance with getters', tag: 'vote-chart', data: new VoteRecordClass(), expect: 'alert', mentions: ['plain'] },
  {
    name: 'a Map as data',
    tag: 'arms-flow',
    data: new Map([['register', register([row()]).register]]),
    expect: 'alert',
    mentions: ['Map'],
  },
  { name: 'a getter that throws', tag: 'vote-chart', data: throwing, expect: 'both', mentions: ['title'] },
  {
    name: 'a Date and a Set among the fields',
    tag: 'relation-map',
    data: net({ actors: [actor('aaa', { name: new Date(0) }), actor('bbb'), actor('ccc')], ties: new Set([1]) }),
    expect: 'both',
    mentions: ['actors[0].name', 'ties'],
  },
];
