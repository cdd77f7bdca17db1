/**
 * The tile view's size without its data: the element reserves it before the tiles' code and
 * arrangement (tiles.view.ts) load. The grid is the World Tile Grid Map's: 28 columns, and
 * rows 1–21 hold every UN member (a test checks these against data/geo/tiles.json).
 */
export const TILE_COLS = 28;
export const TILE_ROWS = 21;

/** Below this cell size a code does not fit legibly in its tile (8 px type). */
export const MIN_CODE_CELL = 18;

export function tileCell(width: number): number {
  return Math.max(width, 1) / TILE_COLS;
}

export function tilesHeight(width: number): number {
  return Math.ceil(tileCell(width) * TILE_ROWS) + 2;
}
