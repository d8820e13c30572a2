// Writes a confirmed import: everything in one transaction with strict durability, or
// nothing. The changes are computed inside the transaction from what it reads, so that an
// edit made meanwhile (another tab) is not overwritten by a stale picture; what they replace
// is kept in the same transaction (importUndo), so that the import can be undone exactly.
import Dexie from 'dexie';
import type { ChannelBudget } from '../domain/budget';
import type { Month } from '../domain/months';
import type { Channel, Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MetaRecord, MixplanDb } from './db';
import { IMPORT_UNDO_LIMIT, type ImportSummary, type ImportUndoRecord } from './import-undo';
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

/** The plan's revision + 1, on a connection opened without the app's schema class. */
export async function bumpStrictRevision(strict: Dexie, planId: string): Promise<void> {
  const meta = strict.table<MetaRecord, string>('meta');
  const revision = await meta.get(revisionKey(planId));
  await meta.put({
    key: revisionKey(planId),
    value: typeof revision?.value === 'number' ? revision.value + 1 : 1,
  });
}

export interface PlanImportWrite {
  channels: Channel[];
  budgets: ChannelBudget[];
  deletedChannelIds: string[];
  /** The plan's new period, when the import changes it. */
  period?: { firstMonth: Month; monthCount: number } | null;
  created?: number;
  updated?: number;
}

export interface ImportWriteOptions {
  /** The id of the undo record. */
  undoId: string;
  summary: Omit<ImportSummary, 'created' | 'updated' | 'deleted'>;
  /** Share of the records written, 0 … 1, between chunks. */
  onProgress?: (share: number) => void;
  /** Checked between chunks: false aborts the transaction, and nothing is written. */
  shouldContinue?: () => boolean;
  /**
   * Meta records stored with the import, in its transaction (the remembered mapping): no
   * second write after it, which would wait behind the live queries' re-read of the plan.
   */
  meta?: MetaRecord[];
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

// Records per bulkPut: big enough that IndexedDB is not called record by record, small
// enough for the progress bar to move and a cancel to be heard within a fraction of a second.
const WRITE_CHUNK = 2000;

/** What the changes replace: the plan, and the stored channels they update or delete. */
function undoRecord(
  current: PlanSnapshot,
  changes: PlanImportWrite,
  options: ImportWriteOptions,
  now: number,
): ImportUndoRecord {
  const touched = new Set([...changes.channels.map((c) => c.id), ...changes.deletedChannelIds]);
  const existing = new Set(current.channels.map((c) => c.id));
  return {
    id: options.undoId,
    planId: current.plan.id,
    at: now,
    ...options.summary,
    created: changes.created ?? changes.channels.filter((c) => !existing.has(c.id)).length,
    updated: changes.updated ?? changes.channels.filter((c) => existing.has(c.id)).length,
    deleted: changes.deletedChannelIds.length,
    before: {
      plan: current.plan,
      channels: current.channels.filter((c) => touched.has(c.id)),
      budgets: current.budgets.filter((b) => touched.has(b.channelId)),
    },
    createdIds: changes.channels.filter((c) => !existing.has(c.id)).map((c) => c.id),
  };
}

/**
 * Reads the plan, hands it to compute, and writes what compute returns, all in one
 * transaction; a throw from compute, a cancel or a failed write leaves the database as it
 * was. Null when the plan no longer exists.
 */
export function writePlanImport<W extends PlanImportWrite>(
  db: MixplanDb,
  planId: string,
  clock: { now: number; month: Month },
  compute: (current: PlanSnapshot) => W,
  options: ImportWriteOptions = { undoId: crypto.randomUUID(), summary: { fileName: '', rows: 0 } },
): Promise<StorageResult<W | null>> {
  const onProgress = options.onProgress ?? (() => {});
  const shouldContinue = options.shouldContinue ?? (() => true);
  return withStrictDurability(db, (strict) => {
    const plans = strict.table<Plan, string>('plans');
    const channels = strict.table<Channel, string>('channels');
    const budgets = strict.table<ChannelBudget, string>('budgets');
    const undo = strict.table<ImportUndoRecord, string>('importUndo');
    const tables = [plans, channels, budgets, strict.table('meta'), undo];
    return strict.transaction('rw', tables, async () => {
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
      await undo.put(undoRecord(current, changes, options, clock.now));
      await budgets.bulkDelete(changes.deletedChannelIds);
      await channels.bulkDelete(changes.deletedChannelIds);
      const total = changes.channels.length + changes.budgets.length;
      let written = 0;
      for (const [table, records] of [
        [channels, changes.channels],
        [budgets, changes.budgets],
      ] as const) {
        for (let start = 0; start < records.length; start += WRITE_CHUNK) {
          if (!shouldContinue()) throw new ImportCancelled();
          const chunk = records.slice(start, start + WRITE_CHUNK);
          await (table as Dexie.Table<(typeof chunk)[number], string>).bulkPut(chunk);
          written += chunk.length;
          onProgress(written / Math.max(1, total));
        }
      }
      if (!shouldContinue()) throw new ImportCancelled();
      await plans.put({ ...plan, ...(changes.period ?? {}), updatedAt: clock.now });
      if (options.meta?.length)
        await strict.table<MetaRecord, string>('meta').bulkPut(options.meta);
      // Inside the same transaction: a tab that reads the plan sees the import and its
      // revision together, never one without the other.
      await bumpStrictRevision(strict, planId);
      const older = await undo
        .where('[planId+at]')
        .between([planId, -Infinity], [planId, Infinity])
        .reverse()
        .offset(IMPORT_UNDO_LIMIT)
        .primaryKeys();
      await undo.bulkDelete(older);
      return changes;
    });
  }).then(
    (value) => ok(value),
    (error: unknown) => {
      if (error instanceof ImportCancelled) throw error;
      return err(toStorageError(error));
    },
  );
}
