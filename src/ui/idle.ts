// Work that can wait: prefetching screens once the first one is up, rebuilding the grid's row
// window after a one-row scroll. It runs after the frame that answers the user, never in it.

/**
 * Runs `task` right after the next frame is painted (a task queued from the frame's animation
 * callback), or at once-ish where there are no frames (tests). Returns a cancel.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => (timer = setTimeout(task, 0)))
      : undefined;
  if (frame === undefined) timer = setTimeout(task, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `task` when the browser is idle after the next paint (within two seconds at most), or
 * after the next frame where requestIdleCallback is missing (Safari). Returns a cancel.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  return afterNextPaint(task);
}
