/**
 * Freezing for the bundled-data loaders, in a module of its own: a widget showing its bundled
 * default needs this, not the validators' helpers in check.ts.
 */

/**
 * Deep-freezes plain JSON data once (loaders hand out the same frozen object every time), its
 * objects set without a prototype first: a field a record leaves out (an actor's `role`) then
 * reads as undefined even where a page has polluted Object.prototype (issue 20).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    if (!Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) Object.setPrototypeOf(value, null);
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
