// The seeded Monte Carlo of a scenario's ROI: every estimate with a range drawn (PERT or
// triangular), the scenario's total ROI and net gain per draw, then P10 / P50 / P90, the
// chance of a loss, the chance of reaching a target, and a histogram.
import { funnelRevenue, gainShare, lineCost } from './campaign';
import { estimateSampler, standardNormal } from './distributions';
import type { CampaignLine, Estimate, RoiScenario } from './model';
import { seededRandom } from './random';
import { DRAWS_RANGE } from './validation';

export interface Quantiles {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface MonteCarloSummary {
  /** Draws counted: those asked for, less the ones skipped because their cost was 0. */
  draws: number;
  roi: Quantiles;
  /** Cents. */
  netGain: Quantiles;
  /** Share of draws with a negative net gain (ROI below 0). */
  lossChance: number;
  /** Share of draws whose ROI is at or above the target; null without a target. */
  targetChance: number | null;
  /**
   * 20 equal bins of ROI between its min and max draw; a single bin when every draw gave the
   * same ROI, none when no draw was counted.
   */
  histogram: { from: number; to: number; count: number }[];
  /** Inputs that have a range (and so vary between draws), counted. */
  uncertainInputs: number;
}

const HISTOGRAM_BINS = 20;
/** Per line: media, creative, staff hours, hourly cost, then revenue or the five funnel inputs. */
const STRIDE = 9;

/** Where each input lives in the flat array of a draw's values, and which ones vary. */
interface DrawPlan {
  values: Float64Array;
  isFunnel: Uint8Array;
  marginIndex: number;
  varying: { index: number; rate: boolean; draw: () => number }[];
}

function clampInput(value: number, rate: boolean): number {
  // Written so that NaN lands on 0 as well.
  if (!(value > 0)) return 0;
  return rate && value > 1 ? 1 : value;
}

function hasRange(e: Estimate): boolean {
  return (e.low !== null && e.low < e.likely) || (e.high !== null && e.high > e.likely);
}

function lineInputs(line: CampaignLine): [Estimate, boolean][] {
  const costs: [Estimate, boolean][] = [
    [line.mediaCost, false],
    [line.creativeCost, false],
    [line.staffHours, false],
    [line.staffHourlyCost, false],
  ];
  const g = line.gains;
  if (g.kind === 'figure') return [...costs, [g.revenue, false]];
  return [
    ...costs,
    [g.impressions, false],
    [g.clickRate, true],
    [g.leadRate, true],
    [g.closeRate, true],
    [g.averageBasket, false],
  ];
}

function drawPlan(
  scenario: Pick<RoiScenario, 'lines' | 'gainBasis' | 'marginRate' | 'uncertainty'>,
  random: () => number,
): DrawPlan {
  const { lines, uncertainty } = scenario;
  const values = new Float64Array(lines.length * STRIDE + 1);
  const isFunnel = new Uint8Array(lines.length);
  const marginIndex = lines.length * STRIDE;
  const varying: DrawPlan['varying'] = [];
  // One normal source for the whole simulation: its spare value carries over between inputs.
  const normal = standardNormal(random);
  const place = (index: number, estimate: Estimate, rate: boolean) => {
    values[index] = clampInput(estimate.likely, rate);
    if (hasRange(estimate))
      varying.push({
        index,
        rate,
        draw: estimateSampler(estimate, uncertainty.distribution, random, normal),
      });
  };
  lines.forEach((line, l) => {
    isFunnel[l] = line.gains.kind === 'funnel' ? 1 : 0;
    lineInputs(line).forEach(([estimate, rate], i) => place(l * STRIDE + i, estimate, rate));
  });
  // On a revenue basis the margin rate is not used: it neither varies nor counts.
  if (scenario.gainBasis === 'margin') place(marginIndex, scenario.marginRate, true);
  else values[marginIndex] = clampInput(scenario.marginRate.likely, true);
  return { values, isFunnel, marginIndex, varying };
}

/** The p-quantile of sorted values by linear interpolation between ranks (Excel's PERCENTILE.INC, R type 7). */
function quantile(sorted: Float64Array, p: number): number {
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (position - below) * (upper - lower);
}

function quantiles(sorted: Float64Array): Quantiles {
  if (sorted.length === 0) return { p10: 0, p50: 0, p90: 0, mean: 0 };
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    p10: quantile(sorted, 0.1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    mean: sum / sorted.length,
  };
}

function histogram(sorted: Float64Array): MonteCarloSummary['histogram'] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const width = (max - min) / HISTOGRAM_BINS;
  if (!(width > 0) || !Number.isFinite(width)) return [{ from: min, to: max, count: n }];
  const bins = Array.from({ length: HISTOGRAM_BINS }, (_, i) => ({
    from: min + i * width,
    to: i === HISTOGRAM_BINS - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (const v of sorted) {
    // The maximum belongs to the last bin, not to a 21st.
    const bin = bins[Math.min(HISTOGRAM_BINS - 1, Math.floor((v - min) / width))];
    if (bin) bin.count += 1;
  }
  return bins;
}

/**
 * Runs `uncertainty.draws` draws (read as a whole number, at most 100 000: scenarioErrors
 * refuses other values first) with the scenario's seed. Each draw samples every estimate that
 * has a range (rates clamped to [0, 1], money and counts to ≥ 0), then computes the total ROI
 * and net gain as scenarioFigures does. A draw whose total cost is 0 has no ROI: it is skipped
 * and not counted in `draws`. Quantiles interpolate linearly between ranks. With no draw
 * counted, every figure is 0 and the histogram is empty.
 */
export function simulateScenario(
  scenario: Pick<RoiScenario, 'lines' | 'gainBasis' | 'marginRate' | 'uncertainty'>,
): MonteCarloSummary {
  const { uncertainty, gainBasis } = scenario;
  const asked = Number.isFinite(uncertainty.draws)
    ? Math.min(Math.max(Math.floor(uncertainty.draws), 0), DRAWS_RANGE.max)
    : 0;
  const random = seededRandom(uncertainty.seed);
  const { values, isFunnel, marginIndex, varying } = drawPlan(scenario, random);
  const lineCount = isFunnel.length;
  const rois = new Float64Array(asked);
  const netGains = new Float64Array(asked);
  let counted = 0;
  let losses = 0;
  let reached = 0;
  const target = uncertainty.targetRoi;

  for (let d = 0; d < asked; d++) {
    for (const input of varying) values[input.index] = clampInput(input.draw(), input.rate);
    let cost = 0;
    let revenue = 0;
    for (let l = 0; l < lineCount; l++) {
      const at = l * STRIDE;
      cost += lineCost(
        values[at] ?? 0,
        values[at + 1] ?? 0,
        values[at + 2] ?? 0,
        values[at + 3] ?? 0,
      );
      revenue += isFunnel[l]
        ? funnelRevenue(
            values[at + 4] ?? 0,
            values[at + 5] ?? 0,
            values[at + 6] ?? 0,
            values[at + 7] ?? 0,
            values[at + 8] ?? 0,
          )
        : (values[at + 4] ?? 0);
    }
    const netGain = revenue * gainShare(gainBasis, values[marginIndex] ?? 0) - cost;
    const roi = netGain / cost;
    if (!(cost > 0) || !Number.isFinite(roi) || !Number.isFinite(netGain)) continue;
    rois[counted] = roi;
    netGains[counted] = netGain;
    counted += 1;
    if (netGain < 0) losses += 1;
    if (target !== null && roi >= target) reached += 1;
  }

  const sortedRoi = rois.subarray(0, counted).sort();
  const sortedNet = netGains.subarray(0, counted).sort();
  const share = (count: number) => (counted > 0 ? count / counted : 0);
  return {
    draws: counted,
    roi: quantiles(sortedRoi),
    netGain: quantiles(sortedNet),
    lossChance: share(losses),
    targetChance: target === null || !Number.isFinite(target) ? null : share(reached),
    histogram: histogram(sortedRoi),
    uncertainInputs: varying.length,
  };
}
