// Toasts as the user sees them: never more than three on screen, the same message counted
// rather than repeated, and the stack moved to the other edge when it would hide the cell
// being edited in the grid.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts as ToastState } from '../../src/state/toasts.svelte';
import Toasts from '../../src/ui/Toasts.svelte';
import type { GridRow } from '../../src/ui/grid/types';
import GridHarness from './grid/GridHarness.svelte';

let toasts: ToastState;

function renderToasts() {
  const view = render(Toasts, {
    items: toasts.items,
    dismiss: (id: number) => toasts.dismiss(id),
    closeLabel: 'Fermer',
  });
  /** App.svelte passes `toasts.items` reactively; here each change is handed over by hand. */
  const refresh = () => view.rerender({ items: toasts.items });
  return { ...view, refresh };
}

/** Each toast's text, without its close button (a "×" at the end). */
function messages(): string[] {
  return screen
    .queryAllByRole('status')
    .map((toast) => (toast.textContent ?? '').replace(/×\s*$/, '').trim());
}

beforeEach(() => {
  toasts = new ToastState();
});
afterEach(() => {
  toasts.reset();
  vi.restoreAllMocks();
});

describe('toast stack', () => {
  it('shows at most three toasts, the newest; a dismissed one makes room for the one before', async () => {
    for (const n of [1, 2, 3, 4, 5]) toasts.show(`Message ${n}`);
    const { refresh } = renderToasts();
    expect(messages()).toEqual(['Message 3', 'Message 4', 'Message 5']);

    const user = userEvent.setup();
    await user.click(
      within(screen.getAllByRole('status')[2]!).getByRole('button', { name: 'Fermer' }),
    );
    await refresh();
    expect(messages()).toEqual(['Message 2', 'Message 3', 'Message 4']);
  });

  it('merges the same message into one toast with a count, ×3, not three copies', async () => {
    toasts.show('Le stockage du navigateur est plein.', { kind: 'error' });
    toasts.show('Plan enregistré.');
    toasts.show('Le stockage du navigateur est plein.', { kind: 'error' });
    toasts.show('Le stockage du navigateur est plein.', { kind: 'error' });
    renderToasts();
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('Le stockage du navigateur est plein. ×3');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).not.toHaveTextContent(/×\d/);
  });

  it('keeps a merged info toast on screen for its full time from the last time it was shown', () => {
    vi.useFakeTimers();
    try {
      toasts.show('Copié.');
      vi.advanceTimersByTime(6000);
      toasts.show('Copié.');
      vi.advanceTimersByTime(6000);
      expect(toasts.items.map((t) => [t.message, t.count])).toEqual([['Copié.', 2]]);
      vi.advanceTimersByTime(2000);
      expect(toasts.items).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('toasts and the grid’s active cell', () => {
  const rows: GridRow[] = [
    { id: 'tv', label: 'Télévision', cells: [120000, 0, null, null, null] },
    { id: 'salon', label: 'Salon professionnel', cells: [null, 250000, null, null, null] },
    { id: 'mail', label: 'E-mailing', cells: [5000, 5000, 5000, 5000, null] },
  ];

  // jsdom lays nothing out: the grid's rows sit 300 px apart down a 768 px high window (the
  // last one at the bottom, where the toasts are), the toasts are 400 × 40 px, centred.
  function layOut() {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const box = (left: number, top: number, width: number, height: number) =>
        DOMRect.fromRect({ x: left, y: top, width, height });
      if (this.classList.contains('toast')) return box(312, 712, 400, 40);
      const row = this.getAttribute('data-row');
      const col = this.getAttribute('data-col');
      if (this.getAttribute('role') === 'gridcell' && row !== null && col !== null) {
        return box(200 + Number(col) * 110, 120 + Number(row) * 300, 110, 28);
      }
      return box(0, 0, 0, 0);
    });
  }

  function stack(): HTMLElement {
    const container = screen.getByText('Plan enregistré.').closest<HTMLElement>('.toasts');
    if (!container) throw new Error('No toast stack');
    return container;
  }

  it('moves the stack to the top edge while the active cell is under it, and back after', async () => {
    layOut();
    const user = userEvent.setup();
    render(GridHarness, { rows });
    const grid = screen.getByRole('grid', { name: 'Budget prévu' });
    toasts.show('Plan enregistré.');
    renderToasts();
    await vi.waitFor(() => expect(stack()).toHaveAttribute('data-edge', 'bottom'));

    // "Févr. 2026, E-mailing" is at 430–540 px across, 720–748 px down: under the toasts.
    await user.click(within(grid).getByRole('gridcell', { name: 'Févr. 2026, E-mailing' }));
    await vi.waitFor(() => expect(stack()).toHaveAttribute('data-edge', 'top'));

    // Typing opens the editor in that cell: the stack stays out of its way.
    await user.keyboard('12');
    await vi.waitFor(() => expect(stack()).toHaveAttribute('data-edge', 'top'));
    await user.keyboard('{Escape}{ArrowUp}{ArrowUp}');
    await vi.waitFor(() => expect(stack()).toHaveAttribute('data-edge', 'bottom'));
  });

  it('stays at the bottom when the active cell is beside the toasts, not under them', async () => {
    layOut();
    const user = userEvent.setup();
    render(GridHarness, { rows });
    const grid = screen.getByRole('grid', { name: 'Budget prévu' });
    toasts.show('Plan enregistré.');
    renderToasts();
    // "Janv. 2026, E-mailing" is as low as the toasts but at 200–310 px across: beside them.
    await user.click(within(grid).getByRole('gridcell', { name: 'Janv. 2026, E-mailing' }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(stack()).toHaveAttribute('data-edge', 'bottom');
  });
});
