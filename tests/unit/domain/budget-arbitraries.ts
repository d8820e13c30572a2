// Random plans for the budget and matrix property tests: channels with random tags, stored
// budgets, a sequence of edits, and a plain model of every cell to check the sheet against.
import fc from 'fast-check';
import {
  BUDGET_LAYERS,
  emptyBudget,
  withAmount,
  type BudgetLayer,
  type BudgetMeasure,
  type ChannelBudget,
  type LayerGrid,
} from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { AARRR_STAGES, OBJECTIVES } from '../../../src/domain/catalogue';
import { toCents } from '../../../src/domain/money';
import { addMonths, monthFromParts, monthRange, type Month } from '../../../src/domain/months';
import type { Channel, Plan } from '../../../src/domain/plan';

export interface Edit {
  layer: BudgetLayer;
  row: number;
  m: number;
  cents: number;
}

export interface Scenario {
  plan: Plan;
  channels: Channel[];
  budgets: ChannelBudget[];
  edits: Edit[];
}

export function month(year: number, m: number): Month {
  const found = monthFromParts(year, m);
  if (found === null) throw new Error(`No month ${year}-${m}`);
  return found;
}

export function makePlan(firstMonth: Month, monthCount: number, target: number | null): Plan {
  return {
    id: 'plan-1',
    name: 'Plan',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth,
    monthCount,
    targetBudget: target === null ? null : toCents(target),
    scenarioOf: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

const tagsArb = fc.record({
  family: fc.constantFrom('media', 'hors-media'),
  category: fc.constantFrom('custom', 'tv', 'press', 'social-ads', 'trade-show', 'pr', 'loyalty'),
  poe: fc.constantFrom('paid', 'owned', 'earned'),
  stage: fc.option(fc.constantFrom(...AARRR_STAGES.map((s) => s.id)), { nil: null }),
  objective: fc.option(fc.constantFrom('my-own-objective', ...OBJECTIVES.map((o) => o.id)), {
    nil: null,
  }),
  kpi: fc.option(fc.constantFrom('roi', 'nps', 'engagement', 'my-own-kpi'), { nil: null }),
});

// Zero often, so that cells are cleared and months drop out of the stored records.
const centsArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e9 }));

function editArb(rows: number, months: number): fc.Arbitrary<Edit> {
  return fc.record({
    layer: fc.constantFrom(...BUDGET_LAYERS),
    row: fc.integer({ min: 0, max: rows - 1 }),
    m: fc.integer({ min: 0, max: months - 1 }),
    cents: centsArb,
  });
}

/** 1–40 channels over 12–60 months, stored amounts (plus a stray month outside the plan), edits. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    firstMonth: fc.integer({ min: 1, max: 12 }),
    monthCount: fc.integer({ min: 12, max: 60 }),
    target: fc.option(fc.integer({ min: 0, max: 1e11 }), { nil: null }),
    tags: fc.array(tagsArb, { minLength: 1, maxLength: 40, size: 'max' }),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      stored: fc.array(editArb(base.tags.length, base.monthCount), { maxLength: 150, size: 'max' }),
      edits: fc.array(editArb(base.tags.length, base.monthCount), { maxLength: 150, size: 'max' }),
    }),
  )
  .map(({ base, stored, edits }) => {
    const plan = makePlan(month(base.year, base.firstMonth), base.monthCount, base.target);
    const channels = base.tags.map((tags, i): Channel => ({
      ...tags,
      id: `c${i}`,
      planId: plan.id,
      name: `Channel ${i}`,
      costModel: { kind: 'fixed' },
      sortOrder: i,
    }));
    const months = monthRange(plan.firstMonth, plan.monthCount);
    const budgets = channels.map((c) => emptyBudget(plan.id, c.id));
    for (const { layer, row, m, cents } of stored) {
      const budget = budgets[row];
      const at = months[m];
      if (budget && at) budgets[row] = withAmount(budget, at, layer, toCents(cents));
    }
    // A month the plan no longer shows: the sheet must leave it out of every total.
    const [first] = budgets;
    if (first) {
      budgets[0] = withAmount(first, addMonths(plan.firstMonth, -1), 'planned', toCents(777));
    }
    return { plan, channels, budgets, edits };
  });

/** Every cell of every layer as plain numbers: `model[layer][row][m]`. */
export type Model = Record<BudgetLayer, number[][]>;

export function modelOf(scenario: Scenario): Model {
  const months = monthRange(scenario.plan.firstMonth, scenario.plan.monthCount);
  const layer = (l: BudgetLayer) =>
    scenario.channels.map((c) => {
      const budget = scenario.budgets.find((b) => b.channelId === c.id);
      return months.map((m) => budget?.months[m]?.[l] ?? 0);
    });
  return { planned: layer('planned'), committed: layer('committed'), actual: layer('actual') };
}

export function measureCell(model: Model, measure: BudgetMeasure, row: number, m: number): number {
  const p = model.planned[row]?.[m] ?? 0;
  const c = model.committed[row]?.[m] ?? 0;
  const a = model.actual[row]?.[m] ?? 0;
  if (measure === 'available') return p - c - a;
  if (measure === 'variance') return a - p;
  return model[measure][row]?.[m] ?? 0;
}

export function modelGrid(scenario: Scenario, model: Model, measure: BudgetMeasure): LayerGrid {
  return {
    rows: scenario.channels,
    monthCount: scenario.plan.monthCount,
    amounts: scenario.channels.map((_, row) =>
      Array.from({ length: scenario.plan.monthCount }, (_, m) =>
        measureCell(model, measure, row, m),
      ),
    ),
  };
}

/** The sheet of a scenario after its edits, and the model edited alongside. */
export function editedSheet(scenario: Scenario): { sheet: BudgetSheet; model: Model } {
  const sheet = new BudgetSheet(scenario.plan, scenario.channels, scenario.budgets);
  const model = modelOf(scenario);
  for (const { layer, row, m, cents } of scenario.edits) {
    sheet.set(layer, row, m, toCents(cents));
    const line = model[layer][row];
    if (line) line[m] = cents;
  }
  return { sheet, model };
}

/** Σ over rows and months of one measure, for the rows given. */
export function sumOfRows(
  model: Model,
  measure: BudgetMeasure,
  rows: readonly number[],
  months: number,
): number {
  let total = 0;
  for (const row of rows)
    for (let m = 0; m < months; m++) total += measureCell(model, measure, row, m);
  return total;
}
