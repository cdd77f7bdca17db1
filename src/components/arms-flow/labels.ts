/** Label placement helpers shared by the layouts: pure, deterministic, no DOM. */

/**
 * Moves label centres apart so that neighbours are at least `gap` px apart, staying
 * within [lo, hi] when they can. Input order does not matter; returns positions in
 * the input's order. Labels keep their vertical order (the order of their nodes).
 */
export function dodge(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => o.y);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k === 0 ? lo : ys[k - 1]! + gap);
  // Overflowed at the bottom: push back up, then clamp at the top.
  for (let k = ys.length - 1; k >= 0; k--) ys[k] = Math.min(ys[k]!, k === ys.length - 1 ? hi : ys[k + 1]! - gap);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k === 0 ? lo : ys[k - 1]! + gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}
