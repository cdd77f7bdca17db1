/**
 * The map's size and subject, without d3: the element reserves the map's height before the
 * map's code and geometry are loaded.
 */

/** Height per px of width of the Equal Earth world without Antarctica (measured: 0.439). */
export const MAP_RATIO = 0.445;
export const MAP_PAD = 3;

/** The library's subject, marked on every map and where the keyboard starts. */
export const SUBJECT = 'MMR';

/** Type size of the names on the map. */
export function mapLabelSize(width: number): number {
  return width < 560 ? 10 : 12;
}

/**
 * A band above the world for names: northern Europe fills the map's top edge, so a small
 * country there (Belarus) finds no sea nearby for its name; the band gives it a place straight
 * above its shape with a short leader.
 */
export function mapLabelBand(width: number): number {
  return Math.ceil(mapLabelSize(width) * 1.17) + 5;
}

export function mapHeight(width: number): number {
  return Math.ceil((Math.max(width, 1) - 2 * MAP_PAD) * MAP_RATIO) + 2 * MAP_PAD + mapLabelBand(width);
}
