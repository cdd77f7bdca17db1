import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM (`el.style.setProperty`) on every render,
 * first render included. Lit's `styleMap` writes a `style="…"` attribute on its first
 * render, which a Content-Security-Policy without `'unsafe-inline'` blocks; CSSOM
 * writes are allowed. Used as an element binding: `<div ${cssom({ height: '120px' })}>`.
 */
class CssomDirective extends Directive {
  private _previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssom() must be used as an element binding');
  }

  render(_props: Record<string, string | number | null | undefined>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | number | null | undefined>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      const prop = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(prop, String(value));
      next.add(prop);
    }
    for (const prop of this._previous) if (!next.has(prop)) style.removeProperty(prop);
    this._previous = next;
    return noChange;
  }
}

export const cssom = directive(CssomDirective);
