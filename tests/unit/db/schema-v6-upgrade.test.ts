// Schema v5 → v6 (orders in batches, saved CLV scenarios): a database written by version 5
// keeps every record, and starts with no orders and no CLV scenario.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb, SCHEMA_VERSION } from '../../../src/db/db';

const plan = {
  id: 'p1',
  name: 'Plan v5',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01',
  monthCount: 12,
  targetBudget: 4_800_000,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};
const channel = {
  id: 'tv',
  planId: 'p1',
  name: 'TV',
  family: 'media',
  category: 'tv',
  poe: 'paid',
  costModel: { kind: 'fixed' },
  objective: null,
  stage: null,
  kpi: null,
  sortOrder: 0,
};
const budget = {
  channelId: 'tv',
  planId: 'p1',
  months: { '2026-01': { planned: 120_000, committed: 5_000, actual: 99_950 } },
};
const history = { id: 'h1', planId: 'p1', tab: 't1', order: 1, state: 'done', ops: [] };
const importUndo = { id: 'u1', planId: 'p1', at: 3, channels: [], budgets: [] };
const roiScenario = { id: 's1', planId: 'p1', name: 'Salon', lines: [], createdAt: 4 };
const meta = [
  { key: 'language', value: 'en' },
  { key: 'revision:p1', value: 7 },
];

let names: string[] = [];

afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

/** A database exactly as version 5 of the app declared and wrote it, one record per table. */
async function writeVersion5(name: string): Promise<void> {
  const v5 = new Dexie(name);
  v5.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  v5.version(2).stores({ budgets: 'channelId, planId' });
  v5.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
  v5.version(4).stores({ importUndo: 'id, planId, [planId+at]' });
  v5.version(5).stores({ roiScenarios: 'id, planId' });
  await v5.open();
  await v5.table('plans').add(plan);
  await v5.table('channels').add(channel);
  await v5.table('budgets').add(budget);
  await v5.table('history').add(history);
  await v5.table('importUndo').add(importUndo);
  await v5.table('roiScenarios').add(roiScenario);
  await v5.table('meta').bulkPut(meta);
  v5.close();
}

describe('schema v5 → v6', () => {
  it('keeps every plan, channel, amount, undo step, import and ROI scenario', async () => {
    const name = `migration-v6-${Math.random()}`;
    names.push(name);
    await writeVersion5(name);

    const db = new MixplanDb(name);
    await db.open();
    // Opened by today's app: v6 and every later version ran (v7 and v8 add only tables).
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.channels.toArray()).toEqual([channel]);
    expect(await db.budgets.toArray()).toEqual([budget]);
    expect(await db.history.toArray()).toEqual([history]);
    expect(await db.importUndo.toArray()).toEqual([importUndo]);
    expect(await db.roiScenarios.toArray()).toEqual([roiScenario]);
    expect(await db.meta.orderBy('key').toArray()).toEqual(meta);
    expect(await db.orderBatches.count()).toBe(0);
    expect(await db.clvScenarios.count()).toBe(0);
    // Both new tables are indexed by plan: a plan's delete finds its records without a scan.
    expect(db.orderBatches.schema.indexes.map((i) => i.name)).toEqual(['planId']);
    expect(db.clvScenarios.schema.indexes.map((i) => i.name)).toEqual(['planId']);
    db.close();
  });
});
