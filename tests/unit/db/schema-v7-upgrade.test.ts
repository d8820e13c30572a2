// Schema v7 → v8 (the influencer sheet and its settings): a database written by version 7
// keeps every record, and starts with no influencer and no sheet settings.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb, SCHEMA_VERSION } from '../../../src/db/db';

const plan = {
  id: 'p1',
  name: 'Plan v7',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01',
  monthCount: 12,
  targetBudget: null,
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
const budget = { channelId: 'tv', planId: 'p1', months: { '2026-01': { planned: 120_000 } } };
const clvScenario = { id: 's1', planId: 'p1', name: 'A', createdAt: 1 };
const clvSettings = { planId: 'p1', segmentRules: { rules: [] }, segmentNames: {}, updatedAt: 3 };

let names: string[] = [];

afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

/** A database exactly as version 7 of the app declared and wrote it. */
async function writeVersion7(name: string): Promise<void> {
  const v7 = new Dexie(name);
  v7.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
  v7.version(2).stores({ budgets: 'channelId, planId' });
  v7.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
  v7.version(4).stores({ importUndo: 'id, planId, [planId+at]' });
  v7.version(5).stores({ roiScenarios: 'id, planId' });
  v7.version(6).stores({ orderBatches: 'id, planId', clvScenarios: 'id, planId' });
  v7.version(7).stores({ clvSettings: 'planId' });
  await v7.open();
  await v7.table('plans').add(plan);
  await v7.table('channels').add(channel);
  await v7.table('budgets').add(budget);
  await v7.table('clvScenarios').add(clvScenario);
  await v7.table('clvSettings').add(clvSettings);
  await v7.table('meta').put({ key: 'revision:p1', value: 4 });
  v7.close();
}

describe('schema v7 → v8', () => {
  it('keeps every record of v7 and starts with an empty influencer sheet', async () => {
    const name = `migration-v8-${Math.random()}`;
    names.push(name);
    await writeVersion7(name);

    const db = new MixplanDb(name);
    await db.open();
    expect(SCHEMA_VERSION).toBe(9);
    expect(db.verno).toBe(9);
    expect(await db.plans.toArray()).toEqual([plan]);
    expect(await db.channels.toArray()).toEqual([channel]);
    expect(await db.budgets.toArray()).toEqual([budget]);
    expect(await db.clvScenarios.toArray()).toEqual([clvScenario]);
    expect(await db.clvSettings.toArray()).toEqual([clvSettings]);
    expect(await db.meta.toArray()).toEqual([{ key: 'revision:p1', value: 4 }]);
    expect(await db.influencers.count()).toBe(0);
    expect(await db.influencerSettings.count()).toBe(0);
    // Indexed by plan, so that a plan reads and deletes its own rows.
    expect(db.influencers.schema.idxByName.planId).toBeDefined();
    expect(db.influencerSettings.schema.primKey.keyPath).toBe('planId');
    db.close();
  });
});
