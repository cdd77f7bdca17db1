/**
 * A widget moved into another document (an iframe's, by `adoptNode` or `append`) keeps its
 * shadow root, but a constructed stylesheet only applies in the document that made it, and
 * the observers of the old window watch nothing there. These give the new document its own
 * copies of the styles (still constructable stylesheets: no `<style>`, nothing for a CSP to block).
 */
import type { CSSResultOrNative } from 'lit';

function cssText(s: CSSResultOrNative): string {
  if ('cssText' in s && typeof s.cssText === 'string') return s.cssText;
  try {
    return [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n');
  } catch {
    return '';
  }
}

/** Re-creates `styles` as stylesheets of the root's (new) document and adopts them. */
export function restyleFor(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const win = root.ownerDocument.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  if (!win?.CSSStyleSheet || !('adoptedStyleSheets' in root)) return;
  const sheets: CSSStyleSheet[] = [];
  for (const s of styles) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(cssText(s));
    sheets.push(sheet);
  }
  root.adoptedStyleSheets = sheets;
}
