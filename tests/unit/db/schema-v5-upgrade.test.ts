// Schema v4 → v5 (saved ROI scenarios): a database written by version 4 keeps every record,
// opened at the current version (v5 and every later one).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb, SCHEMA_VERSION } from '../../../src/db/db';

const plan = {
  id: 'p1',
  name: 'Plan v4',
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
const meta = [
  { key: 'language', value: 'en' },
  { key: 'revision:p1', value: 7 },
];

let names: string[] = [];

afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

/** A database exactly as version 4 of the app declared and wrote it, one record in each table. */
async function writeVersion4(name: string): Promise<void> {
  const v4 = new Dexie(name);
  v4.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  v4.version(2).stores({ budgets: 'channelId, planId' });
  v4.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
  v4.version(4).stores({ importUndo: 'id, planId, [planId+at]' });
  await v4.open();
  await v4.table('plans').add(plan);
  await v4.table('channels').add(channel);
  await v4.table('budgets').add(budget);
  await v4.table('history').add(history);
  await v4.table('importUndo').add(importUndo);
  await v4.table('meta').bulkPut(meta);
  v4.close();
}

describe('schema v4 → current', () => {
  it('keeps every plan, channel, amount, undo step and import, and starts with no scenario', async () => {
    const name = `migration-v5-${Math.random()}`;
    names.push(name);
    await writeVersion4(name);

    const db = new MixplanDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.channels.toArray()).toEqual([channel]);
    expect(await db.budgets.toArray()).toEqual([budget]);
    expect(await db.history.toArray()).toEqual([history]);
    expect(await db.importUndo.toArray()).toEqual([importUndo]);
    expect(await db.meta.orderBy('key').toArray()).toEqual(meta);
    expect(await db.roiScenarios.count()).toBe(0);
    // The new table is indexed by plan: a plan's scenarios are found without reading all.
    expect(db.roiScenarios.schema.indexes.map((i) => i.name)).toEqual(['planId']);
    db.close();
  });
});
