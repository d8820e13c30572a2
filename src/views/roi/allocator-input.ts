// What the allocator panel hands the allocator and how it words what comes back: one channel
// per line whose curve calibrates from today's point, the lines left out with their reason,
// each issue and each channel's result in one plain sentence, and the split a plan copy gets.
import '../../i18n/roi-catalogue';
import type { Allocation, AllocationChannel, AllocationIssue } from '../../domain/roi/allocator';
import { scenarioFigures } from '../../domain/roi/campaign';
import type { AllocationObjective, RoiScenario } from '../../domain/roi/model';
import { calibrateCurve, type CalibrationError } from '../../domain/roi/response-curve';
import { CARRY_OVER_MAX, type RoiFieldError } from '../../domain/roi/validation';
import { roiErrorMessage, type Translate } from './roi-errors';
import type { FigureFormat } from '../../ui/figure-format';

/** A line the allocator cannot move: its curve does not calibrate from today's point. */
export interface SkippedLine {
  lineId: string;
  name: string;
  error: CalibrationError;
}

export interface AllocatorInput {
  channels: AllocationChannel[];
  skipped: SkippedLine[];
  /** Line names by line id (the allocator's channel id is the line id). */
  names: ReadonlyMap<string, string>;
  /** Today's media spend of the channels handed over, in cents. */
  currentSpend: number;
  /** Today's modelled return of those channels (cents of gains). */
  currentReturn: number;
  /** Today's customers of those channels, from their funnels (0 without funnels). */
  currentCustomers: number;
}

/**
 * The allocator's channels: each line's curve calibrated from (media cost, gains) with its own
 * doubling gain and shape; a line whose curve cannot be calibrated (no spend, no return, a
 * statement out of range) is left out and named. Gains per customer come from the funnel, so
 * a CPA target needs funnel lines; figure lines have none (null).
 */
export function allocatorInput(scenario: RoiScenario): AllocatorInput {
  const figures = new Map(scenarioFigures(scenario).lines.map((l) => [l.id, l.figures]));
  const channels: AllocationChannel[] = [];
  const skipped: SkippedLine[] = [];
  const names = new Map<string, string>();
  let currentSpend = 0;
  let currentReturn = 0;
  let currentCustomers = 0;
  for (const line of scenario.lines) {
    names.set(line.id, line.name);
    const gains = figures.get(line.id)?.gains ?? 0;
    const customers = figures.get(line.id)?.funnel?.customers ?? 0;
    const spend = line.mediaCost.likely;
    const curve = calibrateCurve(
      { spend, return: gains },
      { doublingGain: line.curve.doublingGain, shape: line.curve.shape },
    );
    if (!curve.ok) {
      skipped.push({ lineId: line.id, name: line.name, error: curve.error });
      continue;
    }
    currentSpend += spend;
    currentReturn += gains;
    currentCustomers += customers;
    channels.push({
      id: line.id,
      curve: curve.value,
      current: spend,
      min: line.bounds.min,
      max: line.bounds.max,
      locked: line.bounds.locked,
      minimumBuy: line.bounds.minimumBuy,
      returnPerCustomer:
        customers > 0 && Number.isFinite(gains / customers) ? gains / customers : null,
    });
  }
  return { channels, skipped, names, currentSpend, currentReturn, currentCustomers };
}

/** Whole euros print without cents ("2 000 €"), anything else to the cent. */
export function amount(fmt: FigureFormat, cents: number): string {
  return Number.isInteger(cents / 100) ? fmt.moneyShort(cents) : fmt.money(cents);
}

function signed(fmt: FigureFormat, cents: number): string {
  return cents > 0 ? `+${amount(fmt, cents)}` : amount(fmt, cents);
}

/** A marginal return (cents back per cent spent) as money per euro: 1.4 → "1,40 €". */
export function perEuro(fmt: FigureFormat, marginal: number | null): string {
  return fmt.money(marginal === null ? null : marginal * 100);
}

/** What the objective's target prints as, for the "best reachable" of an unreachable target. */
function objectiveValue(fmt: FigureFormat, objective: AllocationObjective, value: number): string {
  return objective.kind === 'target-roas' ? fmt.percent(value, 0) : amount(fmt, Math.round(value));
}

/** One allocator issue in words, naming the channel and the numbers. */
export function issueText(
  issue: AllocationIssue,
  input: AllocatorInput,
  objective: AllocationObjective,
  fmt: FigureFormat,
  t: Translate,
): string {
  const channel = (id: string) => input.channels.find((c) => c.id === id);
  const name = (id: string) => input.names.get(id) ?? id;
  const money = (cents: number | null) => (cents === null ? fmt.money(null) : amount(fmt, cents));
  switch (issue.code) {
    case 'no-channel':
      return t('roiModel.issue.noChannel');
    case 'budget-not-positive':
      return t('roiModel.issue.budgetNotPositive');
    case 'min-above-max': {
      const c = channel(issue.id);
      return t('roiModel.issue.minAboveMax', {
        name: name(issue.id),
        min: money(c?.min ?? null),
        max: money(c?.max ?? null),
      });
    }
    case 'minimum-buy-above-max': {
      const c = channel(issue.id);
      return t('roiModel.issue.minimumBuyAboveMax', {
        name: name(issue.id),
        buy: money(c?.minimumBuy ?? null),
        max: money(c?.max ?? null),
      });
    }
    case 'minimums-above-budget':
      return t('roiModel.issue.minimumsAboveBudget', {
        minimums: money(issue.minimums),
        budget: money(issue.budget),
      });
    case 'maximums-below-budget':
      return t('roiModel.issue.maximumsBelowBudget', {
        maximums: money(issue.maximums),
        budget: money(issue.budget),
      });
    case 'target-unreachable':
      return t('roiModel.issue.targetUnreachable', {
        best: objectiveValue(fmt, objective, issue.best),
      });
    case 'cpa-needs-customers':
      return t('roiModel.issue.cpaNeedsCustomers', { name: name(issue.id) });
  }
}

/** Why a line cannot be allocated, in words. */
export function skippedText(line: SkippedLine, fmt: FigureFormat, t: Translate): string {
  const reason = calibrationText(line.error, fmt, t);
  return t('roiModel.allocator.skipped', { name: line.name, reason });
}

/** A calibration error's reason, as shown at the curve's fields and in the allocator. */
export function calibrationText(error: CalibrationError, fmt: FigureFormat, t: Translate): string {
  switch (error.code) {
    case 'spend-not-positive':
      return t('roiModel.calibration.spendNotPositive');
    case 'return-not-positive':
      return t('roiModel.calibration.returnNotPositive');
    case 'doubling-out-of-range':
      return t('roiModel.calibration.doublingOutOfRange', { max: fmt.percent(error.max, 0) });
    case 'shape-out-of-range':
      return t('roiModel.calibration.shapeOutOfRange', {
        min: fmt.number(error.min, 1),
        max: fmt.number(error.max, 1),
      });
  }
}

type AllocationLine = Allocation['lines'][number];

/** One plain-language line per channel saying why it gained, lost or stayed. */
export function explanationText(
  line: AllocationLine,
  allocation: Allocation,
  input: AllocatorInput,
  fmt: FigureFormat,
  t: Translate,
): string {
  const other = allocation.lines.find((l) => l.id === line.comparedWith);
  const buy = input.channels.find((c) => c.id === line.id)?.minimumBuy ?? null;
  const params = {
    delta: signed(fmt, line.after - line.before),
    lost: amount(fmt, line.before - line.after),
    after: amount(fmt, line.after),
    marginal: perEuro(fmt, line.marginalBefore),
    marginalAfter: perEuro(fmt, line.marginalAfter),
    other: other ? (input.names.get(other.id) ?? other.id) : '',
    otherMarginal: perEuro(fmt, other?.marginalBefore ?? null),
    buy: buy === null ? fmt.money(null) : amount(fmt, buy),
  };
  const compared = other ? 'Compared' : '';
  switch (line.reason) {
    case 'gained':
      return t(`roiModel.explain.gained${compared}`, params);
    case 'lost':
      return t(`roiModel.explain.lost${compared}`, params);
    case 'locked':
      return t('roiModel.explain.locked', params);
    case 'at-min':
      return t('roiModel.explain.atMin', params);
    case 'at-max':
      return t('roiModel.explain.atMax', params);
    case 'minimum-buy-zero':
      return t('roiModel.explain.minimumBuyZero', params);
    case 'unchanged':
      return t('roiModel.explain.unchanged', params);
  }
}

/** Return after ÷ return before − 1; null when there was no return before. */
export function returnChange(allocation: Allocation): number | null {
  if (!(allocation.returnBefore > 0)) return null;
  const change = allocation.returnAfter / allocation.returnBefore - 1;
  return Number.isFinite(change) ? change : null;
}

/**
 * The split a plan copy receives: each linked line's planner channel with its new spend. Lines
 * with no planner channel, or whose channel is no longer in the plan, cannot be written and
 * are named instead.
 */
export function writableSplit(
  scenario: RoiScenario,
  allocation: Allocation,
  planChannels: ReadonlySet<string>,
): { split: { channelId: string; cents: number }[]; notWritten: string[] } {
  const split: { channelId: string; cents: number }[] = [];
  const notWritten: string[] = [];
  for (const result of allocation.lines) {
    const line = scenario.lines.find((l) => l.id === result.id);
    if (!line) continue;
    if (line.channelId === null || !planChannels.has(line.channelId)) notWritten.push(line.name);
    else split.push({ channelId: line.channelId, cents: result.after });
  }
  return { split, notWritten };
}

/**
 * A validation error's reason at its field, in the words the campaign panel uses
 * (roi-errors.ts); θ is shown here as a plain number (0,55, as Robyn writes it), so its
 * limit is too.
 */
export function fieldErrorText(error: RoiFieldError, fmt: FigureFormat, t: Translate): string {
  if (error.code === 'carry-over-out-of-range')
    return t('roiModel.error.carryOverOutOfRange', { max: fmt.number(CARRY_OVER_MAX, 2) });
  return roiErrorMessage(error, t, fmt);
}
