// Random plans for the CSV property tests: channel names and free texts with the characters
// that break naive CSV (';', ',', quotes, line breaks, tabs, accents, a leading '=' or '-'),
// every attribute the channel sheet carries, and amounts in every layer.
import fc from 'fast-check';
import { isTotalLabel } from '../../../src/csv/cells';
import type { PlanSource } from '../../../src/csv/target';
import { textKey } from '../../../src/csv/text-key';
import { MAX_CELL_CENTS, type ChannelBudget, type MonthAmounts } from '../../../src/domain/budget';
import { AARRR_STAGES, CATALOGUE, KPIS, OBJECTIVES } from '../../../src/domain/catalogue';
import { toCents } from '../../../src/domain/money';
import { monthFromParts, monthRange, type Month } from '../../../src/domain/months';
import type { Channel, CostModel, Plan } from '../../../src/domain/plan';

const TRICKY = [
  ';',
  ',',
  '"',
  '\n',
  '\r\n',
  '\t',
  'é',
  'È',
  '’',
  '€',
  '=',
  '+',
  '-',
  '@',
  "'",
  ' ',
];

/** Text as a user types it in a cell: trimmed, never empty, with the troublesome characters. */
export const cellText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1, maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join('').trim())
  .filter((text) => text !== '' && text.length <= 120 && !text.includes('\uFEFF'));

const COSTS: readonly CostModel[] = [
  { kind: 'fixed' },
  { kind: 'monthly' },
  ...(['sample', 'attendee', 'thousand-impressions', 'click', 'day'] as const).map(
    (unit): CostModel => ({ kind: 'per-unit', unit }),
  ),
];

// Free texts that a code's name could be mistaken for are kept out: the import would read
// "Portée" back as the KPI 'reach', which is the point of reading names.
const isCodeName = (text: string) =>
  [...OBJECTIVES, ...KPIS].some((c) =>
    [c.id, c.label.fr, c.label.en].some((w) => textKey(w) === textKey(text)),
  );

const freeOrCode = (ids: readonly string[]) =>
  fc.option(
    fc.oneof(
      fc.constantFrom(...ids),
      cellText.filter((t) => !isCodeName(t)),
    ),
    { nil: null },
  );

const channelFields = fc.record({
  name: cellText.filter((name) => !isTotalLabel(name)),
  family: fc.constantFrom('media', 'hors-media'),
  category: fc.constantFrom('custom', ...CATALOGUE.map((e) => e.category)),
  poe: fc.constantFrom('paid', 'owned', 'earned'),
  costModel: fc.constantFrom(...COSTS),
  objective: freeOrCode(OBJECTIVES.map((o) => o.id)),
  stage: fc.option(fc.constantFrom(...AARRR_STAGES.map((s) => s.id)), { nil: null }),
  kpi: freeOrCode(KPIS.map((k) => k.id)),
});

const amount = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 99_999 }),
  fc.integer({ min: 0, max: MAX_CELL_CENTS }),
);

function month(year: number, m: number): Month {
  const found = monthFromParts(year, m);
  if (!found) throw new Error('bad month');
  return found;
}

export function makePlan(firstMonth: Month, monthCount: number): Plan {
  return {
    id: 'plan-1',
    name: 'Plan ; "test"',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth,
    monthCount,
    targetBudget: null,
    scenarioOf: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A plan with 0–12 channels (names distinct as the import matches them) and their amounts. */
export const planSourceArb: fc.Arbitrary<PlanSource> = fc
  .record({
    year: fc.integer({ min: 2020, max: 2032 }),
    first: fc.integer({ min: 1, max: 12 }),
    monthCount: fc.integer({ min: 12, max: 24 }),
    channels: fc.uniqueArray(channelFields, {
      maxLength: 12,
      selector: (c) => textKey(c.name),
    }),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      cells: fc.array(
        fc.array(fc.tuple(amount, amount, amount), {
          minLength: base.monthCount,
          maxLength: base.monthCount,
        }),
        { minLength: base.channels.length, maxLength: base.channels.length },
      ),
    }),
  )
  .map(({ base, cells }) => {
    const plan = makePlan(month(base.year, base.first), base.monthCount);
    const months = monthRange(plan.firstMonth, plan.monthCount);
    const channels = base.channels.map((fields, i): Channel => ({
      ...fields,
      id: `c${i}`,
      planId: plan.id,
      sortOrder: i,
    }));
    const budgets = channels.map((channel, i): ChannelBudget => {
      const stored: ChannelBudget['months'] = {};
      months.forEach((m, j) => {
        const [planned = 0, committed = 0, actual = 0] = cells[i]?.[j] ?? [];
        if (planned + committed + actual === 0) return;
        const amounts: MonthAmounts = {
          planned: toCents(planned),
          committed: toCents(committed),
          actual: toCents(actual),
        };
        stored[m] = amounts;
      });
      return { channelId: channel.id, planId: plan.id, months: stored };
    });
    return { plan, channels, budgets };
  });
