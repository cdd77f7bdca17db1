// The browser bundles import data/vote.json packed column by column (scripts/pack-roll-call.mjs):
// what they unpack must be the record itself, and a roll call that cannot be packed losslessly
// is left as JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { voteModule } from '../../scripts/pack-roll-call.mjs';

const load = async (source: string): Promise<unknown> =>
  ((await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default: unknown }).default;

const VOTE = JSON.parse(readFileSync('data/vote.json', 'utf8')) as { rollCall: Array<Record<string, string>> } & Record<string, unknown>;

test('the packed vote unpacks to data/vote.json, key order included', async () => {
  const source = voteModule(VOTE);
  assert.ok(!source.includes('"iso3"'), 'the roll call is packed, not repeated as objects');
  const unpacked = await load(source);
  assert.deepEqual(unpacked, VOTE);
  assert.equal(JSON.stringify(unpacked), JSON.stringify(VOTE));
  assert.ok(source.length < JSON.stringify(VOTE).length * 0.75);
});

test('a roll call that cannot be packed losslessly stays JSON', async () => {
  const odd = [
    { ...VOTE, rollCall: [] },
    { ...VOTE, rollCall: [{ iso3: 'AFG', m49: '004', name: 'A|B', vote: 'yes' }] },
    { ...VOTE, rollCall: [{ iso3: 'AFG', m49: '4', name: 'Afghanistan', vote: 'yes' }] },
    { ...VOTE, rollCall: [{ iso3: 'AFG', m49: '004', name: 'Afghanistan', vote: 'maybe' }] },
    { ...VOTE, rollCall: [{ iso3: 'AFG', m49: '004', name: 'Afghanistan', vote: 'yes', note: 'x' }] },
    { ...VOTE, rollCall: [{ m49: '004', iso3: 'AFG', name: 'Afghanistan', vote: 'yes' }] },
  ];
  for (const record of odd) {
    const source = voteModule(record);
    assert.ok(source.startsWith('export default {'), JSON.stringify(record.rollCall));
    assert.deepEqual(await load(source), record);
  }
});
