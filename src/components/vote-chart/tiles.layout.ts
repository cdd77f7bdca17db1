/**
 * The `tiles` view: the General Assembly as a world tile grid map (the World Tile Grid Map
 * arrangement, data/geo/tiles.json), one equal square per member, so Belarus weighs as much as
 * Russia and small states are as visible as large ones. Each tile carries its ISO code where it
 * fits; the countries the chart names get their name beside their tile, with a leader. Pure.
 */
import { boxObstacle, placeLabels, type PlacedLabel } from './labels.layout.js';
import { MIN_CODE_CELL, TILE_ROWS, tileCell, tilesHeight } from './tiles.size.js';
import type { Country, VoteModel } from './vote-model.js';

export interface Tile {
  key: string;
  country: Country;
  x: number;
  y: number;
  size: number;
  /** Centre, for the keyboard's directional moves and the tooltip. */
  cx: number;
  cy: number;
  /** The code written in the tile, or null when tiles are too small for it. */
  code: { x: number; y: number; size: number } | null;
}

export interface TilesLayout {
  width: number;
  height: number;
  tiles: Tile[];
  labels: PlacedLabel[];
  /** Named countries no free spot could hold a label for. */
  unlabelled: Country[];
  /** Members with no tile in the arrangement (a made-up code): listed, not drawn. */
  unplaced: Country[];
}

export interface TilesInput {
  model: VoteModel;
  /** ISO alpha-3 -> [column, row], 1-based (data/geo/tiles.json). */
  grid: Readonly<Record<string, readonly [number, number]>>;
  width: number;
  /** Countries to name, most important first. */
  label?: readonly string[];
}

export function tilesLayout({ model, grid, width, label = [] }: TilesInput): TilesLayout {
  const W = Math.max(width, 1);
  const cell = tileCell(W);
  const gap = Math.max(1, Math.round(cell * 0.08 * 10) / 10);
  const size = Math.round((cell - gap) * 10) / 10;
  const round = (n: number): number => Math.round(n * 10) / 10;
  const codeSize = cell >= MIN_CODE_CELL ? Math.min(11, Math.floor((size - 3) / 2.05)) : 0;
  const tiles: Tile[] = [];
  const unplaced: Country[] = [];
  for (const c of model.countries) {
    const at = grid[c.iso3];
    if (!at || at[1] > TILE_ROWS) {
      unplaced.push(c);
      continue;
    }
    const x = round((at[0] - 1) * cell + gap / 2);
    const y = round((at[1] - 1) * cell + gap / 2 + 1);
    tiles.push({
      key: c.iso3,
      country: c,
      x,
      y,
      size,
      cx: round(x + size / 2),
      cy: round(y + size / 2),
      code: codeSize ? { x: round(x + size / 2), y: round(y + size / 2 + codeSize * 0.36), size: codeSize } : null,
    });
  }
  const height = tilesHeight(W);
  const byKey = new Map(tiles.map((t) => [t.key, t]));
  const obstacles = tiles.map((t) => boxObstacle(t.key, { x0: t.x, y0: t.y, x1: t.x + t.size, y1: t.y + t.size }));
  const wants = label
    .map((k) => byKey.get(k))
    .filter((t): t is Tile => t !== undefined)
    .map((t) => ({ key: t.key, text: t.country.short, x: t.cx, y: t.cy, reach: t.size / 2 }));
  const { labels, missing } = placeLabels(wants, obstacles, { x0: 0, y0: 0, x1: W, y1: height }, W < 560 ? 10 : 12, {
    tryOrders: true,
  });
  return { width: W, height, tiles, labels, unlabelled: missing.map((k) => byKey.get(k)!.country), unplaced };
}
