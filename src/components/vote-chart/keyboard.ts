/**
 * Where an arrow key moves focus among a chart's marks. Pure, so it is tested without a DOM.
 * Sequential charts (bar segments, hemicycle seats) step through their order; a map moves to
 * the nearest country in the arrow's direction, as a sighted reader would expect.
 */

export type { Arrow, NavPoint } from './keyboard.map.js';

/**
 * The next key in a sequence: Right/Down forward, Left/Up back, Home/End to the ends,
 * PageDown/PageUp to the first mark of the next/previous group (hemicycle: the next vote).
 * Returns null when the key does not move focus or when already at the end.
 */
export function sequenceMove(keys: readonly string[], current: string | null, key: string, groupOf?: (k: string) => string): string | null {
  if (keys.length === 0) return null;
  const i = current === null ? -1 : keys.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return i < 0 ? keys[0]! : (keys[i + 1] ?? null);
    case 'ArrowLeft':
    case 'ArrowUp':
      return i < 0 ? keys[0]! : i > 0 ? keys[i - 1]! : null;
    case 'Home':
      return keys[0]!;
    case 'End':
      return keys.at(-1)!;
    case 'PageDown':
    case 'PageUp': {
      if (!groupOf || i < 0) return keys[0]!;
      const g = groupOf(keys[i]!);
      if (key === 'PageDown') {
        const j = keys.findIndex((k, n) => n > i && groupOf(k) !== g);
        return j < 0 ? null : keys[j]!;
      }
      // To the first mark of this group, or of the previous group when already there.
      let j = i;
      while (j > 0 && groupOf(keys[j - 1]!) === g) j--;
      if (j < i) return keys[j]!;
      if (j === 0) return null;
      const pg = groupOf(keys[j - 1]!);
      while (j > 0 && groupOf(keys[j - 1]!) === pg) j--;
      return keys[j]!;
    }
    default:
      return null;
  }
}

export interface RowSeat {
  key: string;
  row: number;
  angle: number;
}

/**
 * Arrow keys on the hemicycle, through the seats as drawn: Left and Right to the next seat
 * along the same row (left = larger angle), Up and Down to the nearest seat (by angle) in the
 * next row out or in. Null at a row's end or at the outermost/innermost row.
 */
export function hemicycleMove(
  seats: readonly RowSeat[],
  current: string | null,
  arrow: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
): string | null {
  if (seats.length === 0) return null;
  const from = current === null ? undefined : seats.find((s) => s.key === current);
  if (!from) return seats[0]!.key;
  if (arrow === 'ArrowLeft' || arrow === 'ArrowRight') {
    const row = seats.filter((s) => s.row === from.row).sort((a, b) => b.angle - a.angle);
    const i = row.indexOf(from);
    return (arrow === 'ArrowRight' ? row[i + 1] : row[i - 1])?.key ?? null;
  }
  // Rows are numbered from the outside in: Up goes out.
  const target = from.row + (arrow === 'ArrowUp' ? -1 : 1);
  let best: RowSeat | null = null;
  for (const s of seats) {
    if (s.row !== target) continue;
    if (!best || Math.abs(s.angle - from.angle) < Math.abs(best.angle - from.angle)) best = s;
  }
  return best?.key ?? null;
}

// The map's move, in its own module so it loads with the map (map.view.ts); here for tests.
export { directionalMove } from './keyboard.map.js';
