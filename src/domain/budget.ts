// Budget amounts as stored, one record per channel holding its months, the checks an edit
// must pass, and the from-scratch totals that BudgetSheet (budget-sheet.ts) keeps up to date.
import { toCents, type Cents } from './money';
import { isMonth, monthIndexIn, monthRange, type Month } from './months';
import { err, ok, type Result } from './result';
import type { AarrrStage, Channel, Family, PaidOwnedEarned, Plan } from './plan';

/** What was budgeted, what is signed for but not yet invoiced, and what was spent. */
export type BudgetLayer = 'planned' | 'committed' | 'actual';
export const BUDGET_LAYERS: readonly BudgetLayer[] = ['planned', 'committed', 'actual'];

/** A layer, or a figure derived from the three: available = planned − committed − actual, variance = actual − planned. */
export type BudgetMeasure = BudgetLayer | 'available' | 'variance';
export const BUDGET_MEASURES: readonly BudgetMeasure[] = [
  ...BUDGET_LAYERS,
  'available',
  'variance',
];

export const FAMILIES: readonly Family[] = ['media', 'hors-media'];
export const PAID_OWNED_EARNED: readonly PaidOwnedEarned[] = ['paid', 'owned', 'earned'];

export interface MonthAmounts {
  planned: Cents;
  committed: Cents;
  actual: Cents;
}

/**
 * One channel's budget, stored as one record (one IndexedDB record per cell could not be
 * written fast enough). A month missing from `months` is all zeros, and all-zero months are
 * left out, so that a sparse plan stays small.
 */
export interface ChannelBudget {
  channelId: string;
  planId: string;
  months: Record<string, MonthAmounts>;
}

/** Figures derived from the three layers, in the same cents: exact, never rounded. */
export function measureOf(measure: BudgetMeasure, amounts: MonthAmounts): Cents {
  switch (measure) {
    case 'available':
      return toCents(amounts.planned - amounts.committed - amounts.actual);
    case 'variance':
      return toCents(amounts.actual - amounts.planned);
    default:
      return amounts[measure];
  }
}

export function emptyBudget(planId: string, channelId: string): ChannelBudget {
  return { channelId, planId, months: {} };
}

const ZERO: MonthAmounts = { planned: toCents(0), committed: toCents(0), actual: toCents(0) };

/** The amounts of one month, zeros when the month was never filled. */
export function monthAmounts(budget: ChannelBudget, month: Month): MonthAmounts {
  return Object.hasOwn(budget.months, month) ? (budget.months[month] ?? ZERO) : ZERO;
}

export function budgetAmount(budget: ChannelBudget, month: Month, layer: BudgetMeasure): Cents {
  return measureOf(layer, monthAmounts(budget, month));
}

/** A copy of budget with one amount replaced; the month disappears when all its layers are 0. */
export function withAmount(
  budget: ChannelBudget,
  month: Month,
  layer: BudgetLayer,
  cents: Cents,
): ChannelBudget {
  const amounts = { ...monthAmounts(budget, month), [layer]: cents };
  const months = { ...budget.months };
  if (amounts.planned === 0 && amounts.committed === 0 && amounts.actual === 0) {
    delete months[month];
  } else {
    months[month] = amounts;
  }
  return { ...budget, months };
}

export function isMonthInPlan(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  month: Month,
): boolean {
  return monthIndexIn(plan.firstMonth, plan.monthCount, month) !== -1;
}

/** Stored months a plan does not show (after its first month or length changed), in order. */
export function monthsOutsidePlan(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  budget: ChannelBudget,
): string[] {
  return Object.keys(budget.months)
    .filter((key) => !isMonth(key) || !isMonthInPlan(plan, key))
    .sort();
}

/**
 * The largest amount one cell takes: a billion in currency units. Far above any channel's
 * monthly budget, and low enough that 90 000 full cells still add up exactly in cents.
 */
export const MAX_CELL_CENTS = 100_000_000_000;

export type BudgetAmountError =
  | { code: 'month-outside-plan'; month: string }
  | { code: 'not-whole-cents' }
  | { code: 'negative' }
  | { code: 'too-large' };

/**
 * Whether an amount may go into a month of the plan, with the month read. Negative amounts
 * are refused in every layer: a refund is entered as a lower actual, so that available never
 * grows behind the user's back.
 */
export function checkBudgetCell(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  month: string,
  cents: number,
): Result<{ month: Month; cents: Cents }, BudgetAmountError> {
  if (!isMonth(month) || !isMonthInPlan(plan, month)) {
    return err({ code: 'month-outside-plan', month });
  }
  if (!Number.isSafeInteger(cents)) return err({ code: 'not-whole-cents' });
  if (cents < 0) return err({ code: 'negative' });
  if (cents > MAX_CELL_CENTS) return err({ code: 'too-large' });
  return ok({ month, cents: toCents(cents) });
}

/** withAmount after checkBudgetCell: the edit a user makes, refused with a reason. */
export function setBudgetAmount(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  budget: ChannelBudget,
  month: string,
  layer: BudgetLayer,
  cents: number,
): Result<ChannelBudget, BudgetAmountError> {
  const checked = checkBudgetCell(plan, month, cents);
  return checked.ok
    ? ok(withAmount(budget, checked.value.month, layer, checked.value.cents))
    : checked;
}

/** The channel fields totals are grouped by. */
export type RowTags = Pick<Channel, 'family' | 'category' | 'poe' | 'stage' | 'objective' | 'kpi'>;

/** One figure for every (row, month) of a plan: `amounts[row][monthIndex]`, in cents. */
export interface LayerGrid {
  rows: readonly RowTags[];
  monthCount: number;
  amounts: readonly (readonly number[])[];
}

/** Every total the planner shows, for one layer or measure. Groups list only keys some row has. */
export interface BudgetTotals {
  rows: Cents[];
  months: Cents[];
  grand: Cents;
  families: Record<Family, Cents>;
  familyMonths: Record<Family, Cents[]>;
  poe: Record<PaidOwnedEarned, Cents>;
  familyPoe: Record<Family, Record<PaidOwnedEarned, Cents>>;
  categories: Map<string, Cents>;
  stages: Map<AarrrStage | null, Cents>;
  objectives: Map<string | null, Cents>;
  kpis: Map<string | null, Cents>;
}

/** The grid of one measure read from the stored records; months outside the plan are left out. */
export function layerGrid(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  channels: readonly (RowTags & { id: string })[],
  budgets: readonly ChannelBudget[],
  measure: BudgetMeasure,
): LayerGrid {
  const months = monthRange(plan.firstMonth, plan.monthCount);
  // The last record of a channel wins, as when the sheet is built.
  const byChannel = new Map(budgets.map((b) => [b.channelId, b]));
  const amounts = channels.map((channel) => {
    const budget = byChannel.get(channel.id);
    return months.map((month) => (budget ? budgetAmount(budget, month, measure) : 0));
  });
  return { rows: channels, monthCount: plan.monthCount, amounts };
}

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function centsMap<K>(map: Map<K, number>): Map<K, Cents> {
  return new Map([...map].map(([key, value]) => [key, toCents(value)]));
}

/** The reference: every total summed from scratch, cell by cell. Slow and obviously right. */
export function computeTotals(grid: LayerGrid): BudgetTotals {
  const zeroPoe = (): Record<PaidOwnedEarned, number> => ({ paid: 0, owned: 0, earned: 0 });
  const rows: number[] = [];
  const months = Array.from({ length: grid.monthCount }, () => 0);
  const families = { media: 0, 'hors-media': 0 };
  const familyMonths = { media: [...months], 'hors-media': [...months] };
  const poe = zeroPoe();
  const familyPoe = { media: zeroPoe(), 'hors-media': zeroPoe() };
  const categories = new Map<string, number>();
  const stages = new Map<AarrrStage | null, number>();
  const objectives = new Map<string | null, number>();
  const kpis = new Map<string | null, number>();
  grid.rows.forEach((tags, row) => {
    let rowTotal = 0;
    for (let m = 0; m < grid.monthCount; m++) {
      const value = grid.amounts[row]?.[m] ?? 0;
      rowTotal += value;
      months[m] = (months[m] ?? 0) + value;
      familyMonths[tags.family][m] = (familyMonths[tags.family][m] ?? 0) + value;
    }
    rows.push(rowTotal);
    families[tags.family] += rowTotal;
    poe[tags.poe] += rowTotal;
    familyPoe[tags.family][tags.poe] += rowTotal;
    add(categories, tags.category, rowTotal);
    add(stages, tags.stage, rowTotal);
    add(objectives, tags.objective, rowTotal);
    add(kpis, tags.kpi, rowTotal);
  });
  const cents = (values: number[]): Cents[] => values.map(toCents);
  const centsPoe = (p: Record<PaidOwnedEarned, number>): Record<PaidOwnedEarned, Cents> => ({
    paid: toCents(p.paid),
    owned: toCents(p.owned),
    earned: toCents(p.earned),
  });
  return {
    rows: cents(rows),
    months: cents(months),
    grand: toCents(rows.reduce((a, b) => a + b, 0)),
    families: { media: toCents(families.media), 'hors-media': toCents(families['hors-media']) },
    familyMonths: {
      media: cents(familyMonths.media),
      'hors-media': cents(familyMonths['hors-media']),
    },
    poe: centsPoe(poe),
    familyPoe: {
      media: centsPoe(familyPoe.media),
      'hors-media': centsPoe(familyPoe['hors-media']),
    },
    categories: centsMap(categories),
    stages: centsMap(stages),
    objectives: centsMap(objectives),
    kpis: centsMap(kpis),
  };
}
