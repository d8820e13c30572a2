// The uncertainty simulation: reproducible by seed, centred on the deterministic ROI for a
// symmetric input, no loss when every low value pays, no spread without ranges, and 10 000
// draws over ten lines fast enough for a worker.
import { describe, expect, it } from 'vitest';
import { scenarioFigures } from '../../../src/domain/roi/campaign';
import { newLine, workedExampleScenario } from '../../../src/domain/roi/examples';
import {
  exact,
  type CampaignLine,
  type Estimate,
  type RoiScenario,
} from '../../../src/domain/roi/model';
import { simulateScenario } from '../../../src/domain/roi/montecarlo';

const example = workedExampleScenario({
  scenarioId: 's',
  lineId: 'l',
  planId: 'p',
  now: 0,
  name: 'Exemple',
  lineName: 'Exemple',
});

function withRevenue(revenue: Estimate, changes: Partial<RoiScenario> = {}): RoiScenario {
  const [line] = example.lines;
  if (!line) throw new Error('fixture');
  return { ...example, lines: [{ ...line, gains: { kind: 'figure', revenue } }], ...changes };
}

/** Revenue 30 000 / 40 000 / 50 000 € against 10 000 € of media. */
const symmetric = withRevenue({ likely: 4_000_000, low: 3_000_000, high: 5_000_000 });

describe('simulateScenario', () => {
  it('gives the same summary for the same seed, another for another seed', () => {
    const first = simulateScenario(symmetric);
    expect(simulateScenario(symmetric)).toEqual(first);
    const other = simulateScenario({
      ...symmetric,
      uncertainty: { ...symmetric.uncertainty, seed: 2 },
    });
    expect(other.roi.p50).not.toBe(first.roi.p50);
    // Both remain draws of the same scenario: within a point of 300 %.
    expect(Math.abs(other.roi.p50 - 3)).toBeLessThan(0.01);
  });

  it.each(['pert', 'triangular'] as const)(
    'with a symmetric revenue (%s), P50 of ROI is the deterministic 300 % within 1 point',
    (distribution) => {
      const scenario = { ...symmetric, uncertainty: { ...symmetric.uncertainty, distribution } };
      const summary = simulateScenario(scenario);
      expect(scenarioFigures(scenario).total.roi).toBe(3);
      // ROI = revenue / 1 000 000 − 1: P10 and P90 sit either side of 3, inside [2, 4].
      expect(Math.abs(summary.roi.p50 - 3)).toBeLessThan(0.01);
      expect(Math.abs(summary.roi.mean - 3)).toBeLessThan(0.01);
      expect(summary.roi.p10).toBeGreaterThan(2);
      expect(summary.roi.p10).toBeLessThan(3);
      expect(summary.roi.p90).toBeGreaterThan(3);
      expect(summary.roi.p90).toBeLessThan(4);
      // Net gain = revenue − 1 000 000: P50 30 000 € within 100 €.
      expect(Math.abs(summary.netGain.p50 - 3_000_000)).toBeLessThan(10_000);
      expect(summary).toMatchObject({
        draws: 10_000,
        uncertainInputs: 1,
        lossChance: 0,
        targetChance: null,
      });
    },
  );

  it("puts PERT's P10 / P90 where its spread says: 300 % ∓ 1.28 × 16.7 points", () => {
    // PERT 30 000 / 40 000 / 50 000 € is a Beta(α, β) on that range, α = 1 + 4 · 0.5 = 3 = β.
    // Beta(3, 3)'s CDF is 10x³ − 15x⁴ + 6x⁵, which is 0.1 at x = 0.2466: revenue P10 is
    // 30 000 + 20 000 × 0.2466 = 34 932 €, ROI 2.4932; by symmetry P90 is 3.5068.
    const { roi } = simulateScenario(symmetric);
    expect(Math.abs(roi.p10 - 2.493)).toBeLessThan(0.02);
    expect(Math.abs(roi.p90 - 3.507)).toBeLessThan(0.02);
  });

  it('never shows a chance of loss when every low value is still profitable', () => {
    const line: CampaignLine = {
      ...newLine({ id: 'l', name: 'Radio' }),
      // Worst case: 15 000 € of media and 2 000 € of creative for 20 000 € of revenue.
      mediaCost: { likely: 1_000_000, low: 800_000, high: 1_500_000 },
      creativeCost: { likely: 100_000, low: null, high: 200_000 },
      gains: { kind: 'figure', revenue: { likely: 4_000_000, low: 2_000_000, high: 5_000_000 } },
    };
    const summary = simulateScenario({ ...example, lines: [line] });
    expect(summary.lossChance).toBe(0);
    expect(summary.netGain.p10).toBeGreaterThan(0);
    expect(summary.uncertainInputs).toBe(3);
  });

  it('counts the chance of losing money and of reaching a target ROI', () => {
    // Revenue triangular 0 / 10 000 / 40 000 € against 10 000 €: a loss below 10 000 €,
    // F(10 000) = 10 000 / 40 000 = 25 %. ROI ≥ 100 % needs revenue ≥ 20 000 €:
    // 1 − F(20 000) = (40 000 − 20 000)² / (40 000 × 30 000) = 1/3.
    const scenario = withRevenue(
      { likely: 1_000_000, low: 0, high: 4_000_000 },
      { uncertainty: { distribution: 'triangular', draws: 100_000, seed: 9, targetRoi: 1 } },
    );
    const summary = simulateScenario(scenario);
    expect(Math.abs(summary.lossChance - 0.25)).toBeLessThan(0.01);
    expect(Math.abs((summary.targetChance ?? 0) - 1 / 3)).toBeLessThan(0.01);
  });

  it('without any range, every quantile is the deterministic ROI and net gain', () => {
    const line: CampaignLine = {
      ...newLine({ id: 'f', name: 'Web', mediaCost: 300_000 }),
      staffHours: exact(7),
      staffHourlyCost: exact(4_500),
      gains: {
        kind: 'funnel',
        impressions: exact(150_000),
        audience: 'impressions',
        clickRate: exact(0.015),
        leadRate: exact(0.08),
        closeRate: exact(0.2),
        averageBasket: exact(12_000),
      },
    };
    const scenario: RoiScenario = {
      ...example,
      gainBasis: 'margin',
      marginRate: exact(0.55),
      lines: [line],
    };
    // cost = 300 000 + 7 × 4 500 = 331 500; revenue = 150 000 × 0.015 × 0.08 × 0.2 × 12 000 = 432 000;
    // gains = 432 000 × 0.55 = 237 600; net = −93 900; ROI = −93 900 / 331 500 = −0.283 26…
    const summary = simulateScenario(scenario);
    for (const q of [summary.roi.p10, summary.roi.p50, summary.roi.p90, summary.roi.mean])
      expect(q).toBeCloseTo(-93_900 / 331_500, 12);
    for (const q of [summary.netGain.p10, summary.netGain.p50, summary.netGain.p90])
      expect(q).toBeCloseTo(-93_900, 6);
    expect(summary).toMatchObject({ draws: 10_000, lossChance: 1, uncertainInputs: 0 });
    expect(summary.histogram).toEqual([
      { from: summary.roi.p50, to: summary.roi.p50, count: 10_000 },
    ]);
  });

  it('on a margin basis, a range on the margin rate moves the ROI; on revenue it does not count', () => {
    const margin = { likely: 0.5, low: 0.3, high: 0.7 };
    const onMargin = simulateScenario({ ...example, gainBasis: 'margin', marginRate: margin });
    const onRevenue = simulateScenario({ ...example, gainBasis: 'revenue', marginRate: margin });
    // Gains = 4 000 000 × m against 1 000 000: ROI = 4m − 1, from 0.2 to 1.8, P50 ≈ 1.
    expect(onMargin.uncertainInputs).toBe(1);
    expect(Math.abs(onMargin.roi.p50 - 1)).toBeLessThan(0.02);
    expect(onMargin.roi.p10).toBeGreaterThan(0.2);
    expect(onMargin.roi.p90).toBeLessThan(1.8);
    expect(onRevenue).toMatchObject({ uncertainInputs: 0, roi: { p10: 3, p50: 3, p90: 3 } });
  });

  it('draws a histogram of 20 equal bins from the lowest to the highest ROI, holding every draw', () => {
    const { histogram, roi } = simulateScenario(symmetric);
    expect(histogram).toHaveLength(20);
    expect(histogram.reduce((n, bin) => n + bin.count, 0)).toBe(10_000);
    const width = ((histogram[19]?.to ?? 0) - (histogram[0]?.from ?? 0)) / 20;
    histogram.forEach((bin, i) => {
      expect(bin.to - bin.from).toBeCloseTo(width, 9);
      if (i > 0) expect(bin.from).toBe(histogram[i - 1]?.to);
    });
    expect(histogram[0]?.from).toBeLessThan(roi.p10);
    expect(histogram[19]?.to).toBeGreaterThan(roi.p90);
    // A bell: the middle bins hold more than the ends.
    expect((histogram[9]?.count ?? 0) + (histogram[10]?.count ?? 0)).toBeGreaterThan(
      (histogram[0]?.count ?? 0) + (histogram[19]?.count ?? 0),
    );
  });

  it('skips draws that cost nothing (no ROI) and says how many were counted', () => {
    // A line with no cost at all: every draw costs 0, so every draw is skipped.
    const free = {
      ...newLine({ id: 'z', name: 'Gratuit' }),
      gains: { kind: 'figure' as const, revenue: exact(100) },
    };
    const summary = simulateScenario({ ...example, lines: [free] });
    expect(summary).toEqual({
      draws: 0,
      roi: { p10: 0, p50: 0, p90: 0, mean: 0 },
      netGain: { p10: 0, p50: 0, p90: 0, mean: 0 },
      lossChance: 0,
      targetChance: null,
      histogram: [],
      uncertainInputs: 0,
    });
  });

  it('runs 10 000 draws over ten uncertain lines quickly (timing printed, not asserted)', () => {
    const range = (likely: number): Estimate => ({ likely, low: likely * 0.7, high: likely * 1.5 });
    const lines: CampaignLine[] = Array.from({ length: 10 }, (_, i) => ({
      ...newLine({ id: `l${i}`, name: `Canal ${i}` }),
      mediaCost: range(500_000 + i * 10_000),
      creativeCost: range(50_000),
      staffHours: range(10),
      staffHourlyCost: exact(4_000),
      gains:
        i % 2 === 0
          ? { kind: 'figure', revenue: range(1_500_000) }
          : {
              kind: 'funnel',
              impressions: range(400_000),
              audience: 'impressions',
              clickRate: { likely: 0.02, low: 0.01, high: 0.03 },
              leadRate: { likely: 0.1, low: 0.05, high: 0.15 },
              closeRate: { likely: 0.25, low: 0.15, high: 0.35 },
              averageBasket: range(7_000),
            },
    }));
    const scenario: RoiScenario = {
      ...example,
      gainBasis: 'margin',
      marginRate: { likely: 0.5, low: 0.4, high: 0.6 },
      lines,
    };
    simulateScenario(scenario); // warm-up
    const start = performance.now();
    const summary = simulateScenario(scenario);
    const elapsed = performance.now() - start;
    console.log(
      `montecarlo: 10 000 draws × 10 lines (${summary.uncertainInputs} ranges) in ${elapsed.toFixed(1)} ms`,
    );
    // 5 figure lines × 4 ranges + 5 funnel lines × 8 ranges + the margin rate.
    expect(summary.uncertainInputs).toBe(5 * 4 + 5 * 8 + 1);
    expect(summary.draws).toBe(10_000);
  });
});
