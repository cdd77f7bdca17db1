/** relation-map's option normaliser the base's option hook runs: pure, each problem naming the attribute typed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapOptions } from '../../../src/components/relation-map/relation-map.options.js';
import type { Network } from '../../../src/data/types.js';

test('mapOptions: view wins over its alias layout once set; unasked, data ranking no story is shown whole', () => {
  const plain = { actors: [{ id: 'a', name: 'A', kind: 'state', sources: [] }], ties: [] } as unknown as Network;
  const none = [undefined, undefined, undefined, undefined] as const;
  assert.equal(mapOptions('story', false, 'radial', ...none, null).value.layout, 'radial');
  assert.equal(mapOptions('geo', true, 'radial', ...none, null).value.layout, 'geo');
  assert.deepEqual(
    mapOptions('story', false, 'pie', ...none, null).issues.map((i) => i.path),
    ['layout'],
  );
  assert.deepEqual(
    mapOptions('pie', true, null, ...none, null).issues.map((i) => i.path),
    ['view'],
  );
  assert.equal(mapOptions('story', false, null, ...none, plain).value.layout, 'force');
  assert.equal(mapOptions('story', true, null, ...none, plain).value.layout, 'story');
});
