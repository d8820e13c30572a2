// The weighted score on min–max normalised columns, missing criteria scoring 0, and the
// competition ranking with ties; plus properties over random columns.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CRITERIA,
  normaliseColumns,
  rank,
  scoreRows,
  type Criterion,
  type ScoreWeights,
} from '../../../src/domain/influencers/score';

type Raw = Record<Criterion, (number | null)[]>;
const only = (criterion: Criterion, weight = 1): ScoreWeights => ({
  engagement: 0,
  costEfficiency: 0,
  audienceMatch: 0,
  audienceQuality: 0,
  roi: 0,
  [criterion]: weight,
});
const column = (n: number, values: Partial<Raw>): Raw => {
  const empty = () => Array.from({ length: n }, () => null);
  return {
    engagement: values.engagement ?? empty(),
    costEfficiency: values.costEfficiency ?? empty(),
    audienceMatch: values.audienceMatch ?? empty(),
    audienceQuality: values.audienceQuality ?? empty(),
    roi: values.roi ?? empty(),
  };
};
const scored = (raw: Raw, weights: ScoreWeights) => {
  const result = scoreRows(normaliseColumns(raw), weights);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('normalisation', () => {
  it('maps the best row to 1 and the worst to 0; lower CPE is better', () => {
    const columns = normaliseColumns(
      column(3, { engagement: [0.25, 0.75, 0.5], costEfficiency: [10, 30, 20] }),
    );
    expect([...columns.values.engagement]).toEqual([0, 1, 0.5]);
    expect([...columns.values.costEfficiency]).toEqual([1, 0, 0.5]);
  });

  it('gives 1 to every known row when they are all equal, and marks unknowns', () => {
    const columns = normaliseColumns(column(3, { audienceMatch: [0.6, null, 0.6] }));
    expect([...columns.values.audienceMatch]).toEqual([1, 0, 1]);
    expect([...columns.known.audienceMatch]).toEqual([1, 0, 1]);
  });
});

describe('scoreRows', () => {
  it('is the weighted mean of the normalised values', () => {
    const raw = column(3, { engagement: [0.25, 0.75, 0.5], costEfficiency: [10, 30, 20] });
    const weights = { ...only('engagement', 3), costEfficiency: 1 };
    // Row 0: (3·0 + 1·1) ÷ 4; row 1: (3·1 + 0) ÷ 4; row 2: (3·0.5 + 0.5) ÷ 4.
    expect([...scored(raw, weights).scores]).toEqual([0.25, 0.75, 0.5]);
  });

  it('scores a missing criterion 0 and keeps its weight', () => {
    const raw = column(2, { engagement: [0.05, 0.01], roi: [null, 2] });
    const result = scored(raw, { ...only('engagement'), roi: 1 });
    // Row 0: engagement 1, roi missing → 0.5; row 1: engagement 0, roi 1 (only known) → 0.5.
    expect([...result.scores]).toEqual([0.5, 0.5]);
  });

  it('ranks with ties as 1, 2, 2, 4, ties in input order', () => {
    const raw = column(4, { engagement: [0.01, 0.03, 0.05, 0.03] });
    const result = scored(raw, only('engagement'));
    expect([...result.ranks]).toEqual([4, 2, 1, 2]);
    expect([...result.order]).toEqual([2, 1, 3, 0]);
  });

  it('ties rows whose sums differ only by rounding', () => {
    // 0.1 + 0.2 and 0.3 are not equal as doubles; scores are rounded so that they tie.
    const result = rank(new Float64Array([Math.round((0.1 + 0.2) * 1e9) / 1e9, 0.3]));
    expect([...result.ranks]).toEqual([1, 1]);
  });

  it('refuses negative, non-finite or all-zero weights', () => {
    const columns = normaliseColumns(column(1, {}));
    expect(scoreRows(columns, { ...only('roi'), engagement: -1 })).toEqual({
      ok: false,
      error: { code: 'weight-invalid', criterion: 'engagement' },
    });
    expect(scoreRows(columns, only('roi', Number.NaN))).toEqual({
      ok: false,
      error: { code: 'weight-invalid', criterion: 'roi' },
    });
    expect(scoreRows(columns, only('roi', 0))).toEqual({
      ok: false,
      error: { code: 'no-weights' },
    });
  });
});

describe('properties', () => {
  const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
  const case_ = fc.integer({ min: 1, max: 30 }).chain((n) =>
    fc.record({
      raw: fc.record(
        Object.fromEntries(
          CRITERIA.map((c) => [c, fc.array(cell, { minLength: n, maxLength: n })]),
        ) as Record<Criterion, fc.Arbitrary<(number | null)[]>>,
      ),
      weights: fc.record(
        Object.fromEntries(
          CRITERIA.map((c) => [c, fc.double({ min: 0, max: 10, noNaN: true })]),
        ) as Record<Criterion, fc.Arbitrary<number>>,
      ),
    }),
  );

  it('scores stay within 0–1 and ranks are a competition ranking of the scores', () => {
    fc.assert(
      fc.property(case_, ({ raw, weights }) => {
        const result = scoreRows(normaliseColumns(raw), weights);
        const total = CRITERIA.reduce((sum, c) => sum + weights[c], 0);
        if (!(total > 0)) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error('weights refused');
        const { scores, ranks, order } = result.value;
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from(scores, (_, i) => i));
        for (let p = 1; p < order.length; p++) {
          const [before, after] = [order[p - 1] ?? 0, order[p] ?? 0];
          const [a, b] = [scores[before] ?? 0, scores[after] ?? 0];
          // Best first; equal scores in input order.
          expect(a > b || (a === b && before < after)).toBe(true);
        }
        scores.forEach((score, i) => {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          // Competition rank: 1 + the number of rows strictly better.
          const better = [...scores].filter((s) => s > score).length;
          expect(ranks[i]).toBe(better + 1);
        });
      }),
    );
  });

  it('shuffling the rows moves the ranks with them', () => {
    fc.assert(
      fc.property(case_, fc.infiniteStream(fc.nat()), ({ raw, weights }, stream) => {
        const n = raw.engagement.length;
        const keys = [...stream.take(n)];
        const perm = Array.from({ length: n }, (_, i) => i).sort(
          (a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b,
        );
        const shuffled = Object.fromEntries(
          CRITERIA.map((c) => [c, perm.map((p) => raw[c][p] ?? null)]),
        ) as Raw;
        const a = scoreRows(normaliseColumns(raw), weights);
        const b = scoreRows(normaliseColumns(shuffled), weights);
        if (!a.ok || !b.ok) {
          expect(a.ok).toBe(b.ok);
          return;
        }
        perm.forEach((p, i) => expect(b.value.ranks[i]).toBe(a.value.ranks[p]));
      }),
    );
  });
});
