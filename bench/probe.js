// Loaded first (classic, synchronous) by every bench page, ours and peers alike, so each
// is timed the same way: "drawn" is the first animation frame in which the page's chart
// exists with a size; layout shifts are summed as CLS. A page with `data-live` (a pasted
// snapshot) also notes when the script's live chart has taken over ("live").
(() => {
  const root = document.documentElement.dataset;
  const b = (window.__bench = { drawn: null, live: null, wantsLive: !!root.live, cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const find = (sel) => {
    const [host, inner] = sel.split('>>').map((s) => s.trim());
    let el = document.querySelector(host);
    if (el && inner) el = el.shadowRoot && el.shadowRoot.querySelector(inner);
    return el && el.getBoundingClientRect().width > 0 ? el : null;
  };
  const drawn = root.probe || '#chart svg, #chart canvas';
  const tick = () => {
    if (b.drawn === null && find(drawn)) b.drawn = performance.now();
    if (b.live === null && root.live && find(root.live)) b.live = performance.now();
    if (b.drawn === null || (root.live && b.live === null)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
