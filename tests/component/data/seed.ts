// A plan to import into, written straight to the scratch database before the app starts.
import type { MixplanDb } from '../../../src/db';
import { toCents } from '../../../src/domain/money';
import type { Month } from '../../../src/domain/months';
import type { Channel, Plan } from '../../../src/domain/plan';

export const PLAN: Plan = {
  id: 'plan-1',
  name: 'Budget 2026',
  currency: 'EUR',
  locale: 'fr-FR',
  firstMonth: '2026-01' as Month,
  monthCount: 12,
  targetBudget: null,
  scenarioOf: null,
  createdAt: 1,
  updatedAt: 1,
};

function channel(id: string, name: string, category: string, sortOrder: number): Channel {
  return {
    id,
    planId: PLAN.id,
    name,
    family: category === 'radio' || category === 'outdoor' ? 'media' : 'hors-media',
    category,
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: 'acquisition',
    kpi: null,
    sortOrder,
  };
}

/** Two channels: "Affichage gare" with amounts in January and February, "Salon" without. */
export async function seedPlan(db: MixplanDb): Promise<void> {
  await db.plans.add(PLAN);
  await db.channels.bulkAdd([
    channel('ch-affichage', 'Affichage gare', 'outdoor', 0),
    channel('ch-salon', 'Salon', 'trade-show', 1),
  ]);
  const amounts = (planned: number, actual: number) => ({
    planned: toCents(planned),
    committed: toCents(0),
    actual: toCents(actual),
  });
  await db.budgets.bulkAdd([
    {
      channelId: 'ch-affichage',
      planId: PLAN.id,
      months: { '2026-01': amounts(100_000, 90_000), '2026-02': amounts(50_000, 0) },
    },
    { channelId: 'ch-salon', planId: PLAN.id, months: {} },
  ]);
  await db.meta.put({ key: 'currentPlanId', value: PLAN.id });
}

export async function allTables(db: MixplanDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

/** The tables an import may change, for "nothing was written" checks. */
export async function planTables(db: MixplanDb) {
  return {
    plans: await db.plans.toArray(),
    channels: await db.channels.toArray(),
    budgets: await db.budgets.toArray(),
  };
}
