// This tab's edits of saved scenarios (ROI, CLV) on their way to the database: shown at once
// over what the database answered, written one at a time in the order typed, and kept until
// an answer holds them. A failed write is a lasting, counted state; what waits is sent again
// with the next.
import { stampWrite, type StorageError, type StorageResult } from '../db';

/** An edit shown at once and sent to the database in order; `written` once stored. */
export interface Pending<C> {
  scenarioId: string;
  change: C;
  at: number;
  written: boolean;
  /** Once written: the write's stamp, held by every answer read after it (src/db/live.ts). */
  stamp?: number;
}

/** The scenarios with the edits not yet in the database's answer applied, in order. */
export function withPending<R extends { id: string }, C>(
  scenarios: readonly R[],
  pending: readonly Pending<C>[],
  apply: (scenario: R, change: C, at: number) => R,
): R[] {
  if (pending.length === 0) return [...scenarios];
  return scenarios.map((s) =>
    pending.reduce((acc, p) => (p.scenarioId === s.id ? apply(acc, p.change, p.at) : acc), s),
  );
}

export interface PendingOptions<R, C> {
  /** Applies one change to the stored scenario; null when that scenario no longer exists. */
  write: (scenarioId: string, change: C) => Promise<StorageResult<R | null>>;
  /** False while the database must not be touched (lost, or opened by a newer version). */
  canWrite: () => boolean;
  /** Told of each failed write, to say it to the user. */
  failed: (error: StorageError) => void;
}

export class PendingChanges<R, C> {
  readonly #options: PendingOptions<R, C>;
  #list = $state.raw<readonly Pending<C>[]>([]);
  #failed = $state(false);
  #flight: Promise<void> | null = null;

  constructor(options: PendingOptions<R, C>) {
    this.#options = options;
  }

  /** The edits the database's last answer does not hold yet, in the order typed. */
  get list(): readonly Pending<C>[] {
    return this.#list;
  }

  /** Edits not on disk yet: waiting, on their way, or held back by a failed write. */
  get unwritten(): number {
    return this.#list.filter((p) => !p.written).length;
  }

  /** Edits shown on screen but not stored because a write failed; 0 while none has failed. */
  get unsaved(): number {
    return this.#failed ? this.unwritten : 0;
  }

  /** Queues an edit of a scenario and starts sending. */
  add(scenarioId: string, change: C, at: number): void {
    this.#list = [...this.#list, { scenarioId, change, at, written: false }];
    void this.send();
  }

  /** Sends what is not stored yet; resolves once nothing more can be sent for now. */
  send(): Promise<void> {
    this.#flight ??= this.#drain().finally(() => (this.#flight = null));
    return this.#flight;
  }

  /** Sends what is not stored yet; true when nothing is left unwritten. */
  async flush(): Promise<boolean> {
    await this.send();
    return this.unwritten === 0;
  }

  /** The database answered; `readAfter` says which written edits the answer holds. */
  received(readAfter: number): void {
    const held = (p: Pending<C>) => p.written && (p.stamp ?? 0) <= readAfter;
    if (this.#list.some(held)) this.#list = this.#list.filter((p) => !held(p));
    // Storage back, or a write that failed: what waits is sent again.
    if (this.unwritten > 0) void this.send();
  }

  /** A scenario was deleted: its edits have nowhere to go. */
  forget(scenarioId: string): void {
    this.#list = this.#list.filter((p) => p.scenarioId !== scenarioId);
  }

  /** One write at a time, in the order typed: a retried edit never lands after a newer one. */
  async #drain(): Promise<void> {
    for (let next = this.#unsent(); next; next = this.#unsent()) {
      if (!this.#options.canWrite()) return;
      const sent = next;
      const result = await this.#options.write(sent.scenarioId, sent.change);
      if (!result.ok) {
        this.#failed = true;
        this.#options.failed(result.error);
        return;
      }
      this.#failed = false;
      // Null: the scenario was deleted (here or in another tab); the edit has nowhere to go.
      this.#list =
        result.value === null
          ? this.#list.filter((p) => p !== sent)
          : this.#list.map((p) => (p === sent ? { ...p, written: true, stamp: stampWrite() } : p));
    }
  }

  #unsent(): Pending<C> | undefined {
    return this.#list.find((p) => !p.written);
  }
}
