// A plan's RFM settings (segment rules and names): restored on every read with bad ranges and
// ids refused, saved and reset through the repository, carried by a backup (and refused in
// one when it holds bad rules), deleted and undeleted with their plan, and added by schema v7.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PlansRepository } from '../../../src/db';
import { checkBackup, checksumOf, createBackup, restoreBackup } from '../../../src/db/backup';
import { ClvSettingsRepository, clvSettingsOf } from '../../../src/db/clv-settings-repository';
import { restoreClvSettings, type ClvSettings } from '../../../src/db/restore-clv-settings';
import { MixplanDb, SCHEMA_VERSION } from '../../../src/db/db';
import { DEFAULT_SEGMENT_RULES, type SegmentRules } from '../../../src/domain/clv/rfm-segments';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];
let names: string[] = [];

function freshDb(name = `clv-settings-${Math.random()}`): MixplanDb {
  const db = new MixplanDb(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const db of opened) await db.delete();
  for (const name of names) await Dexie.delete(name);
  opened = [];
  names = [];
});

const PLAN: Plan = {
  id: 'p1',
  name: 'Boutique',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 2,
};

/** The defaults with Champions widened to R 4–5. */
const EDITED: SegmentRules = {
  ...DEFAULT_SEGMENT_RULES,
  rules: DEFAULT_SEGMENT_RULES.rules.map((rule) =>
    rule.id === 'champions' ? { ...rule, r: { min: 4, max: 5 } } : rule,
  ),
};

const SETTINGS: ClvSettings = {
  planId: 'p1',
  segmentRules: EDITED,
  segmentNames: { champions: 'Nos stars' },
  updatedAt: NOW,
};

async function withPlan(): Promise<MixplanDb> {
  const db = freshDb();
  await db.plans.add(PLAN);
  return db;
}

describe('restoreClvSettings', () => {
  it('keeps a well-formed record as it is', () => {
    expect(restoreClvSettings(SETTINGS)).toEqual(SETTINGS);
  });

  it.each([
    ['no plan id', { ...SETTINGS, planId: '' }],
    ['no rules', { ...SETTINGS, segmentRules: undefined }],
    [
      'a range with min above max',
      {
        ...SETTINGS,
        segmentRules: { ...EDITED, rules: [{ id: 'a', action: 'x', r: { min: 4, max: 2 } }] },
      },
    ],
    [
      'a bound past 5',
      {
        ...SETTINGS,
        segmentRules: { ...EDITED, rules: [{ id: 'a', action: 'x', fm: { min: 1, max: 6 } }] },
      },
    ],
    [
      'a bound written as text',
      {
        ...SETTINGS,
        segmentRules: { ...EDITED, rules: [{ id: 'a', action: 'x', r: { min: '1', max: 5 } }] },
      },
    ],
    [
      'a duplicate id',
      {
        ...SETTINGS,
        segmentRules: {
          ...EDITED,
          rules: [
            { id: 'a', action: 'x' },
            { id: 'a', action: 'y' },
          ],
        },
      },
    ],
    [
      'an empty id',
      { ...SETTINGS, segmentRules: { ...EDITED, rules: [{ id: ' ', action: 'x' }] } },
    ],
  ])('refuses %s', (_, raw) => {
    expect(restoreClvSettings(raw)).toBeNull();
  });

  it('drops names that are not non-empty text, and cuts long ones', () => {
    const restored = restoreClvSettings({
      ...SETTINGS,
      segmentNames: { champions: '  Stars ', lost: '', new: 42, loyal: 'x'.repeat(200) },
    });
    expect(restored?.segmentNames).toEqual({ champions: 'Stars', loyal: 'x'.repeat(120) });
  });
});

describe('ClvSettingsRepository', () => {
  it('saves, reads back and resets a plan’s rules and names', async () => {
    const db = await withPlan();
    const repo = new ClvSettingsRepository(db, () => NOW);
    expect(await clvSettingsOf(db, 'p1')).toBeNull();
    const saved = await repo.save('p1', {
      segmentRules: EDITED,
      segmentNames: { champions: 'Nos stars' },
    });
    expect(saved).toEqual({ ok: true, value: SETTINGS });
    expect(await clvSettingsOf(db, 'p1')).toEqual(SETTINGS);
    expect((await repo.reset('p1')).ok).toBe(true);
    expect(await clvSettingsOf(db, 'p1')).toBeNull();
  });

  it('refuses rules with a bad range and stores nothing', async () => {
    const db = await withPlan();
    const repo = new ClvSettingsRepository(db, () => NOW);
    const bad: SegmentRules = {
      ...EDITED,
      rules: [{ id: 'a', action: 'x', r: { min: 5, max: 1 } }],
    };
    const saved = await repo.save('p1', { segmentRules: bad, segmentNames: {} });
    expect(saved.ok).toBe(false);
    expect(await db.clvSettings.count()).toBe(0);
  });

  it('stores nothing for a plan deleted meanwhile', async () => {
    const db = freshDb();
    const saved = await new ClvSettingsRepository(db, () => NOW).save('p1', {
      segmentRules: EDITED,
      segmentNames: {},
    });
    expect(saved).toEqual({ ok: true, value: null });
    expect(await db.clvSettings.count()).toBe(0);
  });
});

describe('a plan’s RFM settings, deleted and undeleted with it', () => {
  it('goes with the plan and comes back with undo', async () => {
    const db = await withPlan();
    await new ClvSettingsRepository(db, () => NOW).save('p1', SETTINGS);
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-06' as Month }));
    const deleted = await plans.delete('p1');
    if (!deleted.ok || !deleted.value) throw new Error('not deleted');
    expect(await db.clvSettings.count()).toBe(0);
    expect(deleted.value.clvSettings).toEqual([SETTINGS]);
    await plans.restore(deleted.value);
    expect(await clvSettingsOf(db, 'p1')).toEqual(SETTINGS);
  });
});

describe('a backup with RFM settings', () => {
  async function backupText(): Promise<string> {
    const db = await withPlan();
    await new ClvSettingsRepository(db, () => NOW).save('p1', SETTINGS);
    const created = await createBackup(db, NOW);
    if (!created.ok) throw new Error(created.error.code);
    return created.value.text;
  }

  /** The backup with one string replaced, its checksum made right again. */
  function crafted(text: string, from: string, to: string): string {
    const marked = text.replace(from, to);
    const parsed = JSON.parse(marked) as { checksum: string; tables: unknown };
    return marked.replace(parsed.checksum, checksumOf(JSON.stringify(parsed.tables)));
  }

  it('restores them exactly', async () => {
    const text = await backupText();
    const target = freshDb();
    const checked = checkBackup(target, text, NOW);
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.summary.counts).toMatchObject({ clvSettings: 1 });
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    expect(await target.clvSettings.toArray()).toEqual([SETTINGS]);
  });

  it('is refused when a rule holds a bad range', async () => {
    const text = await backupText();
    const from = '"r":{"min":4,"max":5},"fm":{"min":4,"max":5}';
    expect(text).toContain(from);
    const checked = checkBackup(
      freshDb(),
      crafted(text, from, '"r":{"min":4,"max":9},"fm":{"min":4,"max":5}'),
      NOW,
    );
    expect(checked.ok ? 'accepted' : checked.error).toEqual({
      code: 'invalid-record',
      table: 'clvSettings',
      index: 0,
    });
  });
});

describe('schema v6 → v7', () => {
  it('keeps every record of v6 and starts with no RFM settings', async () => {
    const name = `migration-v7-${Math.random()}`;
    names.push(name);
    const v6 = new Dexie(name);
    v6.version(1).stores({ plans: 'id, updatedAt', channels: 'id, planId', meta: 'key' });
    v6.version(2).stores({ budgets: 'channelId, planId' });
    v6.version(3).stores({ history: 'id, planId, [planId+tab+state], [planId+order]' });
    v6.version(4).stores({ importUndo: 'id, planId, [planId+at]' });
    v6.version(5).stores({ roiScenarios: 'id, planId' });
    v6.version(6).stores({ orderBatches: 'id, planId', clvScenarios: 'id, planId' });
    await v6.open();
    const batch = {
      id: 'p1:0',
      planId: 'p1',
      seq: 0,
      customerIds: ['c1'],
      days: ['2026-01-02'],
      amounts: [1250],
      orderIds: [null],
    };
    const clvScenario = { id: 's1', planId: 'p1', name: 'A', createdAt: 1 };
    await v6.table('plans').add(PLAN);
    await v6.table('orderBatches').add(batch);
    await v6.table('clvScenarios').add(clvScenario);
    await v6.table('meta').put({ key: 'revision:p1', value: 3 });
    v6.close();

    const db = new MixplanDb(name);
    await db.open();
    // Opened by the current version (7 or later): the v6 records survive every step.
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.toArray()).toEqual([PLAN]);
    expect(await db.orderBatches.toArray()).toEqual([batch]);
    expect(await db.clvScenarios.toArray()).toEqual([clvScenario]);
    expect(await db.meta.toArray()).toEqual([{ key: 'revision:p1', value: 3 }]);
    expect(await db.clvSettings.count()).toBe(0);
    expect(db.clvSettings.schema.primKey.keyPath).toBe('planId');
    db.close();
  });
});
