// The grid's listeners outside itself: copy, cut and paste events go to the document when no
// text is selected, and a drag ends wherever the pointer is released. Also the one it holds
// only while a drag lasts.
import type { GridController } from './grid-controller.svelte';

/**
 * Listens while the grid is on screen and returns the cleanup. `ours` says whether the grid
 * (not its editor) has the focus; `controller` is read at each event, as the view may swap it.
 */
export function listenOutsideGrid(
  controller: () => GridController,
  ours: () => boolean,
): () => void {
  const onCopy = (event: ClipboardEvent) => {
    if (!ours() || !event.clipboardData) return;
    const payload = event.type === 'cut' ? controller().cut() : controller().copy();
    event.clipboardData.setData('text/plain', payload.tsv);
    event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (!ours() || !event.clipboardData) return;
    event.preventDefault();
    controller().paste(event.clipboardData.getData('text/plain'));
  };
  const onPointerUp = () => controller().pointerUp();
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);
  document.addEventListener('paste', onPaste);
  window.addEventListener('pointerup', onPointerUp);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCopy);
    document.removeEventListener('paste', onPaste);
    window.removeEventListener('pointerup', onPointerUp);
  };
}

/**
 * Hears the cells a drag passes over until the button is released: a pointer resting on the
 * grid gets a pointerover at every Enter down a column (the cells scroll under it), which an
 * always-on listener answered on the key's frame.
 */
export function followDrag(grid: HTMLElement, onPointerOver: (event: PointerEvent) => void): void {
  grid.addEventListener('pointerover', onPointerOver);
  const stop = () => {
    grid.removeEventListener('pointerover', onPointerOver);
    window.removeEventListener('pointerup', stop);
    window.removeEventListener('pointercancel', stop);
  };
  window.addEventListener('pointerup', stop);
  window.addEventListener('pointercancel', stop);
}
