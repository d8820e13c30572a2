// SVAR's Svelte DataGrid on the same 200 × 60 plan as grid.html, as a yardstick for
// Mixplan's grid (bench/peers-bench.mjs). Same data, sizes, fr-FR formatter and hooks.
import { flushSync, mount } from 'svelte';
import type { IApi, IColumnConfig } from '@svar-ui/svelte-grid';
import { formatAmount, parseMoney, toCents } from '../../src/domain/money';
import SvarPage, { sums } from './SvarPage.svelte';
import { measureScrollOf } from './peer-scroll';

const ROWS = 200;
const MONTHS = 60;
const names = ['TV', 'Radio', 'Presse', 'Affichage', 'Salon', 'E-mailing', 'Street', 'RP'];

type Row = Record<string, number | string>;

// The generator of grid-page.svelte.ts, so that both grids hold the same amounts.
let seed = 42;
function nextAmount(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return (seed % 500000) * 100;
}

const month = (m: number) => `m${m}`;
const rows: Row[] = Array.from({ length: ROWS }, (_, r) => {
  const row: Row = { id: r + 1, label: `${names[r % names.length]} ${r + 1}`, total: 0 };
  for (let m = 0; m < MONTHS; m++) {
    const amount = nextAmount();
    row[month(m)] = amount;
    row.total = Number(row.total) + amount;
  }
  return row;
});
sums.total = 0;
for (let m = 0; m < MONTHS; m++) {
  sums[month(m)] = rows.reduce((acc, row) => acc + Number(row[month(m)]), 0);
  sums.total += sums[month(m)]!;
}

// GridPage.svelte's formatter: the same Intl work per cell.
const money = (cents: unknown) => formatAmount(toCents(Number(cents ?? 0)), 'fr-FR');

// Mixplan's sizes (GridView.svelte): 140 px channel and total columns, 110 px months.
const columns: IColumnConfig[] = [
  { id: 'label', header: 'Canal', footer: 'Total', width: 140 },
  { id: 'total', header: 'Total', footer: { text: '', cell: SvarPage }, width: 140 },
  ...Array.from({ length: MONTHS }, (_, m) => ({
    id: month(m),
    header: `${String((m % 12) + 1).padStart(2, '0')}/${2026 + Math.floor(m / 12)}`,
    footer: { text: '', cell: SvarPage },
    width: 110,
    template: (value: unknown) => money(value),
  })),
];
columns[1]!.template = (value: unknown) => money(value);

let api: IApi | undefined;
const target = document.getElementById('app');
if (!target) throw new Error('no #app');
mount(SvarPage, { target, props: { data: rows, columns, init: (grid) => (api = grid) } });
flushSync();

declare global {
  interface Window {
    peerGrid: {
      measureEdit: (row: number, col: number, text: string) => number;
      measureScroll: (
        steps: number,
        stepPx: number,
      ) => Promise<{ maxFrameMs: number; maxCells: number }>;
      cellsInDom: () => number;
    };
  }
}

// Body and footer cells, pinned ones included, headers not: what AG Grid's .ag-cell counts.
const cellsInDom = () =>
  target.querySelectorAll('.wx-cell').length -
  target.querySelectorAll('.wx-header-wrapper .wx-cell').length;

window.peerGrid = {
  /**
   * One edit as an app would make it: the typed text read as Mixplan reads it, the cell and
   * the row total in one 'update-row' action (SVAR's store updates synchronously inside
   * exec; the promise it returns only reports the end of the handler chain), the two footer
   * sums in place; then Svelte flushed and the layout forced, as grid-page does.
   */
  measureEdit(row, col, text) {
    const start = performance.now();
    const parsed = parseMoney(text, ',');
    if (!parsed.ok) throw new Error(`not an amount: ${text}`);
    if (!api) throw new Error('no SVAR api');
    const id = row + 1;
    const current = api.getRow(id) as Row;
    const field = month(col);
    const delta = parsed.value - Number(current[field]);
    void api.exec('update-row', {
      id,
      row: { [field]: parsed.value, total: Number(current.total) + delta },
    });
    sums[field] = sums[field]! + delta;
    sums.total = sums.total! + delta;
    flushSync();
    void target.offsetHeight;
    return performance.now() - start;
  },
  /** grid-page's scroll: same steps, one per frame, on SVAR's one scrolling element. */
  measureScroll(steps, stepPx) {
    const scroller = target.querySelector<HTMLElement>('.wx-scroll');
    if (!scroller) throw new Error('no SVAR scroller');
    return measureScrollOf(scroller, cellsInDom, steps, stepPx);
  },
  cellsInDom,
};
// SVAR sizes its body from a resize observer: ready once cells are on screen.
function whenRendered() {
  if (target!.querySelector('.wx-data .wx-cell')) {
    performance.mark('grid-rendered');
    document.documentElement.dataset.ready = 'true';
  } else requestAnimationFrame(whenRendered);
}
whenRendered();
