// What a shared link carries, and the one way back from it: a plan's settings, its channels
// in their order with their attributes, their planned / committed / actual amounts over the
// plan's months, and optionally its ROI scenarios. No id, date or other plan goes in (the
// copy gets fresh ones), nor months outside the plan's window (hidden on screen, so not
// shared). Reading is as strict as a backup's restore (backup.ts): a payload is accepted only
// when it is exactly what sharePayload writes for the plan it describes, so an unknown field,
// a value the restore step would repair, or an unsafe text refuses the whole link.
import {
  BUDGET_LAYERS,
  MAX_CELL_CENTS,
  type ChannelBudget,
  type MonthAmounts,
} from '../domain/budget';
import { toCents } from '../domain/money';
import { monthAtTime, monthRange } from '../domain/months';
import { planErrors, MAX_NAME_LENGTH, type Channel, type Plan } from '../domain/plan';
import { err, ok, type Result } from '../domain/result';
import type { RoiScenario } from '../domain/roi/model';
import { restoreBudget, restoreChannel, restorePlan } from './restore';
import { everyString, isRecord, isSafeText, pick, sameValue, type Loose } from './share-fields';
import { roiFromPart, roiPart } from './share-roi';

export const SHARE_FORMAT = 'mixplan-share';
/** The size the planner is measured at (DESIGN.md: 200 channels × 60 months). */
export const MAX_SHARED_CHANNELS = 200;
export const MAX_SHARED_SCENARIOS = 20;

/** A plan read from a link: records as the app stores them, under placeholder ids. */
export interface SharedPlan {
  plan: Plan;
  channels: Channel[];
  budgets: ChannelBudget[];
  roiScenarios: RoiScenario[];
}

export type PayloadError =
  | { code: 'not-a-plan' }
  | { code: 'invalid'; part: 'plan' | 'channel' | 'scenario'; index?: number }
  | { code: 'unsafe-text' }
  | { code: 'too-many'; part: 'channel' | 'scenario' }
  | { code: 'unexpected' };

const PLAN_FIELDS = ['name', 'currency', 'locale', 'firstMonth', 'monthCount', 'targetBudget'];
// sortOrder too: the planner orders by family and catalogue first, the user's order after.
const CHANNEL_FIELDS = [
  'name',
  'family',
  'category',
  'poe',
  'objective',
  'stage',
  'kpi',
  'sortOrder',
];

/** A channel's amounts as three arrays over the plan's months, each empty when all zero. */
function budgetPart(plan: Plan, budget: ChannelBudget | undefined): number[][] {
  const months = monthRange(plan.firstMonth, plan.monthCount);
  return BUDGET_LAYERS.map((layer) => {
    const values = months.map((m) => budget?.months[m]?.[layer] ?? 0);
    return values.some((v) => v !== 0) ? values : [];
  });
}

/** A plan to share: its ROI scenarios are optional. */
export type ShareInput = Omit<SharedPlan, 'roiScenarios'> & {
  roiScenarios?: readonly RoiScenario[];
};

/** The JSON a link carries for this plan (channels in the order given). */
export function sharePayload(shared: ShareInput): Loose {
  const { plan, channels, budgets } = shared;
  const byChannel = new Map(budgets.map((b) => [b.channelId, b]));
  return {
    format: SHARE_FORMAT,
    plan: pick(plan, PLAN_FIELDS),
    channels: channels.map((c) => ({
      ...pick(c, CHANNEL_FIELDS),
      cost: pick(c.costModel, c.costModel.kind === 'per-unit' ? ['kind', 'unit'] : ['kind']),
      budget: budgetPart(plan, byChannel.get(c.id)),
    })),
    roi: (shared.roiScenarios ?? []).map((s) => roiPart(s, channels)),
  };
}

function readPlan(raw: unknown, now: number): Plan | null {
  const candidate = {
    id: 'shared',
    ...pick(raw, PLAN_FIELDS),
    scenarioOf: null,
    createdAt: now,
    updatedAt: now,
  };
  const plan = restorePlan(candidate, now, monthAtTime(now));
  if (plan === null || !sameValue(plan, candidate) || planErrors(plan).length > 0) return null;
  if (plan.targetBudget !== null && plan.targetBudget < 0) return null;
  // The months must exist: 9999-12 and 59 more would throw in every month helper.
  try {
    monthRange(plan.firstMonth, plan.monthCount);
  } catch {
    return null;
  }
  return plan;
}

function readCost(raw: unknown): Loose {
  const kind = isRecord(raw) ? raw.kind : undefined;
  return pick(raw, kind === 'per-unit' ? ['kind', 'unit'] : ['kind']);
}

function readChannel(raw: unknown, index: number, planId: string): Channel | null {
  const candidate = {
    id: `shared-${index}`,
    planId,
    ...pick(raw, CHANNEL_FIELDS),
    costModel: readCost(isRecord(raw) ? raw.cost : undefined),
  };
  const channel = restoreChannel(candidate);
  if (channel === null || !sameValue(channel, candidate)) return null;
  return channel.name.length <= MAX_NAME_LENGTH ? channel : null;
}

/** Amounts a user could have typed: whole cents from 0 to MAX_CELL_CENTS. */
function isAmount(value: unknown): value is number {
  return (
    Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CELL_CENTS
  );
}

function readBudget(raw: unknown, plan: Plan, channel: Channel): ChannelBudget | null {
  const layers = isRecord(raw) ? raw.budget : undefined;
  if (!Array.isArray(layers) || layers.length !== BUDGET_LAYERS.length) return null;
  const months = monthRange(plan.firstMonth, plan.monthCount);
  const valid = layers.every(
    (values: unknown) =>
      Array.isArray(values) &&
      (values.length === 0 || values.length === months.length) &&
      values.every(isAmount),
  );
  if (!valid) return null;
  const stored: Record<string, MonthAmounts> = {};
  months.forEach((month, m) => {
    const [planned, committed, actual] = (layers as number[][]).map((l) => toCents(l[m] ?? 0));
    if (planned || committed || actual) {
      stored[month] = {
        planned: planned ?? toCents(0),
        committed: committed ?? toCents(0),
        actual: actual ?? toCents(0),
      };
    }
  });
  const budget = { channelId: channel.id, planId: plan.id, months: stored };
  const restored = restoreBudget(budget);
  return restored !== null && sameValue(restored, budget) ? restored : null;
}

/** The sum of every amount stays exact in a float (the budget sheet refuses more). */
function totalsStayExact(budgets: readonly ChannelBudget[]): boolean {
  let magnitude = 0;
  for (const budget of budgets) {
    for (const amounts of Object.values(budget.months)) {
      magnitude += amounts.planned + amounts.committed + amounts.actual;
    }
  }
  return magnitude <= Number.MAX_SAFE_INTEGER;
}

function readParts(raw: Loose, now: number): Result<SharedPlan, PayloadError> {
  const plan = readPlan(raw.plan, now);
  if (plan === null) return err({ code: 'invalid', part: 'plan' });
  if (!Array.isArray(raw.channels)) return err({ code: 'invalid', part: 'channel' });
  if (raw.channels.length > MAX_SHARED_CHANNELS) return err({ code: 'too-many', part: 'channel' });
  const channels: Channel[] = [];
  const budgets: ChannelBudget[] = [];
  for (const [index, part] of raw.channels.entries()) {
    const channel = readChannel(part, index, plan.id);
    const budget = channel && readBudget(part, plan, channel);
    if (!channel || !budget) return err({ code: 'invalid', part: 'channel', index });
    channels.push(channel);
    budgets.push(budget);
  }
  if (!totalsStayExact(budgets)) return err({ code: 'invalid', part: 'channel' });
  if (!Array.isArray(raw.roi)) return err({ code: 'invalid', part: 'scenario' });
  if (raw.roi.length > MAX_SHARED_SCENARIOS) return err({ code: 'too-many', part: 'scenario' });
  const roiScenarios: RoiScenario[] = [];
  for (const [index, part] of raw.roi.entries()) {
    const ids = { id: `shared-roi-${index}`, planId: plan.id, now };
    const scenario = roiFromPart(part, ids, channels);
    if (!scenario) return err({ code: 'invalid', part: 'scenario', index });
    roiScenarios.push(scenario);
  }
  return ok({ plan, channels, budgets, roiScenarios });
}

/**
 * The plan a payload describes, or why it is refused. Never throws: whatever JSON.parse
 * made of a link's text comes here. `now` dates the records until a copy is saved.
 */
export function readSharePayload(raw: unknown, now: number): Result<SharedPlan, PayloadError> {
  try {
    if (!isRecord(raw) || raw.format !== SHARE_FORMAT) return err({ code: 'not-a-plan' });
    if (!everyString(raw, isSafeText)) return err({ code: 'unsafe-text' });
    const read = readParts(raw, now);
    if (!read.ok) return read;
    // Written back, it must be the very payload: a field this version does not write (left
    // behind by the reads above) shows up here.
    if (!sameValue(sharePayload(read.value), raw)) return err({ code: 'unexpected' });
    return read;
  } catch {
    // A nesting deep enough to exhaust the stack, say: refused like any other bad payload.
    return err({ code: 'unexpected' });
  }
}
