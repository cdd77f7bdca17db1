/**
 * The map's size and subject, without d3: the element reserves the map's height before the
 * map's code and geometry are loaded.
 */

/** Height per px of width of the Equal Earth world without Antarctica (measured: 0.439). */
export const MAP_RATIO = 0.445;
export const MAP_PAD = 3;

/** The library's subject, marked on every map and where the keyboard starts. */
export const SUBJECT = 'MMR';

export function mapHeight(width: number): number {
  return Math.ceil((Math.max(width, 1) - 2 * MAP_PAD) * MAP_RATIO) + 2 * MAP_PAD;
}
