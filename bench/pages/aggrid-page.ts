// AG Grid Community on the same 200 × 60 plan as grid.html, as a yardstick for Mixplan's grid
// (bench/peers-bench.mjs). Same data, sizes, fr-FR formatter and measurement hooks.
import {
  ClientSideRowModelModule,
  ModuleRegistry,
  PinnedRowModule,
  RowApiModule,
  createGrid,
  type ColDef,
  type GridApi,
  type IRowNode,
} from 'ag-grid-community';
// The legacy CSS theme, a file served from 'self': the Theming API injects <style> elements,
// which the pages' strict CSP refuses. The no-font variant: the icon font is a data: URL.
import 'ag-grid-community/styles/ag-grid.css';
import 'ag-grid-community/styles/ag-theme-quartz-no-font.css';
import { parseMoney } from '../../src/domain/money';
import { MONTHS, money, monthField as month, peerRows, type PeerRow } from './bench-grid-data';
import { measureScrollOf } from './peer-grid';

// Only what the page uses (RowApiModule: getDisplayedRowAtIndex); no ValidationModule,
// whose checks a production app leaves out.
ModuleRegistry.registerModules([ClientSideRowModelModule, PinnedRowModule, RowApiModule]);

type Row = PeerRow;

const { rows, totals: monthTotals } = peerRows();
const totals: Row = { label: 'Total', ...monthTotals };

// Mixplan's sizes (GridView.svelte): 140 px channel and total columns, 110 px months, 30 px rows.
const columnDefs: ColDef<Row>[] = [
  { field: 'label', headerName: 'Canal', pinned: 'left', width: 140 },
  ...Array.from({ length: MONTHS }, (_, m) => ({
    field: month(m),
    headerName: `${String((m % 12) + 1).padStart(2, '0')}/${2026 + Math.floor(m / 12)}`,
    width: 110,
    valueFormatter: (params: { value: unknown }) => money(params.value),
  })),
  {
    field: 'total',
    headerName: 'Total',
    pinned: 'right',
    width: 140,
    valueFormatter: (params) => money(params.value),
  },
];

const target = document.getElementById('app');
if (!target) throw new Error('no #app');
target.className = 'ag-theme-quartz';
target.style.height = '640px';
const api: GridApi<Row> = createGrid(target, {
  theme: 'legacy',
  columnDefs,
  rowData: rows,
  pinnedBottomRowData: [totals],
  rowHeight: 30,
  headerHeight: 34,
  defaultColDef: { sortable: false, resizable: false, suppressMovable: true },
  onFirstDataRendered: () => {
    performance.mark('grid-rendered');
    document.documentElement.dataset.ready = 'true';
  },
});

function pinnedTotals(): IRowNode<Row> {
  const node = api.getPinnedBottomRow(0);
  if (!node) throw new Error('no totals row');
  return node;
}

const cellsInDom = () => target.querySelectorAll('.ag-cell').length;

window.peerGrid = {
  /**
   * One edit as an app would make it: the typed text read as Mixplan reads it, the cell and
   * the three totals it changes set in place with setDataValue (AG Grid's documented way for
   * single values; setGridOption('pinnedBottomRowData') would rebuild the whole totals row).
   * setDataValue refreshes the cells synchronously; peers-bench checks the DOM after one.
   */
  measureEdit(row, col, text) {
    const start = performance.now();
    const parsed = parseMoney(text, ',');
    if (!parsed.ok) throw new Error(`not an amount: ${text}`);
    const node = api.getDisplayedRowAtIndex(row);
    if (!node?.data) throw new Error(`no row ${row}`);
    const field = month(col);
    const delta = parsed.value - Number(node.data[field]);
    node.setDataValue(field, parsed.value);
    node.setDataValue('total', Number(node.data.total) + delta);
    const sums = pinnedTotals();
    sums.setDataValue(field, Number(sums.data?.[field]) + delta);
    sums.setDataValue('total', Number(sums.data?.total) + delta);
    void target.offsetHeight;
    return performance.now() - start;
  },
  /** grid-page's scroll: same steps, one per frame, on AG Grid 36's one scrolling viewport. */
  measureScroll(steps, stepPx) {
    const viewport = target.querySelector<HTMLElement>('.ag-grid-viewport');
    if (!viewport) throw new Error('no AG Grid viewport');
    return measureScrollOf(viewport, cellsInDom, steps, stepPx);
  },
  cellsInDom,
};
