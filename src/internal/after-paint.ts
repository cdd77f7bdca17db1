/**
 * Resolves after the next frame has been painted (a task queued from an animation frame
 * runs after that frame's paint), or after `fallbackMs` where frames do not come (a
 * background tab, a hidden iframe). For work no one sees at first: it must not delay the chart.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
