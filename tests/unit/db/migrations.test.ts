// Each schema version opens a database written by the one before and keeps every record.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MixplanDb, SCHEMA_VERSION } from '../../../src/db/db';

const plan = {
  id: 'p1',
  name: 'Plan v1',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01',
  monthCount: 12,
  targetBudget: 4_800_000,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};
const channels = ['tv', 'salon'].map((id, i) => ({
  id,
  planId: 'p1',
  name: id,
  family: i === 0 ? 'media' : 'hors-media',
  category: id === 'tv' ? 'tv' : 'trade-show',
  poe: 'paid',
  costModel: { kind: 'fixed' },
  objective: null,
  stage: null,
  kpi: null,
  sortOrder: i,
}));

/** A database exactly as version 1 of the app wrote it. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  await v1.open();
  await v1.table('plans').add(plan);
  await v1.table('channels').bulkAdd(channels);
  await v1.table('meta').put({ key: 'language', value: 'en' });
  v1.close();
}

describe('schema v1 → v2', () => {
  it('keeps every plan, channel and setting, and gives each channel an empty budget', async () => {
    const name = `migration-${Math.random()}`;
    await writeVersion1(name);
    const db = new MixplanDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.channels.orderBy('id').toArray()).toEqual(
      [...channels].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.meta.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(await db.budgets.orderBy('channelId').toArray()).toEqual([
      { channelId: 'salon', planId: 'p1', months: {} },
      { channelId: 'tv', planId: 'p1', months: {} },
    ]);
    db.close();
  });
});

/** A database exactly as version 2 of the app wrote it: plans, channels, meta, budgets. */
async function writeVersion2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  v2.version(2).stores({ budgets: 'channelId, planId' });
  await v2.open();
  await v2.table('plans').add(plan);
  await v2.table('channels').bulkAdd(channels);
  await v2.table('meta').bulkPut([
    { key: 'language', value: 'en' },
    { key: 'revision:p1', value: 4 },
  ]);
  await v2.table('budgets').bulkAdd([
    {
      channelId: 'tv',
      planId: 'p1',
      months: { '2026-01': { planned: 120_000, committed: 0, actual: 99_950 } },
    },
    { channelId: 'salon', planId: 'p1', months: {} },
  ]);
  v2.close();
}

describe('schema v2 → v3', () => {
  it('keeps every plan, channel, setting and amount, and starts with an empty undo log', async () => {
    const name = `migration-${Math.random()}`;
    await writeVersion2(name);
    const db = new MixplanDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.channels.count()).toBe(2);
    expect(await db.meta.get('revision:p1')).toEqual({ key: 'revision:p1', value: 4 });
    expect((await db.budgets.get('tv'))?.months).toEqual({
      '2026-01': { planned: 120_000, committed: 0, actual: 99_950 },
    });
    expect(await db.history.count()).toBe(0);
    db.close();
  });
});

/** A database exactly as version 3 of the app wrote it: version 2 plus the undo log. */
async function writeVersion3(name: string): Promise<void> {
  await writeVersion2(name);
  const v3 = new Dexie(name);
  v3.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  v3.version(2).stores({ budgets: 'channelId, planId' });
  v3.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
  await v3.open();
  await v3.table('history').add({ id: 'h1', planId: 'p1', tab: 't1', order: 1, state: 'done' });
  v3.close();
}

describe('schema v3 → v4', () => {
  it('keeps every record and the undo log, and starts with no import to undo', async () => {
    const name = `migration-${Math.random()}`;
    await writeVersion3(name);
    const db = new MixplanDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.channels.count()).toBe(2);
    expect((await db.budgets.get('tv'))?.months).toEqual({
      '2026-01': { planned: 120_000, committed: 0, actual: 99_950 },
    });
    expect(await db.history.count()).toBe(1);
    expect(await db.importUndo.count()).toBe(0);
    db.close();
  });
});

/** A database exactly as version 8 of the app declared and wrote it: one record per table. */
async function writeVersion8(name: string): Promise<Record<string, unknown[]>> {
  const records: Record<string, unknown[]> = {
    plans: [plan],
    channels,
    meta: [
      { key: 'language', value: 'en' },
      { key: 'revision:p1', value: 7 },
    ],
    budgets: [{ channelId: 'tv', planId: 'p1', months: { '2026-01': { planned: 120_000 } } }],
    history: [{ id: 'h1', planId: 'p1', tab: 't1', order: 1, state: 'done' }],
    importUndo: [{ id: 'u1', planId: 'p1', at: 5 }],
    roiScenarios: [{ id: 'r1', planId: 'p1', name: 'ROI' }],
    orderBatches: [
      {
        id: 'p1:0',
        planId: 'p1',
        seq: 0,
        customerIds: ['c1'],
        days: ['2026-01-02'],
        amounts: [1_250],
        orderIds: [null],
      },
    ],
    clvScenarios: [{ id: 's1', planId: 'p1', name: 'CLV', createdAt: 1 }],
    clvSettings: [{ planId: 'p1', segmentRules: { rules: [] }, segmentNames: {}, updatedAt: 3 }],
    influencers: [{ id: 'i1', planId: 'p1', name: 'Léa', addedAt: 4, addedIndex: 0 }],
    influencerSettings: [{ planId: 'p1', updatedAt: 6 }],
  };
  const v8 = new Dexie(name);
  v8.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  v8.version(2).stores({ budgets: 'channelId, planId' });
  v8.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
  v8.version(4).stores({ importUndo: 'id, planId, [planId+at]' });
  v8.version(5).stores({ roiScenarios: 'id, planId' });
  v8.version(6).stores({ orderBatches: 'id, planId', clvScenarios: 'id, planId' });
  v8.version(7).stores({ clvSettings: 'planId' });
  v8.version(8).stores({ influencers: 'id, planId', influencerSettings: 'planId' });
  await v8.open();
  for (const [table, rows] of Object.entries(records)) await v8.table(table).bulkAdd(rows);
  v8.close();
  return records;
}

describe('schema v8 → v9', () => {
  it('keeps every record of every table, and starts with no leads and no scoring model', async () => {
    const name = `migration-${Math.random()}`;
    const written = await writeVersion8(name);
    const db = new MixplanDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(written)) {
      const key = db.table(table).schema.primKey.keyPath as string;
      const byKey = (a: unknown, b: unknown) =>
        String((a as Record<string, unknown>)[key]).localeCompare(
          String((b as Record<string, unknown>)[key]),
        );
      expect({ table, rows: (await db.table(table).toArray()).sort(byKey) }).toEqual({
        table,
        rows: [...rows].sort(byKey),
      });
    }
    expect(await db.leads.count()).toBe(0);
    expect(await db.leadCriteria.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
