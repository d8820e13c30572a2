// The grid as a user meets it: type, move, edit with F2, cancel with Escape, paste, undo —
// with the keyboard and the clipboard events a browser sends.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GridModel } from '../../../src/ui/grid/model';
import type { GridRow } from '../../../src/ui/grid/types';
import GridHarness from './GridHarness.svelte';

function budgetRows(): GridRow[] {
  return [
    { id: 'tv', label: 'Télévision', cells: [120000, 0, null, null, null] },
    { id: 'salon', label: 'Salon professionnel', cells: [null, 250000, null, null, 'stand A'] },
    { id: 'mail', label: 'E-mailing', cells: [5000, 5000, 5000, 5000, null] },
  ];
}

function setup() {
  const user = userEvent.setup();
  let model!: GridModel;
  render(GridHarness, { rows: budgetRows(), onmodel: (m: GridModel) => (model = m) });
  const grid = screen.getByRole('grid', { name: 'Budget prévu' });
  const cell = (name: string) => within(grid).getByRole('gridcell', { name });
  return { user, grid, cell, model: () => model };
}

describe('GridView', () => {
  it('finds every cell by role and name, with headers and totals', () => {
    const { grid, cell } = setup();
    expect(cell('Févr. 2026, Salon professionnel')).toHaveTextContent('2 500,00');
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('1 200,00');
    expect(within(grid).getByRole('columnheader', { name: 'Mars 2026' })).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: 'E-mailing' })).toBeInTheDocument();
    const totalsRow = within(grid).getAllByRole('row').at(-1)!;
    expect(totalsRow).toHaveTextContent('1 250,00');
    expect(totalsRow).toHaveTextContent('3 900,00');
  });

  it('types over a cell, Enter stores it and moves down, totals follow', async () => {
    const { user, grid, cell } = setup();
    await user.click(cell('Mars 2026, Télévision'));
    await user.keyboard('1 500,5{Enter}');
    expect(cell('Mars 2026, Télévision')).toHaveTextContent('1 500,50');
    expect(grid).toHaveAttribute(
      'aria-activedescendant',
      cell('Mars 2026, Salon professionnel').id,
    );
    expect(within(grid).getAllByRole('row').at(-1)).toHaveTextContent('1 550,50');
  });

  it('moves with arrows and Tab, and evaluates an = formula', async () => {
    const { user, grid, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.keyboard('{ArrowDown}{ArrowRight}{Tab}');
    expect(grid).toHaveAttribute(
      'aria-activedescendant',
      cell('Mars 2026, Salon professionnel').id,
    );
    await user.keyboard('=1200*3+450{Enter}');
    expect(cell('Mars 2026, Salon professionnel')).toHaveTextContent('4 050,00');
  });

  it('edits with F2 keeping the text, and Escape cancels', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.keyboard('{F2}');
    const editor = screen.getByRole('textbox', { name: 'Janv. 2026, Télévision' });
    expect(editor).toHaveValue('1\u202f200,00');
    await user.keyboard('9{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('1 200,00');
  });

  it('refuses text in a money cell with a reason, and leaves the cell unchanged', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.keyboard('abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Janv. 2026 : « abc » n’est pas un nombre.',
    );
    expect(screen.getByRole('textbox', { name: 'Janv. 2026, Télévision' })).toHaveValue('abc');
    await user.keyboard('{Escape}');
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('1 200,00');
  });

  it('pastes an Excel block and undoes it in one step, then redoes it', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.paste('10\t20\r\n30\t40\r\n');
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('10,00');
    expect(cell('Févr. 2026, Salon professionnel')).toHaveTextContent('40,00');
    await user.keyboard('{Control>}z{/Control}');
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('1 200,00');
    expect(cell('Févr. 2026, Salon professionnel')).toHaveTextContent('2 500,00');
    await user.keyboard('{Control>}y{/Control}');
    expect(cell('Févr. 2026, Salon professionnel')).toHaveTextContent('40,00');
  });

  it('refuses a paste with a bad value: nothing changes and the reason is shown', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.paste('10\tdouze\r\n');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Rien n’a été collé : 1 valeur(s) refusée(s).',
    );
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('1 200,00');
  });

  it('copies the selection as TSV and HTML', async () => {
    const { user, grid, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.keyboard('{Shift>}{ArrowRight}{ArrowDown}{/Shift}');
    // userEvent.copy() only copies a DOM text selection; the grid has none, as in a browser.
    const written = new Map<string, string>();
    fireEvent.copy(grid, {
      clipboardData: { setData: (type: string, value: string) => written.set(type, value) },
    });
    expect(written.get('text/plain')).toBe('1200,00\t0,00\r\n\t2500,00\r\n');
    expect(written.get('text/html')).toContain('<table>');
  });

  it('clears with Delete, fills down with Ctrl+D, and Cmd+Z undoes on a Mac', async () => {
    const { user, cell } = setup();
    await user.click(cell('Mars 2026, E-mailing'));
    await user.keyboard('{Delete}');
    expect(cell('Mars 2026, E-mailing')).toHaveTextContent('');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(cell('Mars 2026, E-mailing')).toHaveTextContent('50,00');

    await user.click(cell('Janv. 2026, Télévision'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}{Control>}d{/Control}');
    expect(cell('Janv. 2026, E-mailing')).toHaveTextContent('1 200,00');
  });
});
