// A plan's leads: 50 000 of them stored as 10 batch records and read back in import order,
// replaced as a whole set in one transaction (all or nothing), appended after the stored ones,
// null when the plan is gone; and its scoring model saved, read, and dropped when malformed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { revisionKey } from '../../../src/db';
import { MixplanDb } from '../../../src/db/db';
import { ImportCancelled } from '../../../src/db/import-writer';
import { LeadsRepository, modelOf, readLeads } from '../../../src/db/leads-repository';
import { restoreLeadBatch, restoreScoringModel } from '../../../src/db/restore-leads';
import { defaultScoringModel } from '../../../src/domain/leads/defaults';
import type { Lead, ScoringModel } from '../../../src/domain/leads/model';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];

function freshDb(): MixplanDb {
  const db = new MixplanDb(`leads-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const db of opened) await db.delete();
  opened = [];
});

const PLAN: Plan = {
  id: 'p1',
  name: 'Agence',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

async function withPlans(): Promise<MixplanDb> {
  const db = freshDb();
  await db.plans.bulkAdd([PLAN, { ...PLAN, id: 'p2' }]);
  return db;
}

/** n leads whose every field differs from its neighbours', so a shifted one would show. */
function generatedLeads(n: number, tag = '', planId = 'p1'): Lead[] {
  return Array.from({ length: n }, (_, i): Lead => ({
    id: `${tag}l${i}`,
    planId,
    name: `Lead ${tag}${i}`,
    email: i % 3 === 0 ? '' : `lead${i}@example.fr`,
    phone: i % 5 === 0 ? '' : `06 00 ${String(i).padStart(6, '0')}`,
    createdOn: i % 7 === 0 ? null : `2026-0${1 + (i % 9)}-1${i % 10}`,
    lastContactOn: i % 2 === 0 ? null : '2026-05-01',
    fields: i % 4 === 0 ? {} : { 'code postal': String(75_000 + (i % 20)), source: `s${i % 3}` },
  }));
}

describe('LeadsRepository.replace', () => {
  it('stores 50 000 leads as 10 records and reads them back in order', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    const leads = generatedLeads(50_000);
    const progress: number[] = [];
    const written = await repo.replace('p1', leads, { onProgress: (n) => progress.push(n) });
    expect(written).toEqual({ ok: true, value: 50_000 });
    // 50 000 ÷ 5 000 per batch = 10 records.
    expect(await db.leads.count()).toBe(10);
    expect(progress).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map((k) => k * 1000));
    expect(await readLeads(db, 'p1')).toEqual(leads);
  });

  it('replaces the old set exactly, other plans untouched, and bumps nothing else', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    await repo.replace('p1', generatedLeads(12_000, 'old'));
    await repo.replace('p2', generatedLeads(3, 'other', 'p2'));
    const next = generatedLeads(4, 'new');
    expect(await repo.replace('p1', next)).toEqual({ ok: true, value: 4 });
    expect(await readLeads(db, 'p1')).toEqual(next);
    expect((await readLeads(db, 'p2')).map((l) => l.id)).toEqual(['otherl0', 'otherl1', 'otherl2']);
    expect(await db.leads.where('planId').equals('p1').count()).toBe(1);
    expect((await db.plans.get('p1'))?.updatedAt).toBe(2);
    expect(await db.meta.get(revisionKey('p1'))).toBeUndefined();
  });

  it('writes nothing when the write fails half way', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    const old = generatedLeads(7, 'old');
    await repo.replace('p1', old);
    const cancelled = repo.replace('p1', generatedLeads(15_000), {
      onProgress: (written) => {
        // After the first of three batches: the old ones are already deleted in the transaction.
        if (written === 5_000) throw new ImportCancelled();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);
    expect(await readLeads(db, 'p1')).toEqual(old);
    expect(await db.leads.count()).toBe(1);
  });

  it('refuses a lead restore would repair, and writes none of the set', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    const bad = { ...generatedLeads(1)[0]!, createdOn: '2026-02-30' };
    const result = await repo.replace('p1', [...generatedLeads(3), bad]);
    expect(result.ok).toBe(false);
    expect(await db.leads.count()).toBe(0);
  });

  it('answers null for a plan that is gone, and stores nothing', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    expect(await repo.replace('gone', generatedLeads(3))).toEqual({ ok: true, value: null });
    expect(await repo.append('gone', generatedLeads(3))).toEqual({ ok: true, value: null });
    expect(await db.leads.count()).toBe(0);
  });
});

describe('LeadsRepository.append and clear', () => {
  it('adds after the stored leads, filling up the last batch first', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    const first = generatedLeads(4_998, 'a');
    const then = generatedLeads(5_004, 'b');
    await repo.replace('p1', first);
    const progress: number[] = [];
    const total = await repo.append('p1', then, { onProgress: (n) => progress.push(n) });
    // 4 998 + 5 004 = 10 002: batch 0 filled to 5 000, batch 1 holds 5 000, batch 2 two.
    expect(total).toEqual({ ok: true, value: 10_002 });
    expect(progress).toEqual([2, 5_002, 5_004]);
    expect(await db.leads.count()).toBe(3);
    expect(await readLeads(db, 'p1')).toEqual([...first, ...then]);
    expect(await repo.append('p1', [])).toEqual({ ok: true, value: 10_002 });
  });

  it('appends to a plan without leads', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    const leads = generatedLeads(2);
    expect(await repo.append('p1', leads)).toEqual({ ok: true, value: 2 });
    expect(await readLeads(db, 'p1')).toEqual(leads);
  });

  it('clears one plan’s leads and says how many there were', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    await repo.replace('p1', generatedLeads(6_000));
    await repo.replace('p2', generatedLeads(1, '', 'p2'));
    expect(await repo.clear('p1')).toEqual({ ok: true, value: 6_000 });
    expect(await readLeads(db, 'p1')).toEqual([]);
    expect(await readLeads(db, 'p2')).toHaveLength(1);
  });
});

const MODEL: ScoringModel = {
  ...defaultScoringModel('p1', 1),
  criteria: [
    {
      id: 'c1',
      group: 'fit',
      label: 'Paris',
      field: 'code postal',
      rule: { kind: 'value', options: [{ value: '75011', points: 10 }], otherwise: 2 },
      dateField: null,
    },
    {
      id: 'c2',
      group: 'behaviour',
      label: 'Budget',
      field: 'budget',
      rule: { kind: 'range', bands: [{ min: 1000, max: null, points: 15.5 }] },
      dateField: 'lastContactOn',
    },
    {
      id: 'c3',
      group: 'behaviour',
      label: 'Récent',
      field: 'createdOn',
      rule: { kind: 'recency', bands: [{ withinDays: 30, points: -5 }] },
      dateField: null,
    },
  ],
  prequal: { requireContact: true, zone: { field: 'code postal', prefixes: ['75', '92'] } },
};

describe('the scoring model', () => {
  it('is saved stamped now and read back', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    expect(await modelOf(db, 'p1')).toBeNull();
    const saved = await repo.saveModel(MODEL);
    expect(saved).toEqual({ ok: true, value: { ...MODEL, updatedAt: NOW } });
    expect(await modelOf(db, 'p1')).toEqual({ ...MODEL, updatedAt: NOW });
    expect(await modelOf(db, 'p2')).toBeNull();
  });

  it('answers null for a plan that is gone', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    expect(await repo.saveModel({ ...MODEL, planId: 'gone' })).toEqual({ ok: true, value: null });
    expect(await db.leadCriteria.count()).toBe(0);
  });

  it('refuses a model whose shape fails, and a stored one is dropped on read', async () => {
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    const broken = {
      ...MODEL,
      criteria: [
        {
          ...MODEL.criteria[0]!,
          rule: { kind: 'value', options: [{ value: 'x', points: NaN }], otherwise: null },
        },
      ],
    } satisfies ScoringModel;
    expect((await repo.saveModel(broken)).ok).toBe(false);
    await db.leadCriteria.put({
      ...MODEL,
      decay: { kind: 'sometimes' },
    } as unknown as ScoringModel);
    expect(await modelOf(db, 'p1')).toBeNull();
  });
});

describe('restore-leads', () => {
  it('keeps fields a newer version added, on the model and on a lead', () => {
    const model = { ...MODEL, futureFlag: true, grid: { ...MODEL.grid, colour: 'red' } };
    expect(restoreScoringModel(model)).toEqual(model);
    const batch = {
      id: 'p1:0',
      planId: 'p1',
      seq: 0,
      leads: [{ ...generatedLeads(1)[0], planId: undefined, owner: 'Zoé' }],
      note: 'kept',
    };
    expect(restoreLeadBatch(batch)).toEqual(batch);
  });

  it('repairs a lead’s bad date and non-text field, and drops a lead without id', () => {
    const batch = {
      id: 'p1:0',
      planId: 'p1',
      seq: 0,
      leads: [
        {
          id: 'a',
          name: 'A',
          email: 'a@x',
          phone: '',
          createdOn: '31/12/2026',
          lastContactOn: null,
          fields: { n: 3, s: 'x' },
        },
        { name: 'no id' },
      ],
    };
    expect(restoreLeadBatch(batch)?.leads).toEqual([
      {
        id: 'a',
        name: 'A',
        email: 'a@x',
        phone: '',
        createdOn: null,
        lastContactOn: null,
        fields: { s: 'x' },
      },
    ]);
  });
});

describe('a plan delete and its undo', () => {
  it('takes the leads and the scoring model along, and brings them back', async () => {
    const { PlansRepository } = await import('../../../src/db/plans-repository');
    const db = await withPlans();
    const repo = new LeadsRepository(db, () => NOW);
    await repo.replace('p1', generatedLeads(12));
    await repo.replace('p2', generatedLeads(3, 'other', 'p2'));
    await repo.saveModel({ ...defaultScoringModel('p1', NOW), thresholds: { mql: 20, sql: 40 } });
    const before = await readLeads(db, 'p1');
    const model = await modelOf(db, 'p1');
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-06' as Month }));
    const deleted = await plans.delete('p1');
    if (!deleted.ok || !deleted.value) throw new Error('not deleted');
    expect(await readLeads(db, 'p1')).toEqual([]);
    expect(await modelOf(db, 'p1')).toBeNull();
    // The other plan's leads stay.
    expect(await readLeads(db, 'p2')).toHaveLength(3);
    await plans.restore(deleted.value);
    expect(await readLeads(db, 'p1')).toEqual(before);
    expect(await modelOf(db, 'p1')).toEqual(model);
  });
});
