// Every bad ROI input named with its field and reason, before anything is computed: costs and
// counts, rates, ranges, the response curve, the allocator's bounds, the objective and the
// uncertainty settings. Only the UI words the reasons, in the user's language.
import { MAX_DRAWS } from './limits';
import type { CampaignLine, Estimate, RoiScenario } from './model';

/** A campaign line's inputs given as an Estimate (likely, low, high): costs, then gains. */
export type LineEstimateField =
  | 'mediaCost'
  | 'creativeCost'
  | 'staffHours'
  | 'staffHourlyCost'
  | 'revenue'
  | 'impressions'
  | 'clickRate'
  | 'leadRate'
  | 'closeRate'
  | 'averageBasket';

/** A campaign line's single-number inputs: its response curve, then its allocator bounds. */
export type LineNumberField = 'doublingGain' | 'shape' | 'carryOver' | 'min' | 'max' | 'minimumBuy';

export type RoiField =
  | 'name'
  | LineEstimateField
  | LineNumberField
  | 'marginRate'
  | 'budget'
  | 'target'
  | 'draws'
  | 'targetRoi';

export type RoiErrorCode =
  | 'required'
  | 'not-finite'
  | 'negative'
  | 'zero-cost'
  | 'rate-above-one'
  | 'low-above-likely'
  | 'likely-above-high'
  | 'doubling-out-of-range'
  | 'shape-out-of-range'
  | 'carry-over-out-of-range'
  | 'min-above-max'
  | 'minimum-buy-above-max'
  | 'not-positive'
  | 'too-many-draws';

export interface RoiFieldError {
  lineId: string | null;
  field: RoiField;
  code: RoiErrorCode;
  /** For range errors: the limit, e.g. the largest doubling gain 2^s − 1 */
  limit?: number;
  /** Which part of an Estimate is wrong */
  part?: 'likely' | 'low' | 'high';
}

/**
 * The largest value an input may hold. Beyond it cents stop being exact, and products such as
 * impressions × basket could overflow to Infinity; such a value is refused as 'not-finite'
 * with this limit.
 */
export const LARGEST_INPUT = Number.MAX_SAFE_INTEGER;

export const SHAPE_RANGE = { min: 0.3, max: 5 } as const;
export const CARRY_OVER_MAX = 0.95;
export const DRAWS_RANGE = { min: 100, max: MAX_DRAWS } as const;

type Kind = 'amount' | 'rate';
type Part = 'likely' | 'low' | 'high';
type Issue = Pick<RoiFieldError, 'code' | 'limit'>;

/** What is wrong with one number, or null; `positive` also refuses 0. */
function numberIssue(value: number, kind: Kind, positive = false): Issue | null {
  if (!Number.isFinite(value)) return { code: 'not-finite' };
  if (Math.abs(value) > LARGEST_INPUT) return { code: 'not-finite', limit: LARGEST_INPUT };
  if (value < 0) return { code: 'negative' };
  if (positive && value === 0) return { code: 'not-positive' };
  if (kind === 'rate' && value > 1) return { code: 'rate-above-one', limit: 1 };
  return null;
}

/** The errors of an estimate: each given part on its own, then low ≤ likely ≤ high. */
function estimateErrors(
  lineId: string | null,
  field: RoiField,
  estimate: Estimate,
  kind: Kind,
  positiveLikely = false,
): RoiFieldError[] {
  const errors: RoiFieldError[] = [];
  const parts: [Part, number | null, boolean][] = [
    ['likely', estimate.likely, positiveLikely],
    ['low', estimate.low, false],
    ['high', estimate.high, false],
  ];
  for (const [part, value, positive] of parts) {
    if (value === null) continue;
    const issue = numberIssue(value, kind, positive);
    if (issue) errors.push({ lineId, field, ...issue, part });
  }
  if (errors.length > 0) return errors;
  if (estimate.low !== null && estimate.low > estimate.likely)
    errors.push({ lineId, field, code: 'low-above-likely', limit: estimate.likely, part: 'low' });
  if (estimate.high !== null && estimate.high < estimate.likely)
    errors.push({ lineId, field, code: 'likely-above-high', limit: estimate.likely, part: 'high' });
  return errors;
}

function costErrors(line: CampaignLine): RoiFieldError[] {
  const id = line.id;
  const errors = [
    ...estimateErrors(id, 'mediaCost', line.mediaCost, 'amount'),
    ...estimateErrors(id, 'creativeCost', line.creativeCost, 'amount'),
    ...estimateErrors(id, 'staffHours', line.staffHours, 'amount'),
    ...estimateErrors(id, 'staffHourlyCost', line.staffHourlyCost, 'amount'),
  ];
  // ROI divides by the cost: a line costing nothing has no ROI. Checked only once every cost
  // input is readable, and shown on the media cost, the input a user fills first.
  const cost =
    line.mediaCost.likely +
    line.creativeCost.likely +
    line.staffHours.likely * line.staffHourlyCost.likely;
  if (errors.length === 0 && !(cost > 0))
    errors.push({ lineId: id, field: 'mediaCost', code: 'zero-cost', part: 'likely' });
  return errors;
}

function gainsErrors(line: CampaignLine): RoiFieldError[] {
  const id = line.id;
  const g = line.gains;
  if (g.kind === 'figure') return estimateErrors(id, 'revenue', g.revenue, 'amount');
  return [
    ...estimateErrors(id, 'impressions', g.impressions, 'amount'),
    ...estimateErrors(id, 'clickRate', g.clickRate, 'rate'),
    ...estimateErrors(id, 'leadRate', g.leadRate, 'rate'),
    ...estimateErrors(id, 'closeRate', g.closeRate, 'rate'),
    ...estimateErrors(id, 'averageBasket', g.averageBasket, 'amount'),
  ];
}

function curveErrors(line: CampaignLine): RoiFieldError[] {
  const lineId = line.id;
  const { doublingGain, shape, carryOver } = line.curve;
  const errors: RoiFieldError[] = [];
  const shapeReadable = Number.isFinite(shape);
  if (!shapeReadable) errors.push({ lineId, field: 'shape', code: 'not-finite' });
  else if (shape < SHAPE_RANGE.min || shape > SHAPE_RANGE.max)
    errors.push({
      lineId,
      field: 'shape',
      code: 'shape-out-of-range',
      limit: shape < SHAPE_RANGE.min ? SHAPE_RANGE.min : SHAPE_RANGE.max,
    });
  // Doubling the spend multiplies R by 2ˢ·(xˢ+Kˢ)/((2x)ˢ+Kˢ), which lies strictly between 1
  // (K → 0, saturated) and 2ˢ (K → ∞, no saturation): the gain is in (0, 2ˢ − 1).
  const limit = 2 ** shape - 1;
  if (!Number.isFinite(doublingGain))
    errors.push({ lineId, field: 'doublingGain', code: 'not-finite' });
  else if (doublingGain <= 0 || (shapeReadable && doublingGain >= limit))
    errors.push({
      lineId,
      field: 'doublingGain',
      code: 'doubling-out-of-range',
      ...(shapeReadable ? { limit } : {}),
    });
  if (carryOver !== null) {
    if (!Number.isFinite(carryOver))
      errors.push({ lineId, field: 'carryOver', code: 'not-finite' });
    else if (carryOver < 0 || carryOver > CARRY_OVER_MAX)
      errors.push({
        lineId,
        field: 'carryOver',
        code: 'carry-over-out-of-range',
        limit: carryOver < 0 ? 0 : CARRY_OVER_MAX,
      });
  }
  return errors;
}

function boundsErrors(line: CampaignLine): RoiFieldError[] {
  const lineId = line.id;
  const { min, max, minimumBuy } = line.bounds;
  const errors: RoiFieldError[] = [];
  const check = (field: RoiField, value: number | null) => {
    if (value === null) return true;
    const issue = numberIssue(value, 'amount');
    if (issue) errors.push({ lineId, field, ...issue });
    return issue === null;
  };
  const minOk = check('min', min);
  const maxOk = check('max', max);
  const buyOk = check('minimumBuy', minimumBuy);
  if (minOk && maxOk && max !== null && min > max)
    errors.push({ lineId, field: 'min', code: 'min-above-max', limit: max });
  if (buyOk && maxOk && max !== null && minimumBuy !== null && minimumBuy > max)
    errors.push({ lineId, field: 'minimumBuy', code: 'minimum-buy-above-max', limit: max });
  return errors;
}

export function lineErrors(line: CampaignLine): RoiFieldError[] {
  const errors: RoiFieldError[] = [];
  if (line.name.trim() === '') errors.push({ lineId: line.id, field: 'name', code: 'required' });
  return [
    ...errors,
    ...costErrors(line),
    ...gainsErrors(line),
    ...curveErrors(line),
    ...boundsErrors(line),
  ];
}

function objectiveErrors(objective: RoiScenario['objective']): RoiFieldError[] {
  const field: RoiField = objective.kind === 'max-return' ? 'budget' : 'target';
  const value = objective.kind === 'max-return' ? objective.budget : objective.value;
  const issue = numberIssue(value, 'amount', true);
  // A negative target is as meaningless as a zero one: both read "must be above 0".
  if (issue?.code === 'negative') return [{ lineId: null, field, code: 'not-positive' }];
  return issue ? [{ lineId: null, field, ...issue }] : [];
}

function uncertaintyErrors(uncertainty: RoiScenario['uncertainty']): RoiFieldError[] {
  const errors: RoiFieldError[] = [];
  const { draws, targetRoi } = uncertainty;
  if (!Number.isFinite(draws)) errors.push({ lineId: null, field: 'draws', code: 'not-finite' });
  else if (draws > DRAWS_RANGE.max)
    errors.push({ lineId: null, field: 'draws', code: 'too-many-draws', limit: DRAWS_RANGE.max });
  // Too few draws, or a fractional count, have no code of their own: "at least 100 (whole)".
  else if (draws < DRAWS_RANGE.min || !Number.isInteger(draws))
    errors.push({ lineId: null, field: 'draws', code: 'not-positive', limit: DRAWS_RANGE.min });
  if (targetRoi !== null && !Number.isFinite(targetRoi))
    errors.push({ lineId: null, field: 'targetRoi', code: 'not-finite' });
  return errors;
}

/**
 * Every line's errors, then the scenario's: the margin rate (0 < m ≤ 1, only on a margin
 * basis, where it is used), the objective's value (> 0) and the uncertainty settings (draws a
 * whole number in 100..100 000, target ROI finite).
 */
export function scenarioErrors(scenario: RoiScenario): RoiFieldError[] {
  return [
    ...scenario.lines.flatMap(lineErrors),
    ...(scenario.gainBasis === 'margin'
      ? estimateErrors(null, 'marginRate', scenario.marginRate, 'rate', true)
      : []),
    ...objectiveErrors(scenario.objective),
    ...uncertaintyErrors(scenario.uncertainty),
  ];
}
