/** The map's size, apart from its layout so the element can reserve space without loading d3-geo. */
export const MAP_NARROW = 560;

export function mapHeight(width: number): number {
  return Math.round(width < MAP_NARROW ? width * 0.8 : Math.min(width * 0.56, 620));
}
