// Story callouts in the reader's language: `callouts` beside the English `callout`, read like an
// actor's `names` (a bad entry reported and left out), and swapped in by localNetwork only where
// the data has the language; an English page keeps the very same network object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork } from '../../../src/data/network.js';
import { defaultNetwork } from '../../../src/data/network.default.js';
import { localNetwork } from '../../../src/components/relation-map/view.js';

const raw = {
  actors: [
    { id: 'a', kind: 'state', name: 'A', sources: ['s'] },
    { id: 'b', kind: 'state', name: 'B', sources: ['s'] },
  ],
  ties: [
    {
      id: 't',
      type: 'visit',
      source: 'a',
      target: 'b',
      label: 'A visit',
      callout: 'A visit, 2020',
      callouts: { ru: 'Визит, 2020', 'not a tag!': 'x', be: ' ' },
      sources: ['s'],
    },
  ],
};

test('callouts: read by language; a bad key or an empty text is reported, named by its path, and left out', () => {
  const { value, issues } = validateNetwork(raw);
  assert.deepEqual({ ...value!.ties[0]!.callouts }, { ru: 'Визит, 2020' });
  const paths = issues.map((i) => i.path).sort();
  assert.deepEqual(paths, ['ties[0].callouts.be', 'ties[0].callouts.not a tag!']);
});

test('localNetwork: the callout in the page language where the data has it, else the English', () => {
  const net = validateNetwork(raw).value!;
  assert.equal(localNetwork(net, 'ru').ties[0]!.callout, 'Визит, 2020');
  assert.equal(localNetwork(net, 'ru-RU').ties[0]!.callout, 'Визит, 2020');
  assert.equal(localNetwork(net, 'be').ties[0]!.callout, 'A visit, 2020');
  assert.equal(localNetwork(net, 'en'), net);
  // Ids, labels and sources untouched.
  assert.equal(localNetwork(net, 'ru').ties[0]!.label, 'A visit');
});

test('the bundled story: every callout has its Burmese, Russian and Belarusian words, with a note on where they come from', () => {
  const keyed = defaultNetwork().ties.filter((t) => t.callout);
  assert.ok(keyed.length >= 4);
  for (const t of keyed) {
    for (const lang of ['my', 'ru', 'be']) assert.ok(t.callouts?.[lang], `${t.id}: no ${lang} callout`);
    assert.match(t.calloutsSource ?? '', /review/);
  }
});
