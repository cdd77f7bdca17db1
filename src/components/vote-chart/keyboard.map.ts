/**
 * Arrow keys on the map: to the nearest country in the arrow's direction, as a sighted reader
 * would expect. Pure; loaded with the map's other code (map.view.ts).
 */

export type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface NavPoint {
  key: string;
  x: number;
  y: number;
}

const DIRS: Record<Arrow, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The nearest point in the arrow's direction: among points within 60° of it, the one with
 * the smallest distance, penalised by how far off-axis it lies. Null when there is none.
 */
export function directionalMove(points: readonly NavPoint[], current: string | null, arrow: Arrow): string | null {
  if (points.length === 0) return null;
  const from = current === null ? undefined : points.find((p) => p.key === current);
  if (!from) return points[0]!.key;
  const [dx, dy] = DIRS[arrow];
  let best: NavPoint | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.key === from.key) continue;
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && p.key < best.key)) {
      best = p;
      bestScore = score;
    }
  }
  return best?.key ?? null;
}
