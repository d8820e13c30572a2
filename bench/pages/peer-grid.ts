// What a peer grid page (aggrid.html, svar.html) gives bench/peers-bench.mjs, with the same
// meaning as grid-page's hooks, and the scroll measure they share with it: one step per
// frame, down by a step then up by half and right by a third; the longest frame and the most
// cells seen.
export interface ScrollFigures {
  maxFrameMs: number;
  maxCells: number;
}

declare global {
  interface Window {
    peerGrid: {
      /** One edit, its cell and totals in the DOM and laid out; in ms. */
      measureEdit: (row: number, col: number, text: string) => number;
      measureScroll: (steps: number, stepPx: number) => Promise<ScrollFigures>;
      cellsInDom: () => number;
    };
  }
}

/**
 * Absolute targets, the positions grid-page's `+=` reaches: SVAR puts its element back to the
 * scroll position in its store one frame late, which `+=` would build on.
 */
export function measureScrollOf(
  scroller: HTMLElement,
  cellsInDom: () => number,
  steps: number,
  stepPx: number,
): Promise<ScrollFigures> {
  return new Promise((resolve) => {
    let maxFrameMs = 0;
    let maxCells = 0;
    let last = performance.now();
    let step = 0;
    let top = scroller.scrollTop;
    let left = scroller.scrollLeft;
    function frame(now: number) {
      maxFrameMs = Math.max(maxFrameMs, now - last);
      last = now;
      maxCells = Math.max(maxCells, cellsInDom());
      if (step++ >= steps) {
        resolve({ maxFrameMs, maxCells });
        return;
      }
      const down = step % 2 === 0;
      top += down ? stepPx : stepPx / 2;
      left += stepPx / 3;
      scroller.scrollTop = top;
      scroller.scrollLeft = left;
      requestAnimationFrame(frame);
    }
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(frame);
    });
  });
}
