// The arithmetic under BudgetSheet: per-layer arrays of cents, measures derived from the
// three layers, and rows grouped by one channel field with a running total per group.
import type { BudgetLayer, BudgetMeasure } from './budget';
import { toCents, type Cents } from './money';

/** One Float64Array per layer, in BUDGET_LAYERS order: whole cents are exact in a double. */
export type PerLayer = [Float64Array, Float64Array, Float64Array];

export const LAYER_INDEX: Record<BudgetLayer, 0 | 1 | 2> = { planned: 0, committed: 1, actual: 2 };

export function perLayer(length: number): PerLayer {
  return [new Float64Array(length), new Float64Array(length), new Float64Array(length)];
}

export function bump(array: Float64Array, index: number, delta: number): void {
  array[index] = (array[index] ?? 0) + delta;
}

/** A measure from the three layers' figures of the same cell or total. */
export function combine(measure: BudgetMeasure, read: (layer: 0 | 1 | 2) => number): Cents {
  switch (measure) {
    case 'planned':
      return toCents(read(0));
    case 'committed':
      return toCents(read(1));
    case 'actual':
      return toCents(read(2));
    case 'available':
      return toCents(read(0) - read(1) - read(2));
    case 'variance':
      return toCents(read(2) - read(0));
  }
}

/** Rows sorted into groups by one key; the groups' totals live in `totals`. */
export class Grouping<K> {
  readonly keys: K[] = [];
  readonly rows: number[][] = [];
  readonly rowGroup: Int32Array;
  readonly totals: PerLayer;
  readonly #index = new Map<K, number>();

  constructor(rowKeys: readonly K[]) {
    this.rowGroup = new Int32Array(rowKeys.length);
    rowKeys.forEach((key, row) => {
      let group = this.#index.get(key);
      if (group === undefined) {
        group = this.keys.length;
        this.#index.set(key, group);
        this.keys.push(key);
        this.rows.push([]);
      }
      this.rowGroup[row] = group;
      this.rows[group]?.push(row);
    });
    this.totals = perLayer(this.keys.length);
  }

  indexOf(key: K): number {
    return this.#index.get(key) ?? -1;
  }

  total(measure: BudgetMeasure, key: K): Cents {
    const group = this.indexOf(key);
    return combine(measure, (l) => (group === -1 ? 0 : (this.totals[l][group] ?? 0)));
  }
}
