// The only writer of a plan's imported orders. They are stored in batches of columns (see
// db.ts), replaced as a whole set in one strict transaction, and read back in import order;
// every batch read passes through restoreOrderBatch.
import type Dexie from 'dexie';
import type { Order } from '../domain/clv/model';
import { toCents } from '../domain/money';
import { err, ok } from '../domain/result';
import type { MixplanDb } from './db';
import { bumpStrictRevision, ImportCancelled, withStrictDurability } from './import-writer';
import type { StorageResult } from './plans-repository';
import { restoreAll } from './restore';
import { ORDERS_PER_BATCH, restoreOrderBatch, type OrderBatch } from './restore-clv';
import { toStorageError } from './storage-error';

export interface ReplaceOrdersOptions {
  /**
   * Orders written so far, after each batch. A throw from it aborts the transaction and
   * nothing is written; an ImportCancelled thrown here is thrown back to the caller as is.
   */
  onProgress?(written: number): void;
}

/** A batch's id: its plan and place, so that a replace writes the same keys again. */
function batchId(planId: string, seq: number): string {
  return `${planId}:${seq}`;
}

/** The orders cut into batches of ORDERS_PER_BATCH, in their order. */
export function batchesOf(planId: string, orders: readonly Order[]): OrderBatch[] {
  const batches: OrderBatch[] = [];
  for (let start = 0; start < orders.length; start += ORDERS_PER_BATCH) {
    const slice = orders.slice(start, start + ORDERS_PER_BATCH);
    const seq = batches.length;
    batches.push({
      id: batchId(planId, seq),
      planId,
      seq,
      customerIds: slice.map((o) => o.customerId),
      days: slice.map((o) => o.date),
      amounts: slice.map((o) => o.amount),
      orderIds: slice.map((o) => o.orderId),
    });
  }
  return batches;
}

function bySeq(a: OrderBatch, b: OrderBatch): number {
  return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A plan's batches as stored, restored and in seq order. */
export async function orderBatchesOf(db: MixplanDb, planId: string): Promise<OrderBatch[]> {
  const raws = await db.orderBatches.where('planId').equals(planId).toArray();
  return restoreAll(raws, restoreOrderBatch).sort(bySeq);
}

/** A plan's orders in the order they were imported. Only reads: safe inside liveQuery. */
export async function readOrders(db: MixplanDb, planId: string): Promise<Order[]> {
  const orders: Order[] = [];
  for (const batch of await orderBatchesOf(db, planId)) {
    for (let i = 0; i < batch.customerIds.length; i += 1) {
      orders.push({
        customerId: batch.customerIds[i] ?? '',
        date: batch.days[i] ?? '',
        amount: toCents(batch.amounts[i] ?? 0),
        orderId: batch.orderIds[i] ?? null,
      });
    }
  }
  return orders;
}

/** Thrown inside the transaction so that it aborts; said to the caller as an error value. */
class PlanGone extends Error {
  constructor(planId: string) {
    super(`The plan ${planId} no longer exists`);
    this.name = 'PlanGone';
  }
}

async function attempt<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return err(toStorageError(error));
  }
}

export class OrdersRepository {
  readonly #db: MixplanDb;
  readonly #clock: () => number;

  /** The clock stamps the plan's updatedAt on a replace, as an import of channels does. */
  constructor(db: MixplanDb, clock: () => number) {
    this.#db = db;
    this.#clock = clock;
  }

  ordersOf(planId: string): Promise<StorageResult<Order[]>> {
    return attempt(() => readOrders(this.#db, planId));
  }

  orderCount(planId: string): Promise<StorageResult<number>> {
    return attempt(async () => {
      const batches = await orderBatchesOf(this.#db, planId);
      return batches.reduce((sum, b) => sum + b.customerIds.length, 0);
    });
  }

  /**
   * The plan's orders become exactly these: its old batches deleted and the new ones written
   * in one transaction with strict durability, with the plan's updatedAt and revision set in
   * it — all or nothing. A plan deleted meanwhile is an error value ('unknown'), and nothing is written.
   */
  replaceOrders(
    planId: string,
    orders: readonly Order[],
    options: ReplaceOrdersOptions = {},
  ): Promise<StorageResult<{ count: number }>> {
    const batches = batchesOf(planId, orders);
    return withStrictDurability(this.#db, (strict: Dexie) => {
      const plans = strict.table<{ id: string; updatedAt: number }, string>('plans');
      const stored = strict.table<OrderBatch, string>('orderBatches');
      return strict.transaction('rw', [plans, stored, strict.table('meta')], async () => {
        const plan = await plans.get(planId);
        if (plan === undefined) throw new PlanGone(planId);
        await stored.where('planId').equals(planId).delete();
        let written = 0;
        for (const batch of batches) {
          await stored.add(batch);
          written += batch.customerIds.length;
          options.onProgress?.(written);
        }
        await plans.put({ ...plan, updatedAt: this.#clock() });
        // In the same transaction: a tab that reads the plan sees the orders and the revision
        // together, never one without the other.
        await bumpStrictRevision(strict, planId);
        return { count: written };
      });
    }).then(
      (value) => ok(value),
      (error: unknown) => {
        if (error instanceof ImportCancelled) throw error;
        return err(toStorageError(error));
      },
    );
  }
}
