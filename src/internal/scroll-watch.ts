/**
 * A second watch for lazy drawing. An IntersectionObserver samples once per frame, so a fling
 * can carry a widget from below the viewport to above it between two samples: it never
 * intersected, so it is not drawn, and a reader scrolling back finds it empty. This listens to
 * scrolls (passive, at most once a frame) and reports the widget near once it is no longer on
 * the side of the viewport (beyond `margin`) where it was when watching began: it came near or
 * was carried past. Widgets a reader has not reached stay undrawn.
 */
export function watchScrolledPast(el: Element, margin: number, onNear: () => void): () => void {
  const win = el.ownerDocument.defaultView;
  if (!win) return () => {};
  let frame = 0;
  const side = (): number => {
    const r = el.getBoundingClientRect();
    return r.top > win.innerHeight + margin ? 1 : r.bottom < -margin ? -1 : 0;
  };
  const start = side();
  const check = (): void => {
    frame = 0;
    if (el.isConnected && side() !== start) {
      stop();
      onNear();
    }
  };
  const onScroll = (): void => {
    if (!frame) frame = win.requestAnimationFrame(check);
  };
  // Capture: scrolls of any scrolling container on the page, not only the window's.
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const stop = (): void => {
    win.removeEventListener('scroll', onScroll, { capture: true });
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };
  return stop;
}
