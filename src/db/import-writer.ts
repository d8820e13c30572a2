// Writes a confirmed import: everything in one transaction with strict durability, or
// nothing. The changes are computed inside the transaction from what it reads, so that an
// edit made meanwhile (another tab) is not overwritten by a stale picture.
import Dexie from 'dexie';
import type { ChannelBudget } from '../domain/budget';
import type { Month } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MetaRecord, MixplanDb } from './db';
import { revisionKey, type PlanSnapshot, type StorageResult } from './plans-repository';
import { restoreAll, restoreBudget, restoreChannel, restorePlan } from './restore';
import { toStorageError } from './storage-error';

/**
 * Runs work on a second connection to the same database opened with strict durability:
 * the transaction resolves only once the data is on disk (Chromium's default 'relaxed' may
 * report success before). Dexie sets durability per connection, and the app's connection
 * keeps the default for the many small edits; live queries see both connections' writes.
 */
export async function withStrictDurability<T>(
  db: MixplanDb,
  work: (strict: Dexie) => Promise<T>,
): Promise<T> {
  await db.open();
  const strict = new Dexie(db.name, { chromeTransactionDurability: 'strict' });
  try {
    await strict.open();
    return await work(strict);
  } finally {
    strict.close();
  }
}

export interface PlanImportWrite {
  channels: Channel[];
  budgets: ChannelBudget[];
  deletedChannelIds: string[];
}

/**
 * Reads the plan, hands it to compute, and writes what compute returns, all in one
 * transaction; a throw from compute or a failed write leaves the database as it was.
 * Null when the plan no longer exists.
 */
export function writePlanImport<W extends PlanImportWrite>(
  db: MixplanDb,
  planId: string,
  clock: { now: number; month: Month },
  compute: (current: PlanSnapshot) => W,
): Promise<StorageResult<W | null>> {
  return withStrictDurability(db, (strict) => {
    const plans = strict.table<Plan, string>('plans');
    const channels = strict.table<Channel, string>('channels');
    const budgets = strict.table<ChannelBudget, string>('budgets');
    const meta = strict.table<MetaRecord, string>('meta');
    return strict.transaction('rw', [plans, channels, budgets, meta], async () => {
      const plan = restorePlan(await plans.get(planId), clock.now, clock.month);
      if (!plan) return null;
      const current: PlanSnapshot = {
        plan,
        channels: restoreAll(
          await channels.where('planId').equals(planId).toArray(),
          restoreChannel,
        ),
        budgets: restoreAll(await budgets.where('planId').equals(planId).toArray(), restoreBudget),
      };
      const changes = compute(current);
      await budgets.bulkDelete(changes.deletedChannelIds);
      await channels.bulkDelete(changes.deletedChannelIds);
      await channels.bulkPut(changes.channels);
      await budgets.bulkPut(changes.budgets);
      await plans.update(planId, { updatedAt: clock.now });
      // Inside the same transaction: a tab that reads the plan sees the import and its
      // revision together, never one without the other.
      const revision = await meta.get(revisionKey(planId));
      await meta.put({
        key: revisionKey(planId),
        value: typeof revision?.value === 'number' ? revision.value + 1 : 1,
      });
      return changes;
    });
  }).then(
    (value) => ok(value),
    (error: unknown) => err(toStorageError(error)),
  );
}
