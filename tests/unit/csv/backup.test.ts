// Backup and restore of the whole database (src/db/backup.ts): a backup gives back every
// table exactly, and a truncated, edited or foreign file is refused before anything is
// written. Also the import writer's all-or-nothing transaction (src/db/import-writer.ts).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { backupChecksum, emptyPlanBackup } from '../../../bench/import-bench.mjs';
import {
  checkBackup,
  checksumOf,
  createBackup,
  databaseSummary,
  restoreBackup,
} from '../../../src/db/backup';
import { writePlanImport } from '../../../src/db/import-writer';
import { MixplanDb, SCHEMA_VERSION, type MetaRecord } from '../../../src/db/db';
import { demoBudgets } from '../../../src/domain/demo-budget';
import { demoPlan } from '../../../src/domain/demo-plan';
import type { Month } from '../../../src/domain/months';
import type { Channel } from '../../../src/domain/plan';
import { makePlan } from './plan-arbitraries';

let opened: MixplanDb[] = [];
let counter = 0;

function freshDb(): MixplanDb {
  counter += 1;
  const db = new MixplanDb(`backup-test-${counter}-${Math.random()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

const NOW = Date.UTC(2026, 5, 15, 10);
const MONTH = '2026-06' as Month;

/** A database holding the demo plan, a second plan and a few settings. */
async function filledDb(): Promise<MixplanDb> {
  const db = freshDb();
  let id = 0;
  const { plan, channels } = demoPlan({
    language: 'fr',
    planId: 'demo',
    newId: () => `id-${++id}`,
    now: NOW,
    firstMonth: '2026-01' as Month,
  });
  await db.plans.bulkAdd([plan, { ...plan, id: 'other', name: 'Autre plan ; "copie"' }]);
  await db.channels.bulkAdd(channels);
  await db.budgets.bulkAdd(demoBudgets(plan, channels, MONTH));
  await db.meta.bulkPut([
    { key: 'language', value: 'fr' },
    { key: 'csvMapping:plan-long', value: { name: 'poste' } },
  ]);
  return db;
}

async function tables(db: MixplanDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

async function backupText(db: MixplanDb): Promise<string> {
  const created = await createBackup(db, NOW);
  if (!created.ok) throw new Error(created.error.detail);
  return created.value.text;
}

/** The file with its tables changed and a checksum that matches again. */
function reSigned(text: string, edit: (tables: Record<string, unknown[]>) => void): string {
  const parsed = JSON.parse(text) as { tables: Record<string, unknown[]>; checksum: string };
  edit(parsed.tables);
  parsed.checksum = checksumOf(JSON.stringify(parsed.tables));
  return JSON.stringify(parsed);
}

describe('backup → wipe → restore', () => {
  it('gives back every table exactly, backup date included', async () => {
    const source = await filledDb();
    const text = await backupText(source);
    const saved = await tables(source);
    // Making a backup writes nothing (it must work with storage full): the file holds the date.
    expect(saved.meta).not.toContainEqual(expect.objectContaining({ key: 'lastBackupAt' }));

    const target = freshDb();
    await target.plans.add({ ...makePlan('2025-01' as Month, 12), id: 'to-be-replaced' });
    const checked = checkBackup(target, text, NOW);
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.summary).toMatchObject({
      createdAt: NOW,
      schemaVersion: SCHEMA_VERSION,
      planNames: expect.arrayContaining(['Autre plan ; "copie"']),
      counts: { plans: 2, channels: saved.channels?.length, meta: 3 },
    });
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    const restored = await tables(target);
    const isBookkeeping = (r: unknown) => /^(revision:|lastBackupAt$)/.test((r as MetaRecord).key);
    expect({ ...restored, meta: restored.meta?.filter((r) => !isBookkeeping(r)) }).toEqual({
      ...saved,
      meta: saved.meta?.filter((r) => !isBookkeeping(r)),
    });
    expect(restored.meta).toContainEqual({ key: 'lastBackupAt', value: NOW });
    // Each restored plan's revision moved on, so that a tab open on it knows.
    for (const plan of saved.plans as { id: string }[]) {
      expect(restored.meta).toContainEqual({ key: `revision:${plan.id}`, value: 1 });
    }
  });

  it('summarises what the database holds now', async () => {
    const db = await filledDb();
    const summary = await databaseSummary(db);
    expect(summary.ok && summary.value.counts.plans).toBe(2);
    expect(summary.ok && summary.value.planNames).toHaveLength(2);
  });
});

describe('a bad backup is refused and changes nothing', () => {
  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), 'not-json'],
    ['not ours', () => '{"hello": "world"}', 'not-a-backup'],
    ['edited by hand', (t: string) => t.replace('Autre plan', 'Autre pain'), 'checksum'],
    [
      'from a newer app',
      (t: string) => t.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":99'),
      'newer-schema',
    ],
    [
      'an amount that is not cents',
      (t: string) =>
        reSigned(t, (tb) => {
          const budget = tb.budgets?.find(
            (b) => Object.keys((b as { months: object }).months).length > 0,
          ) as { months: Record<string, { planned: unknown }> };
          const [first] = Object.values(budget.months);
          if (first) first.planned = -5;
        }),
      'invalid-record',
    ],
    [
      'a channel twice',
      (t: string) => reSigned(t, (tb) => tb.channels?.push(tb.channels[0])),
      'duplicate-key',
    ],
    ['an unknown table', (t: string) => reSigned(t, (tb) => (tb.secrets = [])), 'unknown-table'],
  ])('%s', async (_, damage, code) => {
    const db = await filledDb();
    const text = damage(await backupText(db));
    const before = await tables(db);
    const checked = checkBackup(db, text, NOW);
    expect(checked.ok ? 'accepted' : checked.error.code).toBe(code);
    expect(await tables(db)).toEqual(before);
  });

  it('leaves every table as it was when the swap itself fails', async () => {
    const db = await filledDb();
    const before = await tables(db);
    // A record without its key: the browser refuses it in the middle of the transaction.
    const broken = { summary: { createdAt: null, schemaVersion: 2, counts: {}, planNames: [] } };
    const result = await restoreBackup(db, { ...broken, tables: { plans: [{}], channels: [] } });
    expect(result.ok).toBe(false);
    expect(await tables(db)).toEqual(before);
  });

  it('restores a version 1 backup, giving each channel its empty budget', async () => {
    const db = freshDb();
    const v1 = reSigned(await backupText(await filledDb()), (tb) => {
      delete tb.budgets;
    }).replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":1');
    const checked = checkBackup(db, v1, NOW);
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.tables.budgets?.length).toBe(checked.value.tables.channels?.length);
  });
});

describe('the benchmark’s backup', () => {
  it('computes the same checksum as the app', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(backupChecksum(text)).toBe(checksumOf(text));
      }),
    );
  });

  it('is a backup the app accepts', () => {
    const checked = checkBackup(freshDb(), emptyPlanBackup(2026), NOW);
    expect(checked.ok && checked.value.summary.planNames).toEqual(['Plan démo 100k']);
  });
});

function firstOf(channels: readonly Channel[]): Channel {
  const [first] = channels;
  if (!first) throw new Error('the demo plan has channels');
  return first;
}

describe('writePlanImport', () => {
  const clock = { now: NOW, month: MONTH };

  it('writes nothing when the computation fails half way', async () => {
    const db = await filledDb();
    const before = await tables(db);
    const result = await writePlanImport(db, 'demo', clock, () => {
      throw new Error('boom');
    });
    expect(result.ok).toBe(false);
    expect(await tables(db)).toEqual(before);
  });

  it('writes nothing when one record is refused by the database', async () => {
    const db = await filledDb();
    const before = await tables(db);
    const result = await writePlanImport(db, 'demo', clock, (current) => ({
      // The second record has no key: the browser refuses it after the first was written.
      channels: [{ ...firstOf(current.channels), name: 'Changed' }, { id: undefined } as never],
      budgets: [],
      deletedChannelIds: current.channels.slice(1).map((c) => c.id),
    }));
    expect(result.ok).toBe(false);
    expect(await tables(db)).toEqual(before);
  });

  it('deletes, updates and adds in one go, and touches the plan', async () => {
    const db = await filledDb();
    const result = await writePlanImport(db, 'demo', clock, (current) => ({
      channels: [{ ...firstOf(current.channels), name: 'Renamed' }],
      budgets: [{ channelId: current.channels[0]?.id ?? '', planId: 'demo', months: {} }],
      deletedChannelIds: current.channels.slice(1).map((c) => c.id),
    }));
    expect(result.ok).toBe(true);
    expect((await db.channels.where('planId').equals('demo').toArray()).map((c) => c.name)).toEqual(
      ['Renamed'],
    );
    expect(await db.budgets.where('planId').equals('demo').count()).toBe(1);
    expect((await db.plans.get('demo'))?.updatedAt).toBe(NOW);
  });

  it('answers null for a plan deleted meanwhile', async () => {
    const db = await filledDb();
    const result = await writePlanImport(db, 'gone', clock, () => ({
      channels: [],
      budgets: [],
      deletedChannelIds: [],
    }));
    expect(result).toEqual({ ok: true, value: null });
  });
});
