// An import can be undone, exactly (issue 9): the writer keeps what it replaces in the same
// transaction; undo puts it back and deletes what the import created. A cancelled write
// changes nothing, and the progress moves while it writes.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { planImportChanges } from '../../../src/csv/plan-merge';
import type { PlanImportBatch } from '../../../src/csv/plan-rows';
import { importHistory, undoImport } from '../../../src/db/import-undo';
import { ImportCancelled, writePlanImport } from '../../../src/db/import-writer';
import { MixplanDb } from '../../../src/db/db';
import { IMPORT_UNDO_LIMIT } from '../../../src/db/import-undo';
import { demoBudgets } from '../../../src/domain/demo-budget';
import { demoPlan } from '../../../src/domain/demo-plan';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';

const NOW = Date.UTC(2026, 5, 15, 10);
const clock = { now: NOW, month: '2026-06' as Month };
let opened: MixplanDb[] = [];

afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

async function demoDb(): Promise<MixplanDb> {
  const db = new MixplanDb(`undo-${Math.random()}`);
  opened.push(db);
  let id = 0;
  const { plan, channels } = demoPlan({
    language: 'fr',
    planId: 'demo',
    newId: () => `id-${++id}`,
    now: NOW - 1000,
    firstMonth: '2026-01' as Month,
  });
  await db.plans.add(plan);
  await db.channels.bulkAdd(channels);
  await db.budgets.bulkAdd(demoBudgets(plan, channels, clock.month));
  return db;
}

async function planState(db: MixplanDb) {
  // The plan as it was, but for the time of the last write.
  const plan: Record<string, unknown> = { ...(await db.plans.get('demo')) };
  delete plan.updatedAt;
  return {
    plan,
    channels: await db.channels.where('planId').equals('demo').sortBy('id'),
    budgets: await db.budgets.where('planId').equals('demo').sortBy('channelId'),
  };
}

// A file naming one existing channel with new amounts, and one new channel in 2027.
function batchFor(name: string): PlanImportBatch {
  return {
    kind: 'plan',
    layers: ['planned'],
    channels: [
      { key: 'x', name, line: 2, attributes: {}, months: { '2026-03': { planned: toCents(1) } } },
      {
        key: 'nouveau canal',
        name: 'Nouveau canal',
        line: 3,
        attributes: {},
        months: { '2027-02': { planned: toCents(99) } },
      },
    ],
  };
}

let ids = 0;
function runImport(
  db: MixplanDb,
  undoId: string,
  mode: 'merge' | 'replace' = 'replace',
  extra = {},
) {
  return writePlanImport(
    db,
    'demo',
    clock,
    (current) => {
      const batch = batchFor(current.channels[0]?.name ?? '');
      batch.channels[0]!.key = current.channels[0]?.name.toLowerCase() ?? '';
      // The file's period (2026-01 → 2027-02) taken: the plan's period changes too.
      const period = { firstMonth: '2026-01' as Month, monthCount: 14 };
      return planImportChanges(
        current,
        batch,
        { mode, period, removeHeld: new Set() },
        () => `new-${++ids}`,
      );
    },
    { undoId, summary: { fileName: 'plan.csv', rows: 2 }, ...extra },
  );
}

describe('undoing an import', () => {
  it('restores the plan exactly: channels, amounts, deleted channels and the period', async () => {
    const db = await demoDb();
    const before = await planState(db);
    const written = await runImport(db, 'u1');
    expect(written.ok && written.value?.deletedChannelIds.length).toBeGreaterThan(0);
    expect((await db.plans.get('demo'))?.monthCount).toBe(14);
    expect(await planState(db)).not.toEqual(before);

    const history = await importHistory(db, 'demo');
    expect(history.ok && history.value.map((h) => [h.id, h.undoable, h.fileName])).toEqual([
      ['u1', true, 'plan.csv'],
    ]);
    const undone = await undoImport(db, 'u1', NOW + 1);
    expect(undone).toEqual({ ok: true, value: 'undone' });
    expect(await planState(db)).toEqual(before);
    expect(await db.importUndo.count()).toBe(0);
  });

  it('undoes only the latest import of a plan, and keeps the last few', async () => {
    const db = await demoDb();
    for (let i = 0; i < IMPORT_UNDO_LIMIT + 2; i += 1) {
      clock.now = NOW + i;
      await runImport(db, `u${i}`, 'merge');
    }
    clock.now = NOW;
    expect(await db.importUndo.count()).toBe(IMPORT_UNDO_LIMIT);
    expect(await undoImport(db, `u${IMPORT_UNDO_LIMIT}`, NOW + 99)).toEqual({
      ok: true,
      value: 'not-latest',
    });
    expect(await undoImport(db, `u${IMPORT_UNDO_LIMIT + 1}`, NOW + 99)).toEqual({
      ok: true,
      value: 'undone',
    });
  });
});

describe('writing an import', () => {
  it('reports its progress and writes nothing when cancelled', async () => {
    const db = await demoDb();
    const before = await planState(db);
    const shares: number[] = [];
    await expect(
      runImport(db, 'u1', 'replace', {
        onProgress: (share: number) => shares.push(share),
        shouldContinue: () => shares.length === 0,
      }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(shares.length).toBeGreaterThan(0);
    expect(await planState(db)).toEqual(before);
    expect(await db.importUndo.count()).toBe(0);
  });
});
