// What a screen built on the grid model sees: a `$derived` reading the active cell, the
// selection, a row count or a cell follows them, as the Channels tab's delete button and the
// cost helper do.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { GridModel } from '../../../src/ui/grid/model';
import type { GridColumn, GridRow } from '../../../src/ui/grid/types';

const columns: GridColumn[] = [
  { id: 'name', label: 'Nom', type: 'text' },
  { id: 'jan', label: 'Janv.', type: 'money' },
];
const rows: GridRow[] = ['Radio', 'Presse', 'Salon'].map((label, i) => ({
  id: `r${i}`,
  label,
  cells: [label, null],
}));

function grid(): GridModel {
  return new GridModel({
    columns,
    rows,
    locale: { locale: 'fr-FR', decimal: ',' },
    newRowId: () => 'n',
  });
}

let stop = () => {};
afterEach(() => stop());

/** Runs `read` in an effect, as a component would, and returns what it saw each time. */
function watch<T>(read: () => T): T[] {
  const seen: T[] = [];
  stop = $effect.root(() => {
    const value = $derived(read());
    $effect(() => {
      seen.push(value);
    });
  });
  flushSync();
  return seen;
}

describe('the grid model seen from a screen', () => {
  it('a label naming the active row follows a click on another row', () => {
    const model = grid();
    const seen = watch(() => model.row(model.active.row).label);
    model.select({ row: 2, col: 1 });
    flushSync();
    model.move('up');
    flushSync();
    expect(seen).toEqual(['Radio', 'Salon', 'Presse']);
  });

  it('a count of rows follows rows reloaded from the database', () => {
    const model = grid();
    const seen = watch(() => model.rowCount);
    model.load([...rows, { id: 'r3', label: 'Radio 2', cells: ['Radio 2', null] }]);
    flushSync();
    expect(seen).toEqual([3, 4]);
  });

  it('a shown amount follows an edit, and the selection does not re-run it', () => {
    const model = grid();
    const seen = watch(() => model.displayText(0, 1));
    model.select({ row: 1, col: 1 });
    flushSync();
    model.setCell({ row: 0, col: 1 }, '12');
    flushSync();
    expect(seen).toEqual(['', '12,00']);
  });
});
