// Issue 20, in Node: the plain-data reader, the name matcher, and the validators' limits and
// sums. Counted work, not timed: each word of an attribute costs at most a bounded number of lookups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPlain, peekLength, bare } from '../../src/data/plain.js';
import { NameIndex, scanNames, foldName } from '../../src/internal/names.js';
import { cleanText, wellFormed } from '../../src/internal/strings.js';
import { LIMITS } from '../../src/data/limits.js';
import { validateVoteRecord } from '../../src/data/vote.js';
import { validateArmsData } from '../../src/data/arms.js';
import { validateNetwork } from '../../src/data/network.js';
import type { DataIssue } from '../../src/data/issue.js';

test('toPlain: own data only, no prototype, reserved keys and getters refused with a message', () => {
  const issues: DataIssue[] = [];
  const input = JSON.parse('{ "a": 1, "__proto__": { "polluted": true }, "constructor": 2, "list": [1, "x"] }');
  Object.defineProperty(input, 'g', { enumerable: true, get: () => assert.fail('a getter ran') });
  const out = toPlain(input, issues) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(out), null);
  assert.deepEqual(Object.keys(out), ['a', 'list']);
  assert.deepEqual(
    issues.map((i) => i.path),
    ['__proto__', 'constructor', 'g'],
  );
});

test('toPlain: class instances, Maps and Dates are named, not read', () => {
  class Thing {
    x = 1;
  }
  for (const [value, word] of [
    [new Thing(), 'instance of Thing'],
    [new Map(), 'a Map'],
    [new Date(0), 'a Date'],
    [new Set(), 'a Set'],
  ] as const) {
    const issues: DataIssue[] = [];
    assert.equal(toPlain({ v: value }, issues) && (toPlain({ v: value }, []) as { v: unknown }).v, undefined);
    assert.match(issues[0]!.message, new RegExp(word));
  }
});

test('toPlain: nesting 100,000 deep and lists past the limit end with a message, not a stack overflow', () => {
  let deep: unknown = 'x';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const issues: DataIssue[] = [];
  toPlain({ deep }, issues);
  assert.match(issues[0]!.message, /nested more than/);
  const long: DataIssue[] = [];
  toPlain({ list: new Array(LIMITS.list + 1).fill(0) }, long);
  assert.equal(long[0]!.path, 'list');
});

test('toPlain: a Proxy whose traps throw gives a message', () => {
  const issues: DataIssue[] = [];
  const hostile = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  );
  assert.equal(toPlain(hostile, issues), undefined);
  assert.match(issues[0]!.message, /could not be read/);
});

test('strings: lone surrogates become U+FFFD, control characters go, pairs and emoji stay', () => {
  assert.equal(wellFormed('a\uD800b'), 'a\uFFFDb');
  assert.equal(cleanText('a\uDC00\u0000\u0007b\u009f 😀\n'), 'a\uFFFDb 😀\n');
  assert.doesNotThrow(() => encodeURIComponent(cleanText('\uD83D')));
});

test('peekLength reads a list length through own data properties only', () => {
  assert.equal(peekLength({ a: { b: [1, 2, 3] } }, ['a', 'b']), 3);
  assert.equal(peekLength(Object.create({ a: { b: [1] } }), ['a', 'b']), undefined);
  assert.equal(Object.getPrototypeOf(bare({ a: 1 })), null);
});

test('NameIndex: exact first, then a unique prefix; a scan does at most maxWords lookups per word', () => {
  const names = ['Russian Federation', 'Belarus', 'China', 'Guinea', 'Guinea-Bissau', 'Equatorial Guinea', 'Niger', 'Nigeria'];
  const index = new NameIndex(
    names.map((n) => [[n], n] as const),
    { prefix: 4 },
  );
  assert.equal(index.get('russia'), 'Russian Federation');
  assert.equal(index.get('NIGER'), 'Niger');
  assert.equal(index.get('Guin'), undefined, 'ambiguous');
  assert.equal(index.maxWords, 2);
  let lookups = 0;
  const words = Array.from({ length: 20_000 }, (_, i) => `junk${i}`);
  const runs = scanNames(words, (q) => (lookups++, index.get(q)), index.maxWords);
  assert.equal(runs.length, 20_000);
  assert.ok(lookups <= words.length * index.maxWords, `${lookups} lookups for ${words.length} words`);
  const found = scanNames('Russian Federation China Belarus'.split(' '), (q) => index.get(q), index.maxWords);
  assert.deepEqual(
    found.map((r) => r.value),
    ['Russian Federation', 'China', 'Belarus'],
  );
  assert.equal(foldName('  Côte   d’Ivoire '), "cote d'ivoire");
});

test('validators: sizes past the limits are refused before any row is read', () => {
  let read = 0;
  const rows = new Proxy(new Array(LIMITS.deliveries + 1), {
    get(t, k) {
      if (typeof k === 'string' && /^\d+$/.test(k)) read++;
      return Reflect.get(t, k);
    },
  });
  const arms = validateArmsData({ register: { recipient: 'X', deliveries: rows } });
  assert.equal(arms.value, null);
  assert.match(arms.issues[0]!.message, /at most/);
  assert.equal(read, 0, 'no row read');
  const net = validateNetwork({ actors: new Array(LIMITS.actors + 1), ties: [] });
  assert.equal(net.issues[0]!.path, 'actors');
  const vote = validateVoteRecord({ options: [], rollCall: new Array(LIMITS.members + 1) });
  assert.equal(vote.issues[0]!.path, 'rollCall');
});

test('validators: reserved ids refused, counts exact, TIV sums finite', () => {
  const v = validateVoteRecord({
    options: [
      { id: '__proto__', label: 'A' },
      { id: 'constructor', label: 'B' },
      { id: 'yes', label: 'Yes' },
    ],
    tally: { yes: 3 },
  });
  assert.deepEqual(
    v.value!.options.map((o) => o.id),
    ['yes'],
  );
  assert.ok(v.issues.some((i) => i.path === 'options[0].id'));
  const big = validateVoteRecord({
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
    tally: { yes: 2 ** 53, no: 1 },
  });
  assert.ok(big.issues.some((i) => i.path === 'tally.yes'));
  const row = {
    sipriId: 1,
    supplier: 'A',
    recipient: 'X',
    designation: 'D',
    orderYear: 2000,
    delivered: 1,
    deliveryYear: 2001,
    tiv: 1e308,
  };
  const arms = validateArmsData({ register: { recipient: 'X', unit: 'SIPRI TIV (millions)', deliveries: [row, { ...row, sipriId: 2 }] } });
  assert.equal(arms.value, null);
  assert.ok(arms.issues.some((i) => i.path === 'register.deliveries[1].tiv'));
  const net = validateNetwork({
    actors: [
      { id: 'prototype', kind: 'state', name: 'P' },
      { id: 'a', kind: 'state', name: 'A' },
    ],
    ties: [],
  });
  assert.deepEqual(
    net.value!.actors.map((a) => a.id),
    ['a'],
  );
});
