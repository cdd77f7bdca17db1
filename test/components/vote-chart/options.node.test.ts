/** The vote chart's option normalisers the base's option hook runs: pure, each problem naming its attribute. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../../src/components/vote-chart/vote-model.js';
import { resolveNames, unplaced, viewOption } from '../../../src/components/vote-chart/vote-chart.options.js';
import { LIMITS } from '../../../src/data/limits.js';
import { VOTE } from './helpers.node.js';

test('viewOption: the hemicycle up to the seat limit, the bar past it, with a warning on view', () => {
  assert.deepEqual(viewOption('hemicycle', LIMITS.seats), { value: 'hemicycle', issues: [] });
  const past = viewOption('hemicycle', LIMITS.seats + 1);
  assert.equal(past.value, 'bar');
  assert.deepEqual(
    past.issues.map((i) => i.path),
    ['view'],
  );
  // Other views draw any number of members.
  assert.deepEqual(viewOption('map', LIMITS.seats + 1), { value: 'map', issues: [] });
  assert.equal(viewOption('pie', 10).issues[0]!.message, 'invalid view: "pie"; use one of bar, hemicycle, map, tiles. Showing "bar".');
});

test('resolveNames: highlight and group against the data, each unknown name reported on its attribute', () => {
  const model = buildModel(VOTE, { showAbsent: false });
  const ok = resolveNames(VOTE, model, 'BLR Russian Federation', undefined);
  assert.deepEqual(ok.value.highlight, ['BLR', 'RUS']);
  assert.deepEqual(ok.issues, []);
  const bad = resolveNames(VOTE, model, 'BLR Narnia', 'nordic');
  assert.deepEqual(bad.value.highlight, ['BLR']);
  assert.equal(bad.value.group, null);
  assert.deepEqual(
    bad.issues.map((i) => i.path),
    ['highlight', 'group'],
  );
});

test('unplaced: members a loaded map or tile grid has no place for, said once; nothing before it loads', () => {
  const countries = buildModel(VOTE, { showAbsent: true }).countries;
  const grid = Object.fromEntries(countries.filter((c) => c.iso3 !== 'BLR').map((c) => [c.iso3, [0, 0]]));
  assert.deepEqual(unplaced(countries, 'tiles', null, null), []);
  const missing = unplaced(countries, 'tiles', null, grid);
  assert.equal(missing.length, 1);
  assert.match(missing[0]!.message, /^one member is not on the tile map \(no tile with that code\): Belarus \(BLR\)/);
  assert.deepEqual(unplaced(countries, 'bar', null, grid), []);
});
