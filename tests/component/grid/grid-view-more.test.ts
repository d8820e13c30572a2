// The grid's mouse habits and its refusals: shift-click, drag, double-click, the fill handle,
// a bad formula, and a paste bigger than the grid.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GridModel } from '../../../src/ui/grid/model';
import type { GridRow } from '../../../src/ui/grid/types';
import GridHarness from './GridHarness.svelte';

function rows(): GridRow[] {
  return [
    { id: 'a', label: 'Radio', cells: [10000, 20000, null, null, null] },
    { id: 'b', label: 'Affichage', cells: [null, null, null, null, null] },
    { id: 'c', label: 'Sampling', cells: [null, null, null, null, null] },
  ];
}

function setup() {
  const user = userEvent.setup();
  let model!: GridModel;
  render(GridHarness, { rows: rows(), onmodel: (m: GridModel) => (model = m) });
  const grid = screen.getByRole('grid', { name: 'Budget prévu' });
  const cell = (name: string) => within(grid).getByRole('gridcell', { name });
  return { user, grid, cell, model: () => model };
}

describe('GridView mouse', () => {
  it('extends the selection with shift-click and with a drag', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Radio'));
    await user.keyboard('{Shift>}');
    await user.click(cell('Févr. 2026, Affichage'));
    await user.keyboard('{/Shift}');
    expect(cell('Févr. 2026, Radio')).toHaveAttribute('aria-selected', 'true');
    expect(cell('Janv. 2026, Affichage')).toHaveAttribute('aria-selected', 'true');
    expect(cell('Mars 2026, Radio')).toHaveAttribute('aria-selected', 'false');

    await fireEvent.pointerDown(cell('Mars 2026, Radio'), { button: 0 });
    await fireEvent.pointerOver(cell('Avr. 2026, Sampling'));
    await fireEvent.pointerUp(window);
    expect(cell('Avr. 2026, Affichage')).toHaveAttribute('aria-selected', 'true');
    expect(cell('Févr. 2026, Radio')).toHaveAttribute('aria-selected', 'false');
  });

  it('opens the editor on double-click with the cell’s text', async () => {
    const { user, cell } = setup();
    await user.dblClick(cell('Févr. 2026, Radio'));
    expect(screen.getByRole('textbox', { name: 'Févr. 2026, Radio' })).toHaveValue('200,00');
  });

  it('drags the fill handle to continue a series', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Radio'));
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    const handle = cell('Févr. 2026, Radio').querySelector('.fill-handle');
    expect(handle).not.toBeNull();
    await fireEvent.pointerDown(handle!, { button: 0 });
    await fireEvent.pointerOver(cell('Avr. 2026, Radio'));
    await fireEvent.pointerUp(window);
    expect(cell('Mars 2026, Radio')).toHaveTextContent('300,00');
    expect(cell('Avr. 2026, Radio')).toHaveTextContent('400,00');
  });
});

describe('GridView refusals', () => {
  it('refuses a malformed formula and a division by zero, saying why', async () => {
    const { user, cell } = setup();
    await user.click(cell('Mars 2026, Radio'));
    await user.keyboard('=1200*(3{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Mars 2026 : la formule « =1200*(3 » est incorrecte',
    );
    await user.keyboard('{Escape}');
    expect(cell('Mars 2026, Radio')).toHaveTextContent('');

    await user.keyboard('=10/0{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('divise par zéro');
    await user.keyboard('{Escape}');
    expect(cell('Mars 2026, Radio')).toHaveTextContent('');
  });

  it('asks before growing the grid for a taller paste, and adds the rows when accepted', async () => {
    const { user, cell, model } = setup();
    await user.click(cell('Janv. 2026, Sampling'));
    await user.paste('1\r\n2\r\n3\r\n');
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Le bloc collé dépasse la grille de 2 ligne(s). Ajouter ces lignes ?',
    );
    expect(model().rowCount).toBe(3);
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter les lignes' }));
    expect(model().rowCount).toBe(5);
    expect(model().value(4, 0)).toBe(300);
  });

  it('refuses a block wider than the grid without changing anything', async () => {
    const { user, cell, model } = setup();
    await user.click(cell('Avr. 2026, Radio'));
    await user.paste('1\t2\t3\r\n');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Rien n’a été collé : le bloc dépasse la grille de 0 ligne(s) et 1 colonne(s).',
    );
    expect(model().value(0, 3)).toBeNull();
  });
});
