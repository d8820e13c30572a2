// The grid repaints only the rows an edit touched and formats each amount once per value
// (see GridSignals and formatAmount's cache). Whatever the sequence of edits, pastes, fills,
// undos and redos, every cell and total on screen must read exactly as a fresh render of the
// same data: a row that should have repainted and did not would show a stale text here.
import { cleanup, render } from '@testing-library/svelte';
import fc from 'fast-check';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAmount, toCents } from '../../../src/domain/money';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import GridView from '../../../src/ui/grid/GridView.svelte';
import { gridMessages } from '../../../src/ui/grid/grid-messages';
import { GridModel } from '../../../src/ui/grid/model';
import type { GridColumn, GridRow } from '../../../src/ui/grid/types';

const ROWS = 12;
const COLS = 6;
const columns: GridColumn[] = Array.from({ length: COLS }, (_, c) => ({
  id: `m${c}`,
  label: `Mois ${c + 1}`,
  type: 'money',
}));
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const money = (cents: number) => formatAmount(toCents(cents), 'fr-FR');

function startRows(): GridRow[] {
  return Array.from({ length: ROWS }, (_, r) => ({
    id: `r${r}`,
    label: `Canal ${r + 1}`,
    cells: Array.from({ length: COLS }, (_, c) => ((r * 7 + c * 3) % 5) * 10_000),
  }));
}

function modelOf(rows: readonly GridRow[]): GridModel {
  return new GridModel({
    columns,
    rows,
    locale: { locale: 'fr-FR', decimal: ',' },
    newRowId: () => crypto.randomUUID(),
  });
}

/** Which totals were read, by index: the row totals, the month totals and the grand total. */
interface TotalReads {
  rows: number[];
  months: number[];
  grand: number;
}

/**
 * Mounts a grid whose totals are read from the model, as the planner's are: through no Svelte
 * state of their own, so that when they are re-read is the grid's doing alone.
 */
function mount(model: GridModel, reads?: TotalReads): HTMLElement {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const cellsOf = (r: number) => model.row(r).cells.map((v) => Number(v ?? 0));
  const view = render(GridView, {
    model,
    label: 'Budget',
    rowHeaderLabel: 'Canal',
    messages: gridMessages(t),
    confirmLabel: 'Ajouter',
    cancelLabel: 'Annuler',
    rowTotals: {
      label: 'Total',
      value: (r: number) => (reads?.rows.push(r), money(sum(cellsOf(r)))),
    },
    columnTotals: [
      {
        label: 'Total',
        value: (c: number) => (
          reads?.months.push(c),
          money(sum(Array.from({ length: model.rowCount }, (_, r) => cellsOf(r)[c] ?? 0)))
        ),
        grand: () => (
          reads && (reads.grand += 1),
          money(sum(Array.from({ length: model.rowCount }, (_, r) => sum(cellsOf(r)))))
        ),
      },
    ],
  });
  return view.container;
}

function texts(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[role="gridcell"]')].map((c) =>
    (c.textContent ?? '').trim(),
  );
}

const amount = fc.integer({ min: 0, max: 99_999 }).map((n) => `${n},${n % 100}`);
const op = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    row: fc.nat(ROWS - 1),
    col: fc.nat(COLS - 1),
    text: amount,
  }),
  fc.record({
    kind: fc.constant('paste' as const),
    row: fc.nat(ROWS - 1),
    col: fc.nat(COLS - 1),
    block: fc.array(fc.array(amount, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ kind: fc.constant('fill' as const), row: fc.nat(ROWS - 2), col: fc.nat(COLS - 1) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

afterEach(() => cleanup());

describe('the grid after any sequence of changes', () => {
  it('shows what a fresh render of the same data shows', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const model = modelOf(startRows());
        const live = mount(model);
        for (const step of ops) {
          if (step.kind === 'edit') model.setCell({ row: step.row, col: step.col }, step.text);
          else if (step.kind === 'paste') {
            model.select({ row: step.row, col: step.col });
            model.paste(step.block.map((cells) => cells.join('\t')).join('\n'));
          } else if (step.kind === 'fill') {
            model.selectRange({
              top: step.row,
              left: step.col,
              bottom: step.row + 1,
              right: step.col,
            });
            model.fillDown();
          } else if (step.kind === 'undo') model.undo();
          else model.redo();
          flushSync();
        }
        const shown = texts(live);
        const rows = Array.from({ length: model.rowCount }, (_, r) => model.row(r));
        const fresh = texts(mount(modelOf(rows)));
        cleanup();
        expect(shown.length).toBeGreaterThan(ROWS * COLS);
        expect(shown).toEqual(fresh);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('the totals an edit re-reads', () => {
  // Before, every total on screen was re-read at every edit (12 row totals, 6 month totals).
  it('an edit, a paste and an undo re-read the totals of the cells they changed, and the grand total', () => {
    const model = modelOf(startRows());
    const reads: TotalReads = { rows: [], months: [], grand: 0 };
    mount(model, reads);
    const readsOf = (change: () => void) => {
      reads.rows = [];
      reads.months = [];
      reads.grand = 0;
      change();
      flushSync();
      return {
        rows: [...new Set(reads.rows)].sort((a, b) => a - b),
        months: [...new Set(reads.months)].sort((a, b) => a - b),
        grand: reads.grand,
      };
    };

    expect(readsOf(() => model.setCell({ row: 4, col: 2 }, '123,45'))).toEqual({
      rows: [4],
      months: [2],
      grand: 1,
    });
    expect(
      readsOf(() => {
        model.select({ row: 7, col: 3 });
        model.paste('1\t2\n3\t4');
      }),
    ).toEqual({ rows: [7, 8], months: [3, 4], grand: 1 });
    expect(readsOf(() => model.undo())).toEqual({ rows: [7, 8], months: [3, 4], grand: 1 });
    // A reload may change any cell: every total on screen is read again.
    expect(readsOf(() => model.load(startRows())).rows).toHaveLength(ROWS);
  });
});
