// "Save a copy" of a shared plan writes a new plan under fresh ids, its channels, budgets and
// ROI scenarios in one transaction; saving twice makes two plans; a failed write stores nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb } from '../../../src/db/db';
import { PlansRepository } from '../../../src/db/plans-repository';
import { scenariosOf } from '../../../src/db/roi-scenarios-repository';
import { saveSharedCopy } from '../../../src/db/share-copy';
import { makeShareLink, readShareLink } from '../../../src/db/share-link';
import type { SharedPlan } from '../../../src/db/share-payload';
import { monthAtTime } from '../../../src/domain/months';
import { BASE, demo, NOW, parameterOf } from './share-fixtures';

let opened: MixplanDb[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

function freshDb(): MixplanDb {
  const db = new MixplanDb(`share-copy-${Math.random()}`);
  opened.push(db);
  return db;
}

async function sharedDemo(): Promise<SharedPlan> {
  const made = await makeShareLink(BASE, demo(), NOW);
  if (!made.ok) throw new Error(made.error.code);
  const read = await readShareLink(parameterOf(made.value.url), NOW);
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}

describe('save a copy of a shared plan', () => {
  it('stores the plan under new ids with its channels, amounts and linked ROI scenario', async () => {
    const db = freshDb();
    const shared = await sharedDemo();
    let n = 0;
    const saved = await saveSharedCopy(db, shared, NOW + 5, () => `new-${++n}`);
    if (!saved.ok) throw new Error(saved.error.code);
    const repo = new PlansRepository(db, () => ({ now: NOW, month: monthAtTime(NOW) }));
    const snapshot = await repo.snapshot(saved.value.id);
    if (!snapshot.ok || !snapshot.value) throw new Error('not stored');
    const { plan, channels, budgets } = snapshot.value;
    expect(plan.id).toMatch(/^new-/);
    expect(plan.name).toBe(shared.plan.name);
    expect(plan.createdAt).toBe(NOW + 5);
    expect(channels.map((c) => c.name)).toEqual(
      [...shared.channels].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => c.name),
    );
    expect(channels.every((c) => c.id.startsWith('new-') && c.planId === plan.id)).toBe(true);
    const byName = new Map(channels.map((c) => [c.name, c.id]));
    for (const [i, source] of shared.channels.entries()) {
      const budget = budgets.find((b) => b.channelId === byName.get(source.name));
      expect(budget?.months).toEqual(shared.budgets[i]?.months);
    }
    const scenarios = await scenariosOf(db, plan.id);
    expect(scenarios).toHaveLength(1);
    expect(scenarios[0]?.lines[0]?.channelId).toBe(byName.get(shared.channels[0]?.name ?? ''));
  });

  it('makes a second plan when saved twice', async () => {
    const db = freshDb();
    const shared = await sharedDemo();
    let n = 0;
    const newId = () => `id-${++n}`;
    expect((await saveSharedCopy(db, shared, NOW, newId)).ok).toBe(true);
    expect((await saveSharedCopy(db, shared, NOW, newId)).ok).toBe(true);
    expect(await db.plans.count()).toBe(2);
  });

  it('stores nothing when a write of the transaction fails', async () => {
    const db = freshDb();
    const shared = await sharedDemo();
    // Ids that collide between a channel and the next: bulkAdd fails half-way.
    const saved = await saveSharedCopy(db, shared, NOW, () => 'same');
    expect(saved.ok).toBe(false);
    expect(await db.plans.count()).toBe(0);
    expect(await db.channels.count()).toBe(0);
    expect(await db.budgets.count()).toBe(0);
  });
});
