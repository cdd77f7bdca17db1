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

/**
 * A text's box as its glyphs fill it: the line box is taller than the ink, by each engine's
 * line gap (Firefox's larger) and each font's metrics (Padauk's are tall, to hold Burmese
 * marks stacked high and low). Around the box's middle: 1 em of Latin or Cyrillic ink,
 * 1.3 em of Burmese (Padauk), never more than 70% of the box.
 */
function glyphs(t: Element): DOMRect {
  const r = t.getBoundingClientRect();
  const em = parseFloat(getComputedStyle(t).fontSize) || 12;
  // Burmese letters and signs stack high and low; Burmese digits (U+1040–U+1049) do not.
  const h = Math.min(r.height * 0.7, em * (/[\u1000-\u103f\u1050-\u109f]/.test(t.textContent ?? '') ? 1.3 : 1));
  return new DOMRect(r.x, r.y + (r.height - h) / 2, r.width, h);
}
const overlap = (a: DOMRect, b: DOMRect, pad = 0.5) =>
  a.left < b.right - pad && a.right > b.left + pad && a.top < b.bottom - pad && a.bottom > b.top + pad;

/** No two texts of the chart run into each other, and (`sides`) none runs out of the chart's sides. */
export function expectTextsClear(
  svgs: Iterable<SVGSVGElement>,
  what: string,
  skip: (t: SVGTextElement) => boolean = () => false,
  sides = true,
  pad = 0.5,
): number {
  let count = 0;
  for (const svg of svgs) {
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
      (t) => words(t) && !skip(t) && t.getBoundingClientRect().width > 0,
    );
    const boxes = texts.map((t) => ({ t, r: glyphs(t) }));
    count += boxes.length;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      if (sides)
        expect(
          a.r.left >= frame.left - 2 && a.r.right <= frame.right + 2,
          `${what}: "${words(a.t)}" is clipped at the chart's side`,
        ).to.equal(true);
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        const at = (r: DOMRect) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');
        expect(overlap(a.r, b.r, pad), `${what}: "${words(a.t)}" [${at(a.r)}] overlaps "${words(b.t)}" [${at(b.r)}]`).to.equal(false);
      }
    }
  }
  return count;
}

/** Whether `text` holds letters of the language's script (Myanmar, Cyrillic). */
export function inScript(lang: Lang, text: string): boolean {
  return lang === 'my' ? /[\u1000-\u109f]/.test(text) : /[\u0400-\u04ff]/.test(text);
}
