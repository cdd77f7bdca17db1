#!/usr/bin/env node
// Writes data/geo/tiles.json, the vote chart's `tiles` view arrangement, from the World Tile Grid
// Map file in ../shared/data/world-tile-grid (CC BY-SA 4.0: this derived file stays under it).
//   node scripts/tiles.mjs [path/to/tile-grid-map-cleaned.json]
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? '../shared/data/world-tile-grid/tile-grid-map-cleaned.json';
const grid = JSON.parse(readFileSync(src, 'utf8'));

// UN members the file has no tile for, put by this project in a free cell beside their
// neighbours (every cell touching Switzerland and Austria is taken, so Liechtenstein goes to the
// nearest free one, two rows below Austria's).
const ADDED = {
  AND: { at: [11, 5], why: 'west of France, north of Portugal, beside Spain' },
  MCO: { at: [12, 7], why: 'west of Italy, south of Spain' },
  SMR: { at: [13, 8], why: 'south of Italy' },
  LIE: { at: [14, 8], why: 'nearest free cell to Switzerland and Austria, south of Croatia' },
};

const tiles = {};
const taken = new Map();
for (const c of grid) {
  const [x, y] = c.coordinates;
  tiles[c['alpha-3']] = [x, y];
  taken.set(`${x},${y}`, c['alpha-3']);
}
for (const [iso, { at }] of Object.entries(ADDED)) {
  if (tiles[iso]) throw new Error(`${iso} already has a tile`);
  const k = at.join(',');
  if (taken.has(k)) throw new Error(`${iso}: cell ${k} is taken by ${taken.get(k)}`);
  taken.set(k, iso);
  tiles[iso] = at;
}

const out = {
  source:
    'World Tile Grid Map by Jon Schwabish (PolicyViz, 2017); grid file Tile-Grid-Map-Cleaned.json by Mustafa Saifee (github.com/mustafasaifee42/Tile-Grid-Map, commit c10a0d1d0808319b4f71e28cbb2f4d1aab389af2)',
  licence: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this adapted file is under the same licence',
  credit: 'Tile arrangement: World Tile Grid Map by Jon Schwabish (PolicyViz), grid by Mustafa Saifee, CC BY-SA 4.0',
  changes:
    'Coordinates only, keyed by ISO 3166-1 alpha-3, as [column, row] from the top left; names and regional codes dropped. Added by this project (not in the source): ' +
    Object.entries(ADDED)
      .map(([iso, { at, why }]) => `${iso} at [${at}] (${why})`)
      .join('; ') +
    '.',
  tiles: Object.fromEntries(Object.entries(tiles).sort(([a], [b]) => (a < b ? -1 : 1))),
};
writeFileSync('data/geo/tiles.json', `${JSON.stringify(out)}\n`);
console.log(`data/geo/tiles.json: ${Object.keys(tiles).length} tiles`);
