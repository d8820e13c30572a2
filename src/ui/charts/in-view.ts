// Which charts the user can see. A chart out of view keeps its new figures and draws them when
// it comes into view (ChartCanvas.svelte): on the planner the monthly chart sits below the grid,
// and redrawing it after every edit made two thirds of the garbage an edit left, whose
// collections then landed on later key presses. Kept apart from Chart.js so that the print
// path can ask for every waiting chart to be drawn without loading the charts.

const waiting = new Set<() => void>();
let printHooked = false;

/** Draws every chart that waits to be seen: before a print or a copy of a canvas. */
export function drawWaitingCharts(): void {
  for (const draw of [...waiting]) draw();
}

export interface InView {
  /** True while the element is in the viewport (or where that cannot be known). */
  readonly shown: () => boolean;
  stop: () => void;
}

/**
 * Follows whether `element` is in view. `drawWaiting` runs when it comes into view, when the
 * page is printed and when drawWaitingCharts is called; it must do nothing when nothing waits.
 * Without IntersectionObserver (a test DOM) the element counts as always in view.
 */
export function watchInView(element: Element, drawWaiting: () => void): InView {
  if (typeof IntersectionObserver !== 'function') return { shown: () => true, stop: () => {} };
  // Until the first report, in view: a chart drawn at once is never wrong, only early.
  let shown = true;
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    shown = entry.isIntersecting;
    if (shown) drawWaiting();
  });
  observer.observe(element);
  waiting.add(drawWaiting);
  if (!printHooked && typeof window !== 'undefined') {
    // The browser's own print (Ctrl+P) lays out every chart on paper, seen or not.
    window.addEventListener('beforeprint', drawWaitingCharts);
    printHooked = true;
  }
  return {
    shown: () => shown,
    stop: () => {
      observer.disconnect();
      waiting.delete(drawWaiting);
    },
  };
}
