// SVAR's Svelte DataGrid on the same 200 × 60 plan as grid.html, as a yardstick for
// Mixplan's grid (bench/peers-bench.mjs). Same data, sizes, fr-FR formatter and hooks.
import { flushSync, mount } from 'svelte';
import type { IApi, IColumnConfig } from '@svar-ui/svelte-grid';
import { parseMoney } from '../../src/domain/money';
import { MONTHS, money, monthField as month, peerRows, type PeerRow } from './bench-grid-data';
import SvarPage, { sums } from './SvarPage.svelte';
import { measureScrollOf } from './peer-grid';

// SVAR finds rows by id.
const plan = peerRows();
const rows: PeerRow[] = plan.rows.map((row, r) => ({ id: r + 1, ...row }));
Object.assign(sums, plan.totals);

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
    const current = api.getRow(id) as PeerRow;
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
