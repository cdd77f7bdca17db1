// Arrow-key movement among marks, without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildWorld, type Places } from '../../../src/internal/world.js';
import { directionalMove, sequenceMove, type Arrow } from '../../../src/components/vote-chart/keyboard.js';
import { mapLayout } from '../../../src/components/vote-chart/map.layout.js';
import { buildModel } from '../../../src/components/vote-chart/vote-model.js';
import { VOTE } from './helpers.node.js';

test('sequences: arrows step, Home/End jump, Page keys move between votes', () => {
  const keys = ['a1', 'a2', 'b1', 'b2', 'b3', 'c1'];
  const group = (k: string) => k[0]!;
  assert.equal(sequenceMove(keys, null, 'ArrowRight'), 'a1');
  assert.equal(sequenceMove(keys, 'a1', 'ArrowRight'), 'a2');
  assert.equal(sequenceMove(keys, 'a2', 'ArrowDown'), 'b1');
  assert.equal(sequenceMove(keys, 'a1', 'ArrowLeft'), null, 'stops at the start');
  assert.equal(sequenceMove(keys, 'c1', 'ArrowRight'), null, 'stops at the end');
  assert.equal(sequenceMove(keys, 'b2', 'Home'), 'a1');
  assert.equal(sequenceMove(keys, 'b2', 'End'), 'c1');
  assert.equal(sequenceMove(keys, 'a1', 'PageDown', group), 'b1');
  assert.equal(sequenceMove(keys, 'b3', 'PageDown', group), 'c1');
  assert.equal(sequenceMove(keys, 'c1', 'PageDown', group), null);
  assert.equal(sequenceMove(keys, 'b3', 'PageUp', group), 'b1', 'first to the start of this vote');
  assert.equal(sequenceMove(keys, 'b1', 'PageUp', group), 'a1', 'then to the previous vote');
  assert.equal(sequenceMove(keys, 'a1', 'Enter'), null);
});

test('directions: the nearest point within 60° of the arrow', () => {
  const pts = [
    { key: 'o', x: 0, y: 0 },
    { key: 'e', x: 10, y: 1 },
    { key: 'far-e', x: 30, y: 0 },
    { key: 'ne', x: 5, y: -8 },
    { key: 's', x: 0, y: 10 },
  ];
  assert.equal(directionalMove(pts, 'o', 'ArrowRight'), 'e');
  assert.equal(directionalMove(pts, 'o', 'ArrowUp'), 'ne');
  assert.equal(directionalMove(pts, 'o', 'ArrowDown'), 's');
  assert.equal(directionalMove(pts, 'o', 'ArrowLeft'), null);
  assert.equal(directionalMove(pts, null, 'ArrowLeft'), 'o');
});

test('on the map every member can be reached from Myanmar by arrow keys alone', () => {
  const world = buildWorld(
    JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology,
    JSON.parse(readFileSync('data/geo/places.json', 'utf8')) as Places,
  );
  for (const width of [320, 960]) {
    const l = mapLayout({ model: buildModel(VOTE, { showAbsent: false }), world, width });
    const seen = new Set(['MMR']);
    const queue = ['MMR'];
    while (queue.length) {
      const k = queue.shift()!;
      for (const a of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as Arrow[]) {
        const n = directionalMove(l.countries, k, a);
        if (n && !seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    assert.equal(seen.size, 193, `${width}px: unreachable ${l.countries.filter((c) => !seen.has(c.key)).map((c) => c.key)}`);
    // Right from Myanmar goes east, not west.
    const mmr = l.countries.find((c) => c.key === 'MMR')!;
    const east = l.countries.find((c) => c.key === directionalMove(l.countries, 'MMR', 'ArrowRight'))!;
    assert.ok(east.x > mmr.x);
  }
});
