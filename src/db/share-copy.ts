// "Save a copy" of a plan opened from a link: the plan, its channels, their budgets and its
// ROI scenarios written as a new plan under fresh ids, in one transaction (all of it or
// nothing). The only write the shared-plan screen makes, and only when asked.
import type { ChannelBudget } from '../domain/budget';
import type { Channel, Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { RoiScenario } from '../domain/roi/model';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import type { SharedPlan } from './share-payload';
import { toStorageError } from './storage-error';

/** The shared plan under new ids, dated now: saved twice, it makes two plans. */
export function freshCopy(shared: SharedPlan, now: number, newId: () => string): SharedPlan {
  const plan: Plan = {
    ...shared.plan,
    id: newId(),
    scenarioOf: null,
    createdAt: now,
    updatedAt: now,
  };
  const ids = new Map(shared.channels.map((c) => [c.id, newId()]));
  const idOf = (channelId: string) => ids.get(channelId) ?? newId();
  const channels: Channel[] = shared.channels.map((c) => ({
    ...c,
    id: idOf(c.id),
    planId: plan.id,
  }));
  const budgets: ChannelBudget[] = shared.budgets.map((b) => ({
    ...b,
    channelId: idOf(b.channelId),
    planId: plan.id,
  }));
  const roiScenarios: RoiScenario[] = shared.roiScenarios.map((s, i) => ({
    ...s,
    id: newId(),
    planId: plan.id,
    lines: s.lines.map((line) => ({
      ...line,
      id: newId(),
      channelId: line.channelId === null ? null : (ids.get(line.channelId) ?? null),
    })),
    // Scenarios list oldest first: a millisecond apart, they keep the link's order.
    createdAt: now + i,
    updatedAt: now + i,
  }));
  return { plan, channels, budgets, roiScenarios };
}

export async function saveSharedCopy(
  db: MixplanDb,
  shared: SharedPlan,
  now: number,
  newId: () => string,
): Promise<StorageResult<Plan>> {
  const copy = freshCopy(shared, now, newId);
  try {
    await db.transaction('rw', [db.plans, db.channels, db.budgets, db.roiScenarios], async () => {
      await db.plans.add(copy.plan);
      await db.channels.bulkAdd(copy.channels);
      await db.budgets.bulkAdd(copy.budgets);
      await db.roiScenarios.bulkAdd(copy.roiScenarios);
    });
    return ok(copy.plan);
  } catch (error) {
    return err(toStorageError(error));
  }
}
