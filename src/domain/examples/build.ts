// The parts every guided example is built from: a plan laid out around the month in progress
// (six months done, so that actuals and commitments show next to the plan), its channels from
// short specs, and their monthly budgets. Deterministic: the same specs and month give the
// same amounts on any day, whatever month the example is loaded in.
import { budgetAmount, emptyBudget, withAmount, type ChannelBudget } from '../budget';
import type { ObjectiveId, KpiId } from '../catalogue';
import { toCents } from '../money';
import { addMonths, monthRange, type Month } from '../months';
import type { AarrrStage, Channel, CostModel, Family, PaidOwnedEarned, Plan } from '../plan';
import type { Bilingual, ExampleContext, ExampleId } from './types';

/** Months of the plan before the month in progress: spent, so they hold actuals. */
export const MONTHS_DONE = 6;
export const EXAMPLE_MONTHS = 12;
/** From the month in progress on, this many months hold signed orders (committed). */
const MONTHS_COMMITTED = 2;

/** Actual against planned, in percent, for what is bought by the unit or by the month. */
const DRIFT_PERCENT: readonly number[] = [-5, 3, -2, 6, 0, -8, 4, -3, 7, -4, 2, -6];

export interface ChannelSpec {
  /** The channel's name within its example, for the scenarios that link to it. */
  key: string;
  name: Bilingual;
  family: Family;
  category: string;
  poe: PaidOwnedEarned;
  costModel: CostModel;
  objective: ObjectiveId;
  stage: AarrrStage;
  kpi: KpiId;
  /** Planned whole euros for each month of the plan, its first month first (12 values). */
  planned: readonly number[];
}

export interface PlanSpec {
  example: ExampleId;
  name: Bilingual;
  targetEuros: number;
  channels: readonly ChannelSpec[];
}

export interface BuiltPlan {
  plan: Plan & { example: ExampleId };
  channels: Channel[];
  budgets: ChannelBudget[];
  /** Each spec's channel id, by its key. */
  channelId: (key: string) => string;
}

function euros(value: number): number {
  return Math.round(value) * 100;
}

/** The plan's first month: six months before the one in progress. */
export function exampleFirstMonth(thisMonth: Month): Month {
  return addMonths(thisMonth, -MONTHS_DONE);
}

/**
 * One budget per channel: planned as the spec says; actual for the months done (a fixed fee
 * as planned, the rest drifting a little either way); committed for the month in progress and
 * the next (a fixed fee or a subscription in full, half of what is bought by the unit).
 */
function budgetOf(plan: Plan, channel: Channel, spec: ChannelSpec, row: number): ChannelBudget {
  let budget = emptyBudget(plan.id, channel.id);
  monthRange(plan.firstMonth, plan.monthCount).forEach((month, m) => {
    const planned = spec.planned[m] ?? 0;
    if (planned === 0) return;
    budget = withAmount(budget, month, 'planned', toCents(euros(planned)));
    const kind = spec.costModel.kind;
    if (m < MONTHS_DONE) {
      const drift = kind === 'fixed' ? 0 : (DRIFT_PERCENT[(row * 5 + m) % 12] ?? 0);
      budget = withAmount(budget, month, 'actual', toCents(euros((planned * (100 + drift)) / 100)));
    } else if (m < MONTHS_DONE + MONTHS_COMMITTED) {
      const committed = kind === 'per-unit' ? planned / 2 : planned;
      budget = withAmount(budget, month, 'committed', toCents(euros(committed)));
    }
  });
  return budget;
}

export function buildPlan(spec: PlanSpec, ctx: ExampleContext): BuiltPlan {
  const french = ctx.language === 'fr';
  const plan: Plan & { example: ExampleId } = {
    id: ctx.newId(),
    name: spec.name[ctx.language],
    currency: french ? 'EUR' : 'GBP',
    locale: french ? 'fr-FR' : 'en-GB',
    firstMonth: exampleFirstMonth(ctx.thisMonth),
    monthCount: EXAMPLE_MONTHS,
    targetBudget: toCents(euros(spec.targetEuros)),
    scenarioOf: null,
    example: spec.example,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const ids = new Map<string, string>();
  const channels = spec.channels.map((c, index): Channel => {
    const id = ctx.newId();
    ids.set(c.key, id);
    return {
      id,
      planId: plan.id,
      name: c.name[ctx.language],
      family: c.family,
      category: c.category,
      poe: c.poe,
      costModel: c.costModel,
      objective: c.objective,
      stage: c.stage,
      kpi: c.kpi,
      sortOrder: index,
    };
  });
  const budgets = channels.map((channel, row) =>
    budgetOf(plan, channel, spec.channels[row] as ChannelSpec, row),
  );
  const channelId = (key: string): string => {
    const id = ids.get(key);
    // The specs are ours and fixed: a missing key is a bug in an example, not a user's input.
    if (id === undefined) throw new Error(`No channel "${key}" in example ${spec.example}`);
    return id;
  };
  return { plan, channels, budgets, channelId };
}

/** A channel's planned spend over the plan's months, cents: what a linked ROI line reads. */
export function plannedCentsOf(
  plan: Pick<Plan, 'firstMonth' | 'monthCount'>,
  budgets: readonly ChannelBudget[],
  channelId: string,
): number {
  const budget = budgets.find((b) => b.channelId === channelId);
  if (!budget) return 0;
  let total = 0;
  for (const month of monthRange(plan.firstMonth, plan.monthCount))
    total += budgetAmount(budget, month, 'planned');
  return total;
}
