// A refused value as the user meets it: the reason beside the cell (not under the fold), the
// cell marked until a value is accepted there or the user presses Escape.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GridModel } from '../../../src/ui/grid/model';
import type { GridRow } from '../../../src/ui/grid/types';
import GridHarness from './GridHarness.svelte';

function rows(): GridRow[] {
  return [
    { id: 'tv', label: 'Télévision', cells: [120000, null, null, null, null] },
    { id: 'radio', label: 'Radio', cells: [null, null, null, null, null] },
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

describe('GridView refusals', () => {
  it('shows the reason beside the refused cell and marks the cell', async () => {
    const { user, cell } = setup();
    await user.click(cell('Févr. 2026, Radio'));
    await user.keyboard('abc{Enter}');

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Févr. 2026 : « abc » n’est pas un nombre.');
    const target = cell('Févr. 2026, Radio');
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveClass('invalid');
    expect(target).toHaveAttribute('aria-describedby', alert.id);
    expect(screen.getByRole('textbox', { name: 'Févr. 2026, Radio' })).toHaveAttribute(
      'aria-describedby',
      alert.id,
    );
    // Just under the cell: the header (34 px) and two rows of 30 px down, past the row
    // headers (220 px) and one 110 px column across.
    expect(alert.style.top).toBe('94px');
    expect(alert.style.left).toBe('330px');
  });

  it('keeps the mark until a value is accepted in that cell', async () => {
    const { user, cell } = setup();
    await user.click(cell('Févr. 2026, Radio'));
    await user.keyboard('abc{Enter}');
    await user.keyboard('{Backspace}{Backspace}{Backspace}x{Enter}');
    expect(cell('Févr. 2026, Radio')).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Backspace}12{Enter}');

    expect(cell('Févr. 2026, Radio')).toHaveTextContent('12,00');
    expect(cell('Févr. 2026, Radio')).not.toHaveAttribute('aria-invalid');
    expect(cell('Févr. 2026, Radio')).not.toHaveClass('invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('drops the mark and the reason on Escape, the cell keeping its value', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Télévision'));
    await user.keyboard('-5{Enter}');
    expect(cell('Janv. 2026, Télévision')).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');

    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('1 200,00');
    expect(cell('Janv. 2026, Télévision')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks every cell a refused paste names, until each gets a value', async () => {
    const { user, cell } = setup();
    await user.click(cell('Janv. 2026, Radio'));
    await user.paste('10\tdouze\ttreize\r\n');

    expect(screen.getByRole('alert')).toHaveTextContent('Rien n’a été collé');
    expect(cell('Janv. 2026, Radio')).not.toHaveAttribute('aria-invalid');
    expect(cell('Févr. 2026, Radio')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Mars 2026, Radio')).toHaveAttribute('aria-invalid', 'true');

    await user.keyboard('{ArrowRight}12{Enter}');
    expect(cell('Févr. 2026, Radio')).not.toHaveAttribute('aria-invalid');
    expect(cell('Mars 2026, Radio')).toHaveAttribute('aria-invalid', 'true');
    await user.click(cell('Mars 2026, Radio'));
    await user.keyboard('13{Enter}');
    expect(cell('Mars 2026, Radio')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
