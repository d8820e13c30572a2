// The grid when its data or its model changes under it: rows reloaded with a different count,
// another model put in its place, keys typed faster than the editor opens.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import GridView from '../../../src/ui/grid/GridView.svelte';
import { gridMessages } from '../../../src/ui/grid/grid-messages';
import { GridModel } from '../../../src/ui/grid/model';
import type { GridColumn, GridRow } from '../../../src/ui/grid/types';

const columns: GridColumn[] = [
  { id: '2026-01', label: 'Janv. 2026', type: 'money' },
  { id: '2026-02', label: 'Févr. 2026', type: 'money' },
  { id: '2026-03', label: 'Mars 2026', type: 'money' },
  { id: '2026-04', label: 'Avr. 2026', type: 'money' },
];

const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);

function row(id: string, label: string): GridRow {
  return { id, label, cells: [null, null, null, null] };
}

const THREE = [row('tv', 'Télévision'), row('radio', 'Radio'), row('press', 'Presse')];
// A channel added lands among the others (the planner orders them by family and category).
const FIVE = [
  row('tv', 'Télévision'),
  row('salon', 'Salon'),
  row('radio', 'Radio'),
  row('press', 'Presse'),
  row('mail', 'E-mailing'),
];

function modelOf(rows: readonly GridRow[]): GridModel {
  let id = 0;
  return new GridModel({
    columns,
    rows,
    locale: { locale: 'fr-FR', decimal: ',' },
    newRowId: () => `new-${++id}`,
  });
}

function setup(model: GridModel, options: { delay?: null } = {}) {
  const user = userEvent.setup(options);
  const view = render(GridView, {
    model,
    label: 'Budget prévu',
    rowHeaderLabel: 'Canal',
    messages: gridMessages(t),
    confirmLabel: 'Ajouter',
    cancelLabel: 'Annuler',
  });
  const grid = () => screen.getByRole('grid', { name: 'Budget prévu' });
  const cell = (name: string) => within(grid()).getByRole('gridcell', { name });
  return { user, view, grid, cell };
}

describe('GridView when its rows or its model change', () => {
  it('after a reload with more rows, a click and typing land in the clicked cell', async () => {
    const model = modelOf(THREE);
    const { user, cell, grid } = setup(model);
    await user.click(cell('Janv. 2026, Télévision'));
    model.load(FIVE);
    await tick();

    await user.click(cell('Mars 2026, Salon'));
    expect(grid()).toHaveAttribute('aria-activedescendant', cell('Mars 2026, Salon').id);
    await user.keyboard('4');
    expect(screen.getByRole('textbox', { name: 'Mars 2026, Salon' })).toHaveValue('4');
    await user.keyboard('2{Enter}');
    expect(cell('Mars 2026, Salon')).toHaveTextContent('42,00');
    expect(cell('Janv. 2026, Télévision')).toHaveTextContent('');
  });

  it('after a reload with fewer rows, the last row still takes clicks and typing', async () => {
    const model = modelOf(FIVE);
    const { user, cell } = setup(model);
    await user.click(cell('Avr. 2026, E-mailing'));
    model.load(THREE);
    await tick();

    expect(screen.queryByRole('rowheader', { name: 'E-mailing' })).not.toBeInTheDocument();
    await user.click(cell('Févr. 2026, Presse'));
    await user.keyboard('15{Enter}');
    expect(cell('Févr. 2026, Presse')).toHaveTextContent('15,00');
  });

  it('with another model put in its place, clicks and typing go to the new one', async () => {
    const first = modelOf(THREE);
    const second = modelOf(FIVE);
    const { user, view, cell, grid } = setup(first);
    await user.click(cell('Janv. 2026, Télévision'));
    await view.rerender({ model: second });

    await user.click(cell('Avr. 2026, E-mailing'));
    expect(grid()).toHaveAttribute('aria-activedescendant', cell('Avr. 2026, E-mailing').id);
    await user.keyboard('7');
    expect(screen.getByRole('textbox', { name: 'Avr. 2026, E-mailing' })).toHaveValue('7');
    await user.keyboard('{Enter}');
    expect(cell('Avr. 2026, E-mailing')).toHaveTextContent('7,00');
    expect(second.value(4, 3)).toBe(700);
    expect(first.value(0, 0)).toBeNull();

    // And back: the first model's cells answer again.
    await view.rerender({ model: first });
    await user.click(cell('Févr. 2026, Radio'));
    await user.keyboard('3{Enter}');
    expect(cell('Févr. 2026, Radio')).toHaveTextContent('3,00');
    expect(first.value(1, 1)).toBe(300);
  });

  it('keeps the keyboard focus when another model is put in its place', async () => {
    const first = modelOf(THREE);
    const second = modelOf(FIVE);
    const { user, view, cell, grid } = setup(first);
    await user.click(cell('Janv. 2026, Radio'));
    await view.rerender({ model: second });

    expect(grid()).toHaveFocus();
    await user.keyboard('{ArrowDown}9{Enter}');
    expect(cell('Janv. 2026, Salon')).toHaveTextContent('9,00');
  });
});

describe('GridView typing at full speed', () => {
  // Two years of months: wider than the viewport, so the first columns leave the DOM once
  // the grid is scrolled right, as the planner's budget sheet does on a laptop.
  const wide: GridColumn[] = Array.from({ length: 24 }, (_, i) => ({
    id: `m${i + 1}`,
    label: `Mois ${i + 1}`,
    type: 'money',
  }));

  function wideModel(): GridModel {
    return new GridModel({
      columns: wide,
      rows: FIVE.map((r) => ({ ...r, cells: [] })),
      locale: { locale: 'fr-FR', decimal: ',' },
      newRowId: () => 'new',
    });
  }

  it('keeps every digit typed right after Home and an arrow, with no pause between keys', async () => {
    const { user, cell, grid } = setup(wideModel(), { delay: null });
    // Scrolled to the last months; a browser sends its scroll event later, on a frame.
    grid().scrollLeft = 2000;
    grid().dispatchEvent(new Event('scroll'));
    await tick();
    await user.click(cell('Mois 22, Télévision'));
    await user.keyboard(
      '{Home}{ArrowDown}1234{Tab}5678{Tab}9012{Enter}{Home}{ArrowDown}789{Tab}4321{Enter}',
    );
    grid().dispatchEvent(new Event('scroll'));
    await tick();
    expect(cell('Mois 1, Salon')).toHaveTextContent('1 234,00');
    expect(cell('Mois 2, Salon')).toHaveTextContent('5 678,00');
    expect(cell('Mois 3, Salon')).toHaveTextContent('9 012,00');
    expect(cell('Mois 1, Presse')).toHaveTextContent('789,00');
    expect(cell('Mois 2, Presse')).toHaveTextContent('4 321,00');
  });
});
