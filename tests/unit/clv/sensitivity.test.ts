// The retention × margin grid of discounted CLVs around the worked example, against hand sums:
// its axes (±10 and ±20 points, clamped to valid values), its cells and its colour scale.
import { describe, expect, it } from 'vitest';
import { toCents } from '../../../src/domain/money';
import type { ClvInputs } from '../../../src/domain/clv/model';
import { clvSensitivity } from '../../../src/domain/clv/sensitivity';

/** 20 € basket × 10 a year; margin 40 %; r 0.6; d 0.1; T 5. */
const inputs: ClvInputs = {
  averageBasket: toCents(2_000),
  purchasesPerYear: 10,
  marginRate: 0.4,
  retention: 0.6,
  lifetimeYears: null,
  discountRate: 0.1,
  horizonYears: 5,
  cac: toCents(5_000),
};

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected a figure, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Σ_{t=0}^{4} qᵗ for q = r / 1.1 = n / 11: (11⁴ + 11³n + 11²n² + 11n³ + n⁴) / 11⁴. */
function fiveYears(n: number): number {
  return (14_641 + 1_331 * n + 121 * n ** 2 + 11 * n ** 3 + n ** 4) / 14_641;
}

describe('clvSensitivity around the worked example', () => {
  const grid = value(clvSensitivity(inputs));

  it('moves retention and margin by ±10 and ±20 points', () => {
    expect(grid.retentions).toEqual([0.4, 0.5, 0.6, 0.7, 0.8]);
    expect(grid.margins).toEqual([0.2, 0.3, 0.4, 0.5, 0.6]);
    expect(grid.center).toEqual({ row: 2, column: 2 });
    expect(grid.convention).toBe('first-margin-up-front');
  });

  it('puts the example’s own 167,50 € in the middle', () => {
    // 8 000 × (1 + 6/11 + 36/121 + 216/1331 + 1296/14641) = 245 240 000 / 14 641.
    expect(grid.cells[2]?.[2]).toBeCloseTo(245_240_000 / 14_641, 8);
  });

  it('reads 62,46 € at r 40 % and margin 20 %, 350,48 € at r 80 % and margin 60 %', () => {
    // m = 2 000 × 10 × 0.2 = 4 000 with q = 4/11: 4 000 × 1.561437 ≈ 6 245.75.
    // m = 2 000 × 10 × 0.6 = 12 000 with q = 8/11: 12 000 × 2.920634 ≈ 35 047.61.
    expect(grid.cells[0]?.[0]).toBeCloseTo(4_000 * fiveYears(4), 8);
    expect(grid.cells[4]?.[4]).toBeCloseTo(12_000 * fiveYears(8), 8);
    expect(grid.lowest).toBeCloseTo(4_000 * fiveYears(4), 8);
    expect(grid.highest).toBeCloseTo(12_000 * fiveYears(8), 8);
  });

  it('is linear in the margin along a row: 30 % is three quarters of 40 %', () => {
    const row = grid.cells[2] ?? [];
    expect(row[1]).toBeCloseTo(((row[2] ?? 0) * 3) / 4, 8);
  });

  it('grows along every row and every column', () => {
    grid.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (j > 0) expect(cell).toBeGreaterThan(row[j - 1] ?? Infinity);
        if (i > 0) expect(cell).toBeGreaterThan(grid.cells[i - 1]?.[j] ?? Infinity);
      }),
    );
  });
});

describe('axes clamped to valid values', () => {
  it('a 90 % retention stops at 99 %, once', () => {
    const grid = value(clvSensitivity({ ...inputs, retention: 0.9 }));
    // 0.7, 0.8, 0.9, then 1.0 and 1.1 both clamped to 0.99.
    expect(grid.retentions).toEqual([0.7, 0.8, 0.9, 0.99]);
    expect(grid.cells).toHaveLength(4);
    expect(grid.center.row).toBe(2);
  });

  it('a 10 % margin starts at 0 %, once, and its column is worth nothing', () => {
    const grid = value(clvSensitivity({ ...inputs, marginRate: 0.1 }));
    expect(grid.margins).toEqual([0, 0.1, 0.2, 0.3]);
    expect(grid.cells.map((row) => row[0])).toEqual([0, 0, 0, 0, 0]);
    expect(grid.lowest).toBe(0);
  });

  it('an expected lifetime of 2,5 years centres the rows on r = 0,6', () => {
    const grid = value(clvSensitivity({ ...inputs, retention: null, lifetimeYears: 2.5 }));
    // r = 1 − 1/2.5 = 0.6.
    expect(grid.retentions).toEqual([0.4, 0.5, 0.6, 0.7, 0.8]);
    expect(grid.cells[2]?.[2]).toBeCloseTo(245_240_000 / 14_641, 8);
  });

  it('given axes are sorted, clamped and shed what is not a number', () => {
    const grid = value(
      clvSensitivity(inputs, { retentions: [0.95, 1.2, 0.5, Number.NaN], margins: [0.4, -1] }),
    );
    expect(grid.retentions).toEqual([0.5, 0.95, 0.99]);
    expect(grid.margins).toEqual([0, 0.4]);
    expect(grid.center).toEqual({ row: null, column: 1 });
  });

  it('the other convention on request: r 60 %, margin 40 % reads 91,36 €', () => {
    const grid = value(clvSensitivity(inputs, { convention: 'after-one-retention-step' }));
    // 6/11 × 245 240 000 / 14 641 = 1 471 440 000 / 161 051.
    expect(grid.cells[2]?.[2]).toBeCloseTo(1_471_440_000 / 161_051, 8);
  });

  it('an empty axis gives an empty grid', () => {
    const grid = value(clvSensitivity(inputs, { margins: [] }));
    expect(grid.cells).toEqual([[], [], [], [], []]);
    expect([grid.lowest, grid.highest]).toEqual([0, 0]);
  });

  it('refuses inputs the CLV cannot be counted from', () => {
    expect(clvSensitivity({ ...inputs, retention: 1 })).toEqual({
      ok: false,
      error: [{ field: 'retention', code: 'retention-one-no-horizon', limit: 1 }],
    });
  });
});
