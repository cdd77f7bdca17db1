/**
 * The tile view's size without its data: the element reserves it before the tiles' code and
 * arrangement (tiles.view.ts) load. The grid is the World Tile Grid Map's: 28 columns, and
 * rows 1–21 hold every UN member (a test checks these against data/geo/tiles.json).
 */
export const TILE_COLS = 28;
export const TILE_ROWS = 21;

/** Below this cell size a code does not fit legibly in its tile (8 px type). */
export const MIN_CODE_CELL = 18;

/**
 * Columns of room right of the grid where tiles are too small for codes: East and South-East
 * Asia, where the names this chart needs cluster, reach the grid's right edge, and Myanmar's
 * name needs more than the four empty cells beside its tile.
 */
export const NAME_COLS = 4;

export function tileCell(width: number): number {
  const w = Math.max(width, 1);
  return w / TILE_COLS >= MIN_CODE_CELL ? w / TILE_COLS : w / (TILE_COLS + NAME_COLS);
}

export function tilesHeight(width: number): number {
  return Math.ceil(tileCell(width) * TILE_ROWS) + 2;
}
