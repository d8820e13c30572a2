// The queue between what a tab shows and what the database holds: one write at a time, the
// edits made meanwhile merged into the next one, failures kept as a state and retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BatchWritten, ChangeBatch, StorageError, StorageResult } from '../../../src/db';
import type { BudgetLayer } from '../../../src/domain/budget';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { CellChange, PlanChanges } from '../../../src/domain/plan-changes';
import { ChangeQueue, retryDelay } from '../../../src/state/change-queue.svelte';

const QUOTA: StorageError = { code: 'quota', detail: 'QuotaExceededError: the disk is full' };

function cell(
  month: string,
  layer: BudgetLayer,
  before: number,
  after: number,
  channelId = 'tv',
): CellChange {
  return {
    channelId,
    month: month as Month,
    layer,
    before: toCents(before),
    after: toCents(after),
  };
}

function cells(...changes: CellChange[]): PlanChanges {
  return { cells: changes, fields: [] };
}

/**
 * A stand-in for the database: it records every batch it is given, refuses them while full,
 * and can hold a write under way until told to finish it.
 */
class Storage {
  attempts: ChangeBatch[] = [];
  written: ChangeBatch[] = [];
  full = false;
  writable = true;
  #held: (() => void)[] = [];
  #holding = false;

  /** The next writes wait for `finish()`. */
  hold(): void {
    this.#holding = true;
  }

  /** Ends every write under way. */
  async finish(): Promise<void> {
    this.#holding = false;
    for (const release of this.#held.splice(0)) release();
    // Let the queue react to the result (and start its next write), without moving the clock.
    await vi.advanceTimersByTimeAsync(0);
  }

  write = async (batch: ChangeBatch): Promise<StorageResult<BatchWritten>> => {
    this.attempts.push(batch);
    if (this.#holding) await new Promise<void>((resolve) => this.#held.push(resolve));
    if (this.full) return { ok: false, error: QUOTA };
    this.written.push(batch);
    return { ok: true, value: { planFound: true, missingChannels: [], staleCells: [] } };
  };

  queue(): ChangeQueue {
    return new ChangeQueue('p1', { write: this.write, canWrite: () => this.writable });
  }
}

/** Lets the queue's pending promises settle without moving the clock. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ChangeQueue: one write at a time', () => {
  it('writes an edit at once', async () => {
    const storage = new Storage();
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100)), null);
    await settle();
    expect(storage.written.map((b) => b.cells)).toEqual([[cell('2026-01', 'planned', 0, 100)]]);
    expect(queue.unsaved).toBe(0);
  });

  it('merges the edits typed during a write into one next write, with each cell’s net change', async () => {
    const storage = new Storage();
    const queue = storage.queue();
    storage.hold();
    queue.push(cells(cell('2026-01', 'planned', 0, 1)), null);
    queue.push(cells(cell('2026-01', 'planned', 1, 12)), null);
    queue.push(cells(cell('2026-02', 'actual', 500, 0)), null);
    queue.push(cells(cell('2026-01', 'planned', 12, 123)), null);
    expect(queue.writing).toBe(true);
    expect(storage.attempts).toHaveLength(1);
    await storage.finish();
    await settle();
    expect(storage.written.map((b) => b.cells)).toEqual([
      [cell('2026-01', 'planned', 0, 1)],
      [cell('2026-01', 'planned', 1, 123), cell('2026-02', 'actual', 500, 0)],
    ]);
    expect(queue.unsaved).toBe(0);
  });

  it('shows the edits as pending until they are written', async () => {
    const storage = new Storage();
    const queue = storage.queue();
    storage.hold();
    queue.push(cells(cell('2026-01', 'planned', 0, 1)), null);
    queue.push(cells(cell('2026-02', 'planned', 0, 2)), null);
    expect(queue.isPending('tv', '2026-01', 'planned')).toBe(true);
    expect(queue.isPending('tv', '2026-02', 'planned')).toBe(true);
    expect(queue.isPending('tv', '2026-03', 'planned')).toBe(false);
    await storage.finish();
    await settle();
    expect(queue.isPending('tv', '2026-01', 'planned')).toBe(false);
    expect(queue.isPending('tv', '2026-02', 'planned')).toBe(false);
  });
});

describe('ChangeQueue: write failures', () => {
  it('keeps the failure and the count of unsaved changes after a refused write', async () => {
    const storage = new Storage();
    storage.full = true;
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100), cell('2026-02', 'planned', 0, 200)), null);
    await settle();
    expect(queue.failure).toEqual(QUOTA);
    expect(queue.unsaved).toBe(2);
    expect(storage.written).toEqual([]);
  });

  it('retries after the back-off and writes everything once storage accepts', async () => {
    const storage = new Storage();
    storage.full = true;
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100)), null);
    queue.push(cells(cell('2026-02', 'planned', 0, 200)), null);
    await settle();
    // The second edit waited for the first write, and was put back with it when it failed.
    expect(storage.attempts).toHaveLength(1);

    storage.full = false;
    await vi.advanceTimersByTimeAsync(retryDelay(1) - 1);
    expect(storage.attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.written.map((b) => b.cells)).toEqual([
      [cell('2026-01', 'planned', 0, 100), cell('2026-02', 'planned', 0, 200)],
    ]);
    expect(queue.failure).toBeNull();
    expect(queue.unsaved).toBe(0);
  });

  it('keeps retrying while storage refuses, each wait longer than the last', async () => {
    const storage = new Storage();
    storage.full = true;
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100)), null);
    await settle();
    expect(storage.attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(storage.attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.attempts).toHaveLength(3);
    expect(queue.failure).toEqual(QUOTA);
    expect(queue.unsaved).toBe(1);
  });

  it('writes the values typed during a failure with the failed ones, the newer value winning', async () => {
    const storage = new Storage();
    storage.full = true;
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100)), null);
    await settle();
    expect(queue.failure).toEqual(QUOTA);
    // Typed while the banner says "not saved".
    queue.push(cells(cell('2026-01', 'planned', 100, 150), cell('2026-03', 'actual', 0, 9)), null);
    await settle();
    expect(queue.unsaved).toBe(2);

    storage.full = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(storage.written.map((b) => b.cells)).toEqual([
      [cell('2026-01', 'planned', 0, 150), cell('2026-03', 'actual', 0, 9)],
    ]);
    expect(queue.failure).toBeNull();
    expect(queue.unsaved).toBe(0);
  });

  it('puts a write that fails back under the values typed while it was under way', async () => {
    const storage = new Storage();
    storage.full = true;
    storage.hold();
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100)), null);
    queue.push(cells(cell('2026-01', 'planned', 100, 175)), null);
    await storage.finish();
    expect(queue.failure).toEqual(QUOTA);
    expect(queue.unsaved).toBe(1);

    storage.full = false;
    await queue.retryNow();
    expect(storage.written.map((b) => b.cells)).toEqual([[cell('2026-01', 'planned', 0, 175)]]);
  });

  it('writes nothing while the database must not be touched, and keeps the count', async () => {
    const storage = new Storage();
    storage.writable = false;
    const queue = storage.queue();
    queue.push(cells(cell('2026-01', 'planned', 0, 100)), null);
    queue.push(cells(cell('2026-02', 'planned', 0, 200)), null);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(storage.attempts).toEqual([]);
    expect(queue.unsaved).toBe(2);
    expect(await queue.flush()).toBe(false);
  });

  it('drops the queued cells of a channel deleted meanwhile, and keeps the others', async () => {
    const storage = new Storage();
    storage.writable = false;
    const queue = storage.queue();
    queue.push(
      cells(
        cell('2026-01', 'planned', 0, 100, 'radio'),
        cell('2026-02', 'planned', 0, 200, 'radio'),
        cell('2026-01', 'planned', 0, 300, 'tv'),
      ),
      null,
    );
    queue.forget('radio');
    expect(queue.unsaved).toBe(1);
    storage.writable = true;
    await queue.flush();
    expect(storage.written.map((b) => b.cells)).toEqual([
      [cell('2026-01', 'planned', 0, 300, 'tv')],
    ]);
  });
});

describe('retryDelay', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [5, 16_000],
    [6, 30_000],
    [7, 30_000],
    [50, 30_000],
  ])('waits %i failure(s) in a row for %i ms', (failures, wait) => {
    expect(retryDelay(failures)).toBe(wait);
  });
});
