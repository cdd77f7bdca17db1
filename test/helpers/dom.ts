/**
 * What browser tests read of a widget, shared instead of copied into each test file: its
 * shadow root's nodes and words, and mounting it at a width until it has drawn.
 */
import { fixture, waitUntil } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export const q = <E extends Element = Element>(el: Element, sel: string): E | null => el.shadowRoot!.querySelector<E>(sel);
export const qa = <E extends Element = Element>(el: Element, sel: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(sel)];
/** A node's text as a reader reads it: white space collapsed. */
export const words = (n: Element | null | undefined): string => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const text = (el: Element, sel: string): string => words(q(el, sel));
/** The focused element inside the widget. */
export const active = (el: Element): Element | null => el.shadowRoot!.activeElement;
/** A node's centre on screen, in whole pixels (for pointer events). */
export const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
/** The hidden table's body rows, each as its cells' text. */
export const tableRows = (el: Element): string[][] =>
  qa(el, 'table tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

/** What shows that a widget has drawn: its chart, or the message that stands for it. */
export const DRAWN = '.chart svg, .chart canvas';

/** Waits until `selector` is in the widget's shadow root, then for its update to complete. */
export async function drawn<E extends Element>(el: E, selector = DRAWN, timeout = 15_000): Promise<E> {
  await (el as unknown as Widget).updateComplete;
  await waitUntil(() => q(el, selector), `<${el.localName}> was not drawn`, { timeout });
  await (el as unknown as Widget).updateComplete;
  return el;
}

export interface MountOptions {
  /** Width of the box around the widget, in px (default: the page's). */
  width?: number;
  /** Data set as the `data` property before it connects (any input, valid or not). */
  data?: unknown;
  /** What shows it has drawn (default: an svg or canvas in the chart). */
  selector?: string;
  timeout?: number;
}

/**
 * Puts `markup` (a widget's tag, maybe with other nodes) in a box on the page (`width` px
 * wide if given) and answers the first custom element in it once drawn. Removed after the test.
 */
export async function mount<E extends Element = Widget>(markup: string, options: MountOptions = {}): Promise<E> {
  const host = document.createElement('div');
  if (options.width !== undefined) host.style.width = `${options.width}px`;
  host.innerHTML = markup;
  const el = [...host.querySelectorAll('*')].find((n) => n.localName.includes('-')) as E | undefined;
  if (!el) throw new Error(`no custom element in ${markup}`);
  if (options.data !== undefined) (el as unknown as { data: unknown }).data = options.data;
  await fixture(host);
  return drawn(el, options.selector, options.timeout);
}
