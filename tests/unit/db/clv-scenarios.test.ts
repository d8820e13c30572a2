// Saved CLV scenarios and stored order batches: restored on every read, edited as changes to
// the stored record, refused in a backup when anything would be repaired, and deleted and
// undeleted with their plan.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PlansRepository } from '../../../src/db';
import { checkBackup, checksumOf, createBackup, restoreBackup } from '../../../src/db/backup';
import { ClvScenariosRepository, clvScenariosOf } from '../../../src/db/clv-scenarios-repository';
import { OrdersRepository, readOrders } from '../../../src/db/orders-repository';
import {
  restoreClvScenario,
  restoreOrderBatch,
  type OrderBatch,
} from '../../../src/db/restore-clv';
import { MixplanDb } from '../../../src/db/db';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import type { Order } from '../../../src/domain/clv/model';
import type { ClvScenario } from '../../../src/domain/clv/scenario';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];

function freshDb(name = `clv-scenarios-${Math.random()}`): MixplanDb {
  const db = new MixplanDb(name);
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

function scenario(id: string, overrides: Partial<ClvScenario> = {}): ClvScenario {
  return {
    id,
    planId: 'p1',
    name: `Scénario ${id}`,
    inputs: { ...WORKED_EXAMPLE_INPUTS, cac: toCents(4_999) },
    convention: 'after-one-retention-step',
    cacChannelId: null,
    cacCustomers: null,
    createdAt: 10,
    updatedAt: 10,
    ...overrides,
  };
}

function batch(overrides: Partial<OrderBatch> = {}): OrderBatch {
  return {
    id: 'p1:0',
    planId: 'p1',
    seq: 0,
    customerIds: ['c1', 'c2', 'c1'],
    days: ['2025-01-31', '2025-02-01', '2025-12-24'],
    amounts: [2_933, 1, -500],
    orderIds: ['o1', null, 'o3'],
    ...overrides,
  };
}

const ORDERS: Order[] = [
  { customerId: 'c1', date: '2025-01-31', amount: toCents(2_933), orderId: 'o1' },
  { customerId: 'c2', date: '2025-02-01', amount: toCents(1), orderId: null },
];

async function withPlan(db = freshDb()): Promise<MixplanDb> {
  await db.plans.add(PLAN);
  return db;
}

describe('restoreClvScenario', () => {
  it('gives a well-formed scenario back unchanged, with fields a newer version added', () => {
    expect(restoreClvScenario(structuredClone(scenario('s1')))).toEqual(scenario('s1'));
    const newer = { ...scenario('s1'), tags: ['vip'], inputs: { ...scenario('s1').inputs, x: 1 } };
    expect(restoreClvScenario(newer)).toMatchObject({ tags: ['vip'], inputs: { x: 1 } });
  });

  it.each([
    ['no id', { id: undefined }],
    ['an empty plan', { planId: '' }],
  ])('drops a record with %s', (_, overrides) => {
    expect(restoreClvScenario({ ...scenario('s1'), ...overrides })).toBeNull();
  });

  it('repairs numbers that are not numbers, so the simulator never meets a NaN', () => {
    const raw = {
      ...scenario('s1'),
      inputs: {
        ...scenario('s1').inputs,
        averageBasket: 20.5, // not whole cents
        purchasesPerYear: Number.NaN,
        marginRate: '0.4',
        retention: Number.POSITIVE_INFINITY,
        discountRate: 2 ** 60,
        cac: null,
      },
      convention: 'mid-year',
      cacChannelId: '',
    };
    expect(restoreClvScenario(raw)).toMatchObject({
      inputs: {
        averageBasket: 0,
        purchasesPerYear: 0,
        marginRate: 0,
        retention: null,
        lifetimeYears: null,
        discountRate: 0,
        horizonYears: 5,
        cac: 0,
      },
      convention: 'first-margin-up-front',
      cacChannelId: null,
    });
  });

  it('keeps the customers acquired by the CAC channel, a positive whole number, and null otherwise', () => {
    const withCustomers = scenario('s1', { cacChannelId: 'ch-1', cacCustomers: 240 });
    expect(restoreClvScenario(structuredClone(withCustomers))).toEqual(withCustomers);
    // A record from before the field: no customers typed.
    const old: Record<string, unknown> = { ...scenario('s1') };
    delete old.cacCustomers;
    expect(restoreClvScenario(old)?.cacCustomers).toBeNull();
    for (const bad of [0, -3, 2.5, Number.NaN, Infinity, '240', 2 ** 60]) {
      expect(restoreClvScenario({ ...scenario('s1'), cacCustomers: bad })?.cacCustomers).toBeNull();
    }
  });
});

describe('restoreOrderBatch', () => {
  it('gives a well-formed batch back unchanged (a refund’s negative cents included)', () => {
    expect(restoreOrderBatch(structuredClone(batch()))).toEqual(batch());
  });

  it('drops an order with a missing customer, an unreal day or cents that are not whole', () => {
    const restored = restoreOrderBatch(
      batch({
        customerIds: ['', 'c2', 'c3', 'c4', 'c5'],
        days: ['2025-01-31', '2025-02-29', '2025-03-01', '01/03/2025', '2024-02-29'],
        amounts: [100, 200, 300.5, 400, 500],
        orderIds: [null, null, null, null, null],
      }),
    );
    // '' has no customer, 2025 is not a leap year, 300.5 is not whole cents, 01/03/2025 is not
    // 'YYYY-MM-DD': only c5 (2024 is a leap year) stays.
    expect(restored?.customerIds).toEqual(['c5']);
    expect(restored?.amounts).toEqual([500]);
  });

  it('reads an order id that is not a non-empty string as none', () => {
    const kept = restoreOrderBatch({ ...batch(), orderIds: ['o1', 42, ''] });
    expect(kept?.orderIds).toEqual(['o1', null, null]);
  });

  it('cuts columns of unequal length to the shortest', () => {
    const restored = restoreOrderBatch(batch({ amounts: [2_933, 1] }));
    expect(restored?.customerIds).toEqual(['c1', 'c2']);
  });

  it('keeps 10 000 orders per batch at most', () => {
    const n = 10_001;
    const restored = restoreOrderBatch(
      batch({
        customerIds: Array.from({ length: n }, () => 'c'),
        days: Array.from({ length: n }, () => '2025-01-01'),
        amounts: Array.from({ length: n }, () => 1),
        orderIds: Array.from({ length: n }, () => null),
      }),
    );
    expect(restored?.amounts).toHaveLength(10_000);
  });

  it('drops a batch without an id or plan', () => {
    expect(restoreOrderBatch({ ...batch(), id: 3 })).toBeNull();
    expect(restoreOrderBatch({ ...batch(), planId: undefined })).toBeNull();
  });
});

describe('ClvScenariosRepository', () => {
  it('lists a plan’s scenarios oldest first, and removes and restores one exactly', async () => {
    const db = await withPlan();
    const repo = new ClvScenariosRepository(db, () => NOW);
    await repo.create(scenario('late', { createdAt: 30 }));
    await repo.create(scenario('early', { createdAt: 20 }));
    const listed = await repo.listOf('p1');
    expect(listed.ok && listed.value.map((s) => s.id)).toEqual(['early', 'late']);

    const removed = await repo.remove('late');
    expect(removed).toEqual({ ok: true, value: scenario('late', { createdAt: 30 }) });
    expect((await clvScenariosOf(db, 'p1')).map((s) => s.id)).toEqual(['early']);
    if (!removed.ok || !removed.value) throw new Error('nothing removed');
    await repo.restore(removed.value);
    expect(await db.clvScenarios.get('late')).toEqual(scenario('late', { createdAt: 30 }));
  });

  it('does not create a scenario for a plan deleted meanwhile, nor overwrite one', async () => {
    const db = freshDb();
    const repo = new ClvScenariosRepository(db, () => NOW);
    expect(await repo.create(scenario('s1'))).toEqual({ ok: true, value: null });
    await db.plans.add(PLAN);
    await repo.create(scenario('s1'));
    expect((await repo.create(scenario('s1', { name: 'Autre' }))).ok).toBe(false);
    expect((await db.clvScenarios.get('s1'))?.name).toBe('Scénario s1');
  });

  it('keeps both tabs’ edits to different inputs of one scenario', async () => {
    const name = `clv-tabs-${Math.random()}`;
    const first = await withPlan(freshDb(name));
    const tabA = new ClvScenariosRepository(first, () => NOW);
    const tabB = new ClvScenariosRepository(freshDb(name), () => NOW + 1);
    await tabA.create(scenario('s1'));
    await tabA.apply('s1', { kind: 'inputs', fields: { retention: 0.8 } });
    await tabB.apply('s1', { kind: 'inputs', fields: { cac: toCents(6_000) } });
    const stored = restoreClvScenario(await first.clvScenarios.get('s1'));
    expect(stored?.inputs).toMatchObject({ retention: 0.8, cac: 6_000, averageBasket: 2_000 });
    expect(stored?.updatedAt).toBe(NOW + 1);
  });

  it('answers null for a change to a scenario deleted meanwhile, and never stores a NaN', async () => {
    const db = await withPlan();
    const repo = new ClvScenariosRepository(db, () => NOW);
    expect(await repo.apply('gone', { kind: 'fields', fields: { name: 'x' } })).toEqual({
      ok: true,
      value: null,
    });
    await repo.create(scenario('s1'));
    await repo.apply('s1', { kind: 'inputs', fields: { marginRate: Number.NaN } });
    expect((await db.clvScenarios.get('s1'))?.inputs.marginRate).toBe(0);
  });
});

describe('a backup with orders and CLV scenarios', () => {
  async function backupOf(db: MixplanDb): Promise<string> {
    const created = await createBackup(db, NOW);
    if (!created.ok) throw new Error(created.error.detail);
    return created.value.text;
  }

  /** The file with `from` replaced by `to`, and its checksum redone (a crafted file). */
  function crafted(text: string, from: string, to: string): string {
    const marked = text.replace(from, to);
    const parsed = JSON.parse(marked) as { tables: unknown; checksum: string };
    return marked.replace(parsed.checksum, checksumOf(JSON.stringify(parsed.tables)));
  }

  async function source(): Promise<MixplanDb> {
    const db = await withPlan();
    await new ClvScenariosRepository(db, () => NOW).create(scenario('s1'));
    await new OrdersRepository(db, () => NOW).replaceOrders('p1', ORDERS);
    return db;
  }

  it('restores them exactly', async () => {
    const text = await backupOf(await source());
    const target = freshDb();
    const checked = checkBackup(target, text, NOW);
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.summary.counts).toMatchObject({ orderBatches: 1, clvScenarios: 1 });
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    expect(await readOrders(target, 'p1')).toEqual(ORDERS);
    expect(await target.clvScenarios.toArray()).toEqual([scenario('s1')]);
  });

  it.each([
    ['an unreal day', '"2025-01-31"', '"2025-02-30"', 'orderBatches'],
    ['cents that are not whole', '2933', '29.33', 'orderBatches'],
    ['an amount written as text', '2933', '"2933"', 'orderBatches'],
    ['an Infinity (1e999) in a scenario', '"cac":4999', '"cac":1e999', 'clvScenarios'],
    ['an unknown convention', '"after-one-retention-step"', '"weekly"', 'clvScenarios'],
  ])('is refused when it holds %s', async (_, from, to, table) => {
    const text = await backupOf(await source());
    expect(text).toContain(from);
    const checked = checkBackup(freshDb(), crafted(text, from, to), NOW);
    expect(checked.ok ? 'accepted' : checked.error).toEqual({
      code: 'invalid-record',
      table,
      index: 0,
    });
  });

  it('is refused when a batch’s columns are not the same length', async () => {
    const text = await backupOf(await source());
    const checked = checkBackup(freshDb(), crafted(text, '"o1",null', '"o1"'), NOW);
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('invalid-record');
  });
});

describe('deleting a plan', () => {
  it('deletes its orders and CLV scenarios with it, and undo brings them back', async () => {
    const db = await withPlan();
    await db.plans.add({ ...PLAN, id: 'p2' });
    const scenarios = new ClvScenariosRepository(db, () => NOW);
    const orders = new OrdersRepository(db, () => NOW);
    await scenarios.create(scenario('s1'));
    await scenarios.create(scenario('kept', { planId: 'p2' }));
    await orders.replaceOrders('p1', ORDERS);
    await orders.replaceOrders('p2', ORDERS.slice(0, 1));
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-06' as Month }));

    const deleted = await plans.delete('p1');
    if (!deleted.ok || !deleted.value) throw new Error('not deleted');
    expect(await clvScenariosOf(db, 'p1')).toEqual([]);
    expect(await readOrders(db, 'p1')).toEqual([]);
    expect((await clvScenariosOf(db, 'p2')).map((s) => s.id)).toEqual(['kept']);
    expect(await readOrders(db, 'p2')).toEqual(ORDERS.slice(0, 1));
    expect(deleted.value.clvScenarios?.map((s) => s.id)).toEqual(['s1']);
    expect(deleted.value.orderBatches).toHaveLength(1);

    await plans.restore(deleted.value);
    expect(await clvScenariosOf(db, 'p1')).toEqual([scenario('s1')]);
    expect(await readOrders(db, 'p1')).toEqual(ORDERS);
  });
});
