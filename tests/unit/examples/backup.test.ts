// Every guided example is a workspace a backup could hold: its records pass the checks a
// backup file goes through (each restore step keeps them unchanged), and restore brings it
// back still marked as an example. The mark itself: kept on read when valid, dropped when
// not, never carried over to a duplicate or a scenario copy.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { backupOfSnapshot, checkBackup, restoreBackup } from '../../../src/db/backup';
import { MixplanDb } from '../../../src/db/db';
import { exampleRecords } from '../../../src/db/examples-records';
import { ExamplesRepository } from '../../../src/db/examples-repository';
import { PlansRepository } from '../../../src/db/plans-repository';
import { restorePlan } from '../../../src/db/restore';
import { writeSplitAsScenario } from '../../../src/db/scenario-plan';
import { EXAMPLE_IDS, buildExample } from '../../../src/domain/examples';
import { toCents } from '../../../src/domain/money';
import { LOAD_MONTH, LOAD_NOW, exampleContext } from './example-context';

let opened: MixplanDb[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

function freshDb(): MixplanDb {
  const db = new MixplanDb(`examples-backup-${Math.random()}`);
  opened.push(db);
  return db;
}

describe.each(EXAMPLE_IDS)('guided example %s in a backup', (id) => {
  it.each(['fr', 'en'] as const)(
    'passes every backup check (%s) and restores marked',
    async (language) => {
      const ws = buildExample(id, exampleContext(language));
      const db = freshDb();
      const { text, summary } = backupOfSnapshot(db, exampleRecords(ws, LOAD_NOW), [], LOAD_NOW);
      expect(summary.planNames).toEqual([ws.plan.name]);
      const checked = checkBackup(db, text, LOAD_NOW);
      if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.error)}`);
      expect((await restoreBackup(db, checked.value)).ok).toBe(true);
      const examples = await new ExamplesRepository(db, () => LOAD_NOW).examplePlans();
      expect(examples).toEqual([ws.plan]);
      expect(await db.channels.count()).toBe(ws.channels.length);
      expect(await db.roiScenarios.count()).toBe(ws.roiScenarios.length);
      expect(await db.clvScenarios.count()).toBe(ws.clvScenarios.length);
      expect(await db.influencers.count()).toBe(ws.influencers.length);
      expect(await db.leadCriteria.count()).toBe(ws.leadCriteria === null ? 0 : 1);
    },
  );
});

describe('the example mark on a plan', () => {
  const ws = buildExample('open-day', exampleContext());

  it('is kept by restorePlan when it names an example, dropped when it does not', () => {
    expect(restorePlan(ws.plan, LOAD_NOW, LOAD_MONTH)?.example).toBe('open-day');
    const unknown = restorePlan({ ...ws.plan, example: 'not-an-example' }, LOAD_NOW, LOAD_MONTH);
    expect(unknown).not.toBeNull();
    expect(unknown).not.toHaveProperty('example');
  });

  it('is not carried over to a duplicate nor to a scenario copy', async () => {
    const db = freshDb();
    expect((await new ExamplesRepository(db, () => LOAD_NOW).load(ws)).ok).toBe(true);
    const plans = new PlansRepository(db, () => ({ now: LOAD_NOW, month: LOAD_MONTH }));
    let n = 0;
    const newId = () => `copy-${(n += 1)}`;
    const duplicate = await plans.duplicate(
      ws.plan.id,
      { id: 'dup', name: 'Copie', scenarioOf: null },
      newId,
    );
    const scenario = await writeSplitAsScenario(
      db,
      () => ({ now: LOAD_NOW }),
      {
        sourcePlanId: ws.plan.id,
        copy: { id: 'scn', name: 'Scénario' },
        split: [{ channelId: ws.channels[0]!.id, cents: toCents(100_000) }],
      },
      newId,
    );
    if (!duplicate.ok || !scenario.ok) throw new Error('copy failed');
    for (const id of ['dup', 'scn']) {
      const stored = await db.plans.get(id);
      expect(stored).toBeDefined();
      expect(stored).not.toHaveProperty('example');
    }
    expect((await plans.list()).filter((p) => p.example !== undefined).map((p) => p.id)).toEqual([
      ws.plan.id,
    ]);
  });
});
