// A backup can always be made: it only reads (storage full refuses every write), and when
// the database cannot be read at all, the plan on screen makes a backup the app restores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type PlanSnapshot } from '../../../src/db';
import { backupOfSnapshot, checkBackup, createBackup, restoreBackup } from '../../../src/db/backup';
import { MixplanDb } from '../../../src/db/db';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];
let counter = 0;

function freshDb(): MixplanDb {
  counter += 1;
  const db = new MixplanDb(`backup-db-test-${counter}-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

const PLAN: Plan = {
  id: 'p1',
  name: 'Salon 2026',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

const SNAPSHOT: PlanSnapshot = {
  plan: PLAN,
  channels: [
    {
      id: 'c1',
      planId: 'p1',
      name: 'Stand',
      family: 'hors-media',
      category: 'trade-show',
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
      channelId: 'c1',
      planId: 'p1',
      months: {
        '2026-03': { planned: toCents(1_200_00), committed: toCents(0), actual: toCents(0) },
      },
    },
  ],
};

/** Once filled, every write is refused as a full disk refuses it; reads still work. */
function diskOf(db: MixplanDb): { fill: () => void } {
  let full = false;
  db.use({
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            full
              ? Promise.reject(new DOMException('disk full', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  return { fill: () => (full = true) };
}

describe('a backup with storage full', () => {
  it('is made all the same, dated in the file, with nothing written', async () => {
    const db = freshDb();
    const disk = diskOf(db);
    await db.plans.add(PLAN);
    await db.meta.put({ key: 'lastBackupAt', value: 5 });
    disk.fill();
    await expect(db.meta.put({ key: 'x', value: 1 })).rejects.toThrow();

    const created = await createBackup(db, NOW);
    if (!created.ok) throw new Error(`no backup: ${created.error.code}`);
    const file = JSON.parse(created.value.text) as { tables: { meta: unknown[] } };
    expect(file.tables.meta).toEqual([{ key: 'lastBackupAt', value: NOW }]);
    // The database keeps the old date until the file is saved (the caller records it).
    expect(await db.meta.get('lastBackupAt')).toEqual({ key: 'lastBackupAt', value: 5 });
  });
});

describe('a backup of the plan on screen', () => {
  it('is a backup the app accepts, and restores that plan exactly', async () => {
    const source = freshDb();
    const { text, summary } = backupOfSnapshot(
      source,
      SNAPSHOT,
      [{ key: 'currentPlanId', value: 'p1' }],
      NOW,
    );
    expect(summary).toMatchObject({
      createdAt: NOW,
      planNames: ['Salon 2026'],
      counts: { plans: 1, channels: 1, budgets: 1, meta: 1 },
    });

    const target = freshDb();
    const checked = checkBackup(target, text, NOW);
    if (!checked.ok) throw new Error(`refused: ${checked.error.code}`);
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    expect(await target.plans.toArray()).toEqual([PLAN]);
    expect(await target.channels.toArray()).toEqual(SNAPSHOT.channels);
    expect(await target.budgets.toArray()).toEqual(SNAPSHOT.budgets);
    expect(await target.meta.get('currentPlanId')).toEqual({ key: 'currentPlanId', value: 'p1' });
  });
});

describe('a backup holding leads and a scoring model', () => {
  const LEAD_BATCH = {
    id: 'p1:0',
    planId: 'p1',
    seq: 0,
    leads: [
      {
        id: 'l1',
        name: '=HYPERLINK("http://x")',
        email: 'lea@example.fr',
        phone: '+33612345678',
        createdOn: '2026-03-05',
        lastContactOn: null,
        fields: { 'code postal': '75011' },
      },
    ],
  };
  const MODEL = {
    planId: 'p1',
    criteria: [
      {
        id: 'c1',
        group: 'fit',
        label: 'Paris',
        field: 'code postal',
        rule: { kind: 'value', options: [{ value: '75', points: 10 }], otherwise: null },
        dateField: null,
      },
    ],
    caps: { fit: 40, behaviour: null },
    decay: { kind: 'half-life', days: 30 },
    thresholds: { mql: 30, sql: 50 },
    grid: { enabled: true, fitA: 20, fitB: 10, behaviour1: 40, behaviour2: 20 },
    prequal: { requireContact: true, zone: null },
    updatedAt: 9,
  };

  it('restores the leads and the model exactly', async () => {
    const source = freshDb();
    await source.plans.add(PLAN);
    await source.leads.add(LEAD_BATCH);
    await source.leadCriteria.add(MODEL as never);
    const created = await createBackup(source, NOW);
    if (!created.ok) throw new Error(created.error.detail);
    expect(created.value.summary.counts).toMatchObject({ leads: 1, leadCriteria: 1 });

    const target = freshDb();
    const checked = checkBackup(target, created.value.text, NOW);
    if (!checked.ok) throw new Error(`refused: ${checked.error.code}`);
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    expect(await target.leads.toArray()).toEqual([LEAD_BATCH]);
    expect(await target.leadCriteria.toArray()).toEqual([MODEL]);
  });

  it('refuses a lead whose date is no day, and a model whose rule is unknown', async () => {
    const source = freshDb();
    await source.plans.add(PLAN);
    const badLead = { ...LEAD_BATCH.leads[0]!, createdOn: '2026-02-30' };
    await source.leads.add({ ...LEAD_BATCH, leads: [badLead] });
    const withBadLead = await createBackup(source, NOW);
    if (!withBadLead.ok) throw new Error(withBadLead.error.detail);
    expect(checkBackup(freshDb(), withBadLead.value.text, NOW)).toEqual({
      ok: false,
      error: { code: 'invalid-record', table: 'leads', index: 0 },
    });

    await source.leads.clear();
    const badRule = { ...MODEL.criteria[0], rule: { kind: 'guess' } };
    await source.leadCriteria.add({ ...MODEL, criteria: [badRule] } as never);
    const withBadModel = await createBackup(source, NOW);
    if (!withBadModel.ok) throw new Error(withBadModel.error.detail);
    expect(checkBackup(freshDb(), withBadModel.value.text, NOW)).toEqual({
      ok: false,
      error: { code: 'invalid-record', table: 'leadCriteria', index: 0 },
    });
  });
});
