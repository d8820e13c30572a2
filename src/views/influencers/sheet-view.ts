// Which influencers the sheet shows, and in what order: the filters (platform, tier, niche,
// status, flags, shortlist) and the sort by any column, on the raw figures. Also the grid rows
// of those influencers, built from caches so that a weight change only redoes two columns.
import type { Influencer, PipelineStatus, Platform } from '../../domain/influencers/model';
import type { ComputedSheet } from '../../domain/influencers/sheet';
import type { Tier } from '../../domain/influencers/tiers';
import type { Translate } from '../../i18n';
import type { FigureFormat } from '../../ui/figure-format';
import type { CellValue, GridRow } from '../../ui/grid/types';
import { COMPUTED_COLUMNS, type ComputedColumn } from './influencer-text';
import { computedColumnCells, inputCells, sortKey } from './sheet-columns';

export interface SheetFilters {
  platform: Platform | '';
  /** A tier, 'unknown' for rows whose tier cannot be computed, '' for all. */
  tier: Tier | 'unknown' | '';
  niche: string;
  status: PipelineStatus | '';
  flags: 'with' | 'without' | '';
  shortlistOnly: boolean;
}

export const NO_FILTERS: SheetFilters = {
  platform: '',
  tier: '',
  niche: '',
  status: '',
  flags: '',
  shortlistOnly: false,
};

export interface SheetSort {
  column: string;
  direction: 'ascending' | 'descending';
}

/** Indices into `influencers` of the rows shown, filtered then sorted (stable, unknown last). */
export function visibleRows(
  influencers: readonly Influencer[],
  sheet: ComputedSheet,
  given: SheetFilters,
  sort: SheetSort | null,
  shortlist: readonly string[],
): number[] {
  // A plain copy: the caller's filters may be a $state proxy, whose every read is tracked.
  const filters = { ...given };
  const listed = new Set(shortlist);
  const shown: number[] = [];
  for (let i = 0; i < influencers.length; i++) {
    const inf = influencers[i];
    if (!inf) continue;
    if (filters.platform && inf.platform !== filters.platform) continue;
    if (filters.status && inf.status !== filters.status) continue;
    if (filters.niche && inf.niche.trim() !== filters.niche) continue;
    if (filters.tier) {
      const tier = sheet.tier[i];
      const value = tier?.ok ? tier.value : 'unknown';
      if (value !== filters.tier) continue;
    }
    if (filters.flags) {
      const count = sheet.flags[i]?.length ?? 0;
      if (filters.flags === 'with' ? count === 0 : count > 0) continue;
    }
    if (filters.shortlistOnly && !listed.has(inf.id)) continue;
    shown.push(i);
  }
  if (!sort || sort.column === '') return shown;
  const keys = new Map<number, number | string | null>();
  for (const i of shown) {
    const inf = influencers[i];
    if (inf) keys.set(i, sortKey(inf, sheet, i, sort.column));
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => {
    const x = keys.get(a) ?? null;
    const y = keys.get(b) ?? null;
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a - b;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * order || a - b;
  });
}

/** The rows shown, in pieces the grid sync can compare by reference. */
export interface ShownRows {
  ids: string[];
  labels: string[];
  /** Input cells per row shown: the same array while the influencer is the same object. */
  inputs: CellValue[][];
  /** Per computed column, its cells for every influencer (index into `influencers`). */
  computed: CellValue[][];
  /** Index into `influencers` of each row shown. */
  shown: readonly number[];
}

export function gridRowsOf(view: ShownRows): GridRow[] {
  return view.shown.map((i, r) => ({
    id: view.ids[r] ?? '',
    label: view.labels[r] ?? '',
    cells: [...(view.inputs[r] ?? []), ...view.computed.map((column) => column[i] ?? null)],
  }));
}

/**
 * The rows shown from cached pieces: an influencer's input cells follow its object (edits
 * replace it), a computed column's cells follow the sheet's array for it (a rescore keeps
 * every array but the scores'), and a change of language or format clears the lot.
 */
export class SheetRows {
  #inputs = new WeakMap<Influencer, CellValue[]>();
  #computed = new Map<ComputedColumn, { source: unknown; cells: CellValue[] }>();
  #context = '';

  rows(
    influencers: readonly Influencer[],
    sheet: ComputedSheet,
    shown: readonly number[],
    fmt: FigureFormat,
    t: Translate,
    context: string,
  ): ShownRows {
    if (context !== this.#context) {
      this.#computed.clear();
      this.#context = context;
    }
    const computed = COMPUTED_COLUMNS.map((column) => this.#columnCells(sheet, column, fmt, t));
    const unnamed = t('influencers.unnamed');
    const ids: string[] = [];
    const labels: string[] = [];
    const inputs: CellValue[][] = [];
    for (const i of shown) {
      const inf = influencers[i];
      if (!inf) continue;
      let cells = this.#inputs.get(inf);
      if (!cells) {
        cells = inputCells(inf);
        this.#inputs.set(inf, cells);
      }
      ids.push(inf.id);
      labels.push(inf.name.trim() === '' ? unnamed : inf.name);
      inputs.push(cells);
    }
    return { ids, labels, inputs, computed, shown };
  }

  #columnCells(
    sheet: ComputedSheet,
    column: ComputedColumn,
    fmt: FigureFormat,
    t: Translate,
  ): CellValue[] {
    const source = sourceOf(sheet, column);
    const hit = this.#computed.get(column);
    if (hit && hit.source === source) return hit.cells;
    const cells = computedColumnCells(sheet, column, fmt, t);
    this.#computed.set(column, { source, cells });
    return cells;
  }
}

function sourceOf(sheet: ComputedSheet, column: ComputedColumn): unknown {
  switch (column) {
    case 'tier':
      return sheet.tier;
    case 'erFollowers':
      return sheet.engagementByFollowers;
    case 'erViews':
      return sheet.engagementByViews;
    case 'cpe':
      return sheet.cpe;
    case 'cpm':
      return sheet.cpm;
    case 'cpv':
      return sheet.cpv;
    case 'emv':
      return sheet.emv;
    case 'roi':
    case 'roas':
      return sheet.returns;
    case 'score':
    case 'rank':
      return sheet.scores;
    case 'flags':
      return sheet.flags;
  }
}
