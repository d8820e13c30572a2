// Mounts the 200 × 60 grid page and exposes hooks for the browser test and the benchmark:
// one measured edit, a measured scroll, the number of cells in the DOM.
import { flushSync, mount } from 'svelte';
import { loadLanguage } from '../../src/i18n';
import { GridModel } from '../../src/ui/grid/model';
import type { GridChange } from '../../src/ui/grid/commands';
import type { GridColumn, GridRow } from '../../src/ui/grid/types';
import '../../src/app.css';
import GridPage from './GridPage.svelte';
import { MONTHS, ROWS, benchRows } from './bench-grid-data';

const columns: GridColumn[] = Array.from({ length: MONTHS }, (_, m) => {
  const year = 2026 + Math.floor(m / 12);
  const month = String((m % 12) + 1).padStart(2, '0');
  return { id: `${year}-${month}`, label: `${month}/${year}`, type: 'money' };
});

const rows: GridRow[] = benchRows().map(({ label, amounts }, r) => ({
  id: `row-${r}`,
  label,
  cells: amounts,
}));

const rowTotals = new Float64Array(ROWS);
const monthTotals = new Float64Array(MONTHS);
rows.forEach((row, r) =>
  row.cells.forEach((value, m) => {
    rowTotals[r]! += Number(value ?? 0);
    monthTotals[m]! += Number(value ?? 0);
  }),
);

// Totals follow each change from the cells that changed alone, as the planner's do; the grid
// re-reads the totals of the rows and months an edit changed (GridTotals).
function onChange(change: GridChange): void {
  for (const step of change.steps) {
    if (step.kind !== 'cells') continue;
    for (const cell of step.cells) {
      const delta = Number(cell.after ?? 0) - Number(cell.before ?? 0);
      rowTotals[cell.row]! += delta;
      monthTotals[cell.col]! += delta;
    }
  }
}

const model = new GridModel({
  columns,
  rows,
  locale: { locale: 'fr-FR', decimal: ',' },
  newRowId: () => crypto.randomUUID(),
  canGrowRows: true,
  onChange,
});

const target = document.getElementById('app');
if (!target) throw new Error('no #app');
// The app fetches its language's strings before it mounts (src/main.ts); so does this page.
await loadLanguage('fr');
mount(GridPage, {
  target,
  props: { model, rowTotals, monthTotals },
});

function gridElement(): HTMLElement {
  const grid = document.querySelector<HTMLElement>('[role="grid"]');
  if (!grid) throw new Error('no grid');
  return grid;
}

declare global {
  interface Window {
    gridPage: {
      model: GridModel;
      monthTotal: (col: number) => number;
      measureEdit: (row: number, col: number, text: string) => number;
      measureScroll: (
        steps: number,
        stepPx: number,
      ) => Promise<{ maxFrameMs: number; maxCells: number }>;
      cellsInDom: () => number;
    };
  }
}

window.gridPage = {
  model,
  monthTotal: (col) => monthTotals[col] ?? 0,
  /** One edit until the totals are in the DOM and laid out (not waiting for vsync). */
  measureEdit(row, col, text) {
    const start = performance.now();
    model.setCell({ row, col }, text);
    flushSync();
    void gridElement().offsetHeight;
    return performance.now() - start;
  },
  /** Scrolls step by step, one step per frame; the longest frame and the most cells seen. */
  measureScroll(steps, stepPx) {
    const grid = gridElement();
    return new Promise((resolve) => {
      let maxFrameMs = 0;
      let maxCells = 0;
      let last = performance.now();
      let step = 0;
      function frame(now: number) {
        maxFrameMs = Math.max(maxFrameMs, now - last);
        last = now;
        maxCells = Math.max(maxCells, grid.querySelectorAll('[role="gridcell"]').length);
        if (step++ >= steps) {
          resolve({ maxFrameMs, maxCells });
          return;
        }
        const down = step % 2 === 0;
        grid.scrollTop += down ? stepPx : stepPx / 2;
        grid.scrollLeft += stepPx / 3;
        requestAnimationFrame(frame);
      }
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(frame);
      });
    });
  },
  cellsInDom: () => gridElement().querySelectorAll('[role="gridcell"]').length,
};
performance.mark('grid-rendered');
document.documentElement.dataset.ready = 'true';
