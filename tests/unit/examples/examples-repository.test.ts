// Loading a guided example writes its whole workspace in one transaction, and "remove the
// examples" deletes the marked plans with every record of theirs: the user's own plan, its
// channels, budgets, scenarios, influencers, leads and meta keys are exactly as before.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb } from '../../../src/db/db';
import { ExamplesRepository } from '../../../src/db/examples-repository';
import { PlansRepository, revisionKey } from '../../../src/db/plans-repository';
import { writesKey } from '../../../src/db/plan-changes-repository';
import { EXAMPLE_IDS, buildExample, examplePointers } from '../../../src/domain/examples';
import { leadFunnelCounts } from '../../../src/state/lead-funnel';
import { LOAD_DAY, LOAD_MONTH, LOAD_NOW, exampleContext } from './example-context';

let opened: MixplanDb[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

function freshDb(): MixplanDb {
  const db = new MixplanDb(`examples-repo-${Math.random()}`);
  opened.push(db);
  return db;
}

const clock = () => LOAD_NOW;

/**
 * The user's own workspace: an example built under other ids and with its mark taken off
 * stands for a plan with every kind of record (channels, budgets, ROI and CLV scenarios,
 * influencers, leads and a scoring model), plus its meta keys.
 */
async function seedOwnPlan(db: MixplanDb): Promise<void> {
  const own = buildExample('trade-show', exampleContext('fr', 'own-'));
  const { example: _mark, ...plan } = own.plan;
  void _mark;
  const influencers = buildExample(
    'omnichannel-shop',
    exampleContext('fr', 'own-inf-'),
  ).influencers.map((i, addedIndex) => ({ ...i, planId: plan.id, addedAt: 1, addedIndex }));
  await db.plans.add({ ...plan, name: 'Mon plan à moi' });
  await db.channels.bulkAdd(own.channels);
  await db.budgets.bulkAdd(own.budgets);
  await db.roiScenarios.bulkAdd(own.roiScenarios);
  await db.clvScenarios.bulkAdd(own.clvScenarios);
  await db.influencers.bulkAdd(influencers);
  await db.leads.add({ id: `${plan.id}:0`, planId: plan.id, seq: 0, leads: [] });
  await db.leadCriteria.add(own.leadCriteria!);
  await db.meta.bulkPut([
    { key: revisionKey(plan.id), value: 3 },
    { key: 'currentPlanId', value: plan.id },
  ]);
}

async function everything(db: MixplanDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

describe('the guided examples in the database', () => {
  it('load, then remove, and leave the user’s own plan exactly as it was', async () => {
    const db = freshDb();
    await seedOwnPlan(db);
    const before = await everything(db);
    const repo = new ExamplesRepository(db, clock);

    const loaded = [];
    for (const id of EXAMPLE_IDS) {
      const ws = buildExample(id, exampleContext('en', `${id}-`));
      const result = await repo.load(ws);
      if (!result.ok) throw new Error(result.error.detail);
      loaded.push(ws);
      // Meta keys a plan gains once it is open and edited go with it.
      await db.meta.bulkPut([
        { key: revisionKey(ws.plan.id), value: 1 },
        { key: writesKey(ws.plan.id), value: { tab: 't', seq: 1 } },
      ]);
    }
    expect((await repo.examplePlans()).map((p) => p.example).sort()).toEqual(
      [...EXAMPLE_IDS].sort(),
    );
    const plans = new PlansRepository(db, () => ({ now: LOAD_NOW, month: LOAD_MONTH }));
    for (const ws of loaded) {
      expect(await plans.channelsOf(ws.plan.id)).toEqual(ws.channels);
      expect(await db.roiScenarios.where('planId').equals(ws.plan.id).count()).toBe(1);
    }

    const removed = await repo.removeAll();
    if (!removed.ok) throw new Error(removed.error.detail);
    expect(removed.value.map((p) => p.id).sort()).toEqual(loaded.map((w) => w.plan.id).sort());
    expect(await everything(db)).toEqual(before);
    expect((await repo.removeAll()).ok && (await repo.examplePlans())).toEqual([]);
  });

  it('stores the trade show’s leads and model so that lead scoring finds the promised counts', async () => {
    const db = freshDb();
    const ws = buildExample('trade-show', exampleContext('fr'));
    expect((await new ExamplesRepository(db, clock).load(ws)).ok).toBe(true);
    const counts = await leadFunnelCounts(db, ws.plan.id, LOAD_DAY, ws.plan.locale);
    const promised = new Map(examplePointers(ws, LOAD_DAY).map((p) => [p.id, p.value]));
    expect(promised.get('sql')).toEqual({ kind: 'count', value: counts?.sql, digits: 0 });
    // The funnel counts MQL with SQL; the pointer counts the MQL band alone.
    expect(promised.get('mql')).toEqual({
      kind: 'count',
      value: (counts?.mql ?? 0) - (counts?.sql ?? 0),
      digits: 0,
    });
  });

  it('writes nothing when a write fails half-way (one transaction)', async () => {
    const db = freshDb();
    // The last table the load writes refuses: plan, channels, budgets… were already put.
    let armed = false;
    db.use({
      stack: 'dbcore',
      name: 'scoring-model-refused',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'leadCriteria') return table;
          return {
            ...table,
            mutate: (request) =>
              armed
                ? Promise.reject(new DOMException('disk full', 'QuotaExceededError'))
                : table.mutate(request),
          };
        },
      }),
    });
    await seedOwnPlan(db);
    armed = true;
    const before = await everything(db);
    const result = await new ExamplesRepository(db, clock).load(
      buildExample('trade-show', exampleContext('fr')),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('quota');
    expect(await everything(db)).toEqual(before);
  });

  it('refuses to write over a record stored under the same id', async () => {
    const db = freshDb();
    const repo = new ExamplesRepository(db, clock);
    const ws = buildExample('open-day', exampleContext('fr'));
    expect((await repo.load(ws)).ok).toBe(true);
    const before = await everything(db);
    expect((await repo.load(ws)).ok).toBe(false);
    expect(await everything(db)).toEqual(before);
  });
});
