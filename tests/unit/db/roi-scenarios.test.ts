// Saved ROI scenarios: stored through one repository, edited as changes to the stored record
// (two tabs never overwrite each other), restored on every read, refused in a backup when a
// number is not a number, and deleted and undeleted with their plan.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PlansRepository } from '../../../src/db';
import { checkBackup, checksumOf, createBackup, restoreBackup } from '../../../src/db/backup';
import { restoreRoiScenario } from '../../../src/db/restore-roi';
import { RoiScenariosRepository, scenariosOf } from '../../../src/db/roi-scenarios-repository';
import { MixplanDb } from '../../../src/db/db';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Plan } from '../../../src/domain/plan';
import { workedExampleScenario } from '../../../src/domain/roi/examples';
import { exact, type CampaignLine, type RoiScenario } from '../../../src/domain/roi/model';

const NOW = Date.UTC(2026, 5, 15, 10);
let opened: MixplanDb[] = [];

function freshDb(name = `roi-scenarios-${Math.random()}`): MixplanDb {
  const db = new MixplanDb(name);
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

function line(id: string, overrides: Partial<CampaignLine> = {}): CampaignLine {
  return {
    id,
    name: `Ligne ${id}`,
    channelId: null,
    mediaCost: { likely: 1_000_000, low: 800_000, high: 1_200_000 },
    creativeCost: exact(200_000),
    staffHours: exact(40),
    staffHourlyCost: exact(5_000),
    gains: { kind: 'figure', revenue: { likely: 4_000_000, low: 3_000_000, high: 5_000_000 } },
    curve: { doublingGain: 0.4, shape: 1, carryOver: null },
    bounds: { min: toCents(0), max: null, locked: false, minimumBuy: null },
    ...overrides,
  };
}

function scenario(id: string, overrides: Partial<RoiScenario> = {}): RoiScenario {
  return {
    id,
    planId: 'p1',
    name: `Scénario ${id}`,
    gainBasis: 'revenue',
    marginRate: exact(0.35),
    lines: [
      line('l1'),
      line('l2', {
        channelId: 'c1',
        gains: {
          kind: 'funnel',
          impressions: { likely: 500_000, low: 400_000, high: null },
          audience: 'reach',
          clickRate: exact(0.02),
          leadRate: exact(0.1),
          closeRate: exact(0.25),
          averageBasket: exact(12_000),
        },
        curve: { doublingGain: 0.3, shape: 2, carryOver: 0.3 },
        bounds: { min: toCents(100_000), max: toCents(900_000), locked: true, minimumBuy: null },
      }),
    ],
    objective: { kind: 'max-return', budget: toCents(2_000_000) },
    uncertainty: { distribution: 'triangular', draws: 10_000, seed: 42, targetRoi: 0.5 },
    createdAt: 10,
    updatedAt: 10,
    ...overrides,
  };
}

async function withPlan(db = freshDb()): Promise<MixplanDb> {
  await db.plans.add(PLAN);
  return db;
}

describe('restoreRoiScenario', () => {
  it('gives a well-formed scenario back unchanged', () => {
    const saved = scenario('s1');
    expect(restoreRoiScenario(structuredClone(saved))).toEqual(saved);
  });

  it('gives the worked example back unchanged, so that a backup of it is accepted', () => {
    const example = workedExampleScenario({
      scenarioId: 's1',
      lineId: 'l1',
      planId: 'p1',
      now: NOW,
      name: 'Exemple',
      lineName: 'Campagne',
    });
    expect(restoreRoiScenario(structuredClone(example))).toEqual(example);
  });

  it('keeps fields a newer version added, at every level', () => {
    const raw = structuredClone(scenario('s1')) as RoiScenario & Record<string, unknown>;
    raw.tags = ['salon'];
    const [first] = raw.lines;
    if (!first) throw new Error('fixture has lines');
    Object.assign(first, { colour: 'red' });
    Object.assign(first.mediaCost, { source: 'devis' });
    const restored = restoreRoiScenario(raw);
    expect(restored).toMatchObject({ tags: ['salon'] });
    expect(restored?.lines[0]).toMatchObject({ colour: 'red', mediaCost: { source: 'devis' } });
  });

  it.each([
    ['no id', { id: undefined }],
    ['an empty id', { id: '' }],
    ['no plan', { planId: undefined }],
  ])('drops a record with %s', (_, overrides) => {
    expect(restoreRoiScenario({ ...scenario('s1'), ...overrides })).toBeNull();
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '1000'],
    ['beyond 2^53', 2 ** 60],
  ])('repairs a likely cost that is %s to 0, never passing it on', (_, value) => {
    const raw = structuredClone(scenario('s1'));
    Object.assign(raw.lines[0]?.mediaCost ?? {}, { likely: value, high: value });
    const restored = restoreRoiScenario(raw);
    expect(restored?.lines[0]?.mediaCost).toEqual({ likely: 0, low: 800_000, high: null });
  });

  it('fills an estimate written without its range', () => {
    const raw = { ...scenario('s1'), marginRate: { likely: 0.35 } };
    expect(restoreRoiScenario(raw)?.marginRate).toEqual({ likely: 0.35, low: null, high: null });
  });

  it('keeps 200 lines at most, and no line twice', () => {
    const many = Array.from({ length: 250 }, (_, i) => line(`l${i}`));
    expect(restoreRoiScenario(scenario('s1', { lines: many }))?.lines).toHaveLength(200);
    const twice = restoreRoiScenario(scenario('s1', { lines: [line('a'), line('a')] }));
    expect(twice?.lines).toHaveLength(1);
  });

  it('falls back to defaults for kinds it does not know', () => {
    const restored = restoreRoiScenario({
      ...scenario('s1'),
      gainBasis: 'profit',
      objective: { kind: 'max-fun', budget: 500 },
      uncertainty: { distribution: 'normal', draws: 1e9, seed: 1.5, targetRoi: 'high' },
    });
    expect(restored).toMatchObject({
      gainBasis: 'revenue',
      objective: { kind: 'max-return', budget: 500 },
      uncertainty: { distribution: 'pert', draws: 10_000, seed: 1, targetRoi: null },
    });
  });
});

describe('RoiScenariosRepository', () => {
  it('lists a plan’s scenarios oldest first, and no other plan’s', async () => {
    const db = await withPlan();
    await db.plans.add({ ...PLAN, id: 'p2' });
    const repo = new RoiScenariosRepository(db, () => NOW);
    await repo.create(scenario('late', { createdAt: 30 }));
    await repo.create(scenario('early', { createdAt: 20 }));
    await repo.create(scenario('elsewhere', { planId: 'p2' }));
    const listed = await repo.listOf('p1');
    expect(listed.ok && listed.value.map((s) => s.id)).toEqual(['early', 'late']);
    expect((await scenariosOf(db, 'p2')).map((s) => s.id)).toEqual(['elsewhere']);
  });

  it('never overwrites a stored scenario on create', async () => {
    const db = await withPlan();
    const repo = new RoiScenariosRepository(db, () => NOW);
    await repo.create(scenario('s1'));
    const again = await repo.create(scenario('s1', { name: 'Autre' }));
    expect(again.ok).toBe(false);
    expect((await db.roiScenarios.get('s1'))?.name).toBe('Scénario s1');
  });

  it('does not create a scenario for a plan deleted meanwhile', async () => {
    const db = freshDb();
    const created = await new RoiScenariosRepository(db, () => NOW).create(scenario('s1'));
    expect(created).toEqual({ ok: true, value: null });
    expect(await db.roiScenarios.count()).toBe(0);
  });

  it('removes a scenario and puts it back exactly (undo)', async () => {
    const db = await withPlan();
    const repo = new RoiScenariosRepository(db, () => NOW);
    await repo.create(scenario('s1'));
    const removed = await repo.remove('s1');
    expect(await db.roiScenarios.count()).toBe(0);
    if (!removed.ok || !removed.value) throw new Error('nothing removed');
    await repo.restore(removed.value);
    expect(await db.roiScenarios.get('s1')).toEqual(scenario('s1'));
  });

  it('keeps both tabs’ edits to different lines of one scenario', async () => {
    const name = `roi-tabs-${Math.random()}`;
    const first = await withPlan(freshDb(name));
    const second = freshDb(name);
    const tabA = new RoiScenariosRepository(first, () => NOW);
    const tabB = new RoiScenariosRepository(second, () => NOW + 1);
    await tabA.create(scenario('s1'));
    // Tab B holds the scenario as it was before tab A's edit, and sends only its change.
    const bCopy = await tabB.get('s1');
    expect(bCopy.ok && bCopy.value?.lines[0]?.name).toBe('Ligne l1');

    await tabA.apply('s1', { kind: 'line', lineId: 'l1', fields: { name: 'Salon Lyon' } });
    await tabB.apply('s1', { kind: 'line', lineId: 'l2', fields: { creativeCost: exact(50_000) } });

    const stored = restoreRoiScenario(await first.roiScenarios.get('s1'));
    expect(stored?.lines[0]?.name).toBe('Salon Lyon');
    expect(stored?.lines[1]?.creativeCost).toEqual(exact(50_000));
    expect(stored?.updatedAt).toBe(NOW + 1);
  });

  it('answers null for a change to a scenario deleted meanwhile, and writes nothing', async () => {
    const db = await withPlan();
    const repo = new RoiScenariosRepository(db, () => NOW);
    const result = await repo.apply('gone', { kind: 'scenario', fields: { name: 'x' } });
    expect(result).toEqual({ ok: true, value: null });
    expect(await db.roiScenarios.count()).toBe(0);
  });

  it('never stores a NaN a change carries', async () => {
    const db = await withPlan();
    const repo = new RoiScenariosRepository(db, () => NOW);
    await repo.create(scenario('s1'));
    await repo.apply('s1', {
      kind: 'line',
      lineId: 'l1',
      fields: { staffHours: { likely: Number.NaN, low: null, high: null } },
    });
    expect((await db.roiScenarios.get('s1'))?.lines[0]?.staffHours).toEqual(exact(0));
  });
});

describe('a backup with scenarios', () => {
  async function backupOf(db: MixplanDb): Promise<string> {
    const created = await createBackup(db, NOW);
    if (!created.ok) throw new Error(created.error.detail);
    return created.value.text;
  }

  /** The file with one scenario number replaced by raw JSON text, and its checksum redone. */
  function tampered(text: string, json: string): string {
    const marked = text.replace('"likely":1000000', `"likely":${json}`);
    const parsed = JSON.parse(marked) as { tables: unknown; checksum: string };
    return marked.replace(parsed.checksum, checksumOf(JSON.stringify(parsed.tables)));
  }

  it('restores them exactly', async () => {
    const source = await withPlan();
    await new RoiScenariosRepository(source, () => NOW).create(scenario('s1'));
    const text = await backupOf(source);
    const target = freshDb();
    const checked = checkBackup(target, text, NOW);
    if (!checked.ok) throw new Error(checked.error.code);
    expect(checked.value.summary.counts.roiScenarios).toBe(1);
    expect((await restoreBackup(target, checked.value)).ok).toBe(true);
    expect(await target.roiScenarios.toArray()).toEqual([scenario('s1')]);
  });

  it.each([
    ['Infinity (1e999)', '1e999'],
    ['a string', '"1000000"'],
    ['null', 'null'],
  ])('is refused when a scenario’s number is %s', async (_, json) => {
    const source = await withPlan();
    await new RoiScenariosRepository(source, () => NOW).create(scenario('s1'));
    const checked = checkBackup(freshDb(), tampered(await backupOf(source), json), NOW);
    expect(checked.ok ? 'accepted' : checked.error).toEqual({
      code: 'invalid-record',
      table: 'roiScenarios',
      index: 0,
    });
  });
});

describe('deleting a plan', () => {
  it('deletes its scenarios with it, and undo brings them back', async () => {
    const db = await withPlan();
    await db.plans.add({ ...PLAN, id: 'p2' });
    const scenarios = new RoiScenariosRepository(db, () => NOW);
    await scenarios.create(scenario('s1'));
    await scenarios.create(scenario('s2', { createdAt: 11 }));
    await scenarios.create(scenario('kept', { planId: 'p2' }));
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-06' as Month }));

    const deleted = await plans.delete('p1');
    if (!deleted.ok || !deleted.value) throw new Error('not deleted');
    expect(await scenariosOf(db, 'p1')).toEqual([]);
    expect((await scenariosOf(db, 'p2')).map((s) => s.id)).toEqual(['kept']);
    expect(deleted.value.roiScenarios?.map((s) => s.id).sort()).toEqual(['s1', 's2']);

    await plans.restore(deleted.value);
    expect(await scenariosOf(db, 'p1')).toEqual([
      scenario('s1'),
      scenario('s2', { createdAt: 11 }),
    ]);
  });
});
