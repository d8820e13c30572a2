// The database taken from under an open tab: a newer version opened elsewhere, the database
// deleted from another tab, the site's data cleared. The tab is told, and nothing reopens (or
// recreates an empty database) until it asks.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  reopen,
  watchConnection,
  type ConnectionLoss,
  type WatchOptions,
} from '../../../src/db/connection';
import { MixplanDb } from '../../../src/db/db';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

let counter = 0;
const opened: Dexie[] = [];

function scratch(options?: WatchOptions) {
  counter += 1;
  const db = new MixplanDb(`connection-test-${counter}`);
  opened.push(db);
  const losses: ConnectionLoss[] = [];
  const watch = watchConnection(db, (loss) => losses.push(loss), options);
  return { db, losses, watch };
}

/** A later Mixplan: the same tables, one schema version up (Dexie stores version × 10). */
function newerVersionOf(db: MixplanDb): Dexie {
  const newer = new Dexie(db.name);
  opened.push(newer);
  const stores = Object.fromEntries(
    db.tables.map((t) => [
      t.name,
      [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(','),
    ]),
  );
  newer.version(db.verno + 1).stores({ ...stores, scenarios: 'id, planId' });
  return newer;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
}

/** As the browser deletes a site's data: no Dexie involved. */
function deleteNatively(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (check()) resolve();
      else if (Date.now() - started > 2000) reject(new Error('timed out'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

const PLAN: Plan = {
  id: 'p1',
  name: 'Budget 2027',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2027-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 1,
};

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('a newer version opened in another tab', () => {
  it('lets the newer tab upgrade, says so, and does not reopen at the old version', async () => {
    const { db, losses } = scratch();
    await db.plans.add(PLAN);

    const newer = newerVersionOf(db);
    await newer.open();

    expect(losses).toEqual(['newer-version']);
    await expect(db.plans.put({ ...PLAN, name: 'écrit par l’ancien onglet' })).rejects.toThrow();
    expect(newer.verno).toBe(db.verno + 1);
    expect((await newer.table('plans').get('p1'))?.name).toBe('Budget 2027');
  });

  it('lets the old tab’s queued write land first, and the upgrade keeps it', async () => {
    const { db, losses } = scratch({
      beforeClose: async () => {
        await db.plans.put({ ...PLAN, name: 'tapé juste avant' });
      },
    });
    await db.plans.add(PLAN);

    const newer = newerVersionOf(db);
    await newer.open();

    expect(losses).toEqual(['newer-version']);
    expect((await newer.table('plans').get('p1'))?.name).toBe('tapé juste avant');
  });
});

describe('the database deleted from another tab', () => {
  it('is reported as lost and the next write recreates nothing', async () => {
    const { db, losses } = scratch();
    await db.plans.add(PLAN);

    await Dexie.delete(db.name);

    expect(losses).toEqual(['lost']);
    await expect(db.plans.put(PLAN)).rejects.toThrow();
    expect(await databaseNames()).not.toContain(db.name);
  });
});

describe('the site data cleared by the browser', () => {
  it('is reported as lost when the browser closes the connection', async () => {
    const { db, losses } = scratch();
    await db.plans.add(PLAN);

    // fake-indexeddb types its argument as the IDBDatabase class, though it takes an instance.
    forceCloseDatabase(db.backendDB() as unknown as typeof IDBDatabase);
    await deleteNatively(db.name);

    expect(losses).toEqual(['lost']);
    await expect(db.plans.put(PLAN)).rejects.toThrow();
    expect(await databaseNames()).not.toContain(db.name);
  });

  it('refuses to create an empty database when Dexie reopens a vanished one by itself', async () => {
    const { db, losses } = scratch();
    await db.plans.add(PLAN);
    // What Dexie does when it finds its connection unusable: close, keeping auto-open.
    db.close({ disableAutoOpen: false });
    await deleteNatively(db.name);

    await expect(db.plans.put(PLAN)).rejects.toThrow();
    await until(() => losses.length > 0);
    expect(losses).toEqual(['lost']);
    expect(await databaseNames()).not.toContain(db.name);
  });
});

describe('after a loss', () => {
  it('opens a fresh database when asked, where writes work again', async () => {
    const { db, losses, watch } = scratch();
    await db.plans.add(PLAN);
    await Dexie.delete(db.name);
    expect(losses).toEqual(['lost']);

    expect(await reopen(db, watch)).toBe(true);
    await db.plans.put(PLAN);
    expect(await db.plans.count()).toBe(1);
    expect(await databaseNames()).toContain(db.name);
  });

  it('opens a first database on a first visit without calling it lost', async () => {
    const { db, losses } = scratch();
    await db.meta.put({ key: 'language', value: 'fr' });
    expect(losses).toEqual([]);
  });

  it('stays quiet when the tab closes its own database', async () => {
    const { db, losses } = scratch();
    await db.plans.add(PLAN);
    db.close();
    await db.open();
    expect(await db.plans.count()).toBe(1);
    expect(losses).toEqual([]);
  });
});
