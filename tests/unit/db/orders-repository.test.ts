// Imported orders: 200 000 of them stored as 20 batch records and read back exactly, replaced
// as a whole set in one transaction (all or nothing), with the plan's revision bumped.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { revisionKey } from '../../../src/db';
import { ImportCancelled } from '../../../src/db/import-writer';
import { OrdersRepository, readOrders } from '../../../src/db/orders-repository';
import { MixplanDb } from '../../../src/db/db';
import { dayFromNumber } from '../../../src/domain/clv/days';
import type { Order } from '../../../src/domain/clv/model';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];

function freshDb(): MixplanDb {
  const db = new MixplanDb(`orders-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const db of opened) await db.delete();
  opened = [];
});

const PLAN: Plan = {
  id: 'p1',
  name: 'Boutique',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

async function withPlans(): Promise<MixplanDb> {
  const db = freshDb();
  await db.plans.bulkAdd([PLAN, { ...PLAN, id: 'p2' }]);
  return db;
}

/**
 * n orders of 20 000 customers over 2023–2025, amounts from 0,01 € to ~500 €, every third
 * without an order id: varied enough that a column shifted by one would show.
 */
function generatedOrders(n: number, tag = ''): Order[] {
  const first = 19_358; // 2023-01-01
  let state = 12_345;
  const orders: Order[] = [];
  for (let i = 0; i < n; i += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    orders.push({
      customerId: `c${state % 20_000}${tag}`,
      date: dayFromNumber(first + (state % 1_096)),
      amount: toCents(1 + (state % 50_000)),
      orderId: i % 3 === 0 ? null : `o${i}`,
    });
  }
  return orders;
}

async function revision(db: MixplanDb): Promise<unknown> {
  return (await db.meta.get(revisionKey('p1')))?.value;
}

describe('OrdersRepository', () => {
  it('stores 200 000 orders as 20 records and reads them back exactly, in order', async () => {
    const db = await withPlans();
    const repo = new OrdersRepository(db, () => NOW);
    const orders = generatedOrders(200_000);
    const progress: number[] = [];

    const started = performance.now();
    const written = await repo.replaceOrders('p1', orders, { onProgress: (n) => progress.push(n) });
    const wroteIn = performance.now() - started;
    const read = await repo.ordersOf('p1');
    console.info(
      `200 000 orders (fake-indexeddb): written in ${Math.round(wroteIn)} ms, ` +
        `read in ${Math.round(performance.now() - started - wroteIn)} ms`,
    );

    expect(written).toEqual({ ok: true, value: { count: 200_000 } });
    // 200 000 ÷ 10 000 per batch = 20 records.
    expect(await db.orderBatches.count()).toBe(20);
    expect(progress).toHaveLength(20);
    expect(progress.at(-1)).toBe(200_000);
    expect(read.ok && read.value).toEqual(orders);
    expect(await repo.orderCount('p1')).toEqual({ ok: true, value: 200_000 });
  }, 60_000);

  it('cuts 25 001 orders into batches of 10 000, 10 000 and 5 001', async () => {
    const db = await withPlans();
    await new OrdersRepository(db, () => NOW).replaceOrders('p1', generatedOrders(25_001));
    const batches = (await db.orderBatches.toArray()).sort((a, b) => a.seq - b.seq);
    expect(batches.map((b) => [b.seq, b.customerIds.length])).toEqual([
      [0, 10_000],
      [1, 10_000],
      [2, 5_001],
    ]);
  });

  it('replaces the plan’s orders, leaves other plans’ alone, and bumps its revision', async () => {
    const db = await withPlans();
    await db.meta.put({ key: revisionKey('p1'), value: 4 });
    const repo = new OrdersRepository(db, () => NOW);
    await repo.replaceOrders('p1', generatedOrders(25_000));
    await repo.replaceOrders('p2', generatedOrders(3, '-p2'));
    const fewer = generatedOrders(2, '-new');

    expect(await repo.replaceOrders('p1', fewer)).toEqual({ ok: true, value: { count: 2 } });
    expect(await readOrders(db, 'p1')).toEqual(fewer);
    expect(await readOrders(db, 'p2')).toEqual(generatedOrders(3, '-p2'));
    // 4, then + 1 for each of the two replaces of p1.
    expect(await revision(db)).toBe(6);
    expect((await db.plans.get('p1'))?.updatedAt).toBe(NOW);
  });

  it('clears the plan’s orders when given none', async () => {
    const db = await withPlans();
    const repo = new OrdersRepository(db, () => NOW);
    await repo.replaceOrders('p1', generatedOrders(10));
    expect(await repo.replaceOrders('p1', [])).toEqual({ ok: true, value: { count: 0 } });
    expect(await repo.orderCount('p1')).toEqual({ ok: true, value: 0 });
  });

  it('keeps the old orders when a replace is cancelled half-way', async () => {
    const db = await withPlans();
    const repo = new OrdersRepository(db, () => NOW);
    const old = generatedOrders(15_000, '-old');
    await repo.replaceOrders('p1', old);
    const before = await revision(db);

    const cancelled = repo.replaceOrders('p1', generatedOrders(30_000), {
      onProgress: (written) => {
        // After the first of three batches: the old ones are already deleted in the transaction.
        if (written === 10_000) throw new ImportCancelled();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);

    expect(await readOrders(db, 'p1')).toEqual(old);
    expect(await revision(db)).toBe(before);
  });

  it('says why when a write fails half-way, and keeps the old orders', async () => {
    const db = await withPlans();
    const repo = new OrdersRepository(db, () => NOW);
    const old = generatedOrders(5, '-old');
    await repo.replaceOrders('p1', old);

    const failed = await repo.replaceOrders('p1', generatedOrders(20_000), {
      onProgress: () => {
        throw new Error('disk gone');
      },
    });
    expect(failed).toEqual({ ok: false, error: { code: 'unknown', detail: 'disk gone' } });
    expect(await readOrders(db, 'p1')).toEqual(old);
  });

  it('writes nothing for a plan deleted meanwhile, and says so', async () => {
    const db = await withPlans();
    const result = await new OrdersRepository(db, () => NOW).replaceOrders(
      'gone',
      generatedOrders(3),
    );
    expect(result.ok).toBe(false);
    expect(await db.orderBatches.count()).toBe(0);
  });

  it('skips a stored order whose day is unreadable, keeping the others', async () => {
    const db = await withPlans();
    await db.orderBatches.add({
      id: 'p1:0',
      planId: 'p1',
      seq: 0,
      customerIds: ['a', 'b'],
      days: ['2026-02-30', '2026-03-01'],
      amounts: [100, 2_933],
      orderIds: [null, 'x'],
    });
    expect(await readOrders(db, 'p1')).toEqual([
      { customerId: 'b', date: '2026-03-01', amount: 2_933, orderId: 'x' },
    ]);
  });
});
