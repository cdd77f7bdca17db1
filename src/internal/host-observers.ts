/**
 * Plain observers of the window the element is in (moved into an iframe's document, it is
 * watched by that window's), not @lit-labs/observers' controllers: those bring an async
 * directive the widgets never use, 1.3 kB gzip of every page's script (bench/modules.mjs).
 */
export interface HostWatch {
  /** The element's width changed (whole pixels), redrawn in the next frame. */
  width(w: number): void;
  /** Within 400 px of the viewport; asked once, then no longer watched (a drawn widget stays drawn). */
  near?: () => void;
}

/** Starts watching `el`; returns what stops it. */
export function observeHost(el: Element, watch: HostWatch): () => void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const observers: Array<ResizeObserver | IntersectionObserver> = [];
  let width: number | undefined;
  if (win?.ResizeObserver) {
    const resize = new win.ResizeObserver((entries) => {
      const w = entries.at(-1)?.contentRect.width;
      if (w === undefined || Math.floor(w) === width) return;
      width = Math.floor(w);
      // Not within the observer's delivery: the new height would be a change it cannot
      // deliver, reported to the page as an error ("ResizeObserver loop completed with
      // undelivered notifications").
      const now = width;
      win.requestAnimationFrame(() => watch.width(now));
    });
    resize.observe(el);
    observers.push(resize);
  }
  const near = watch.near;
  if (near && win?.IntersectionObserver) {
    const io = new win.IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        near();
      },
      { rootMargin: '400px 0px' },
    );
    io.observe(el);
    observers.push(io);
  }
  return () => observers.forEach((o) => o.disconnect());
}
