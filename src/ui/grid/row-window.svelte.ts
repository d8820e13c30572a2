// Which scroll position the grid's rows are rendered for. It catches up with the real one at
// once only when a row now in view is missing; a step the overscan covers (Enter down a
// column moves one row) waits until the frame after, so the key's frame does not build and
// lay out a row of cells (a third of an edit's time when the edits walk down a column).
import { afterNextPaint } from '../idle';
import type { Span } from './viewport';

export class RowWindow {
  #top = $state(0);
  #cancel: (() => void) | null = null;

  /** The scroll position the rendered rows are built for. */
  get top(): number {
    return this.#top;
  }

  /** After a scroll to `scrollTop`: `seen` are the rows now in view, `rendered` those built. */
  follow(scrollTop: number, seen: Span, rendered: Span): void {
    this.dispose();
    if (seen.start >= rendered.start && seen.end <= rendered.end) {
      this.#cancel = afterNextPaint(() => {
        this.#cancel = null;
        this.#top = scrollTop;
      });
    } else this.#top = scrollTop;
  }

  /** Drops a catch-up still waiting (the grid is going away, or scrolled again). */
  dispose(): void {
    this.#cancel?.();
    this.#cancel = null;
  }
}
