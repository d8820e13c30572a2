// The grid's listeners outside itself: copy, cut and paste events go to the document when no
// text is selected, and a drag ends wherever the pointer is released.
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
