// The shared map geometry: every UN member can be placed on a map, by outline or by dot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildWorld, type Places } from '../../src/internal/world.js';
import type { Topology } from 'topojson-specification';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
const places = JSON.parse(readFileSync('data/geo/places.json', 'utf8')) as Places;
const world = buildWorld(topology, places);

test('small states missing from the 1:110m outlines are dots at their own place', () => {
  // Singapore, Malta, Bahrain, Maldives, Tuvalu: members with no outline at this scale.
  for (const [iso3, lon, lat] of [
    ['SGP', 103.8, 1.4],
    ['MLT', 14.4, 35.9],
    ['BHR', 50.5, 26],
    ['MDV', 73.5, 4.2],
    ['TUV', 179.2, -8.5],
  ] as const) {
    const id = world.numericOf(iso3)!;
    assert.ok(world.dotOnly.has(id), `${iso3} should be drawn as a dot`);
    const [x, y] = world.points.get(id)!;
    assert.ok(Math.abs(x - lon) < 0.5 && Math.abs(y - lat) < 0.5, `${iso3} at ${x},${y}`);
  }
});

test('a country point lies on its main landmass', () => {
  // France's point is in mainland France, not pulled toward French Guiana.
  const [lon, lat] = world.points.get('250')!;
  assert.ok(lon > -5 && lon < 8 && lat > 42 && lat < 51, `France at ${lon},${lat}`);
  const [mlon, mlat] = world.points.get('104')!;
  assert.ok(mlon > 92 && mlon < 101 && mlat > 10 && mlat < 28, `Myanmar at ${mlon},${mlat}`);
});

test('non-members are present with their own ids; unjoinable outlines are dropped', () => {
  for (const id of ['158', '275', '732']) assert.ok(world.byId.has(id), id);
  assert.ok(world.countries.every((f) => typeof f.id === 'string'));
  assert.equal(world.numericOf('mmr'), '104');
});
