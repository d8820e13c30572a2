// "Shift every amount by N months" as stored: the plan's new window, its budgets moved and
// its revision bumped together, other plans untouched, and nothing written when one month
// cannot move.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MixplanDb } from '../../../src/db/db';
import { PlanShiftRepository } from '../../../src/db/plan-shift';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const cells = (planned: number, actual = 0) => ({
  planned: toCents(planned),
  committed: toCents(0),
  actual: toCents(actual),
});

function plan(id: string): Plan {
  return {
    id,
    name: id,
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth: '2026-01' as Month,
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: 1,
    updatedAt: 1,
  };
}

let db: MixplanDb;
let counter = 0;

beforeEach(async () => {
  db = new MixplanDb(`plan-shift-${++counter}`);
  await db.plans.bulkAdd([plan('p1'), plan('p2')]);
  await db.budgets.bulkAdd([
    { channelId: 'c2', planId: 'p1', months: { '2026-12': cells(5_000) } },
    { channelId: 'c3', planId: 'p2', months: { '2026-01': cells(7_000) } },
  ]);
  // A field this version does not know, as a newer tab might have written it (the untyped
  // table: the typed one refuses unknown fields).
  await db.table('budgets').add({
    channelId: 'c1',
    planId: 'p1',
    months: { '2026-01': cells(100_000, 90_000) },
    note: 'x',
  });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('PlanShiftRepository.shiftWindow', () => {
  it('saves the new first month, moves every amount of the plan and bumps its revision', async () => {
    const repo = new PlanShiftRepository(db, () => 42);
    const result = await repo.shiftWindow('p1', { firstMonth: '2026-03' as Month }, 2);
    expect(result).toEqual({ ok: true, value: { status: 'shifted' } });
    expect(await db.plans.get('p1')).toMatchObject({ firstMonth: '2026-03', updatedAt: 42 });
    expect(await db.budgets.get('c1')).toEqual({
      channelId: 'c1',
      planId: 'p1',
      months: { '2026-03': cells(100_000, 90_000) },
      note: 'x',
    });
    expect((await db.budgets.get('c2'))?.months).toEqual({ '2027-02': cells(5_000) });
    expect((await db.meta.get('revision:p1'))?.value).toBe(1);
    // Another plan is not touched.
    expect((await db.budgets.get('c3'))?.months).toEqual({ '2026-01': cells(7_000) });
    expect(await db.plans.get('p2')).toEqual(plan('p2'));
  });

  it('writes nothing when a month would leave the calendar', async () => {
    await db.budgets.put({ channelId: 'c4', planId: 'p1', months: { '9999-12': cells(1) } });
    const before = { plans: await db.plans.toArray(), budgets: await db.budgets.toArray() };
    const result = await new PlanShiftRepository(db, () => 42).shiftWindow(
      'p1',
      { firstMonth: '2026-02' as Month },
      1,
    );
    expect(result).toEqual({ ok: true, value: { status: 'month-out-of-range', month: '9999-12' } });
    expect({ plans: await db.plans.toArray(), budgets: await db.budgets.toArray() }).toEqual(
      before,
    );
    expect(await db.meta.get('revision:p1')).toBeUndefined();
  });

  it('says when the plan is gone', async () => {
    const result = await new PlanShiftRepository(db, () => 42).shiftWindow('nope', {}, 1);
    expect(result).toEqual({ ok: true, value: { status: 'no-plan' } });
  });
});
