// What a new plan window hides (counted, totalled, kept), and "shift every amount by N
// months": amounts unchanged, months moved, nothing lost, nothing merged.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ChannelBudget, MonthAmounts } from '../../../src/domain/budget';
import {
  amountsOutside,
  shiftBetween,
  shiftBudget,
  shiftBudgets,
  type PlanWindow,
} from '../../../src/domain/budget-shift';
import { toCents } from '../../../src/domain/money';
import { addMonths, monthRange, type Month } from '../../../src/domain/months';
import { month } from './budget-arbitraries';

function amounts(planned: number, committed = 0, actual = 0): MonthAmounts {
  return { planned: toCents(planned), committed: toCents(committed), actual: toCents(actual) };
}

// Two channels over 2026: posters planned every month (1 000 €), with actuals in January and
// February; a fair in June. One record also holds a key that is not a month.
const budgets: ChannelBudget[] = [
  {
    channelId: 'posters',
    planId: 'p',
    months: {
      ...Object.fromEntries(monthRange(month(2026, 1), 12).map((m) => [m, amounts(100_000)])),
      '2026-01': amounts(100_000, 0, 90_000),
      '2026-02': amounts(100_000, 20_000, 115_400),
    },
  },
  {
    channelId: 'fair',
    planId: 'p',
    months: { '2026-06': amounts(300_000), 'not-a-month': amounts(7) },
  },
];

const window = (first: Month, monthCount: number): PlanWindow => ({
  firstMonth: first,
  monthCount,
});

describe('amountsOutside', () => {
  it.each([
    {
      name: 'the same window hides nothing',
      window: window(month(2026, 1), 12),
      expected: { count: 0, planned: 0, committed: 0, actual: 0, first: null, last: null },
    },
    {
      name: 'starting in February hides January: planned and actual, two amounts',
      window: window(month(2026, 2), 12),
      expected: {
        count: 2,
        planned: 100_000,
        committed: 0,
        actual: 90_000,
        first: '2026-01',
        last: '2026-01',
      },
    },
    {
      name: 'starting in March hides January and February, committed included',
      window: window(month(2026, 3), 12),
      expected: {
        count: 5,
        planned: 200_000,
        committed: 20_000,
        actual: 205_400,
        first: '2026-01',
        last: '2026-02',
      },
    },
    {
      name: 'shortened to five months, the fair and the second half of the year are hidden',
      window: window(month(2026, 1), 5),
      expected: {
        count: 8,
        planned: 1_000_000,
        committed: 0,
        actual: 0,
        first: '2026-06',
        last: '2026-12',
      },
    },
  ])('$name', ({ window: w, expected }) => {
    const { count, totals, first, last } = amountsOutside(budgets, w);
    expect({ count, ...totals, first, last }).toEqual(expected);
  });
});

describe('shiftBetween', () => {
  it.each([
    [month(2026, 1), month(2026, 2), 1],
    [month(2026, 3), month(2026, 1), -2],
    [month(2026, 11), month(2027, 2), 3],
    [month(2026, 1), month(2026, 1), 0],
  ])('from %s to %s is %i month(s)', (from, to, n) => {
    expect(shiftBetween(window(from, 12), window(to, 18))).toBe(n);
  });
});

describe('shiftBudget', () => {
  it('moves every month by n, amounts unchanged, and keeps a key that is not a month', () => {
    const result = shiftBudget(budgets[1]!, 1);
    expect(result).toEqual({
      ok: true,
      value: {
        channelId: 'fair',
        planId: 'p',
        months: { '2026-07': amounts(300_000), 'not-a-month': amounts(7) },
      },
    });
  });

  it('moved with the first month, the amounts are all back in the new window', () => {
    const to = window(month(2026, 3), 12);
    const shifted = budgets.map((b) => {
      const moved = shiftBudget(b, shiftBetween(window(month(2026, 1), 12), to));
      if (!moved.ok) throw new Error('shift refused');
      return moved.value;
    });
    expect(amountsOutside(shifted, to).count).toBe(0);
    expect(shifted[0]?.months['2026-03']).toEqual(amounts(100_000, 0, 90_000));
    expect(shifted[0]?.months['2026-04']).toEqual(amounts(100_000, 20_000, 115_400));
  });

  it('refuses, as a value, to move a month past 9999-12', () => {
    const late: ChannelBudget = {
      channelId: 'c',
      planId: 'p',
      months: { '9999-11': amounts(1) },
    };
    expect(shiftBudget(late, 2)).toEqual({
      ok: false,
      error: { code: 'month-out-of-range', month: '9999-11' },
    });
  });

  it('shifting by n then by −n gives back the same budget, with as many months', () => {
    const monthArb = fc.integer({ min: 0, max: 120 }).map((i) => addMonths(month(2020, 1), i));
    const budgetArb = fc
      .dictionary(monthArb, fc.tuple(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000)), {
        maxKeys: 30,
      })
      .map((months): ChannelBudget => ({
        channelId: 'c',
        planId: 'p',
        months: Object.fromEntries(
          Object.entries(months).map(([m, [p, c, a]]) => [m, amounts(p, c, a)]),
        ),
      }));
    fc.assert(
      fc.property(budgetArb, fc.integer({ min: -60, max: 60 }), (budget, n) => {
        const there = shiftBudget(budget, n);
        if (!there.ok) throw new Error('shift refused');
        expect(Object.keys(there.value.months)).toHaveLength(Object.keys(budget.months).length);
        expect(shiftBudget(there.value, -n)).toEqual({ ok: true, value: budget });
      }),
    );
  });
});

describe('shiftBudgets', () => {
  it('shifts all of them, or none when one month cannot move', () => {
    const late: ChannelBudget = { channelId: 'c', planId: 'p', months: { '9999-12': amounts(1) } };
    const all = shiftBudgets(budgets, -1);
    expect(all.ok && all.value.map((b) => Object.keys(b.months).sort()[0])).toEqual([
      '2025-12',
      '2026-05',
    ]);
    expect(shiftBudgets([...budgets, late], 1)).toEqual({
      ok: false,
      error: { code: 'month-out-of-range', month: '9999-12' },
    });
  });
});
