/**
 * Freezing for the bundled-data loaders, in a module of its own: a widget showing its bundled
 * default needs this, not the validators' helpers in check.ts.
 */

/** Deep-freezes plain JSON data once (loaders hand out the same frozen object every time). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
