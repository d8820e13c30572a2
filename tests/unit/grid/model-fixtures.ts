// Shared fixtures for the grid model tests: a small typed grid built from a matrix of values,
// the changes it reports, and keyboard events as the browser sends them.
import type { GridChange } from '../../../src/ui/grid/commands';
import type { GridKeyEvent } from '../../../src/ui/grid/keyboard';
import { GridModel } from '../../../src/ui/grid/model';
import type { CellValue, GridColumn, GridLocale } from '../../../src/ui/grid/types';

export const FR: GridLocale = { locale: 'fr-FR', decimal: ',' };
export const EN: GridLocale = { locale: 'en-GB', decimal: '.' };

export const TEXT: GridColumn = { id: 'name', label: 'Nom', type: 'text' };
export const MONEY: GridColumn = { id: 'jan', label: 'Janvier 2026', type: 'money' };
export const MONEY_2: GridColumn = { id: 'feb', label: 'Février 2026', type: 'money' };
export const SIGNED: GridColumn = {
  id: 'delta',
  label: 'Écart',
  type: 'money',
  allowNegative: true,
};
export const PERCENT: GridColumn = { id: 'share', label: 'Part', type: 'percent' };
export const INTEGER: GridColumn = { id: 'units', label: 'Unités', type: 'integer' };
export const CHOICE: GridColumn = {
  id: 'family',
  label: 'Famille',
  type: 'choice',
  choices: [
    { value: 'media', label: 'Média' },
    { value: 'hors-media', label: 'Hors-média' },
  ],
};
export const TOTAL: GridColumn = { id: 'total', label: 'Total', type: 'computed' };

export interface GridFixture {
  grid: GridModel;
  changes: GridChange[];
}

/** A grid whose row i is labelled "Ligne i+1" with id "r{i+1}"; new rows are "new-1", "new-2"… */
export function makeGrid(
  columns: readonly GridColumn[],
  values: readonly (readonly CellValue[])[],
  options: { canGrowRows?: boolean; locale?: GridLocale; historyLimit?: number } = {},
): GridFixture {
  const changes: GridChange[] = [];
  let next = 0;
  const grid = new GridModel({
    columns,
    rows: values.map((cells, i) => ({
      id: `r${i + 1}`,
      label: `Ligne ${i + 1}`,
      cells: [...cells],
    })),
    locale: options.locale ?? FR,
    newRowId: () => {
      next += 1;
      return `new-${next}`;
    },
    canGrowRows: options.canGrowRows ?? false,
    onChange: (change) => changes.push(change),
    ...(options.historyLimit === undefined ? {} : { historyLimit: options.historyLimit }),
  });
  return { grid, changes };
}

/** A grid of `rows` × `cols` money cells, all empty. */
export function emptyMoneyGrid(rows: number, cols: number): GridFixture {
  const columns = Array.from({ length: cols }, (_, i) => ({
    ...MONEY,
    id: `m${i}`,
    label: `M${i}`,
  }));
  return makeGrid(
    columns,
    Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null)),
  );
}

export function valuesOf(grid: GridModel): CellValue[][] {
  return Array.from({ length: grid.rowCount }, (_, row) => [...grid.row(row).cells]);
}

export function rowIds(grid: GridModel): string[] {
  return Array.from({ length: grid.rowCount }, (_, row) => grid.row(row).id);
}

type Modifiers = Partial<
  Pick<GridKeyEvent, 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'code'>
>;

export function key(name: string, modifiers: Modifiers = {}): GridKeyEvent {
  return {
    key: name,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
  };
}
