// Every plan's edits on their way to the database, for the whole life of the tab (not of a
// screen): leaving the planner while a write waits for storage keeps it queued, counted and
// retried, and the planner opened again lays it over what it reads. Also this tab's name in
// the undo log and what the last writes could not do (a channel or a plan deleted meanwhile,
// an undo that met a newer value).
import {
  PlanChangesRepository,
  type BatchWritten,
  type HistoryOp,
  type MixplanDb,
  type PlanHead,
  type PlanSnapshot,
  type StorageError,
} from '../db';
import { emptyBudget, type BudgetLayer } from '../domain/budget';
import {
  isEmpty,
  patchBudget,
  patchChannel,
  type CellAddition,
  type HistoryEntry,
  type PlanChanges,
} from '../domain/plan-changes';
import { ChangeQueue } from './change-queue.svelte';
import { clearJournal, takeJournals, writeJournal, type JournalEntry } from './pending-journal';

export type { StorageError };

/** A tab's undo log of one plan: what Ctrl+Z undoes next is last in `undo`. */
export interface TabHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** What a write could not do, for the planner to say. */
export type WriteNotice =
  { kind: 'missing-channel' } | { kind: 'missing-plan' } | { kind: 'stale-undo'; count: number };

export class PlanWrites {
  readonly #changes: PlanChangesRepository;
  readonly #canWrite: () => boolean;
  readonly #queues = new Map<string, ChangeQueue>();
  #queueList = $state.raw<ChangeQueue[]>([]);
  /** This tab's name in the undo log (a new one if a duplicated tab copied its original's). */
  tab: string;
  /** Bumped when the tab took a new name: undo steps loaded under the old one are not its own. */
  renamed = $state(0);
  notice = $state.raw<WriteNotice | null>(null);

  /** Per plan, the batch numbers this tab's writes got (see PlanChangesRepository stamps). */
  readonly #own = new Map<string, Set<number>>();
  /** Per plan, the revision and batch number of the last full read. */
  readonly #seen = new Map<string, { revision: number; seq: number }>();

  readonly #journal: Storage | undefined;
  /** True while a copy of the unsaved edits sits in localStorage. */
  #journaled = false;

  constructor(
    db: MixplanDb,
    options: {
      now: () => number;
      tab: string;
      canWrite: () => boolean;
      /** Where unsaved edits are copied when the page goes away (localStorage). */
      journal?: Storage;
    },
  ) {
    this.#journal = options.journal;
    this.#changes = new PlanChangesRepository(db, options.now, (planId, seq) => {
      const own = this.#own.get(planId) ?? new Set<number>();
      own.add(seq);
      this.#own.set(planId, own);
    });
    this.#canWrite = options.canWrite;
    this.tab = options.tab;
  }

  #queue(planId: string): ChangeQueue {
    let queue = this.#queues.get(planId);
    if (!queue) {
      queue = new ChangeQueue(planId, {
        write: (batch) => this.#changes.apply({ ...batch, tab: this.tab }),
        canWrite: this.#canWrite,
        written: (result) => this.#written(result),
      });
      this.#queues.set(planId, queue);
      this.#queueList = [...this.#queues.values()];
    }
    return queue;
  }

  #written(result: BatchWritten): void {
    if (this.#journaled && this.unsaved === 0) {
      clearJournal(this.#journal, this.tab);
      this.#journaled = false;
    }
    if (!result.planFound) this.notice = { kind: 'missing-plan' };
    else if (result.missingChannels.length > 0) this.notice = { kind: 'missing-channel' };
    else if (result.staleCells.length > 0)
      this.notice = { kind: 'stale-undo', count: result.staleCells.length };
  }

  /**
   * Queues what one action changed and its step in the undo log; written at once. An undo or
   * redo is `guarded`: cells another tab changed meanwhile keep their newer value.
   */
  write(planId: string, changes: PlanChanges, history: HistoryOp | null, guarded = false): void {
    if (isEmpty(changes) && !history) return;
    this.#queue(planId).push(changes, history, guarded);
  }

  /**
   * Adds amounts to cells as they stand when the write lands (see CellAddition), after this
   * tab's queued edits of the plan: nothing is queued, so false (storage failed, the plan or
   * a channel is gone) means nothing was added, for the caller to say so.
   */
  async add(planId: string, additions: readonly CellAddition[]): Promise<boolean> {
    if (additions.length === 0) return true;
    if (!this.#canWrite() || !(await this.#queue(planId).flush())) return false;
    const result = await this.#changes.add(planId, additions);
    if (!result.ok) return false;
    this.#written(result.value);
    return result.value.planFound && result.value.missingChannels.length === 0;
  }

  isPending(planId: string, channelId: string, month: string, layer: BudgetLayer): boolean {
    return this.#queues.get(planId)?.isPending(channelId, month, layer) ?? false;
  }

  /** Another live tab holds this tab's name: take a new one, and no undo step of theirs. */
  rename(tab: string): void {
    this.tab = tab;
    this.renamed += 1;
  }

  /**
   * Whether every batch written to the plan since the last full read was this tab's own, and
   * nothing reshaped it: then what the tab shows is what is stored, and no read is needed.
   */
  isOwnEcho(planId: string, head: PlanHead): boolean {
    const seen = this.#seen.get(planId);
    if (!seen || !head.stamp || head.revision !== seen.revision || head.stamp.seq < seen.seq)
      return false;
    const own = this.#own.get(planId);
    for (let seq = seen.seq + 1; seq <= head.stamp.seq; seq += 1) if (!own?.has(seq)) return false;
    return true;
  }

  /** The plan was read (or its echo recognised) up to this revision and batch. */
  markSeen(planId: string, head: PlanHead): void {
    const seq = head.stamp?.seq ?? 0;
    this.#seen.set(planId, { revision: head.revision, seq });
    const own = this.#own.get(planId);
    if (own) for (const n of own) if (n <= seq) own.delete(n);
  }

  /** The channels of a plan with cells not yet on disk. */
  pendingChannels(planId: string): Set<string> {
    const queue = this.#queues.get(planId);
    if (!queue || queue.unsaved === 0) return new Set();
    return new Set(queue.pending().cells.map((c) => c.channelId));
  }

  /** The stored plan with this tab's unsaved changes laid over it: what the tab must show. */
  withPending<S extends PlanSnapshot>(stored: S): S {
    const queue = this.#queues.get(stored.plan.id);
    if (!queue || queue.unsaved === 0) return stored;
    const { cells, fields } = queue.pending();
    const channelIds = new Set(stored.channels.map((c) => c.id));
    const budgetIds = new Set(stored.budgets.map((b) => b.channelId));
    const missing = [...new Set(cells.map((c) => c.channelId))]
      .filter((id) => channelIds.has(id) && !budgetIds.has(id))
      .map((id) => emptyBudget(stored.plan.id, id));
    return {
      ...stored,
      channels: stored.channels.map((c) => patchChannel(c, fields)),
      budgets: [...stored.budgets, ...missing].map((b) => patchBudget(b, cells)),
    };
  }

  /** This tab's undo log of a plan, as stored. */
  async history(planId: string): Promise<TabHistory> {
    const result = await this.#changes.historyOf(planId, this.tab);
    if (!result.ok) return { undo: [], redo: [] };
    return {
      undo: result.value.filter((e) => e.state === 'done'),
      // The most recently undone is replayed first: last in the list.
      redo: result.value.filter((e) => e.state === 'undone').reverse(),
    };
  }

  /**
   * The page is going away with edits not on disk: copy them where an unload cannot lose
   * them. Synchronous, as the last moments of a page must be.
   */
  saveJournal(): void {
    const entries: JournalEntry[] = [];
    for (const queue of this.#queues.values()) {
      if (queue.unsaved === 0) continue;
      const { cells, fields } = queue.pending();
      entries.push({ planId: queue.planId, cells: [...cells], fields: [...fields] });
    }
    if (entries.length === 0) return;
    this.#journaled = writeJournal(this.#journal, this.tab, entries);
  }

  /**
   * Edits a page copied when it went away (see saveJournal) go back into the queues, guarded:
   * a cell already written, or changed since by another tab, is left as it stands.
   */
  replayJournals(): void {
    for (const entry of takeJournals(this.#journal)) {
      this.write(entry.planId, { cells: entry.cells, fields: entry.fields }, null, true);
    }
  }

  /** A deleted channel's waiting changes must not bring it back. */
  forget(planId: string, channelId: string): void {
    this.#queues.get(planId)?.forget(channelId);
  }

  /** Changes of every plan not yet on disk. */
  get unsaved(): number {
    return this.#queueList.reduce((sum, q) => sum + q.unsaved, 0);
  }

  /** The error of a write that failed and waits for its retry; null when all is well. */
  get failure(): StorageError | null {
    return this.#queueList.find((q) => q.failure !== null)?.failure ?? null;
  }

  /** Writes what is queued now (also when the page is hidden or closed); true when all is on disk. */
  async flush(): Promise<boolean> {
    const results = await Promise.all([...this.#queues.values()].map((q) => q.flush()));
    return results.every(Boolean);
  }

  async retryNow(): Promise<boolean> {
    const results = await Promise.all([...this.#queues.values()].map((q) => q.retryNow()));
    return results.every(Boolean);
  }

  dispose(): void {
    for (const queue of this.#queues.values()) queue.dispose();
  }
}
