// The restore step of saved ROI scenarios (see restore.ts for the idea): every scenario read
// from the database or a backup passes here, so the simulator only ever meets finite numbers.
// It checks types, not judgement: ranges (a rate above 100 %, a negative cost, low > high) are
// the simulator's to refuse at the field, and a value the app may store must pass unchanged.
import { MAX_NAME_LENGTH } from '../domain/plan';
import { toCents, type Cents } from '../domain/money';
import type {
  AllocationObjective,
  CampaignLine,
  CurveInput,
  Estimate,
  GainsInput,
  LineBounds,
  RoiScenario,
  UncertaintySettings,
} from '../domain/roi/model';
import { DEFAULT_UNCERTAINTY, MAX_DRAWS, MAX_SCENARIO_LINES } from '../domain/roi/limits';

// Offered to src/state through db/index.ts, as they were before they moved to the domain.
export { DEFAULT_UNCERTAINTY, MAX_DRAWS, MAX_SCENARIO_LINES };

const DEFAULT_CURVE: CurveInput = { doublingGain: 0.4, shape: 1, carryOver: null };

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A number the simulator can compute with: finite, and within the safe integer range so that
 * the few products a formula takes stay far from Infinity. Strings are not numbers here.
 */
function isNumber(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) <= Number.MAX_SAFE_INTEGER
  );
}

function number(value: unknown, fallback: number): number {
  return isNumber(value) ? value : fallback;
}

function numberOrNull(value: unknown): number | null {
  return isNumber(value) ? value : null;
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function cents(value: unknown): Cents {
  return toCents(isWhole(value) ? value : 0);
}

function centsOrNull(value: unknown): Cents | null {
  return isWhole(value) ? toCents(value) : null;
}

function name(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_NAME_LENGTH) : '';
}

/** A likely value that is not a number becomes 0; a low or high that is not one, null (none). */
function estimate(raw: unknown): Estimate {
  const value = isRecord(raw) ? raw : {};
  return {
    ...value,
    likely: number(value.likely, 0),
    low: numberOrNull(value.low),
    high: numberOrNull(value.high),
  };
}

/** An unknown kind becomes a figure (its other fields ride along): the simulator can show it. */
function gains(raw: unknown): GainsInput {
  const value = isRecord(raw) ? raw : {};
  if (value.kind === 'funnel') {
    return {
      ...value,
      kind: 'funnel',
      impressions: estimate(value.impressions),
      audience: value.audience === 'reach' ? 'reach' : 'impressions',
      clickRate: estimate(value.clickRate),
      leadRate: estimate(value.leadRate),
      closeRate: estimate(value.closeRate),
      averageBasket: estimate(value.averageBasket),
    };
  }
  return { ...value, kind: 'figure', revenue: estimate(value.revenue) };
}

function curve(raw: unknown): CurveInput {
  const value = isRecord(raw) ? raw : {};
  return {
    ...value,
    doublingGain: number(value.doublingGain, DEFAULT_CURVE.doublingGain),
    shape: number(value.shape, DEFAULT_CURVE.shape),
    carryOver: numberOrNull(value.carryOver),
  };
}

function bounds(raw: unknown): LineBounds {
  const value = isRecord(raw) ? raw : {};
  return {
    ...value,
    min: cents(value.min),
    max: centsOrNull(value.max),
    locked: value.locked === true,
    minimumBuy: centsOrNull(value.minimumBuy),
  };
}

/** A line without an id cannot be edited or removed: it is dropped. */
function line(raw: unknown): CampaignLine | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  return {
    ...raw,
    id: raw.id,
    name: name(raw.name),
    channelId: typeof raw.channelId === 'string' && raw.channelId !== '' ? raw.channelId : null,
    mediaCost: estimate(raw.mediaCost),
    creativeCost: estimate(raw.creativeCost),
    staffHours: estimate(raw.staffHours),
    staffHourlyCost: estimate(raw.staffHourlyCost),
    gains: gains(raw.gains),
    curve: curve(raw.curve),
    bounds: bounds(raw.bounds),
  };
}

/** Lines after the 200th, without an id, or repeating an earlier line's id are dropped. */
function lines(raw: unknown): CampaignLine[] {
  if (!Array.isArray(raw)) return [];
  const out: CampaignLine[] = [];
  const seen = new Set<string>();
  for (const item of raw.slice(0, MAX_SCENARIO_LINES)) {
    const restored = line(item);
    if (restored === null || seen.has(restored.id)) continue;
    seen.add(restored.id);
    out.push(restored);
  }
  return out;
}

/** An unknown objective becomes "maximise return" for the budget it named, else 0. */
function objective(raw: unknown): AllocationObjective {
  const value = isRecord(raw) ? raw : {};
  switch (value.kind) {
    case 'target-return':
    case 'target-cpa':
      return { ...value, kind: value.kind, value: cents(value.value) };
    case 'target-roas':
      return { ...value, kind: 'target-roas', value: number(value.value, 0) };
    default:
      return { ...value, kind: 'max-return', budget: cents(value.budget) };
  }
}

function uncertainty(raw: unknown): UncertaintySettings {
  const value = isRecord(raw) ? raw : {};
  const { draws, seed } = value;
  return {
    ...value,
    distribution: value.distribution === 'triangular' ? 'triangular' : 'pert',
    draws: isWhole(draws) && draws >= 1 && draws <= MAX_DRAWS ? draws : DEFAULT_UNCERTAINTY.draws,
    seed: isWhole(seed) ? seed : DEFAULT_UNCERTAINTY.seed,
    targetRoi: numberOrNull(value.targetRoi),
  };
}

/**
 * A stored scenario made well-formed, `{ ...raw, ...normalised }` at every level so that
 * fields a newer version added survive. Dropped (null) only without a string id and planId;
 * everything else is repaired, so that one bad number never loses a user's whole simulation:
 * numbers that are not finite (or beyond ±2^53) become 0 (likely values, min) or null (low,
 * high, max, minimum buy, carry-over, target ROI), curve numbers their defaults (+40 %, s = 1);
 * unknown kinds fall back to a figure, 'impressions', 'max-return', 'pert'; lines are cut at
 * 200 and names at MAX_NAME_LENGTH. A backup holding anything repaired is refused (backup.ts).
 */
export function restoreRoiScenario(raw: unknown): RoiScenario | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  if (typeof raw.planId !== 'string' || raw.planId === '') return null;
  const createdAt = number(raw.createdAt, 0);
  return {
    ...raw,
    id: raw.id,
    planId: raw.planId,
    name: name(raw.name),
    gainBasis: raw.gainBasis === 'margin' ? 'margin' : 'revenue',
    marginRate: estimate(raw.marginRate),
    lines: lines(raw.lines),
    objective: objective(raw.objective),
    uncertainty: uncertainty(raw.uncertainty),
    createdAt,
    updatedAt: number(raw.updatedAt, createdAt),
  };
}
