// The map's joins: every member placed (outline or dot), non-members drawn as such, all within the frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildWorld, type Places } from '../../../src/internal/world.js';
import { mapHeight, mapLayout } from '../../../src/components/vote-chart/map.layout.js';
import { buildModel } from '../../../src/components/vote-chart/vote-model.js';
import { textWidth } from '../../../src/internal/text-metrics.js';
import { WITH_PRESENT } from '../../fixtures/vote.js';
import { VOTE } from './helpers.node.js';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
const places = JSON.parse(readFileSync('data/geo/places.json', 'utf8')) as Places;
const world = buildWorld(topology, places);
const object = topology.objects.countries as GeometryCollection<{ name?: string }>;
const unidentified = object.geometries
  .filter((g) => g.id === undefined)
  .map((g) => feature(topology, g) as Feature<Geometry, { name?: string }>);
const model = buildModel(VOTE, { showAbsent: false });

for (const width of [320, 960]) {
  test(`all 193 members are placed, each once, inside the map (${width}px)`, () => {
    const l = mapLayout({ model, world, unidentified, width });
    assert.equal(l.height, mapHeight(width));
    assert.deepEqual(l.unplaced, []);
    assert.equal(l.countries.length, 193);
    assert.deepEqual(new Set(l.countries.map((c) => c.key)), new Set(VOTE.rollCall!.map((e) => e.iso3)));
    for (const c of l.countries) {
      assert.ok(c.x >= 0 && c.x <= width && c.y >= 0 && c.y <= l.height, `${c.key} at ${c.x},${c.y}`);
      assert.equal(c.country.option.id, VOTE.rollCall!.find((e) => e.iso3 === c.key)!.vote);
    }
    // Small states with no outline at 1:110m are dots, wholly inside the frame.
    const dots = l.countries.filter((c) => c.d === null);
    assert.equal(dots.length, world.dotOnly.size);
    for (const iso of ['SGP', 'BHR', 'MLT', 'MDV', 'TUV', 'LIE'])
      assert.ok(
        dots.some((c) => c.key === iso),
        `${iso} is a dot`,
      );
    for (const c of dots) assert.ok(c.x - c.r >= 0 && c.x + c.r <= width, `${c.key} dot inside`);
    // Dots are drawn after outlines, so no neighbour hides them.
    const firstDot = l.countries.findIndex((c) => c.d === null);
    assert.ok(l.countries.slice(firstDot).every((c) => c.d === null));
  });
}

test('non-members are drawn as such; territories take their administering state; Antarctica is gone', () => {
  const l = mapLayout({ model, world, unidentified, width: 960 });
  const nonmembers = l.others.filter((o) => o.kind === 'nonmember').map((o) => o.name);
  for (const name of ['Taiwan', 'Palestine', 'W. Sahara', 'Kosovo', 'N. Cyprus', 'Somaliland']) assert.ok(nonmembers.includes(name), name);
  const greenland = l.others.find((o) => o.id === '304')!;
  assert.equal(greenland.kind, 'territory');
  assert.equal(greenland.of?.iso3, 'DNK');
  assert.ok(!l.others.some((o) => o.id === '010') && !l.countries.some((c) => c.country.m49 === '010'));
  assert.ok(l.subject && l.subject.d.length > 0, 'Myanmar marked');
  assert.equal(l.labels[0]?.text, 'Myanmar');
});

test('labels: the subject first, then the others that fit without overlapping', () => {
  for (const width of [320, 960]) {
    const l = mapLayout({ model, world, unidentified, width, label: ['BLR', 'RUS', 'CHN', 'IND', 'LAO', 'THA', 'BGD'] });
    const size = width < 560 ? 10 : 12;
    const boxes = l.labels.map((t) => {
      const w = textWidth(t.text, size, true);
      const a = t.anchor === 'start' ? t.x : t.x - w;
      return { text: t.text, a, b: a + w, top: t.y - size, bottom: t.y + 2 };
    });
    assert.equal(l.labels[0]!.text, 'Myanmar');
    assert.ok(
      l.labels.some((t) => t.key === 'BLR'),
      'Belarus labelled',
    );
    for (const x of boxes) assert.ok(x.a >= 0 && x.b <= width && x.top >= 0 && x.bottom <= l.height, `${x.text} inside`);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        assert.ok(p.b <= q.a || q.b <= p.a || p.bottom <= q.top || q.bottom <= p.top, `${p.text} overlaps ${q.text}`);
      }
  }
});

test('a made-up roll call without m49 codes joins through the ISO alpha-3 codes', () => {
  const l = mapLayout({ model: buildModel(WITH_PRESENT, { showAbsent: false }), world, width: 600 });
  assert.equal(l.countries.length, 9);
  assert.deepEqual(l.unplaced, []);
  // Every other country is simply not part of this vote (not a "non-member"), and Myanmar,
  // not in this vote, is not marked.
  assert.ok(l.others.some((o) => o.name === 'Canada' && o.kind === 'outside'));
  assert.ok(!l.others.some((o) => o.kind === 'nonmember'));
  assert.equal(l.subject, null);
  const labelled = mapLayout({ model: buildModel(WITH_PRESENT, { showAbsent: false }), world, width: 600, label: ['CHL', 'MMR'] }).labels;
  assert.deepEqual(
    labelled.map((t) => t.text),
    ['Chile'],
    'only countries in the vote are labelled',
  );
});

test('names stay near their countries: Belarus a short leader above it, no leader past the cap', () => {
  const label = ['BLR', 'RUS', 'CHN', 'IND', 'LAO', 'THA', 'BGD'];
  for (const width of [320, 640, 960]) {
    const l = mapLayout({ model, world, unidentified, width, label });
    const len = (k: string) => {
      const lb = l.labels.find((x) => x.key === k);
      assert.ok(lb, `${width}px: ${k} labelled`);
      return lb.leader ? Math.hypot(lb.leader.x2 - lb.leader.x1, lb.leader.y2 - lb.leader.y1) : 0;
    };
    for (const k of ['MMR', 'BLR', 'RUS', 'CHN'])
      assert.ok(len(k) <= Math.max(60, width / 12), `${width}px: ${k}'s leader ${len(k).toFixed(0)} px`);
    for (const lb of l.labels) assert.ok(len(lb.key) <= Math.max(60, width / 12), `${width}px: ${lb.key}'s leader`);
    // Belarus: at most a sixth of the width away (it ran to the Atlantic, 98 px at 320 px).
    assert.ok(len('BLR') <= width / 6, `${width}px: Belarus's leader ${len('BLR').toFixed(0)} px`);
  }
});
