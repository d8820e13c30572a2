// Which way a key moves the presenter's slides: the habits of slide software (arrows,
// Page Up / Page Down as a clicker sends them, Space, Home / End) and Esc to leave. Up and
// Down stay the page's own, so that a slide taller than the screen still scrolls.

/** One slide of the deck. */
export interface SlideEntry {
  id: string;
  /** Named in the slide's announcement ("Slide 3 of 7: Budget by month"). */
  title: string;
}

export type SlideMove = { kind: 'go'; index: number } | { kind: 'leave' };

/** What a key press does on slide `current` of `count`; null when it does nothing here. */
export function slideMove(
  key: string,
  current: number,
  count: number,
  shift = false,
): SlideMove | null {
  if (key === 'Escape') return { kind: 'leave' };
  if (count <= 0) return null;
  const last = count - 1;
  let index: number;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      index = current + 1;
      break;
    case 'ArrowLeft':
    case 'PageUp':
      index = current - 1;
      break;
    case ' ':
      // Shift+Space goes back, as it scrolls back a page in the browser.
      index = shift ? current - 1 : current + 1;
      break;
    case 'Home':
      index = 0;
      break;
    case 'End':
      index = last;
      break;
    default:
      return null;
  }
  const bounded = Math.min(Math.max(index, 0), last);
  // At either end the key does nothing: no announcement of a slide that did not change.
  return bounded === current ? null : { kind: 'go', index: bounded };
}

/**
 * Whether the page should keep the key: a modifier makes it a browser shortcut (Alt+← goes
 * back in history), and Space or Enter on a button, link or disclosure activates it.
 */
export function keyBelongsToPage(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  target: EventTarget | null,
): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return true;
  if (event.key !== ' ' && event.key !== 'Enter') return false;
  return target instanceof Element && target.closest('button, a[href], summary') !== null;
}
