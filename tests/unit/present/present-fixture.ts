// A small plan whose figures are worked out by hand below, for the presenter's tests: four
// channels over a year, a target it overshoots, actuals in January only.
import { emptyBudget, withAmount, type ChannelBudget } from '../../../src/domain/budget';
import { BudgetSheet } from '../../../src/domain/budget-sheet';
import { toCents } from '../../../src/domain/money';
import type { AarrrStage, AppLocale, Channel, Family, Plan } from '../../../src/domain/plan';
import { makePlan, month } from '../domain/budget-arbitraries';

type Cell = [m: number, layer: 'planned' | 'committed' | 'actual', euros: number];

function channel(
  id: string,
  name: string,
  family: Family,
  stage: AarrrStage | null,
  sortOrder: number,
): Channel {
  return {
    id,
    planId: 'plan-1',
    name,
    family,
    category: 'custom',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage,
    kpi: null,
    sortOrder,
  };
}

const CHANNELS: [Channel, Cell[]][] = [
  [
    channel('tv', 'Télévision', 'media', 'acquisition', 0),
    [
      [1, 'planned', 3_000],
      [2, 'planned', 1_000],
      [1, 'committed', 2_500],
      [1, 'actual', 2_800],
    ],
  ],
  [channel('fair', 'Salon', 'hors-media', 'retention', 1), [[3, 'planned', 4_000]]],
  [channel('mail', 'Newsletter', 'hors-media', null, 2), [[1, 'planned', 500]]],
  [channel('radio', 'Radio', 'media', 'acquisition', 3), [[2, 'planned', 1_500]]],
];

/**
 * Planned 10 000 € (media 5 500 €, 55 %), committed 2 500 €, actual 2 800 €, against a target of
 * 9 000 €: 1 000 € over. Busiest month March (4 000 €); best-funded stage acquisition (55 %).
 * As the database stores it.
 */
export function knownPlan(options: { locale?: AppLocale; currency?: string; name?: string } = {}): {
  plan: Plan;
  channels: Channel[];
  budgets: ChannelBudget[];
} {
  const plan = {
    ...makePlan(month(2026, 1), 12, 900_000),
    name: options.name ?? 'Lancement printemps',
    locale: options.locale ?? 'fr-FR',
    currency: options.currency ?? 'EUR',
  };
  const budgets = CHANNELS.map(([c, cells]) =>
    cells.reduce(
      (budget, [m, layer, euros]) =>
        withAmount(budget, month(2026, m), layer, toCents(euros * 100)),
      emptyBudget(plan.id, c.id),
    ),
  );
  return { plan, channels: CHANNELS.map(([c]) => c), budgets };
}

export function knownSheet(options: Parameters<typeof knownPlan>[0] = {}): BudgetSheet {
  const { plan, channels, budgets } = knownPlan(options);
  return new BudgetSheet(plan, channels, budgets);
}

export function emptySheet(): BudgetSheet {
  return new BudgetSheet(makePlan(month(2026, 1), 12, null), [], []);
}

/** Text with its (narrow) no-break spaces as plain ones, to compare with what we write. */
export function spaced(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
