// The only writer of an open plan's cells and channel fields, and of its undo log. Every
// batch is one read-write transaction on the *stored* records: read, patch the changed
// cells, write. Nothing is rebuilt from a tab's memory, so another tab's cells, months
// outside the plan's window and fields a newer version added all stay as they are.
import Dexie from 'dexie';
import { emptyBudget, type ChannelBudget } from '../domain/budget';
import {
  addedCell,
  HISTORY_LIMIT,
  patchBudget,
  patchChannel,
  storedAmount,
  type CellAddition,
  type CellChange,
  type FieldChange,
  type HistoryEntry,
} from '../domain/plan-changes';
import type { Channel } from '../domain/plan';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import type { StorageResult } from './plans-repository';
import { toStorageError } from './storage-error';

/** The meta key counting a plan's cell and field batches. */
export function writesKey(planId: string): string {
  return `writes:${planId}`;
}

export interface WriteStamp {
  seq: number;
  tab: string;
}

export function isStamp(value: unknown): value is WriteStamp {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { seq?: unknown }).seq === 'number' &&
    typeof (value as { tab?: unknown }).tab === 'string'
  );
}

/** What a batch does to the undo log besides its changes. */
export type HistoryOp =
  /** A new action: stored, and this tab's redo steps of the plan are forgotten. */
  | { kind: 'push'; entry: HistoryEntry }
  /** An undo ('undone') or a redo ('done') of a stored action. */
  | { kind: 'mark'; id: string; state: HistoryEntry['state'] };

export interface ChangeBatch {
  planId: string;
  /** The tab writing: stamped on the plan so that the tab can tell its own writes apart. */
  tab?: string;
  cells: readonly CellChange[];
  /**
   * Undo and redo: each is written only where the stored cell still holds its `before`, so
   * that undoing never takes back what another tab wrote meanwhile.
   */
  guarded?: readonly CellChange[];
  fields: readonly FieldChange[];
  history: readonly HistoryOp[];
}

export interface BatchWritten {
  /** Channels deleted meanwhile (another tab, an import): their changes were dropped. */
  missingChannels: string[];
  /** False when the plan itself is gone: nothing was written. */
  planFound: boolean;
  /** Guarded cells left alone: another tab changed them since. */
  staleCells: CellChange[];
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
  /** Told of each batch's number inside its transaction, before any reader can see it. */
  readonly #stamped: ((planId: string, seq: number) => void) | undefined;

  constructor(db: MixplanDb, now: () => number, stamped?: (planId: string, seq: number) => void) {
    this.#db = db;
    this.#now = now;
    this.#stamped = stamped;
  }

  /** Applies one batch in one transaction, or nothing. */
  async apply(batch: ChangeBatch): Promise<StorageResult<BatchWritten>> {
    const db = this.#db;
    try {
      const written = await db.transaction(
        'rw',
        [db.plans, db.channels, db.budgets, db.history, db.meta],
        async () => {
          if (!(await db.plans.get(batch.planId))) {
            return { planFound: false, missingChannels: [], staleCells: [] };
          }
          const missing = new Set<string>();
          const stale: CellChange[] = [];
          await this.#patchCells(batch, missing, stale);
          await this.#patchFields(batch, missing);
          await this.#writeHistory(batch.planId, batch.history);
          await this.#stamp(batch);
          // The plan list's "modified on" follows budget edits too.
          await db.plans.update(batch.planId, { updatedAt: this.#now() });
          return { planFound: true, missingChannels: [...missing], staleCells: stale };
        },
      );
      return ok(written);
    } catch (error) {
      return err(toStorageError(error));
    }
  }

  /**
   * Adds amounts to cells as they stand inside one transaction, so that two tabs adding to
   * the same cell at the same instant both count (a batch of `after` values would keep only
   * the last). Not in the undo log. Stamped as no tab's batch: every tab, the writer
   * included, reads the plan again to see the result.
   */
  async add(
    planId: string,
    additions: readonly CellAddition[],
  ): Promise<StorageResult<BatchWritten & { cells: CellChange[] }>> {
    const db = this.#db;
    try {
      const written = await db.transaction(
        'rw',
        [db.plans, db.channels, db.budgets, db.meta],
        async () => {
          if (!(await db.plans.get(planId))) {
            return { planFound: false, missingChannels: [], staleCells: [], cells: [] };
          }
          const byChannel = groupByChannel(additions);
          const ids = [...byChannel.keys()];
          const [channels, budgets] = await Promise.all([
            db.channels.bulkGet(ids),
            db.budgets.bulkGet(ids),
          ]);
          const missing: string[] = [];
          const cells: CellChange[] = [];
          const next: ChannelBudget[] = [];
          ids.forEach((id, i) => {
            if (channels[i]?.planId !== planId) {
              missing.push(id);
              return;
            }
            // Applied one after the other: two additions to one cell add up.
            let budget = budgets[i] ?? emptyBudget(planId, id);
            let changed = false;
            for (const addition of byChannel.get(id) ?? []) {
              const cell = addedCell(
                addition,
                storedAmount(budget, addition.month, addition.layer),
              );
              if (!cell) continue;
              budget = patchBudget(budget, [cell]);
              cells.push(cell);
              changed = true;
            }
            // An unchanged record is not written: the screens that watch the plan's budgets (ROI,
            // CLV, plan settings) would read them all again, in every tab.
            if (changed) next.push(budget);
          });
          if (next.length > 0) await db.budgets.bulkPut(next);
          if (cells.length > 0) {
            await this.#stamp({ planId }, false);
            await db.plans.update(planId, { updatedAt: this.#now() });
          }
          return { planFound: true, missingChannels: missing, staleCells: [], cells };
        },
      );
      return ok(written);
    } catch (error) {
      return err(toStorageError(error));
    }
  }

  async #patchCells(batch: ChangeBatch, missing: Set<string>, stale: CellChange[]): Promise<void> {
    const guarded = batch.guarded ?? [];
    const byChannel = groupByChannel([...guarded, ...batch.cells]);
    if (byChannel.size === 0) return;
    const guardedSet = new Set(guarded);
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
      const cells = (byChannel.get(id) ?? []).filter((cell) => {
        const now = storedAmount(stored, cell.month, cell.layer);
        // Still what the step expects, or already what it writes (a replayed journal).
        if (!guardedSet.has(cell) || now === cell.before || now === cell.after) return true;
        stale.push(cell);
        return false;
      });
      // Every cell stale: the record stays as another tab left it, not written again.
      if (cells.length > 0) next.push(patchBudget(stored, cells));
    });
    if (next.length > 0) await this.#db.budgets.bulkPut(next);
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
    let pushed = false;
    for (const op of ops) {
      if (op.kind === 'mark') {
        await history.update(op.id, { state: op.state });
        continue;
      }
      // A new action ends this tab's redo: its undone steps can no longer be replayed.
      await history.where('[planId+tab+state]').equals([planId, op.entry.tab, 'undone']).delete();
      await history.put(op.entry);
      pushed = true;
    }
    if (!pushed) return;
    // Counted and trimmed through indexes: a write never reads the whole log.
    const excess = (await history.where('planId').equals(planId).count()) - HISTORY_LIMIT;
    if (excess > 0) {
      const oldest = await history
        .where('[planId+order]')
        .between([planId, Dexie.minKey], [planId, Dexie.maxKey])
        .limit(excess)
        .primaryKeys();
      await history.bulkDelete(oldest);
    }
  }

  /**
   * Counts the plan's batches (any tab) and names this one's tab: a tab that reads back only
   * its own batches since it last looked needs no fresh read of the plan (see PlanData). A
   * batch that is no `echo` of what the tab already shows is not told to it as its own.
   */
  async #stamp(batch: Pick<ChangeBatch, 'planId' | 'tab'>, echo = true): Promise<void> {
    const key = writesKey(batch.planId);
    const current = (await this.#db.meta.get(key))?.value;
    const seq = isStamp(current) ? current.seq + 1 : 1;
    await this.#db.meta.put({ key, value: { seq, tab: batch.tab ?? '' } });
    if (echo) this.#stamped?.(batch.planId, seq);
  }

  /** A tab's undo log of a plan, oldest first. */
  async historyOf(planId: string, tab: string): Promise<StorageResult<HistoryEntry[]>> {
    try {
      const entries = await this.#db.history
        .where('[planId+tab+state]')
        .between([planId, tab, Dexie.minKey], [planId, tab, Dexie.maxKey])
        .toArray();
      return ok(entries.sort((a, b) => a.order - b.order));
    } catch (error) {
      return err(toStorageError(error));
    }
  }
}
