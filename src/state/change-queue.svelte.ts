// The edits of one plan on their way to the database. A write starts at once when none is
// under way; edits made meanwhile are merged into the next one (per cell, the net change), so
// typing never queues up transactions. A failed write is a lasting state — the count of
// unsaved changes and the error — retried with back-off until storage takes it; nothing
// typed is dropped meanwhile.
import type { BatchWritten, ChangeBatch, HistoryOp, StorageError, StorageResult } from '../db';
import {
  cellKey,
  mergePending,
  mergePendingFields,
  type CellChange,
  type FieldChange,
  type PlanChanges,
} from '../domain/plan-changes';

/** Waits after the n-th failure in a row: 1 s, 2 s, 4 s … then every 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

export interface QueueOptions {
  write: (batch: ChangeBatch) => Promise<StorageResult<BatchWritten>>;
  /** False while the database must not be touched (lost, or opened by a newer version). */
  canWrite: () => boolean;
  /** Told after each successful write, with what it found missing. */
  written?: (result: BatchWritten) => void;
}

interface Batch {
  cells: Map<string, CellChange>;
  /** Undo and redo: written only where the stored cell still holds their `before`. */
  guarded: Map<string, CellChange>;
  fields: Map<string, FieldChange>;
  history: HistoryOp[];
}

function emptyBatch(): Batch {
  return { cells: new Map(), guarded: new Map(), fields: new Map(), history: [] };
}

function size(batch: Batch | null): number {
  return batch ? batch.cells.size + batch.guarded.size + batch.fields.size : 0;
}

/** Cells into a batch: a plain edit of a cell replaces a guarded one waiting for it. */
function addCells(batch: Batch, cells: readonly CellChange[], guarded: boolean): void {
  if (guarded) {
    for (const cell of cells) {
      const key = cellKey(cell.channelId, cell.month, cell.layer);
      const waiting = batch.cells.get(key);
      // This tab's own unsaved edit of the cell: the undo simply changes what it will write.
      if (waiting) batch.cells.set(key, { ...cell, before: waiting.before });
      else batch.guarded.set(key, cell);
    }
    return;
  }
  for (const cell of cells) batch.guarded.delete(cellKey(cell.channelId, cell.month, cell.layer));
  mergePending(batch.cells, cells);
}

export class ChangeQueue {
  readonly planId: string;
  readonly #options: QueueOptions;
  #queued = emptyBatch();
  #inFlight: Batch | null = null;
  #failures = 0;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<boolean> | null = null;
  #disposed = false;
  /** Cell and field changes not yet on disk (queued or being written). */
  unsaved = $state(0);
  /** The last write's error while it has not been retried successfully. */
  failure = $state.raw<StorageError | null>(null);

  constructor(planId: string, options: QueueOptions) {
    this.planId = planId;
    this.#options = options;
  }

  /**
   * Queues the changes of one action (and what it does to the undo log), then writes. An undo
   * or redo is `guarded`: the database skips its cells that another tab changed meanwhile.
   */
  push(changes: PlanChanges, history: HistoryOp | null, guarded = false): void {
    addCells(this.#queued, changes.cells, guarded);
    mergePendingFields(this.#queued.fields, changes.fields);
    if (history) this.#queued.history.push(history);
    this.#count();
    // A write under way takes this too when it is done; after a failure, the back-off does.
    if (!this.#running && this.#retry === null) void this.flush();
  }

  /** Whether a cell has a change not yet on disk: what a tab shows wins over what it reads. */
  isPending(channelId: string, month: string, layer: CellChange['layer']): boolean {
    const key = cellKey(channelId, month, layer);
    return [this.#queued, this.#inFlight].some(
      (batch) => batch !== null && (batch.cells.has(key) || batch.guarded.has(key)),
    );
  }

  /** Every change not yet on disk, oldest first: laid over what is read from the database. */
  pending(): PlanChanges {
    const batches = [this.#inFlight, this.#queued].filter((b): b is Batch => b !== null);
    return {
      cells: batches.flatMap((b) => [...b.cells.values(), ...b.guarded.values()]),
      fields: batches.flatMap((b) => [...b.fields.values()]),
    };
  }

  /** A deleted channel's waiting changes must not bring it back. */
  forget(channelId: string): void {
    for (const cells of [this.#queued.cells, this.#queued.guarded])
      for (const [key, cell] of cells) if (cell.channelId === channelId) cells.delete(key);
    this.#queued.fields.delete(channelId);
    this.#count();
  }

  get writing(): boolean {
    return this.#inFlight !== null;
  }

  /**
   * Writes what is queued now, and what is queued while that write runs, until nothing is
   * left or a write fails; true when everything is on disk. A flush asked for while one runs
   * waits for that one (a page going away, a newer version taking the database).
   */
  flush(): Promise<boolean> {
    const running = this.#running;
    if (running) return running.then(() => this.flush());
    const drain: Promise<boolean> = this.#drain().finally(() => {
      if (this.#running === drain) this.#running = null;
    });
    this.#running = drain;
    return drain;
  }

  async #drain(): Promise<boolean> {
    for (;;) {
      const batch = this.#queued;
      if (size(batch) === 0 && batch.history.length === 0) return true;
      if (!this.#options.canWrite()) return false;
      this.#clearRetry();
      this.#queued = emptyBatch();
      this.#inFlight = batch;
      this.#count();
      const result = await this.#options.write({
        planId: this.planId,
        cells: [...batch.cells.values()],
        fields: [...batch.fields.values()],
        guarded: [...batch.guarded.values()],
        history: batch.history,
      });
      this.#inFlight = null;
      if (!result.ok) {
        // Back in front of what was typed meanwhile, which stays the newer value of its cells.
        this.#requeue(batch);
        this.#failures += 1;
        this.failure = result.error;
        this.#count();
        if (!this.#disposed) {
          this.#retry = setTimeout(() => {
            this.#retry = null;
            void this.flush();
          }, retryDelay(this.#failures));
        }
        return false;
      }
      this.#failures = 0;
      this.failure = null;
      this.#count();
      this.#options.written?.(result.value);
    }
  }

  /** "Retry now" from the banner: no waiting for the back-off. */
  retryNow(): Promise<boolean> {
    this.#clearRetry();
    return this.flush();
  }

  /** Stops retrying for good (the app is closing): what is queued stays queued. */
  dispose(): void {
    this.#disposed = true;
    this.#clearRetry();
  }

  #requeue(failed: Batch): void {
    const newer = this.#queued;
    this.#queued = failed;
    addCells(this.#queued, [...newer.guarded.values()], true);
    addCells(this.#queued, [...newer.cells.values()], false);
    mergePendingFields(this.#queued.fields, [...newer.fields.values()]);
    this.#queued.history.push(...newer.history);
  }

  #clearRetry(): void {
    if (this.#retry !== null) clearTimeout(this.#retry);
    this.#retry = null;
  }

  #count(): void {
    this.unsaved = size(this.#queued) + size(this.#inFlight);
  }
}
