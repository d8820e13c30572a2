// The write path of an open plan, on a real IndexedDB (fake-indexeddb): cell changes patched
// into the stored records, never a record rebuilt from a tab, and the undo log beside them.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MixplanDb } from '../../../src/db/db';
import {
  PlanChangesRepository,
  writesKey,
  type ChangeBatch,
  type HistoryOp,
} from '../../../src/db/plan-changes-repository';
import { ChannelsRepository, PlansRepository } from '../../../src/db/plans-repository';
import type { BudgetLayer, ChannelBudget, MonthAmounts } from '../../../src/domain/budget';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel, Plan } from '../../../src/domain/plan';
import {
  HISTORY_LIMIT,
  type CellAddition,
  type CellChange,
  type HistoryEntry,
} from '../../../src/domain/plan-changes';

const CREATED = Date.UTC(2026, 0, 5);
const NOW = Date.UTC(2026, 2, 14, 9, 30);

function plan(id: string, name: string): Plan {
  return {
    id,
    name,
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth: '2026-01' as Month,
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

function channel(id: string, planId = 'p1'): Channel {
  return {
    id,
    planId,
    name: id,
    family: 'media',
    category: 'tv',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
}

function amounts(planned: number, committed: number, actual: number): MonthAmounts {
  return { planned: toCents(planned), committed: toCents(committed), actual: toCents(actual) };
}

function cell(
  channelId: string,
  month: string,
  layer: BudgetLayer,
  before: number,
  after: number,
): CellChange {
  return {
    channelId,
    month: month as Month,
    layer,
    before: toCents(before),
    after: toCents(after),
  };
}

function batch(parts: Partial<ChangeBatch>): ChangeBatch {
  return { planId: 'p1', cells: [], fields: [], history: [], ...parts };
}

const tvBudget: ChannelBudget = {
  channelId: 'tv',
  planId: 'p1',
  months: {
    // Before and after the plan's window 2026-01 … 2026-12: hidden, never to be lost.
    '2025-12': amounts(77_700, 0, 70_000),
    '2026-01': amounts(100_000, 0, 0),
    '2027-03': amounts(0, 5_000, 0),
  },
};

const opened: MixplanDb[] = [];

/** A fresh database holding plan p1 (channels tv and radio) and plan p2; one connection. */
async function seeded(): Promise<string> {
  const name = `plan-changes-${Math.random()}`;
  const db = connect(name);
  const plans = new PlansRepository(db, () => ({ now: CREATED, month: '2026-01' as Month }));
  for (const snapshot of [
    {
      plan: plan('p1', 'Plan 2026'),
      channels: [channel('tv'), channel('radio')],
      budgets: [tvBudget, { channelId: 'radio', planId: 'p1', months: {} }],
    },
    { plan: plan('p2', 'Other plan'), channels: [], budgets: [] },
  ]) {
    const created = await plans.create(snapshot);
    expect(created.ok).toBe(true);
  }
  return name;
}

/** One tab's connection to the database. */
function connect(name: string): MixplanDb {
  const db = new MixplanDb(name);
  opened.push(db);
  return db;
}

function repository(db: MixplanDb, now = NOW): PlanChangesRepository {
  return new PlanChangesRepository(db, () => now);
}

async function applied(repo: PlanChangesRepository, changes: ChangeBatch) {
  const result = await repo.apply(changes);
  if (!result.ok) throw new Error(`write refused: ${result.error.detail}`);
  return result.value;
}

/**
 * Counts Dexie's "storage mutated" notices naming the budgets table of database `name`: what
 * every liveQuery on budgets (in this tab and, broadcast, in the others) wakes up on.
 */
function budgetWritesIn(name: string): { readonly budgets: number; stop: () => void } {
  let budgets = 0;
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(`idb://${name}/budgets/`))) budgets += 1;
  };
  Dexie.on('storagemutated', listener);
  return {
    get budgets() {
      return budgets;
    },
    stop: () => Dexie.on('storagemutated').unsubscribe(listener),
  };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('PlanChangesRepository.apply: cells', () => {
  it('keeps both tabs’ cells when two tabs edit different months of the same channel', async () => {
    const name = await seeded();
    const tabA = repository(connect(name));
    const tabB = repository(connect(name));
    // Tab A types 1 111 € in January, tab B 2 222 € in February, at the same time.
    await Promise.all([
      applied(tabA, batch({ cells: [cell('tv', '2026-01', 'planned', 100_000, 111_100)] })),
      applied(tabB, batch({ cells: [cell('tv', '2026-02', 'planned', 0, 222_200)] })),
    ]);
    const stored = await connect(name).budgets.get('tv');
    expect(stored?.months).toEqual({
      '2025-12': amounts(77_700, 0, 70_000),
      '2026-01': amounts(111_100, 0, 0),
      '2026-02': amounts(222_200, 0, 0),
      '2027-03': amounts(0, 5_000, 0),
    });
  });

  it('keeps the first tab’s January when the second tab writes February afterwards', async () => {
    const name = await seeded();
    const tabA = repository(connect(name));
    const tabB = repository(connect(name));
    await applied(tabA, batch({ cells: [cell('tv', '2026-01', 'actual', 0, 99_950)] }));
    await applied(tabB, batch({ cells: [cell('tv', '2026-02', 'committed', 0, 40_000)] }));
    const stored = await connect(name).budgets.get('tv');
    expect(stored?.months['2026-01']).toEqual(amounts(100_000, 0, 99_950));
    expect(stored?.months['2026-02']).toEqual(amounts(0, 40_000, 0));
  });

  it('leaves the months outside the plan’s window as they were stored', async () => {
    const name = await seeded();
    const db = connect(name);
    await applied(
      repository(db),
      batch({
        cells: [
          cell('tv', '2026-01', 'planned', 100_000, 0),
          cell('tv', '2026-12', 'actual', 0, 1_234),
        ],
      }),
    );
    expect((await db.budgets.get('tv'))?.months).toEqual({
      '2025-12': amounts(77_700, 0, 70_000),
      '2026-12': amounts(0, 0, 1_234),
      '2027-03': amounts(0, 5_000, 0),
    });
  });

  it('keeps a budget field it does not know (written by a newer version)', async () => {
    const name = await seeded();
    const db = connect(name);
    const fromNewerVersion = { ...tvBudget, note: 'from v4' };
    await db.budgets.put(fromNewerVersion);
    await applied(repository(db), batch({ cells: [cell('tv', '2026-05', 'planned', 0, 10)] }));
    expect(await db.budgets.get('tv')).toMatchObject({ note: 'from v4' });
  });

  it('does not bring back the budget of a channel another tab deleted, and says so', async () => {
    const name = await seeded();
    const db = connect(name);
    const deleted = await new ChannelsRepository(connect(name)).delete('radio');
    expect(deleted.ok).toBe(true);
    const written = await applied(
      repository(db),
      batch({
        cells: [
          cell('radio', '2026-03', 'planned', 0, 50_000),
          cell('tv', '2026-03', 'planned', 0, 60_000),
        ],
        fields: [{ channelId: 'radio', before: { name: 'radio' }, after: { name: 'FM' } }],
      }),
    );
    expect(written).toEqual({ planFound: true, missingChannels: ['radio'], staleCells: [] });
    expect(await db.budgets.get('radio')).toBeUndefined();
    expect(await db.channels.get('radio')).toBeUndefined();
    // The rest of the batch is written.
    expect((await db.budgets.get('tv'))?.months['2026-03']).toEqual(amounts(60_000, 0, 0));
  });

  it('does not write again a budget whose every guarded cell another tab changed', async () => {
    const name = await seeded();
    const db = connect(name);
    // January holds 1 000 €; this step expected 900 € there: stale, so nothing to write.
    const step = cell('tv', '2026-01', 'planned', 90_000, 50_000);
    const mutated = budgetWritesIn(name);
    const written = await applied(repository(db), batch({ guarded: [step] }));
    mutated.stop();
    expect(written.staleCells).toEqual([step]);
    expect(mutated.budgets).toBe(0);
    expect(await db.budgets.get('tv')).toEqual(tvBudget);
  });

  it('writes nothing for a plan deleted meanwhile and says the plan is gone', async () => {
    const name = await seeded();
    const db = connect(name);
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-03' as Month }));
    expect((await plans.delete('p1')).ok).toBe(true);
    const written = await applied(
      repository(db),
      batch({ cells: [cell('tv', '2026-03', 'planned', 0, 1)] }),
    );
    expect(written).toEqual({ planFound: false, missingChannels: [], staleCells: [] });
    expect(await db.budgets.get('tv')).toBeUndefined();
  });

  it('renames a channel and keeps its other fields', async () => {
    const name = await seeded();
    const db = connect(name);
    await applied(
      repository(db),
      batch({ fields: [{ channelId: 'tv', before: { name: 'tv' }, after: { name: 'Télé' } }] }),
    );
    expect(await db.channels.get('tv')).toEqual({ ...channel('tv'), name: 'Télé' });
  });

  it('moves the plan’s “modified on” to now, putting it first in the plan list', async () => {
    const name = await seeded();
    const db = connect(name);
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-03' as Month }));
    // p2 was changed after p1: it is listed first until p1's budget is edited.
    expect((await plans.update('p2', { name: 'Other plan, renamed' })).ok).toBe(true);
    await applied(
      repository(db, NOW + 60_000),
      batch({ cells: [cell('tv', '2026-04', 'planned', 0, 500)] }),
    );
    const listed = await plans.list();
    expect(listed.map((p) => [p.id, p.updatedAt])).toEqual([
      ['p1', NOW + 60_000],
      ['p2', NOW],
    ]);
  });
});

function entry(id: string, order: number, tab: string, parts: Partial<HistoryEntry> = {}) {
  return {
    id,
    planId: 'p1',
    tab,
    order,
    state: 'done',
    changes: { cells: [cell('tv', '2026-01', 'planned', order, order + 1)], fields: [] },
    ...parts,
  } satisfies HistoryEntry;
}

function push(e: HistoryEntry): HistoryOp {
  return { kind: 'push', entry: e };
}

async function historyOf(repo: PlanChangesRepository, tab: string, planId = 'p1') {
  const result = await repo.historyOf(planId, tab);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

describe('PlanChangesRepository.apply: the undo log', () => {
  it('stores a new action with its changes, so that undo finds it after a reload', async () => {
    const name = await seeded();
    const change = cell('tv', '2026-01', 'planned', 100_000, 111_100);
    const action = entry('e1', 1, 'tab-a', { changes: { cells: [change], fields: [] } });
    await applied(repository(connect(name)), batch({ cells: [change], history: [push(action)] }));
    // A reload: a new connection, a new repository.
    expect(await historyOf(repository(connect(name)), 'tab-a')).toEqual([action]);
  });

  it('forgets this tab’s redo steps on a new action, not another tab’s nor another plan’s', async () => {
    const name = await seeded();
    const db = connect(name);
    const repo = repository(db);
    const otherPlan = entry('p2-undone', 1, 'tab-a', { planId: 'p2', state: 'undone' });
    await applied(repo, batch({ planId: 'p2', history: [push(otherPlan)] }));
    await applied(
      repo,
      batch({
        history: [
          push(entry('a-done', 1, 'tab-a')),
          push(entry('a-undone', 2, 'tab-a', { state: 'undone' })),
          push(entry('b-undone', 3, 'tab-b', { state: 'undone' })),
        ],
      }),
    );
    await applied(repo, batch({ history: [push(entry('a-new', 4, 'tab-a'))] }));
    expect((await historyOf(repo, 'tab-a')).map((e) => e.id)).toEqual(['a-done', 'a-new']);
    expect((await historyOf(repo, 'tab-b')).map((e) => e.id)).toEqual(['b-undone']);
    expect((await historyOf(repo, 'tab-a', 'p2')).map((e) => e.id)).toEqual(['p2-undone']);
  });

  it.each([
    ['an undo marks the action undone', 'done', 'undone'],
    ['a redo marks it done again', 'undone', 'done'],
  ] as const)('%s', async (_label, from, to) => {
    const name = await seeded();
    const repo = repository(connect(name));
    await applied(repo, batch({ history: [push(entry('e1', 1, 'tab-a', { state: from }))] }));
    await applied(repo, batch({ history: [{ kind: 'mark', id: 'e1', state: to }] }));
    expect((await historyOf(repo, 'tab-a')).map((e) => e.state)).toEqual([to]);
  });

  it(`keeps the newest ${HISTORY_LIMIT} steps of a plan and forgets the oldest`, async () => {
    const name = await seeded();
    const repo = repository(connect(name));
    // Ids sort the other way round from the order of the actions.
    const id = (order: number) => `e-${String(1000 - order).padStart(4, '0')}`;
    const first = Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(id(i + 1), i + 1, 'tab-a'));
    await applied(repo, batch({ history: first.map(push) }));
    expect(await historyOf(repo, 'tab-a')).toHaveLength(HISTORY_LIMIT);
    await applied(
      repo,
      batch({
        history: [
          push(entry(id(HISTORY_LIMIT + 1), HISTORY_LIMIT + 1, 'tab-a')),
          push(entry(id(HISTORY_LIMIT + 2), HISTORY_LIMIT + 2, 'tab-a')),
        ],
      }),
    );
    const orders = (await historyOf(repo, 'tab-a')).map((e) => e.order);
    expect(orders).toHaveLength(HISTORY_LIMIT);
    expect(orders[0]).toBe(3);
    expect(orders.at(-1)).toBe(HISTORY_LIMIT + 2);
  });

  it('gives one tab its own steps only, oldest first', async () => {
    const name = await seeded();
    const repo = repository(connect(name));
    await applied(
      repo,
      batch({
        history: [
          push(entry('x', 5, 'tab-a')),
          push(entry('y', 2, 'tab-b')),
          push(entry('z', 1, 'tab-a')),
          push(entry('w', 3, 'tab-a')),
        ],
      }),
    );
    expect((await historyOf(repo, 'tab-a')).map((e) => [e.id, e.order])).toEqual([
      ['z', 1],
      ['w', 3],
      ['x', 5],
    ]);
  });

  it('is cleared with its plan, and another plan’s log stays', async () => {
    const name = await seeded();
    const db = connect(name);
    const repo = repository(db);
    await applied(repo, batch({ history: [push(entry('p1-step', 1, 'tab-a'))] }));
    await applied(
      repo,
      batch({ planId: 'p2', history: [push(entry('p2-step', 1, 'tab-a', { planId: 'p2' }))] }),
    );
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-03' as Month }));
    expect((await plans.delete('p1')).ok).toBe(true);
    expect(await historyOf(repo, 'tab-a', 'p1')).toEqual([]);
    expect((await historyOf(repo, 'tab-a', 'p2')).map((e) => e.id)).toEqual(['p2-step']);
  });
});

describe('PlanChangesRepository.add: amounts added to cells as they stand', () => {
  function addition(channelId: string, month: string, delta: number): CellAddition {
    return { channelId, month: month as Month, layer: 'planned', delta };
  }

  async function added(repo: PlanChangesRepository, additions: CellAddition[]) {
    const result = await repo.add('p1', additions);
    if (!result.ok) throw new Error(`write refused: ${result.error.detail}`);
    return result.value;
  }

  it('counts both when two tabs add to the same cell at the same instant', async () => {
    const name = await seeded();
    const tabA = repository(connect(name));
    const tabB = repository(connect(name));
    await Promise.all([
      added(tabA, [addition('tv', '2026-01', 80_000)]),
      added(tabB, [addition('tv', '2026-01', 30_000)]),
    ]);
    // January held 1 000 € typed by hand: both bookings land on top of it.
    const stored = await connect(name).budgets.get('tv');
    expect(stored?.months['2026-01']).toEqual(amounts(210_000, 0, 0));
    // Hidden months stay.
    expect(stored?.months['2025-12']).toEqual(tvBudget.months['2025-12']);
  });

  it('stops at 0 when more is taken out than the cell holds, and says what it wrote', async () => {
    const name = await seeded();
    const written = await added(repository(connect(name)), [
      addition('tv', '2026-01', -150_000),
      addition('radio', '2026-02', 5_000),
      addition('radio', '2026-02', 2_500),
    ]);
    expect(written.cells).toEqual([
      cell('tv', '2026-01', 'planned', 100_000, 0),
      cell('radio', '2026-02', 'planned', 0, 5_000),
      cell('radio', '2026-02', 'planned', 5_000, 7_500),
    ]);
    const db = connect(name);
    expect((await db.budgets.get('tv'))?.months['2026-01']).toBeUndefined();
    expect((await db.budgets.get('radio'))?.months['2026-02']).toEqual(amounts(7_500, 0, 0));
  });

  it('writes no budget whose amounts stay the same (taken out of an empty cell)', async () => {
    const name = await seeded();
    const db = connect(name);
    const mutated = budgetWritesIn(name);
    const written = await added(repository(db), [addition('radio', '2026-04', -5_000)]);
    mutated.stop();
    expect(written).toMatchObject({ planFound: true, missingChannels: [], cells: [] });
    expect(mutated.budgets).toBe(0);
    // Shown able to fail: a real addition is seen as a budget write.
    const real = budgetWritesIn(name);
    await added(repository(db), [addition('radio', '2026-04', 5_000)]);
    real.stop();
    expect(real.budgets).toBe(1);
  });

  it('adds nothing to a deleted channel or plan, and says so', async () => {
    const name = await seeded();
    const db = connect(name);
    expect((await new ChannelsRepository(db).delete('radio')).ok).toBe(true);
    const written = await added(repository(db), [addition('radio', '2026-03', 1)]);
    expect(written).toMatchObject({ planFound: true, missingChannels: ['radio'], cells: [] });
    expect(await db.budgets.get('radio')).toBeUndefined();
    const plans = new PlansRepository(db, () => ({ now: NOW, month: '2026-03' as Month }));
    expect((await plans.delete('p1')).ok).toBe(true);
    expect(await added(repository(db), [addition('tv', '2026-03', 1)])).toMatchObject({
      planFound: false,
    });
  });

  it('stamps the plan as no tab’s own batch, so that the writer reads it back too', async () => {
    const name = await seeded();
    const db = connect(name);
    const told: number[] = [];
    const repo = new PlanChangesRepository(
      db,
      () => NOW,
      (_plan, seq) => told.push(seq),
    );
    await applied(repo, batch({ tab: 'tab-a', cells: [cell('tv', '2026-02', 'planned', 0, 1)] }));
    await added(repo, [addition('tv', '2026-02', 1)]);
    expect(told).toEqual([1]);
    expect((await db.meta.get(writesKey('p1')))?.value).toEqual({ seq: 2, tab: '' });
    expect((await db.plans.get('p1'))?.updatedAt).toBe(NOW);
  });
});
