/**
 * The widgets in their readers' languages (Burmese, Russian, Belarusian): mounting in a page
 * of that language, and the checks a graphics editor makes by eye, measured on the drawn
 * text (glyph boxes, not the layout's estimates). Shared by the per-component locale tests.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

export const LANGS = ['my', 'ru', 'be'] as const;
export type Lang = (typeof LANGS)[number];

export const words = (n: Element | null | undefined): string => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A widget in a page section of language `lang`, drawn, with its fonts loaded. */
export async function mountIn<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  lang: string,
  attrs: string,
  width: number,
  drawn: string,
  theme: 'light' | 'dark' = 'light',
): Promise<{ host: HTMLDivElement; el: E }> {
  await setViewport({ width: width + 40, height: 1200 });
  const host = document.createElement('div');
  host.lang = lang;
  host.style.cssText = `width: ${width}px; padding: 8px; background: ${theme === 'dark' ? '#161616' : '#ffffff'}`;
  host.innerHTML = `<${tag} eager theme="${theme}" ${attrs}></${tag}>`;
  await fixture(host);
  const el = host.querySelector(tag) as E;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector(drawn), `${tag} ${attrs} (${lang}, ${width} px) was not drawn`, { timeout: 15000 });
  await el.updateComplete;
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { host, el };
}

/** A text's box as its glyphs fill it: engines add different line gaps (Firefox more); Burmese stacks marks high and low. */
const glyphs = (r: DOMRect): DOMRect => new DOMRect(r.x, r.y + r.height * 0.15, r.width, r.height * 0.7);
const overlap = (a: DOMRect, b: DOMRect, pad = 0.5) =>
  a.left < b.right - pad && a.right > b.left + pad && a.top < b.bottom - pad && a.bottom > b.top + pad;

/** No two texts of the chart run into each other, and none leaves the chart's drawing. */
export function expectTextsClear(svgs: Iterable<SVGSVGElement>, what: string, skip: (t: SVGTextElement) => boolean = () => false): number {
  let count = 0;
  for (const svg of svgs) {
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => words(t) && !skip(t) && t.getBoundingClientRect().width > 0);
    const boxes = texts.map((t) => ({ t, r: glyphs(t.getBoundingClientRect()) }));
    count += boxes.length;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      expect(a.r.left >= frame.left - 1 && a.r.right <= frame.right + 1, `${what}: "${words(a.t)}" is clipped at the chart's side`).to.equal(true);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        expect(overlap(a.r, b.r), `${what}: "${words(a.t)}" overlaps "${words(b.t)}"`).to.equal(false);
      }
    }
  }
  return count;
}

/** Whether `text` holds letters of the language's script (Myanmar, Cyrillic). */
export function inScript(lang: Lang, text: string): boolean {
  return lang === 'my' ? /[\u1000-\u109f]/.test(text) : /[\u0400-\u04ff]/.test(text);
}
