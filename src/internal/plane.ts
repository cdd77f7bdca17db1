/**
 * The plane every layout works in: points, boxes and a seeded random source. Kept out of
 * the layout files so that layouts import geometry, never each other for a type.
 */

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box: top-left corner and size, in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap, or come closer than `margin`. */
export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/**
 * A linear congruential generator (the constants d3-force itself uses): the same seed
 * gives the same sequence in every engine, so layouts are deterministic and testable.
 */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}
