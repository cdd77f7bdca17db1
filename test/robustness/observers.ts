/**
 * Counts live observers: wraps ResizeObserver, IntersectionObserver and MutationObserver so a
 * test can ask how many are still watching something after every widget is gone. Installed
 * before any component module loads.
 */
type Kind = 'ResizeObserver' | 'IntersectionObserver' | 'MutationObserver';
const watching = new Map<object, { kind: Kind; targets: Set<Node> }>();

function wrap(kind: Kind): void {
  const Native = (globalThis as unknown as Record<Kind, new (...a: never[]) => object>)[kind];
  // Patching native prototypes: their exact signatures do not matter here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const proto = Native.prototype as Record<string, (...a: any[]) => unknown>;
  const { observe, disconnect } = proto;
  const unobserve = proto['unobserve'];
  proto['observe'] = function (this: object, target: Node, ...rest: unknown[]) {
    const entry = watching.get(this) ?? { kind, targets: new Set<Node>() };
    entry.targets.add(target);
    watching.set(this, entry);
    return observe!.call(this, target, ...rest);
  };
  proto['disconnect'] = function (this: object) {
    watching.delete(this);
    return disconnect!.call(this);
  };
  if (unobserve) {
    proto['unobserve'] = function (this: object, target: Node) {
      const entry = watching.get(this);
      entry?.targets.delete(target);
      if (entry && entry.targets.size === 0) watching.delete(this);
      return unobserve.call(this, target);
    };
  }
}

export function installObserverCounter(): void {
  for (const kind of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) wrap(kind);
}

/** Observers still watching a node that is not in the document. */
export function liveObserversOnDetached(): Array<{ kind: Kind; tag: string }> {
  const out: Array<{ kind: Kind; tag: string }> = [];
  for (const { kind, targets } of watching.values()) {
    for (const t of targets) if (!t.isConnected) out.push({ kind, tag: (t as Element).localName ?? t.nodeName });
  }
  return out;
}
