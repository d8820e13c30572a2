// "Write as a new scenario": the allocator's split becomes a copy of the plan, never written
// over the original. Each split channel's planned months are rescaled to its new total,
// keeping their shape; committed and actual amounts are the copy's history and stay.
import { withAmount, type ChannelBudget } from '../domain/budget';
import { toCents, type Cents } from '../domain/money';
import { monthAtTime, monthRange } from '../domain/months';
import { withoutExampleMark, type Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import { rescaleMonths } from '../domain/roi/rescale';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { restoreAll, restoreBudget, restorePlan } from './restore';
import { toStorageError } from './storage-error';

export interface SplitAsScenario {
  sourcePlanId: string;
  copy: { id: string; name: string };
  /** Source channel ids and their new totals over the plan's window. */
  split: readonly { channelId: string; cents: Cents }[];
}

/** The budget with its planned months inside the window spread to total `cents`. */
function rescaled(budget: ChannelBudget, plan: Plan, cents: Cents): ChannelBudget {
  const months = monthRange(plan.firstMonth, plan.monthCount);
  const spread = rescaleMonths(
    months.map((m) => budget.months[m]?.planned ?? toCents(0)),
    cents,
  );
  // withAmount leaves out a month whose three layers end at 0, as every budget does.
  return months.reduce((b, m, i) => withAmount(b, m, 'planned', spread[i] ?? toCents(0)), budget);
}

/**
 * Copies the plan (scenarioOf = the source, new ids for its channels, as
 * PlansRepository.duplicate does) with the split written into the copy's planned months, all
 * in one transaction: either the whole scenario exists or none of it. Channels not in the
 * split keep their amounts; a split channel no longer in the plan (deleted in another tab)
 * is skipped. The source plan is only read. Null when the source plan is gone.
 */
export async function writeSplitAsScenario(
  db: MixplanDb,
  clock: () => { now: number },
  input: SplitAsScenario,
  newId: () => string,
): Promise<StorageResult<Plan | null>> {
  const { sourcePlanId, copy, split } = input;
  try {
    const written = await db.transaction('rw', db.plans, db.channels, db.budgets, async () => {
      const { now } = clock();
      const source = restorePlan(await db.plans.get(sourcePlanId), now, monthAtTime(now));
      if (!source) return null;
      const plan: Plan = {
        ...withoutExampleMark(source),
        ...copy,
        scenarioOf: sourcePlanId,
        createdAt: now,
        updatedAt: now,
      };
      const channels = await db.channels.where('planId').equals(sourcePlanId).toArray();
      const raws = await db.budgets.where('planId').equals(sourcePlanId).toArray();
      const budgets = new Map(restoreAll(raws, restoreBudget).map((b) => [b.channelId, b]));
      const totals = new Map(split.map((s) => [s.channelId, s.cents]));
      const pairs = channels.map((original) => ({
        original,
        copy: { ...original, id: newId(), planId: plan.id },
      }));
      const copiedBudgets = pairs.map(({ original, copy: channel }): ChannelBudget => {
        const budget: ChannelBudget = {
          channelId: channel.id,
          planId: plan.id,
          months: { ...budgets.get(original.id)?.months },
        };
        const cents = totals.get(original.id);
        return cents === undefined ? budget : rescaled(budget, plan, cents);
      });
      await db.plans.add(plan);
      await db.channels.bulkAdd(pairs.map((p) => p.copy));
      await db.budgets.bulkAdd(copiedBudgets);
      return plan;
    });
    return ok(written);
  } catch (error) {
    return err(toStorageError(error));
  }
}
