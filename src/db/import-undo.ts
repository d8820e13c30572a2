// Undo for imports: before an import writes, the records it will change (the plan, the
// channels it updates or deletes, their budgets) are kept in the importUndo table, in the
// same transaction; undoing puts them back and deletes the channels it created. Only a
// plan's latest import can be undone, so that an undo never walks over a later import.
import type { ChannelBudget } from '../domain/budget';
import type { Channel, Plan } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import { bumpStrictRevision, withStrictDurability } from './import-writer';
import type { StorageResult } from './plans-repository';
import { toStorageError } from './storage-error';

/** What an import changed, in the words the Data screen's history shows. */
export interface ImportSummary {
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  deleted: number;
}

export interface ImportUndoRecord extends ImportSummary {
  id: string;
  planId: string;
  /** When the import was written. */
  at: number;
  before: { plan: Plan; channels: Channel[]; budgets: ChannelBudget[] };
  /** Channels the import created: undoing deletes them with their budgets. */
  createdIds: string[];
}

/** Kept per plan: enough to change one's mind about the last few imports. */
export const IMPORT_UNDO_LIMIT = 5;

export interface ImportHistoryItem extends ImportSummary {
  id: string;
  at: number;
  /** Only the latest import of a plan can be undone. */
  undoable: boolean;
  /** The plan was changed after the import: undoing also takes those changes back. */
  changedSince: boolean;
}

/** The plan's imports, newest first. */
export async function importHistory(
  db: MixplanDb,
  planId: string,
): Promise<StorageResult<ImportHistoryItem[]>> {
  try {
    return await db.transaction('r', [db.importUndo, db.plans], async () => {
      const plan = await db.plans.get(planId);
      const records = await db.importUndo
        .where('[planId+at]')
        .between([planId, -Infinity], [planId, Infinity])
        .reverse()
        .toArray();
      return ok(
        records.map((record, i) => ({
          id: record.id,
          at: record.at,
          fileName: record.fileName,
          rows: record.rows,
          created: record.created,
          updated: record.updated,
          deleted: record.deleted,
          undoable: i === 0,
          changedSince: i === 0 && (plan?.updatedAt ?? 0) > record.at,
        })),
      );
    });
  } catch (error) {
    return err(toStorageError(error));
  }
}

export type UndoOutcome = 'undone' | 'not-latest' | 'gone';

/** Puts the plan back as it was before the import, in one strict transaction. */
export function undoImport(
  db: MixplanDb,
  undoId: string,
  now: number,
): Promise<StorageResult<UndoOutcome>> {
  return withStrictDurability(db, async (strict) => {
    const tables = ['plans', 'channels', 'budgets', 'meta', 'importUndo'] as const;
    return strict.transaction('rw', tables, async () => {
      const undo = strict.table<ImportUndoRecord, string>('importUndo');
      const record = await undo.get(undoId);
      if (!record) return 'gone' as const;
      const latest = await undo
        .where('[planId+at]')
        .between([record.planId, -Infinity], [record.planId, Infinity])
        .last();
      if (latest?.id !== record.id) return 'not-latest' as const;
      const plans = strict.table<Plan, string>('plans');
      if (!(await plans.get(record.planId))) return 'gone' as const;
      const channels = strict.table<Channel, string>('channels');
      const budgets = strict.table<ChannelBudget, string>('budgets');
      await budgets.bulkDelete(record.createdIds);
      await channels.bulkDelete(record.createdIds);
      await channels.bulkPut(record.before.channels);
      await budgets.bulkPut(record.before.budgets);
      await plans.put({ ...record.before.plan, updatedAt: now });
      await bumpStrictRevision(strict, record.planId);
      await undo.delete(record.id);
      return 'undone' as const;
    });
  }).then(
    (value) => ok(value),
    (error: unknown) => err(toStorageError(error)),
  );
}
