// Loaded first (classic, synchronous) by every bench page, ours and peers alike, so each
// is timed the same way: "drawn" is the first animation frame in which the page's chart
// exists with a size; layout shifts are summed as CLS.
(() => {
  const b = (window.__bench = { drawn: null, cls: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const sel = document.documentElement.dataset.probe || '#chart svg, #chart canvas';
  const find = () => {
    const [host, inner] = sel.split('>>').map((s) => s.trim());
    let el = document.querySelector(host);
    if (el && inner) el = el.shadowRoot && el.shadowRoot.querySelector(inner);
    return el && el.getBoundingClientRect().width > 0 ? el : null;
  };
  const tick = () => {
    if (find()) {
      b.drawn = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
