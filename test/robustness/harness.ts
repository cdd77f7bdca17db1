/** Mounting a hostile case and reading what a reader sees: shared by the robustness tests. */
import { waitUntil } from '@open-wc/testing';
import type { Case } from './hostile.js';

export const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));

export function capture() {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...a: unknown[]) => lines.push(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => lines.push(a.map(String).join(' '));
  return { lines, restore: () => Object.assign(console, { error, warn }) };
}

export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function state(el: Element) {
  const root = el.shadowRoot!;
  const alert = squash(root.querySelector('[role="alert"]')?.textContent);
  const status = squash(
    [...root.querySelectorAll('.chart [role="status"], .chart .message, .chart .empty')].map((n) => n.textContent).join(' '),
  );
  const chart = root.querySelector('.chart svg, .chart canvas');
  const loading = /loading|laying out/i.test(status);
  return { alert, status, chart, loading };
}

/** Every text a reader can see or hear except the problem message (which may quote a bad value). */
export function readerText(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && n.getAttribute('role') === 'alert') return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element) for (const a of ['aria-label', 'title']) if (n.hasAttribute(a)) parts.push(n.getAttribute(a)!);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return squash(parts.join(' '));
}

export async function mount(c: Case, timeout = 20_000): Promise<HTMLElement> {
  const el = document.createElement(c.tag);
  el.setAttribute('eager', '');
  for (const [k, v] of Object.entries(c.attrs ?? {})) el.setAttribute(k, v);
  if (c.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = c.inline;
    el.append(script);
  }
  if (c.data !== undefined) (el as HTMLElement & { data: unknown }).data = c.data;
  const box = document.createElement('div');
  box.style.width = '640px';
  box.append(el);
  document.body.append(box);
  await waitUntil(
    () => {
      const s = state(el);
      return !s.loading && (s.chart || s.alert || s.status);
    },
    `${c.tag} "${c.name}": neither a chart nor a message appeared`,
    { timeout, interval: 50 },
  );
  // One more frame: lazy parts (map geometry) settle.
  await new Promise((r) => requestAnimationFrame(r));
  await waitUntil(() => !state(el).loading, 'still loading', { timeout });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}
