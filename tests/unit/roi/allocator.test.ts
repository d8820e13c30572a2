// The budget allocator on cases worked by hand: where the euros go, bounds, locks and minimum
// buys kept, the budget placed to the cent, each shift explained, the targets, and every
// infeasible input named before running. Money in cents: 10 000 € is 1 000 000.
import { describe, expect, it } from 'vitest';
import {
  allocate,
  allocationIssues,
  type Allocation,
  type AllocationChannel,
  type AllocatorObjective,
} from '../../../src/domain/roi/allocator';
import { hillMarginal, type HillCurve } from '../../../src/domain/roi/response-curve';

function channel(
  id: string,
  curve: HillCurve,
  fields: Partial<AllocationChannel> = {},
): AllocationChannel {
  return {
    id,
    curve,
    current: 0,
    min: 0,
    max: null,
    locked: false,
    minimumBuy: null,
    returnPerCustomer: null,
    ...fields,
  };
}

// Two concave channels (s = 1) with K = 10 000 €: radio, Rmax 40 000 €; search, Rmax 90 000 €.
// Water-filling with s = 1: x = √(Rmax·K/λ) − K. For a budget of 30 000 €:
// √(1/λ) = (30 000 + 2 × 10 000) / (√(4e8) + √(9e8)) = 50 000 / 50 000 = 1, so λ = 1,
// radio = 20 000 − 10 000 = 10 000 €, search = 30 000 − 10 000 = 20 000 €.
// Returns: radio 40 000 × 10/20 = 20 000 €, search 90 000 × 20/30 = 60 000 €: 80 000 €.
const radio: HillCurve = { rmax: 4_000_000, k: 1_000_000, shape: 1 };
const search: HillCurve = { rmax: 9_000_000, k: 1_000_000, shape: 1 };
const maxReturn = (budget: number): AllocatorObjective => ({ kind: 'max-return', budget });

function run(channels: AllocationChannel[], objective: AllocatorObjective): Allocation {
  const result = allocate(channels, objective);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

function line(allocation: Allocation, id: string) {
  const found = allocation.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
}

describe('allocate: maximise the return for a budget (water-filling)', () => {
  // Today: radio 20 000 €, search 10 000 €.
  const today = [
    channel('radio', radio, { current: 2_000_000 }),
    channel('search', search, { current: 1_000_000 }),
  ];

  it('moves 10 000 € from radio to search, where each euro returns more', () => {
    const allocation = run(today, maxReturn(3_000_000));
    expect(allocation.method).toBe('water-filling');
    expect(line(allocation, 'radio').after).toBe(1_000_000);
    expect(line(allocation, 'search').after).toBe(2_000_000);
    expect(allocation.spend).toBe(3_000_000);
    expect(allocation.marginalLevel).toBeCloseTo(1, 9);
    // Before: 40 000 × 20/30 + 90 000 × 10/20 = 26 666,67 + 45 000 = 71 666,67 €.
    expect(allocation.returnBefore).toBeCloseTo(7_166_666.667, 2);
    expect(allocation.returnAfter).toBeCloseTo(8_000_000, 2);
  });

  it('explains each shift with the marginal returns before: 0,44 € on radio against 2,25 € on search', () => {
    const allocation = run(today, maxReturn(3_000_000));
    const r = line(allocation, 'radio');
    const s = line(allocation, 'search');
    // R′ = Rmax·K/(x + K)²: radio 4e12 / (3e6)² = 0.444; search 9e12 / (2e6)² = 2.25.
    expect(r.marginalBefore).toBeCloseTo(0.444_444_444, 8);
    expect(s.marginalBefore).toBeCloseTo(2.25, 10);
    expect(r.marginalAfter).toBeCloseTo(1, 9);
    expect(s.marginalAfter).toBeCloseTo(1, 9);
    expect([r.reason, r.comparedWith]).toEqual(['lost', 'search']);
    expect([s.reason, s.comparedWith]).toEqual(['gained', 'radio']);
    expect(r.returnAfter).toBeCloseTo(2_000_000, 2);
    expect(s.returnBefore).toBeCloseTo(4_500_000, 2);
  });

  it('leaves an optimal split unchanged', () => {
    const optimal = [
      channel('radio', radio, { current: 1_000_000 }),
      channel('search', search, { current: 2_000_000 }),
    ];
    const allocation = run(optimal, maxReturn(3_000_000));
    expect(allocation.lines.map((l) => [l.after, l.reason, l.comparedWith])).toEqual([
      [1_000_000, 'unchanged', null],
      [2_000_000, 'unchanged', null],
    ]);
  });

  it('stops search at its maximum of 15 000 € and gives radio the rest', () => {
    const capped = [
      channel('radio', radio, { current: 2_000_000 }),
      channel('search', search, { current: 1_000_000, max: 1_500_000 }),
    ];
    const allocation = run(capped, maxReturn(3_000_000));
    expect(line(allocation, 'search')).toMatchObject({ after: 1_500_000, reason: 'at-max' });
    expect(line(allocation, 'radio').after).toBe(1_500_000);
    // Radio alone is off its bounds: λ = 4e12 / (2.5e6)² = 0.64.
    expect(allocation.marginalLevel).toBeCloseTo(0.64, 9);
  });

  it('keeps a locked line at its current spend and splits the rest', () => {
    const locked = [
      channel('radio', radio, { current: 500_000, locked: true }),
      channel('search', search, { current: 1_000_000 }),
    ];
    const allocation = run(locked, maxReturn(3_000_000));
    expect(line(allocation, 'radio')).toMatchObject({
      after: 500_000,
      reason: 'locked',
      comparedWith: null,
    });
    expect(line(allocation, 'search')).toMatchObject({ after: 2_500_000, reason: 'gained' });
  });

  it('holds radio at its 12 000 € minimum', () => {
    const floored = [
      channel('radio', radio, { current: 2_000_000, min: 1_200_000 }),
      channel('search', search, { current: 1_000_000 }),
    ];
    const allocation = run(floored, maxReturn(3_000_000));
    expect(line(allocation, 'radio')).toMatchObject({ after: 1_200_000, reason: 'at-min' });
    expect(line(allocation, 'search').after).toBe(1_800_000);
  });

  it('places an odd budget to the cent', () => {
    const allocation = run(today, maxReturn(3_000_001));
    expect(allocation.spend).toBe(3_000_001);
    expect(allocation.lines.every((l) => Number.isInteger(l.after))).toBe(true);
    expect(allocation.lines.reduce((total, l) => total + l.after, 0)).toBe(3_000_001);
  });

  it('splits 1 € over three equal channels as 34, 33 and 33 cents', () => {
    const same: HillCurve = { rmax: 1_000_000, k: 100_000, shape: 1 };
    const allocation = run(
      [channel('a', same), channel('b', same), channel('c', same)],
      maxReturn(100),
    );
    expect(allocation.lines.map((l) => l.after).sort((a, b) => b - a)).toEqual([34, 33, 33]);
  });

  it('equalises the marginal returns of the lines off their bounds (s < 1)', () => {
    const lines = [
      channel(
        'tv',
        { rmax: 30_000_000, k: 4_000_000, shape: 0.6 },
        { current: 1_000_000, max: 6_000_000 },
      ),
      channel(
        'press',
        { rmax: 5_000_000, k: 800_000, shape: 0.8 },
        { current: 1_000_000, min: 300_000 },
      ),
      channel('social', { rmax: 12_000_000, k: 1_500_000, shape: 0.5 }, { current: 1_000_000 }),
      channel(
        'mail',
        { rmax: 600_000, k: 2_000_000, shape: 0.9 },
        { current: 1_000_000, min: 250_000 },
      ),
    ];
    const allocation = run(lines, maxReturn(8_000_000));
    expect(allocation.spend).toBe(8_000_000);
    const level = allocation.marginalLevel;
    expect(level).not.toBeNull();
    const off = allocation.lines.filter((l) => l.reason !== 'at-min' && l.reason !== 'at-max');
    expect(off.length).toBeGreaterThanOrEqual(2);
    for (const l of off) expect(Math.abs(l.marginalAfter / (level ?? 1) - 1)).toBeLessThan(1e-6);
    // Mail's first euro above its floor returns less than the common level: it stays at its minimum.
    expect(line(allocation, 'mail')).toMatchObject({ after: 250_000, reason: 'at-min' });
    expect(hillMarginal(lines[3]?.curve ?? radio, 250_000)).toBeLessThan(level ?? 0);
  });
});

describe('allocate: minimum buys', () => {
  it('buys radio at its 12 000 € minimum buy when that beats leaving it out', () => {
    // Bought: 40 000 × 12/22 + 90 000 × 18/28 = 21 818,18 + 57 857,14 = 79 675,32 €;
    // left out: 90 000 × 30/40 = 67 500 €.
    const allocation = run(
      [channel('radio', radio, { minimumBuy: 1_200_000 }), channel('search', search)],
      maxReturn(3_000_000),
    );
    expect(line(allocation, 'radio')).toMatchObject({ after: 1_200_000, reason: 'at-min' });
    expect(line(allocation, 'search').after).toBe(1_800_000);
    expect(allocation.returnAfter).toBeCloseTo(7_967_532.468, 2);
  });

  it('leaves radio out when its 25 000 € minimum buy costs more than it brings', () => {
    // Bought: 40 000 × 25/35 + 90 000 × 5/15 = 28 571,43 + 30 000 = 58 571,43 € < 67 500 € left out.
    const allocation = run(
      [
        channel('radio', radio, { current: 500_000, minimumBuy: 2_500_000 }),
        channel('search', search),
      ],
      maxReturn(3_000_000),
    );
    expect(line(allocation, 'radio')).toMatchObject({ after: 0, reason: 'minimum-buy-zero' });
    expect(line(allocation, 'search').after).toBe(3_000_000);
    expect(allocation.returnAfter).toBeCloseTo(6_750_000, 2);
  });
});

describe('allocate: many minimum buys (more than ten lines short of their buy)', () => {
  it('buys six of twelve equal channels at their 2 000 € minimum buy rather than twelve at 1 000 €', () => {
    // Without the buys each would get 1 000 €. Equal concave curves: buying j lines at 12 000/j
    // each returns j·R(12 000/j), which grows with j; the buys allow j ≤ 6.
    const same: HillCurve = { rmax: 5_000_000, k: 300_000, shape: 0.5 };
    const lines = Array.from({ length: 12 }, (_, i) =>
      channel(`c${i}`, same, { minimumBuy: 200_000 }),
    );
    const allocation = run(lines, maxReturn(1_200_000));
    const bought = allocation.lines.filter((l) => l.after > 0);
    expect(bought.map((l) => l.after)).toEqual(Array.from({ length: 6 }, () => 200_000));
    const left = allocation.lines.filter((l) => l.after === 0);
    expect(left.every((l) => l.reason === 'minimum-buy-zero')).toBe(true);
    // R(2 000 €) = 50 000 / (1 + √(3 000 / 2 000)) = 22 494,90 €, six times.
    expect(allocation.returnAfter).toBeCloseTo(6 * (5_000_000 / (1 + Math.sqrt(1.5))), 0);
  });
});

describe('allocate: inputs that are not amounts', () => {
  it('reads them as no spend, no minimum and no maximum, and never answers NaN', () => {
    const allocation = run(
      [
        channel('radio', radio, { current: Number.NaN, min: -5, max: Number.NaN }),
        channel('search', search, { current: Infinity, minimumBuy: Number.NaN }),
      ],
      maxReturn(3_000_000),
    );
    expect(allocation.spend).toBe(3_000_000);
    expect(allocation.lines.map((l) => l.after)).toEqual([1_000_000, 2_000_000]);
    for (const l of allocation.lines) {
      for (const v of [
        l.before,
        l.returnBefore,
        l.returnAfter,
        l.marginalBefore,
        l.marginalAfter,
      ]) {
        expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});

describe('allocate: S-shaped curves (greedy from several starts)', () => {
  // s = 3, Rmax 100 000 €, K 10 000 €: below K an S-curve pays more the more it is fed.
  const sCurve: HillCurve = { rmax: 10_000_000, k: 1_000_000, shape: 3 };

  it('puts a small budget of 5 000 € into one channel rather than halving it', () => {
    // One: 100 000 × 0.125/1.125 = 11 111,11 €; halves: 2 × 100 000 × 0.015625/1.015625 = 3 076,92 €.
    const allocation = run([channel('a', sCurve), channel('b', sCurve)], maxReturn(500_000));
    expect(allocation.method).toBe('greedy-multistart');
    expect(allocation.marginalLevel).toBeNull();
    expect(allocation.lines.map((l) => l.after).sort((a, b) => b - a)).toEqual([500_000, 0]);
    expect(allocation.returnAfter).toBeCloseTo(1_111_111.111, 2);
  });

  it('splits 40 000 € evenly once both channels are past their steep part', () => {
    // Halves: 2 × 100 000 × 8/9 = 177 777,78 €; all in one: 100 000 × 64/65 = 98 461,54 €.
    const allocation = run([channel('a', sCurve), channel('b', sCurve)], maxReturn(4_000_000));
    for (const l of allocation.lines) expect(Math.abs(l.after - 2_000_000)).toBeLessThanOrEqual(2);
    expect(allocation.returnAfter).toBeCloseTo(17_777_777.78, -1);
    expect(allocation.spend).toBe(4_000_000);
  });

  it('keeps bounds, locks and minimum buys with S-shapes too', () => {
    const allocation = run(
      [
        channel('a', sCurve, { max: 1_000_000 }),
        channel('b', sCurve, { current: 700_000, locked: true }),
        channel('c', sCurve, { min: 400_000 }),
        channel('d', { rmax: 2_000_000, k: 1_000_000, shape: 3 }, { minimumBuy: 900_000 }),
      ],
      maxReturn(3_000_001),
    );
    expect(allocation.spend).toBe(3_000_001);
    expect(line(allocation, 'a').after).toBeLessThanOrEqual(1_000_000);
    expect(line(allocation, 'b').after).toBe(700_000);
    expect(line(allocation, 'c').after).toBeGreaterThanOrEqual(400_000);
    const d = line(allocation, 'd').after;
    expect(d === 0 || d >= 900_000).toBe(true);
  });
});

describe('allocate: targets', () => {
  const pair = [channel('radio', radio), channel('search', search)];

  it('finds the least spend that returns 80 000 €: 30 000 €', () => {
    const allocation = run(pair, { kind: 'target-return', value: 8_000_000 });
    expect(Math.abs(allocation.spend - 3_000_000)).toBeLessThanOrEqual(2);
    expect(allocation.returnAfter).toBeGreaterThanOrEqual(8_000_000);
  });

  it('finds the largest spend that keeps a ROAS of 266,67 % (80 000 € ÷ 30 000 €)', () => {
    const allocation = run(pair, { kind: 'target-roas', value: 8 / 3 });
    expect(Math.abs(allocation.spend - 3_000_000)).toBeLessThanOrEqual(2);
    expect(allocation.returnAfter / allocation.spend).toBeGreaterThanOrEqual(8 / 3 - 1e-12);
  });

  it('finds the largest spend that keeps a cost per customer of 37,50 €', () => {
    // 100 € per customer on both: 80 000 € return = 800 customers for 30 000 €, 37,50 € each.
    const customers = pair.map((c) => ({ ...c, returnPerCustomer: 10_000 }));
    const allocation = run(customers, { kind: 'target-cpa', value: 3_750 });
    expect(Math.abs(allocation.spend - 3_000_000)).toBeLessThanOrEqual(2);
  });

  it('buys customers, not return, for a CPA target', () => {
    // Customers per line: radio 40 000 € ÷ 100 € = 400 at most, search 90 000 € ÷ 900 € = 100
    // (a return-maximising split would favour search). In cents, x = √(Cmax·K/λ) − K with
    // √(400 × 1e6) = 2e4 and √(100 × 1e6) = 1e4: for B = 1e6, √(1/λ) = (1e6 + 2e6) / 3e4 = 100,
    // radio = 2e4 × 100 − 1e6 = 1e6, search = 1e4 × 100 − 1e6 = 0. Radio alone: CPA =
    // (B + 1e6) / 400, 5 000 cents (50 €) at B = 10 000 €, and rising past it.
    const lines = [
      channel('radio', radio, { returnPerCustomer: 10_000 }),
      channel('search', search, { returnPerCustomer: 90_000 }),
    ];
    const allocation = run(lines, { kind: 'target-cpa', value: 5_000 });
    expect(Math.abs(allocation.spend - 1_000_000)).toBeLessThanOrEqual(2);
    expect(Math.abs(line(allocation, 'radio').after - 1_000_000)).toBeLessThanOrEqual(2);
    expect(line(allocation, 'search').after).toBeLessThanOrEqual(2);
  });

  it('says how far a target is out of reach: capped lines return at most 80 000 €', () => {
    const capped = [
      channel('radio', radio, { max: 1_000_000 }),
      channel('search', search, { max: 2_000_000 }),
    ];
    const result = allocate(capped, { kind: 'target-return', value: 9_000_000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    const issue = result.error[0];
    expect(issue?.code).toBe('target-unreachable');
    if (issue?.code === 'target-unreachable') expect(issue.best).toBeCloseTo(8_000_000, 2);
  });

  it('says a ROAS of 1 000 % is out of reach when the first euro returns at most 9 €', () => {
    // R′(0) = Rmax/K: radio 4, search 9; return ÷ spend only falls from there.
    const result = allocate(pair, { kind: 'target-roas', value: 10 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.error[0];
    expect(issue?.code).toBe('target-unreachable');
    if (issue?.code === 'target-unreachable') {
      expect(issue.best).toBeLessThanOrEqual(9);
      expect(issue.best).toBeGreaterThan(8.99);
    }
  });
});

describe('allocationIssues: infeasible inputs named before running', () => {
  const a = channel('radio', radio);
  const b = channel('search', search);

  it.each([
    {
      name: 'no channel',
      channels: [],
      objective: maxReturn(100),
      expected: [{ code: 'no-channel' }],
    },
    {
      name: 'a zero budget',
      channels: [a],
      objective: maxReturn(0),
      expected: [{ code: 'budget-not-positive' }],
    },
    {
      name: 'a negative budget',
      channels: [a],
      objective: maxReturn(-5),
      expected: [{ code: 'budget-not-positive' }],
    },
    {
      name: 'a budget that is not a number',
      channels: [a],
      objective: maxReturn(Number.NaN),
      expected: [{ code: 'budget-not-positive' }],
    },
    {
      name: 'a budget under half a cent',
      channels: [a],
      objective: maxReturn(0.4),
      expected: [{ code: 'budget-not-positive' }],
    },
    {
      name: 'a budget past the cents a number holds exactly (2^53)',
      channels: [a],
      objective: maxReturn(2 ** 53),
      expected: [{ code: 'budget-not-positive' }],
    },
    {
      name: 'a target of zero',
      channels: [a],
      objective: { kind: 'target-roas', value: 0 } satisfies AllocatorObjective,
      expected: [{ code: 'budget-not-positive' }],
    },
    {
      name: 'a minimum above the maximum',
      channels: [channel('radio', radio, { min: 500, max: 400 }), b],
      objective: maxReturn(1_000),
      expected: [{ code: 'min-above-max', id: 'radio' }],
    },
    {
      name: 'a minimum buy above the maximum',
      channels: [channel('radio', radio, { minimumBuy: 500, max: 400 }), b],
      objective: maxReturn(1_000),
      expected: [{ code: 'minimum-buy-above-max', id: 'radio' }],
    },
    {
      name: 'minimums above the budget, a locked line counting at its spend',
      channels: [
        channel('radio', radio, { current: 2_000_000, locked: true }),
        channel('search', search, { min: 1_500_000 }),
      ],
      objective: maxReturn(3_000_000),
      expected: [{ code: 'minimums-above-budget', minimums: 3_500_000, budget: 3_000_000 }],
    },
    {
      name: 'every line capped below the budget',
      channels: [
        channel('radio', radio, { max: 1_000_000 }),
        channel('search', search, { current: 500_000, locked: true }),
      ],
      objective: maxReturn(3_000_000),
      expected: [{ code: 'maximums-below-budget', maximums: 1_500_000, budget: 3_000_000 }],
    },
    {
      name: 'a minimum buy that cannot fit: 20 000 € or nothing, with 5 000 € of room elsewhere for 10 000 €',
      channels: [
        channel('radio', radio, { minimumBuy: 2_000_000, max: 2_500_000 }),
        channel('search', search, { max: 500_000 }),
      ],
      objective: maxReturn(1_000_000),
      expected: [{ code: 'minimums-above-budget', minimums: 2_000_000, budget: 1_000_000 }],
    },
    {
      name: 'a CPA target without the return per customer',
      channels: [channel('radio', radio, { returnPerCustomer: 10_000 }), b],
      objective: { kind: 'target-cpa', value: 5_000 } satisfies AllocatorObjective,
      expected: [{ code: 'cpa-needs-customers', id: 'search' }],
    },
  ])('names $name', ({ channels, objective, expected }) => {
    expect(allocationIssues(channels, objective)).toEqual(expected);
    expect(allocate(channels, objective)).toEqual({ ok: false, error: expected });
  });

  it('names every problem at once', () => {
    const issues = allocationIssues(
      [channel('radio', radio, { min: 9, max: 5, minimumBuy: 7 }), channel('search', search)],
      { kind: 'target-cpa', value: -1 },
    );
    expect(issues).toEqual([
      { code: 'budget-not-positive' },
      { code: 'min-above-max', id: 'radio' },
      { code: 'minimum-buy-above-max', id: 'radio' },
      { code: 'cpa-needs-customers', id: 'radio' },
      { code: 'cpa-needs-customers', id: 'search' },
    ]);
  });

  it('finds nothing wrong with a budget every line can hold', () => {
    expect(allocationIssues([a, b], maxReturn(3_000_000))).toEqual([]);
    expect(
      allocationIssues(
        [
          channel('radio', radio, { max: 1_000_000 }),
          channel('search', search, { max: 2_000_000 }),
        ],
        maxReturn(3_000_000),
      ),
    ).toEqual([]);
  });
});
