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
