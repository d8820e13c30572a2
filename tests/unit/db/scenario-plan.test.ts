// "Write as a new scenario": the allocator's split becomes a copy of the plan whose planned
// months carry the new totals, and the original plan is never touched.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSplitAsScenario } from '../../../src/db/scenario-plan';
import { MixplanDb } from '../../../src/db/db';
import type { ChannelBudget, MonthAmounts } from '../../../src/domain/budget';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel, Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];

afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

const PLAN: Plan = {
  id: 'p1',
  name: 'Plan 2026',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: toCents(2_000_000),
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

function channel(id: string, name: string, sortOrder: number): Channel {
  return {
    id,
    planId: 'p1',
    name,
    family: 'media',
    category: 'custom',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder,
  };
}

function amounts(planned: number, committed = 0, actual = 0): MonthAmounts {
  return { planned: toCents(planned), committed: toCents(committed), actual: toCents(actual) };
}

const BUDGETS: ChannelBudget[] = [
  {
    channelId: 'tv',
    planId: 'p1',
    months: {
      // Before the plan's window: not part of what the split spreads, and kept as it is.
      '2025-12': amounts(50_000),
      '2026-01': amounts(100_000, 20_000),
      '2026-02': amounts(300_000, 0, 10_000),
    },
  },
  { channelId: 'radio', planId: 'p1', months: {} },
  { channelId: 'salon', planId: 'p1', months: { '2026-03': amounts(70_000) } },
];

async function plannedDb(): Promise<MixplanDb> {
  const db = new MixplanDb(`scenario-plan-${Math.random()}`);
  opened.push(db);
  await db.plans.add(PLAN);
  await db.channels.bulkAdd([
    channel('tv', 'TV', 0),
    channel('radio', 'Radio', 1),
    channel('salon', 'Salon', 2),
  ]);
  await db.budgets.bulkAdd(BUDGETS);
  return db;
}

async function sourceRecords(db: MixplanDb): Promise<string> {
  return JSON.stringify({
    plan: await db.plans.get('p1'),
    channels: await db.channels.where('planId').equals('p1').sortBy('id'),
    budgets: await db.budgets.where('planId').equals('p1').sortBy('channelId'),
  });
}

function ids(): () => string {
  let n = 0;
  return () => `n${++n}`;
}

async function copiedBudget(db: MixplanDb, planId: string, name: string) {
  const copy = (await db.channels.where('planId').equals(planId).toArray()).find(
    (c) => c.name === name,
  );
  return copy ? (await db.budgets.get(copy.id))?.months : undefined;
}

describe('writeSplitAsScenario', () => {
  const input = {
    sourcePlanId: 'p1',
    copy: { id: 'copy', name: 'Plan 2026 — répartition optimisée' },
    split: [
      { channelId: 'tv', cents: toCents(800_000) },
      { channelId: 'radio', cents: toCents(120_005) },
    ],
  };

  it('copies the plan as a scenario of it, with new channel ids', async () => {
    const db = await plannedDb();
    const written = await writeSplitAsScenario(db, () => ({ now: NOW }), input, ids());
    expect(written).toEqual({
      ok: true,
      value: {
        ...PLAN,
        id: 'copy',
        name: 'Plan 2026 — répartition optimisée',
        scenarioOf: 'p1',
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
    const copies = await db.channels.where('planId').equals('copy').sortBy('sortOrder');
    expect(copies.map((c) => c.name)).toEqual(['TV', 'Radio', 'Salon']);
    expect(copies.map((c) => c.id).sort()).toEqual(['n1', 'n2', 'n3']);
  });

  it('spreads each new total over the planned months, keeping their shape', async () => {
    const db = await plannedDb();
    await writeSplitAsScenario(db, () => ({ now: NOW }), input, ids());
    // TV planned 100 000 + 300 000 = 400 000 in the window; 800 000 is twice that:
    // January 200 000, February 600 000. Committed and actual stay; December is outside.
    expect(await copiedBudget(db, 'copy', 'TV')).toEqual({
      '2025-12': amounts(50_000),
      '2026-01': amounts(200_000, 20_000),
      '2026-02': amounts(600_000, 0, 10_000),
    });
    // Radio planned nothing: 120 005 / 12 = 10 000 a month, the 5 cents left to Jan … May.
    const radio = await copiedBudget(db, 'copy', 'Radio');
    expect(Object.values(radio ?? {}).map((m) => m.planned)).toEqual([
      10_001, 10_001, 10_001, 10_001, 10_001, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000,
      10_000,
    ]);
    expect(Object.keys(radio ?? {})[0]).toBe('2026-01');
    // Salon is not in the split: its amounts are copied unchanged.
    expect(await copiedBudget(db, 'copy', 'Salon')).toEqual({ '2026-03': amounts(70_000) });
  });

  it('leaves out a month whose amounts all become zero', async () => {
    const db = await plannedDb();
    const zero = { ...input, split: [{ channelId: 'salon', cents: toCents(0) }] };
    await writeSplitAsScenario(db, () => ({ now: NOW }), zero, ids());
    expect(await copiedBudget(db, 'copy', 'Salon')).toEqual({});
  });

  it('never touches the original plan', async () => {
    const db = await plannedDb();
    const before = await sourceRecords(db);
    await writeSplitAsScenario(db, () => ({ now: NOW }), input, ids());
    expect(await sourceRecords(db)).toBe(before);
  });

  it('writes nothing and answers null when the plan was deleted meanwhile', async () => {
    const db = await plannedDb();
    const gone = { ...input, sourcePlanId: 'deleted' };
    expect(await writeSplitAsScenario(db, () => ({ now: NOW }), gone, ids())).toEqual({
      ok: true,
      value: null,
    });
    expect(await db.plans.count()).toBe(1);
  });

  it('writes nothing when the copy’s id is taken: all of the scenario or none', async () => {
    const db = await plannedDb();
    const taken = { ...input, copy: { id: 'p1', name: 'Over the original' } };
    const result = await writeSplitAsScenario(db, () => ({ now: NOW }), taken, ids());
    expect(result.ok).toBe(false);
    expect(await db.channels.count()).toBe(3);
    expect(await db.budgets.count()).toBe(3);
  });
});
