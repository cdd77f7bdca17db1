/**
 * Dispatches a typed CustomEvent that bubbles and crosses shadow boundaries, so a
 * host page (or React 19, which listens through `on<event>` props) hears it on the element.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
