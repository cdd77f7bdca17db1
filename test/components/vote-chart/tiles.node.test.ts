import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tilesLayout } from '../../../src/components/vote-chart/tiles.layout.js';
import { TILE_COLS, TILE_ROWS } from '../../../src/components/vote-chart/tiles.size.js';
import { hemicycleMove } from '../../../src/components/vote-chart/keyboard.js';
import { hemicycleLayout } from '../../../src/components/vote-chart/hemicycle.layout.js';
import { buildModel, namedByOption } from '../../../src/components/vote-chart/vote-model.js';
import { voteDescription, voteHeadline } from '../../../src/components/vote-chart/vote-chart.text.js';
import type { VoteRecord } from '../../../src/data/types.js';

const VOTE = JSON.parse(readFileSync('data/vote.json', 'utf8')) as VoteRecord;
const TILES = JSON.parse(readFileSync('data/geo/tiles.json', 'utf8')) as { tiles: Record<string, [number, number]>; credit: string };
// The source file sits beside the project on the machine it was derived on; elsewhere that check is skipped.
const SOURCE_FILE = '../shared/data/world-tile-grid/tile-grid-map-cleaned.json';
const SOURCE = (existsSync(SOURCE_FILE) ? JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) : []) as Array<{
  'alpha-3': string;
  coordinates: [number, number];
}>;

test('every member has its own tile inside the grid the view reserves; the source arrangement is kept', () => {
  const cells = new Set<string>();
  for (const c of VOTE.rollCall!) {
    const at = TILES.tiles[c.iso3];
    assert.ok(at, `${c.iso3} has a tile`);
    assert.ok(at[0] >= 1 && at[0] <= TILE_COLS && at[1] >= 1 && at[1] <= TILE_ROWS, `${c.iso3} inside the grid`);
    assert.ok(!cells.has(at.join()), `${c.iso3} shares a cell`);
    cells.add(at.join());
  }
  for (const s of SOURCE) assert.deepEqual(TILES.tiles[s['alpha-3']], s.coordinates);
  assert.match(TILES.credit, /CC BY-SA 4\.0/);
});

test('the tile layout draws 193 equal squares, codes where they fit, and names the countries asked for', () => {
  const model = buildModel(VOTE, { showAbsent: false });
  for (const width of [320, 640, 960]) {
    const l = tilesLayout({ model, grid: TILES.tiles, width, label: ['BLR', 'RUS', 'CHN'] });
    assert.equal(l.tiles.length, 193);
    assert.equal(new Set(l.tiles.map((t) => t.size)).size, 1);
    assert.equal(
      l.tiles.every((t) => (t.code !== null) === width >= 18 * 28),
      true,
    );
    assert.deepEqual(l.labels.map((x) => x.key).sort(), ['BLR', 'CHN', 'RUS']);
    // No two tiles overlap.
    for (const a of l.tiles)
      for (const b of l.tiles) if (a !== b) assert.ok(Math.abs(a.x - b.x) >= a.size || Math.abs(a.y - b.y) >= a.size);
  }
});

test('the title states the finding; the subtitle the counts, dates day first', () => {
  const model = buildModel(VOTE, { showAbsent: false });
  assert.equal(voteHeadline(model, ['BLR', 'RUS', 'CHN', 'IND'], 'en'), 'Belarus alone voted against; Russia and China abstained');
  assert.equal(voteHeadline(model, [], 'en'), 'Belarus alone voted against');
  assert.equal(
    voteDescription(model, 'en', true),
    'UN General Assembly vote, 18 June 2021: 119 in favour, 1 against, 36 abstained; 37 of 193 members did not vote.',
  );
});

test('arrow keys move along a hemicycle row as drawn, and between rows', () => {
  const model = buildModel(VOTE, { showAbsent: false });
  const l = hemicycleLayout({ model, width: 640, locale: 'en', named: namedByOption(model, { highlight: [], group: null }), group: null });
  const seat = (k: string) => l.seats.find((s) => s.key === k)!;
  const start = l.seats[10]!;
  const right = seat(hemicycleMove(l.seats, start.key, 'ArrowRight')!);
  assert.equal(right.row, start.row);
  assert.ok(right.angle < start.angle);
  // The next seat to the right in the same row, none skipped.
  assert.ok(!l.seats.some((s) => s.row === start.row && s.angle < start.angle && s.angle > right.angle));
  const up = seat(hemicycleMove(l.seats, right.key, 'ArrowUp') ?? hemicycleMove(l.seats, right.key, 'ArrowDown')!);
  assert.notEqual(up.row, right.row);
});
