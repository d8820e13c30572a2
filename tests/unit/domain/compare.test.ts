// Comparing two plans: a worked example to the cent, then properties over random plans
// (differences add up to the total difference, a plan against itself, swapping A and B).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUDGET_MEASURES,
  emptyBudget,
  withAmount,
  type ChannelBudget,
} from '../../../src/domain/budget';
import {
  comparePlans,
  comparisonCandidates,
  openPlanSide,
  type MonthDifference,
  type PlanSnapshot,
} from '../../../src/domain/compare';
import { sumCents, toCents } from '../../../src/domain/money';
import type { Channel, Family, Plan } from '../../../src/domain/plan';
import { makePlan, month, scenarioArb } from './budget-arbitraries';

function channel(id: string, name: string, category: string, family: Family): Channel {
  return {
    id,
    planId: 'p',
    name,
    family,
    category,
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
}

/** A budget from [month, planned cents] pairs. */
function planned(channelId: string, amounts: [string, number][]): ChannelBudget {
  return amounts.reduce(
    (budget, [m, cents]) =>
      withAmount(
        budget,
        month(Number(m.slice(0, 4)), Number(m.slice(5))),
        'planned',
        toCents(cents),
      ),
    emptyBudget('p', channelId),
  );
}

// A: Jan–Dec 2026. B, its scenario: Apr 2026–Mar 2027, press renamed in case, the radio
// dropped, a trade show added.
const planA: PlanSnapshot = {
  plan: makePlan(month(2026, 1), 12, null),
  channels: [
    channel('a1', 'Presse locale', 'press', 'media'),
    channel('a2', 'Radio Bleue', 'radio', 'media'),
    channel('a3', 'Pop-up', 'pop-up', 'hors-media'),
  ],
  budgets: [
    planned('a1', [
      ['2026-01', 100_000],
      ['2026-06', 50_000],
    ]),
    planned('a2', [['2026-02', 30_000]]),
    planned('a3', [['2026-06', 200_000]]),
  ],
};
const planB: PlanSnapshot = {
  plan: { ...makePlan(month(2026, 4), 12, null), id: 'plan-2' },
  channels: [
    channel('b1', 'Pop-up', 'pop-up', 'hors-media'),
    channel('b2', ' presse LOCALE', 'press', 'media'),
    channel('b3', 'Salon du textile', 'trade-show', 'hors-media'),
  ],
  budgets: [
    planned('b1', [
      ['2026-06', 150_000],
      ['2027-03', 10_000],
    ]),
    // Stored before the plan starts: outside B, so it does not count.
    planned('b2', [
      ['2026-01', 999_999],
      ['2026-06', 80_000],
    ]),
    planned('b3', [['2026-09', 45_000]]),
  ],
};

describe('comparePlans on a worked example', () => {
  const result = comparePlans(planA, planB);

  it('compares the totals, with the relative change', () => {
    // A: 1 000 + 500 + 300 + 2 000 = 3 800 €; B: 1 500 + 100 + 800 + 450 = 2 850 €.
    expect(result.total).toEqual({ a: 380_000, b: 285_000, difference: -95_000, change: -0.25 });
    expect(result.sameCurrency).toBe(true);
    expect(result.measure).toBe('planned');
  });

  it('compares each family', () => {
    expect(result.families.media).toEqual({
      a: 180_000,
      b: 80_000,
      difference: -100_000,
      change: -100_000 / 180_000,
    });
    expect(result.families['hors-media']).toMatchObject({
      a: 200_000,
      b: 205_000,
      difference: 5_000,
    });
  });

  it('aligns months on the calendar: a month of one plan only counts 0 in the other', () => {
    expect(result.months.map((m) => m.month)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    const byMonth = new Map<string, MonthDifference>(result.months.map((m) => [m.month, m]));
    expect(byMonth.get('2026-01')).toEqual({
      month: '2026-01',
      inA: true,
      inB: false,
      a: 100_000,
      b: 0,
      difference: -100_000,
      change: -1,
    });
    expect(byMonth.get('2026-06')).toMatchObject({ a: 250_000, b: 230_000, difference: -20_000 });
    expect(byMonth.get('2027-03')).toEqual({
      month: '2027-03',
      inA: false,
      inB: true,
      a: 0,
      b: 10_000,
      difference: 10_000,
      change: null,
    });
  });

  it('matches channels by name and category, and lists the added and removed ones', () => {
    expect(
      result.channels.map(({ name, presence, channelIdA, channelIdB, difference }) => ({
        name,
        presence,
        channelIdA,
        channelIdB,
        difference,
      })),
    ).toEqual([
      {
        name: 'Presse locale',
        presence: 'both',
        channelIdA: 'a1',
        channelIdB: 'b2',
        difference: -70_000,
      },
      {
        name: 'Radio Bleue',
        presence: 'removed',
        channelIdA: 'a2',
        channelIdB: null,
        difference: -30_000,
      },
      { name: 'Pop-up', presence: 'both', channelIdA: 'a3', channelIdB: 'b1', difference: -40_000 },
      {
        name: 'Salon du textile',
        presence: 'added',
        channelIdA: null,
        channelIdB: 'b3',
        difference: 45_000,
      },
    ]);
  });

  it('does not match a channel of the same name in another category', () => {
    const renamed = {
      ...planB,
      channels: planB.channels.map((c) => (c.id === 'b2' ? { ...c, category: 'outdoor' } : c)),
    };
    const presence = comparePlans(planA, renamed).channels.map((c) => [c.name.trim(), c.presence]);
    expect(presence).toContainEqual(['Presse locale', 'removed']);
    expect(presence).toContainEqual(['presse LOCALE', 'added']);
  });

  it('pairs channels that share a name in turn, and compares any measure', () => {
    const twice: PlanSnapshot = {
      ...planA,
      channels: [
        channel('x1', 'SMS', 'sms', 'hors-media'),
        channel('x2', 'SMS', 'sms', 'hors-media'),
      ],
      budgets: [
        {
          ...planned('x1', [['2026-03', 1_000]]),
          months: {
            '2026-03': { planned: toCents(1_000), committed: toCents(400), actual: toCents(0) },
          },
        },
        planned('x2', [['2026-04', 2_000]]),
      ],
    };
    const once: PlanSnapshot = {
      ...twice,
      channels: [channel('y1', 'sms', 'sms', 'hors-media')],
      budgets: [planned('y1', [['2026-03', 1_500]])],
    };
    const result = comparePlans(twice, once, 'available');
    expect(result.channels.map((c) => [c.channelIdA, c.channelIdB, c.presence, c.a, c.b])).toEqual([
      ['x1', 'y1', 'both', 600, 1_500],
      ['x2', null, 'removed', 2_000, 0],
    ]);
    expect(result.total).toMatchObject({ a: 2_600, b: 1_500, difference: -1_100 });
  });

  it('flags plans in two currencies', () => {
    const dollars = { ...planB, plan: { ...planB.plan, currency: 'USD' } };
    expect(comparePlans(planA, dollars).sameCurrency).toBe(false);
  });

  it('keeps the sign of the change when A is negative', () => {
    const overspent: PlanSnapshot = {
      ...planA,
      budgets: [
        {
          ...emptyBudget('p', 'a1'),
          months: {
            '2026-01': { planned: toCents(0), committed: toCents(0), actual: toCents(400) },
          },
        },
      ],
    };
    const less: PlanSnapshot = {
      ...planA,
      budgets: [
        {
          ...emptyBudget('p', 'a1'),
          months: {
            '2026-01': { planned: toCents(0), committed: toCents(0), actual: toCents(100) },
          },
        },
      ],
    };
    // Available goes from −400 to −100: up by 300, +75 % of |−400|.
    expect(comparePlans(overspent, less, 'available').total).toEqual({
      a: -400,
      b: -100,
      difference: 300,
      change: 0.75,
    });
  });
});

function snapshot({ plan, channels, budgets }: PlanSnapshot): PlanSnapshot {
  return { plan, channels, budgets };
}

const pairArb = fc.record({
  a: scenarioArb.map(snapshot),
  b: scenarioArb.map(snapshot),
  measure: fc.constantFrom(...BUDGET_MEASURES),
});

describe('comparePlans over random plans', () => {
  it('per-family, per-month and per-channel differences each add up to the total difference', () => {
    fc.assert(
      fc.property(pairArb, ({ a, b, measure }) => {
        const result = comparePlans(a, b, measure);
        const total = result.total.difference;
        expect(total).toBe(result.total.b - result.total.a);
        expect(
          sumCents([result.families.media.difference, result.families['hors-media'].difference]),
        ).toBe(total);
        expect(sumCents(result.months.map((m) => m.difference))).toBe(total);
        expect(sumCents(result.channels.map((c) => c.difference))).toBe(total);
        // And each side of the months adds up to that plan's own total.
        expect(sumCents(result.months.map((m) => m.a))).toBe(result.total.a);
        expect(sumCents(result.months.map((m) => m.b))).toBe(result.total.b);
        // Every channel of each plan is listed exactly once.
        expect(result.channels.filter((c) => c.channelIdA !== null)).toHaveLength(
          a.channels.length,
        );
        expect(result.channels.filter((c) => c.channelIdB !== null)).toHaveLength(
          b.channels.length,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a plan against itself differs by nothing, and swapping A and B negates every difference', () => {
    fc.assert(
      fc.property(pairArb, ({ a, b, measure }) => {
        const same = comparePlans(a, a, measure);
        expect(same.total.difference).toBe(0);
        expect(same.months.every((m) => m.difference === 0 && m.inA && m.inB)).toBe(true);
        expect(same.channels.every((c) => c.presence === 'both' && c.difference === 0)).toBe(true);
        const forward = comparePlans(a, b, measure);
        const back = comparePlans(b, a, measure);
        expect(back.total.difference).toBe(0 - forward.total.difference);
        expect(back.months.map((m) => 0 - m.difference)).toEqual(
          forward.months.map((m) => m.difference),
        );
        expect(back.families.media.difference).toBe(0 - forward.families.media.difference);
      }),
      { numRuns: 100 },
    );
  });
});

describe('which plan is the reference', () => {
  function named(id: string, scenarioOf: string | null = null): Plan {
    return { ...makePlan(month(2026, 1), 12, null), id, name: id, scenarioOf };
  }
  // "shop" and its scenarios: "shop-s" and "shop-t" (duplicated from shop), "shop-s2" (from
  // shop-s);
  // "other" is unrelated; "ghost-s" names a deleted original; "loop-1" and "loop-2" name
  // each other, as only a hand-edited backup could.
  const plans = [
    named('shop'),
    named('shop-s', 'shop'),
    named('shop-s2', 'shop-s'),
    named('shop-t', 'shop'),
    named('other'),
    named('ghost-s', 'deleted'),
    named('loop-1', 'loop-2'),
    named('loop-2', 'loop-1'),
  ];
  const plan = (id: string) => plans.find((p) => p.id === id) ?? named(id);

  it.each([
    ['the scenario is open: its original is A', 'shop-s', 'shop', 'compared'],
    ['the original is open: it stays A', 'shop', 'shop-s', 'reference'],
    ['a scenario of a scenario, against the first original', 'shop-s2', 'shop', 'compared'],
    ['a scenario of a scenario, against its own original', 'shop-s2', 'shop-s', 'compared'],
    ['two scenarios of one plan: the open one is A', 'shop-s', 'shop-t', 'reference'],
    ['a scenario whose original was deleted: the open one is A', 'ghost-s', 'shop', 'reference'],
    ['unrelated plans: the open one is A', 'other', 'shop', 'reference'],
    ['a loop of scenarios ends: the open one is compared once', 'loop-1', 'loop-2', 'compared'],
  ])('%s', (_, open, other, side) => {
    expect(openPlanSide(plan(open), plan(other), plans)).toBe(side);
  });

  it('offers the original first, then the scenarios, then the other plans', () => {
    const ids = (open: string) => comparisonCandidates(plan(open), plans).map((p) => p.id);
    const rest = ['other', 'ghost-s', 'loop-1', 'loop-2'];
    expect(ids('shop-s2')).toEqual(['shop-s', 'shop', 'shop-t', ...rest]);
    expect(ids('shop')).toEqual(['shop-s', 'shop-t', 'shop-s2', ...rest]);
    expect(ids('loop-1')).toEqual([
      'loop-2',
      'shop',
      'shop-s',
      'shop-s2',
      'shop-t',
      'other',
      'ghost-s',
    ]);
  });
});
