/**
 * Memoised derivations: each slot keeps its last value and recomputes only when one of its
 * dependencies changed (by identity, as Lit compares properties). A hover or a key press
 * then recomputes nothing that does not depend on it.
 */
export class Memo {
  private readonly _slots = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  /** The value of `slot` for these dependencies: remembered, or made now by `make`. */
  get<T>(slot: string, deps: readonly unknown[], make: () => T): T {
    const m = this._slots.get(slot);
    if (m && m.deps.length === deps.length && m.deps.every((d, i) => Object.is(d, deps[i]))) return m.value as T;
    const value = make();
    this._slots.set(slot, { deps, value });
    return value;
  }

  /** Forgets every slot (new data, say), so each is made afresh on its next read. */
  clear(): void {
    this._slots.clear();
  }
}
