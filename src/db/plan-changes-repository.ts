// The only writer of an open plan's cells and channel fields, and of its undo log. Every
// batch is one read-write transaction on the *stored* records: read, patch the changed
// cells, write. Nothing is rebuilt from a tab's memory, so another tab's cells, months
// outside the plan's window and fields a newer version added all stay as they are.
import { emptyBudget, type ChannelBudget } from '../domain/budget';
import {
  HISTORY_LIMIT,
  patchBudget,
  patchChannel,
  type CellChange,
  type FieldChange,
  type HistoryEntry,
} from '../domain/plan-changes';
import type { Channel } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { toStorageError } from './storage-error';

/** What a batch does to the undo log besides its changes. */
export type HistoryOp =
  /** A new action: stored, and this tab's redo steps of the plan are forgotten. */
  | { kind: 'push'; entry: HistoryEntry }
  /** An undo ('undone') or a redo ('done') of a stored action. */
  | { kind: 'mark'; id: string; state: HistoryEntry['state'] };

export interface ChangeBatch {
  planId: string;
  cells: readonly CellChange[];
  fields: readonly FieldChange[];
  history: readonly HistoryOp[];
}

export interface BatchWritten {
  /** Channels deleted meanwhile (another tab, an import): their changes were dropped. */
  missingChannels: string[];
  /** False when the plan itself is gone: nothing was written. */
  planFound: boolean;
}

function groupByChannel<T extends { channelId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.channelId);
    if (group) group.push(item);
    else groups.set(item.channelId, [item]);
  }
  return groups;
}

export class PlanChangesRepository {
  readonly #db: MixplanDb;
  readonly #now: () => number;

  constructor(db: MixplanDb, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /** Applies one batch in one transaction, or nothing. */
  async apply(batch: ChangeBatch): Promise<StorageResult<BatchWritten>> {
    const db = this.#db;
    try {
      const written = await db.transaction(
        'rw',
        [db.plans, db.channels, db.budgets, db.history],
        async () => {
          if (!(await db.plans.get(batch.planId))) {
            return { planFound: false, missingChannels: [] };
          }
          const missing = new Set<string>();
          await this.#patchCells(batch, missing);
          await this.#patchFields(batch, missing);
          await this.#writeHistory(batch.planId, batch.history);
          // The plan list's "modified on" follows budget edits too.
          await db.plans.update(batch.planId, { updatedAt: this.#now() });
          return { planFound: true, missingChannels: [...missing] };
        },
      );
      return ok(written);
    } catch (error) {
      return err(toStorageError(error));
    }
  }

  async #patchCells(batch: ChangeBatch, missing: Set<string>): Promise<void> {
    const byChannel = groupByChannel(batch.cells);
    if (byChannel.size === 0) return;
    const ids = [...byChannel.keys()];
    const [channels, budgets] = await Promise.all([
      this.#db.channels.bulkGet(ids),
      this.#db.budgets.bulkGet(ids),
    ]);
    const next: ChannelBudget[] = [];
    ids.forEach((id, i) => {
      const channel = channels[i];
      // A channel deleted meanwhile is not brought back by a late edit.
      if (!channel || channel.planId !== batch.planId) {
        missing.add(id);
        return;
      }
      const stored = budgets[i] ?? emptyBudget(batch.planId, id);
      next.push(patchBudget(stored, byChannel.get(id) ?? []));
    });
    await this.#db.budgets.bulkPut(next);
  }

  async #patchFields(batch: ChangeBatch, missing: Set<string>): Promise<void> {
    const byChannel = groupByChannel(batch.fields);
    if (byChannel.size === 0) return;
    const ids = [...byChannel.keys()];
    const stored = await this.#db.channels.bulkGet(ids);
    const next: Channel[] = [];
    ids.forEach((id, i) => {
      const channel = stored[i];
      if (!channel || channel.planId !== batch.planId) missing.add(id);
      else next.push(patchChannel(channel, byChannel.get(id) ?? []));
    });
    await this.#db.channels.bulkPut(next);
  }

  async #writeHistory(planId: string, ops: readonly HistoryOp[]): Promise<void> {
    if (ops.length === 0) return;
    const history = this.#db.history;
    for (const op of ops) {
      if (op.kind === 'mark') {
        await history.update(op.id, { state: op.state });
        continue;
      }
      // A new action ends this tab's redo: its undone steps can no longer be replayed.
      const tab = op.entry.tab;
      await history
        .where('planId')
        .equals(planId)
        .filter((e) => e.tab === tab && e.state === 'undone')
        .delete();
      await history.put(op.entry);
    }
    const entries = await history.where('planId').equals(planId).toArray();
    if (entries.length > HISTORY_LIMIT) {
      const oldest = entries
        .sort((a, b) => a.order - b.order)
        .slice(0, entries.length - HISTORY_LIMIT);
      await history.bulkDelete(oldest.map((e) => e.id));
    }
  }

  /** A tab's undo log of a plan, oldest first. */
  async historyOf(planId: string, tab: string): Promise<StorageResult<HistoryEntry[]>> {
    try {
      const entries = await this.#db.history.where('planId').equals(planId).toArray();
      return ok(entries.filter((e) => e.tab === tab).sort((a, b) => a.order - b.order));
    } catch (error) {
      return err(toStorageError(error));
    }
  }
}
