// The live budget grid of one plan: the cells of the three layers in flat arrays, and every
// total the planner shows, kept up to date in O(1) per edit. computeTotals is its reference.
import {
  BUDGET_LAYERS,
  type BudgetLayer,
  type BudgetMeasure,
  type BudgetTotals,
  type ChannelBudget,
  type MonthAmounts,
} from './budget';
import { bump, combine, Grouping, LAYER_INDEX, perLayer, type PerLayer } from './budget-groups';
import { toCents, type Cents } from './money';
import { monthRange, type Month } from './months';
import type { AarrrStage, Channel, Family, PaidOwnedEarned, Plan } from './plan';

/** The channel fields rows are grouped by, with the type of their values. */
export interface SheetGroupKey {
  family: Family;
  poe: PaidOwnedEarned;
  category: string;
  stage: AarrrStage | null;
  objective: string | null;
  kpi: string | null;
}
export type SheetDimension = keyof SheetGroupKey;

export class BudgetSheet {
  readonly plan: Plan;
  /** The rows, in the order given: row i is channels[i]. */
  readonly channels: readonly Channel[];
  readonly months: readonly Month[];
  readonly #rowCount: number;
  readonly #monthCount: number;
  readonly #cells: PerLayer;
  readonly #rowTotals: PerLayer;
  readonly #monthTotals: PerLayer;
  readonly #grand = new Float64Array(3);
  /** Per family group of #groups.family, then month. */
  readonly #familyMonths: PerLayer;
  readonly #groups: { [D in SheetDimension]: Grouping<SheetGroupKey[D]> };
  readonly #familyPoe: Grouping<string>;
  /** Every grouping an edit moves, listed once rather than at each edit. */
  readonly #groupings: readonly Grouping<unknown>[];
  readonly #rowOf: Map<string, number>;
  readonly #monthOf: Map<string, number>;
  /** Per channel, the stored months outside the plan's window: kept, never shown or summed. */
  readonly #outside = new Map<string, Record<string, MonthAmounts>>();
  /** The sum of |cell| over all layers: while it stays below 2^53, every total is exact. */
  #magnitude = 0;
  #version = 0;

  /**
   * Budgets are matched to channels by channelId (the last record of a channel wins);
   * months outside the plan are not shown, and stay in the records untouched. Build a new
   * sheet when the plan's months or the channels' fields change.
   */
  constructor(plan: Plan, channels: readonly Channel[], budgets: readonly ChannelBudget[]) {
    this.plan = plan;
    this.channels = channels;
    this.months = monthRange(plan.firstMonth, plan.monthCount);
    this.#rowCount = channels.length;
    this.#monthCount = plan.monthCount;
    this.#cells = perLayer(this.#rowCount * this.#monthCount);
    this.#rowTotals = perLayer(this.#rowCount);
    this.#monthTotals = perLayer(this.#monthCount);
    this.#rowOf = new Map(channels.map((c, row) => [c.id, row]));
    this.#monthOf = new Map(this.months.map((month, m) => [month, m]));
    this.#groups = {
      family: new Grouping(channels.map((c) => c.family)),
      poe: new Grouping(channels.map((c) => c.poe)),
      category: new Grouping(channels.map((c) => c.category)),
      stage: new Grouping(channels.map((c) => c.stage)),
      objective: new Grouping(channels.map((c) => c.objective)),
      kpi: new Grouping(channels.map((c) => c.kpi)),
    };
    this.#familyPoe = new Grouping(channels.map((c) => `${c.family}|${c.poe}`));
    this.#groupings = [...Object.values(this.#groups), this.#familyPoe];
    this.#familyMonths = perLayer(this.#groups.family.keys.length * this.#monthCount);
    const byChannel = new Map(budgets.map((b) => [b.channelId, b]));
    channels.forEach((channel, row) => {
      const budget = byChannel.get(channel.id);
      if (budget) this.#load(row, budget);
    });
    this.#addUp();
  }

  #load(row: number, budget: ChannelBudget): void {
    for (const [key, amounts] of Object.entries(budget.months)) {
      // Months outside the plan are not shown, and come back whole in budgetOf: moving the
      // window back shows them again.
      const m = this.#monthOf.get(key);
      if (m === undefined) {
        const outside = this.#outside.get(budget.channelId) ?? {};
        outside[key] = amounts;
        this.#outside.set(budget.channelId, outside);
        continue;
      }
      for (const layer of BUDGET_LAYERS) {
        const cents = amounts[layer];
        if (!Number.isSafeInteger(cents)) throw new RangeError(`Not whole cents: ${cents}`);
        this.#cells[LAYER_INDEX[layer]][row * this.#monthCount + m] = cents;
      }
    }
  }

  /** Every total from the cells, in one pass: how a sheet starts, before any edit. */
  #addUp(): void {
    const months = this.#monthCount;
    for (const layer of BUDGET_LAYERS) {
      const l = LAYER_INDEX[layer];
      const cells = this.#cells[l];
      for (let row = 0; row < this.#rowCount; row++) {
        const family = (this.#groups.family.rowGroup[row] ?? 0) * months;
        let rowTotal = 0;
        for (let m = 0; m < months; m++) {
          const cents = cells[row * months + m] ?? 0;
          if (cents === 0) continue;
          this.#magnitude += Math.abs(cents);
          rowTotal += cents;
          bump(this.#monthTotals[l], m, cents);
          bump(this.#familyMonths[l], family + m, cents);
        }
        this.#rowTotals[l][row] = rowTotal;
        bump(this.#grand, l, rowTotal);
        for (const grouping of this.#groupings) {
          bump(grouping.totals[l], grouping.rowGroup[row] ?? 0, rowTotal);
        }
      }
    }
    if (this.#magnitude > Number.MAX_SAFE_INTEGER) {
      throw new RangeError('Budget totals beyond the safe range of cents');
    }
  }

  get rowCount(): number {
    return this.#rowCount;
  }

  get monthCount(): number {
    return this.#monthCount;
  }

  /** Grows by one at every change: what a view keeps in `$state.raw` instead of the arrays. */
  get version(): number {
    return this.#version;
  }

  /** The row of a channel; -1 when it is not in this sheet. */
  rowOf(channelId: string): number {
    return this.#rowOf.get(channelId) ?? -1;
  }

  /** Where a month falls in the plan; -1 outside it. */
  monthIndex(month: Month): number {
    return this.#monthOf.get(month) ?? -1;
  }

  #cellIndex(row: number, m: number): number {
    if (!Number.isInteger(row) || row < 0 || row >= this.#rowCount) {
      throw new RangeError(`No row ${row} in this sheet`);
    }
    this.#checkMonth(m);
    return row * this.#monthCount + m;
  }

  /** A month's totals exist without any row: a plan with no channel has months of zeros. */
  #checkMonth(m: number): void {
    if (!Number.isInteger(m) || m < 0 || m >= this.#monthCount) {
      throw new RangeError(`No month ${m} in this sheet`);
    }
  }

  amount(measure: BudgetMeasure, row: number, m: number): Cents {
    const index = this.#cellIndex(row, m);
    return combine(measure, (l) => this.#cells[l][index] ?? 0);
  }

  available(row: number, m: number): Cents {
    return this.amount('available', row, m);
  }

  variance(row: number, m: number): Cents {
    return this.amount('variance', row, m);
  }

  /**
   * Replaces one cell and moves every total by the difference. Check user input first with
   * checkBudgetCell; a RangeError here means a bad row or month index, an amount that is not
   * whole cents, or totals that would leave the exact range.
   */
  set(layer: BudgetLayer, row: number, m: number, cents: Cents): void {
    const index = this.#cellIndex(row, m);
    if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
    const l = LAYER_INDEX[layer];
    const old = this.#cells[l][index] ?? 0;
    const delta = cents - old;
    if (delta === 0) return;
    const magnitude = this.#magnitude - Math.abs(old) + Math.abs(cents);
    if (magnitude > Number.MAX_SAFE_INTEGER) {
      throw new RangeError('Budget totals beyond the safe range of cents');
    }
    this.#magnitude = magnitude;
    this.#cells[l][index] = cents;
    bump(this.#rowTotals[l], row, delta);
    bump(this.#monthTotals[l], m, delta);
    bump(this.#grand, l, delta);
    const family = this.#groups.family.rowGroup[row] ?? 0;
    bump(this.#familyMonths[l], family * this.#monthCount + m, delta);
    for (const grouping of this.#groupings) {
      bump(grouping.totals[l], grouping.rowGroup[row] ?? 0, delta);
    }
    this.#version++;
  }

  /**
   * A channel's amount in any month, shown or not (months outside the window as loaded);
   * null when the channel is not in this sheet.
   */
  cellOf(layer: BudgetLayer, channelId: string, month: Month): Cents | null {
    const row = this.rowOf(channelId);
    if (row < 0) return null;
    const m = this.monthIndex(month);
    if (m >= 0) return this.amount(layer, row, m);
    return toCents(this.#outside.get(channelId)?.[month]?.[layer] ?? 0);
  }

  rowTotal(measure: BudgetMeasure, row: number): Cents {
    this.#cellIndex(row, 0);
    return combine(measure, (l) => this.#rowTotals[l][row] ?? 0);
  }

  monthTotal(measure: BudgetMeasure, m: number): Cents {
    this.#checkMonth(m);
    return combine(measure, (l) => this.#monthTotals[l][m] ?? 0);
  }

  grandTotal(measure: BudgetMeasure): Cents {
    return combine(measure, (l) => this.#grand[l] ?? 0);
  }

  /** A row's part of its layer's grand total, as a fraction; 0 when that total is 0. */
  shareOfTotal(layer: BudgetLayer, row: number): number {
    const total = this.grandTotal(layer);
    return total === 0 ? 0 : this.rowTotal(layer, row) / total;
  }

  /** The total of the rows whose `dimension` is `key`; 0 when no row has it. */
  groupTotal<D extends SheetDimension>(
    measure: BudgetMeasure,
    dimension: D,
    key: SheetGroupKey[D],
  ): Cents {
    const grouping: Grouping<SheetGroupKey[D]> = this.#groups[dimension];
    return grouping.total(measure, key);
  }

  /** The rows a group total sums, in row order: how a figure links back to the grid. */
  groupRows<D extends SheetDimension>(dimension: D, key: SheetGroupKey[D]): readonly number[] {
    const grouping: Grouping<SheetGroupKey[D]> = this.#groups[dimension];
    return grouping.rows[grouping.indexOf(key)] ?? [];
  }

  /** The values some row has, in the order they first appear. */
  groupKeys<D extends SheetDimension>(dimension: D): readonly SheetGroupKey[D][] {
    const grouping: Grouping<SheetGroupKey[D]> = this.#groups[dimension];
    return grouping.keys;
  }

  familyTotal(measure: BudgetMeasure, family: Family): Cents {
    return this.groupTotal(measure, 'family', family);
  }

  familyMonthTotal(measure: BudgetMeasure, family: Family, m: number): Cents {
    this.#checkMonth(m);
    const group = this.#groups.family.indexOf(family);
    const index = group * this.#monthCount + m;
    return combine(measure, (l) => (group === -1 ? 0 : (this.#familyMonths[l][index] ?? 0)));
  }

  familyPoeTotal(measure: BudgetMeasure, family: Family, poe: PaidOwnedEarned): Cents {
    return this.#familyPoe.total(measure, `${family}|${poe}`);
  }

  familyPoeRows(family: Family, poe: PaidOwnedEarned): readonly number[] {
    return this.#familyPoe.rows[this.#familyPoe.indexOf(`${family}|${poe}`)] ?? [];
  }

  /** Target − planned grand total: what is left to plan, negative when over; null without a target. */
  gapToTarget(): Cents | null {
    const target = this.plan.targetBudget;
    return target === null ? null : toCents(target - this.grandTotal('planned'));
  }

  isOverBudget(): boolean {
    const gap = this.gapToTarget();
    return gap !== null && gap < 0;
  }

  /** Every total at once, as computeTotals gives it from scratch. */
  totals(measure: BudgetMeasure): BudgetTotals {
    const months = (read: (m: number) => Cents): Cents[] =>
      Array.from({ length: this.#monthCount }, (_, m) => read(m));
    const byPoe = (read: (poe: PaidOwnedEarned) => Cents): Record<PaidOwnedEarned, Cents> => ({
      paid: read('paid'),
      owned: read('owned'),
      earned: read('earned'),
    });
    const byFamily = <T>(read: (family: Family) => T): Record<Family, T> => ({
      media: read('media'),
      'hors-media': read('hors-media'),
    });
    const groups = <D extends SheetDimension>(dimension: D): Map<SheetGroupKey[D], Cents> =>
      new Map(this.groupKeys(dimension).map((k) => [k, this.groupTotal(measure, dimension, k)]));
    return {
      rows: this.channels.map((_, row) => this.rowTotal(measure, row)),
      months: months((m) => this.monthTotal(measure, m)),
      grand: this.grandTotal(measure),
      families: byFamily((f) => this.familyTotal(measure, f)),
      familyMonths: byFamily((f) => months((m) => this.familyMonthTotal(measure, f, m))),
      poe: byPoe((p) => this.groupTotal(measure, 'poe', p)),
      familyPoe: byFamily((f) => byPoe((p) => this.familyPoeTotal(measure, f, p))),
      categories: groups('category'),
      stages: groups('stage'),
      objectives: groups('objective'),
      kpis: groups('kpi'),
    };
  }

  /**
   * The record of a row as its cells now stand, with the months outside the plan's window
   * as they were loaded; all-zero months left out.
   */
  budgetOf(row: number): ChannelBudget {
    const channel = this.channels[row];
    if (!channel) throw new RangeError(`No row ${row} in this sheet`);
    const months: Record<string, MonthAmounts> = { ...this.#outside.get(channel.id) };
    this.months.forEach((month, m) => {
      const planned = this.amount('planned', row, m);
      const committed = this.amount('committed', row, m);
      const actual = this.amount('actual', row, m);
      if (planned !== 0 || committed !== 0 || actual !== 0) {
        months[month] = { planned, committed, actual };
      }
    });
    return { channelId: channel.id, planId: this.plan.id, months };
  }
}
