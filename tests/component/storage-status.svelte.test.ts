// The tab's storage status around a real (fake-indexeddb) database: what the user keeps when
// the database is deleted from another tab or a newer version takes it, "save it again here",
// a backup from the screen, and a backup restored into a database that vanished.
import Dexie from 'dexie';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb, type PlanSnapshot } from '../../src/db';
import { toCents } from '../../src/domain/money';
import type { Month } from '../../src/domain/months';
import { AppState } from '../../src/state/app-state.svelte';
import { BackupSession } from '../../src/state/backup.svelte';
import { scratchDbName, testEnvironment } from './harness';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const SNAPSHOT: PlanSnapshot = {
  plan: {
    id: 'plan-1',
    name: 'Lancement printemps',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth: '2026-03' as Month,
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: 1,
    updatedAt: 1,
  },
  channels: [
    {
      id: 'ch-1',
      planId: 'plan-1',
      name: 'Street marketing',
      family: 'hors-media',
      category: 'street',
      poe: 'paid',
      costModel: { kind: 'fixed' },
      objective: null,
      stage: null,
      kpi: null,
      sortOrder: 0,
    },
  ],
  budgets: [
    {
      channelId: 'ch-1',
      planId: 'plan-1',
      months: {
        '2026-04': { planned: toCents(3_500_00), committed: toCents(0), actual: toCents(0) },
      },
    },
  ],
};

async function openApp(): Promise<{ app: AppState; db: MixplanDb }> {
  const db = new MixplanDb(scratchDbName());
  await db.plans.add(SNAPSHOT.plan);
  await db.channels.bulkAdd(SNAPSHOT.channels);
  await db.budgets.bulkAdd(SNAPSHOT.budgets);
  let app!: AppState;
  cleanups.push(
    $effect.root(() => {
      app = new AppState(db, testEnvironment(), 'fr');
    }),
  );
  cleanups.push(() => {
    app.storage.dispose();
    db.close();
  });
  flushSync();
  await app.start();
  return { app, db };
}

/** What the planner shows: the stored plan, with one edit still queued. */
const onScreen: PlanSnapshot = {
  ...SNAPSHOT,
  budgets: [
    {
      channelId: 'ch-1',
      planId: 'plan-1',
      months: {
        '2026-04': { planned: toCents(4_200_00), committed: toCents(0), actual: toCents(0) },
      },
    },
  ],
};

function names(dbs: IDBDatabaseInfo[]): string[] {
  return dbs.flatMap((d) => (d.name ? [d.name] : []));
}

describe('the database deleted from another tab', () => {
  it('stops writes, keeps the plan on screen, and saves it again into a fresh database', async () => {
    const { app, db } = await openApp();
    app.storage.provideOnScreen(() => onScreen);

    await Dexie.delete(db.name);

    expect(app.storage.state).toBe('lost');
    expect(app.storage.writable).toBe(false);
    expect(app.storage.onScreen()?.plan.name).toBe('Lancement printemps');
    // An edit made now is refused rather than landing in a new, empty database.
    await expect(db.plans.put(SNAPSHOT.plan)).rejects.toThrow();
    expect(names(await indexedDB.databases())).not.toContain(db.name);

    expect(await app.storage.saveAgain()).toBe(true);
    expect(app.storage.state).toBe('ok');
    expect(await db.budgets.get('ch-1')).toEqual(onScreen.budgets[0]);
    expect(await db.plans.get('plan-1')).toEqual(SNAPSHOT.plan);
    expect(await db.meta.get('currentPlanId')).toEqual({ key: 'currentPlanId', value: 'plan-1' });
  });

  it('keeps the plan even when the planner closes after the loss', async () => {
    const { app, db } = await openApp();
    const unregister = app.storage.provideOnScreen(() => onScreen);
    await Dexie.delete(db.name);
    unregister();
    expect(app.storage.onScreen()).toEqual(onScreen);
  });

  it('downloads a backup of the plan on screen, named so, that restores it', async () => {
    const { app, db } = await openApp();
    app.storage.provideOnScreen(() => onScreen);
    await Dexie.delete(db.name);

    const saved: { text: string; name: string }[] = [];
    const file = await new BackupSession(app).download((text, name) => saved.push({ text, name }));
    expect(file?.source).toBe('screen');
    expect(saved.map((s) => s.name)).toEqual(['mixplan-sauvegarde-ecran-2026-06-15.json']);
    expect(app.toasts.items.at(-1)?.message).toContain('sauvegarde du plan affiché');

    const backup = new BackupSession(app);
    await backup.load(saved[0]?.text ?? '', 'ecran.json');
    expect(backup.phase).toBe('confirm');
    expect(await backup.confirm()).toBe(true);
    expect(app.storage.state).toBe('ok');
    expect(await db.budgets.toArray()).toEqual(onScreen.budgets);
  });

  it('offers nothing to save again when no plan was on screen', async () => {
    const { app, db } = await openApp();
    await Dexie.delete(db.name);
    expect(app.storage.onScreen()).toBeNull();
    expect(await app.storage.saveAgain()).toBe(false);
    expect(names(await indexedDB.databases())).not.toContain(db.name);
  });
});

describe('a newer version opened in another tab', () => {
  it('lets the tab save what it queued, then closes, and never writes again', async () => {
    const { app, db } = await openApp();
    let queued: PlanSnapshot['budgets'] = [...onScreen.budgets];
    app.onBeforeReload(async () => {
      await db.budgets.bulkPut(queued);
      queued = [];
    });

    // A later Mixplan: the same tables and one more, one schema version up.
    const newer = new Dexie(db.name);
    const stores = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(','),
      ]),
    );
    newer.version(db.verno + 1).stores({ ...stores, scenarios: 'id, planId' });
    await newer.open();

    expect(app.storage.state).toBe('newer-version');
    expect(app.storage.writable).toBe(false);
    expect(queued).toEqual([]);
    expect(await newer.table('budgets').get('ch-1')).toEqual(onScreen.budgets[0]);
    expect(await app.storage.saveAgain()).toBe(false);
    await expect(db.plans.put(SNAPSHOT.plan)).rejects.toThrow();
    newer.close();
  });
});
