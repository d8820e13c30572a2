// Every computed column of the influencer sheet at once, in column arrays (index i is the
// i-th influencer given), each cell a Result so that the grid shows a value or its reason.
// `rescore` is the fast path for the weight sliders: it keeps every column and redoes only
// the weighted sum and the ranking from the normalised columns computed once here.
import { toCents, type Cents } from '../money';
import type { Result } from '../result';
import { DEFAULT_BENCHMARKS, type BenchmarkTable } from './benchmarks';
import {
  costPerEngagement,
  costPerThousand,
  costPerView,
  earnedMediaValue,
  returnOnCost,
} from './costs';
import {
  DEFAULT_ENGAGEMENT_OPTIONS,
  engagementByFollowers,
  engagementByViews,
  type EngagementOptions,
  type EngagementProblem,
  type EngagementRate,
} from './engagement';
import type { Influencer, PriceFormat } from './model';
import { DEFAULT_RED_FLAG_OPTIONS, redFlags, type RedFlag, type RedFlagOptions } from './red-flags';
import {
  DEFAULT_WEIGHTS,
  normaliseColumns,
  scoreRows,
  type NormalisedColumns,
  type ScoreWeights,
  type Scores,
  type WeightProblem,
} from './score';
import { tierOf, type Tier, type TierProblem } from './tiers';

export interface SheetOptions {
  /** The format whose price the cost columns use (and name). */
  format: PriceFormat;
  engagement: EngagementOptions;
  benchmarks: BenchmarkTable;
  redFlags: RedFlagOptions;
  /** The CPM the earned media value assumes, cents per 1 000 impressions. */
  emvCpm: Cents;
  weights: ScoreWeights;
}

/** 10 € per thousand impressions: our assumption for EMV, to be set by the user. */
export const DEFAULT_EMV_CPM: Cents = toCents(1_000);

export const DEFAULT_SHEET_OPTIONS: SheetOptions = {
  format: 'post',
  engagement: DEFAULT_ENGAGEMENT_OPTIONS,
  benchmarks: DEFAULT_BENCHMARKS,
  redFlags: DEFAULT_RED_FLAG_OPTIONS,
  emvCpm: DEFAULT_EMV_CPM,
  weights: DEFAULT_WEIGHTS,
};

type Column<T, E> = Result<T, E>[];
type Ok<F extends (...args: never[]) => Result<unknown, unknown>> = Extract<
  ReturnType<F>,
  { ok: true }
>['value'];
type Err<F extends (...args: never[]) => Result<unknown, unknown>> = Extract<
  ReturnType<F>,
  { ok: false }
>['error'];
type ColumnOf<F extends (...args: never[]) => Result<unknown, unknown>> = Column<Ok<F>, Err<F>>;

export interface ComputedSheet {
  options: SheetOptions;
  ids: string[];
  tier: Column<Tier, TierProblem>;
  engagementByFollowers: Column<EngagementRate, EngagementProblem>;
  engagementByViews: Column<EngagementRate, EngagementProblem>;
  cpe: ColumnOf<typeof costPerEngagement>;
  cpm: ColumnOf<typeof costPerThousand>;
  cpv: ColumnOf<typeof costPerView>;
  emv: ColumnOf<typeof earnedMediaValue>;
  /** ROI and ROAS together: they share their cost and revenue. */
  returns: ColumnOf<typeof returnOnCost>;
  flags: RedFlag[][];
  /** The score criteria, normalised once: what rescore reads. */
  criteria: NormalisedColumns;
  /** Scores, ranks and order; an error when the weights cannot score (all zero, negative). */
  scores: Result<Scores, WeightProblem>;
}

const valueOr = <T, E>(r: Result<T, E>, pick: (v: T) => number): number | null =>
  r.ok ? pick(r.value) : null;

export function computeSheet(
  influencers: readonly Influencer[],
  options: SheetOptions = DEFAULT_SHEET_OPTIONS,
): ComputedSheet {
  const { format, engagement } = options;
  const byFollowers = influencers.map((i) => engagementByFollowers(i, engagement));
  const cpe = influencers.map((i) => costPerEngagement(i, format, engagement));
  const returns = influencers.map((i) => returnOnCost(i, format));
  const criteria = normaliseColumns({
    engagement: byFollowers.map((r) => valueOr(r, (v) => v.rate)),
    costEfficiency: cpe.map((r) => valueOr(r, (v) => v.cents)),
    audienceMatch: influencers.map((i) => i.audienceMatch),
    audienceQuality: influencers.map((i) => i.realFollowerShare),
    roi: returns.map((r) => valueOr(r, (v) => v.roi)),
  });
  return {
    options,
    ids: influencers.map((i) => i.id),
    tier: influencers.map((i) => tierOf(i.followers)),
    engagementByFollowers: byFollowers,
    engagementByViews: influencers.map((i) => engagementByViews(i, engagement)),
    cpe,
    cpm: influencers.map((i) => costPerThousand(i, format)),
    cpv: influencers.map((i) => costPerView(i, format)),
    emv: influencers.map((i) => earnedMediaValue(i, options.emvCpm)),
    returns,
    flags: influencers.map((i) =>
      redFlags(i, options.benchmarks, format, engagement, options.redFlags),
    ),
    criteria,
    scores: scoreRows(criteria, options.weights),
  };
}

/** The same sheet with new weights: only scores, ranks and order are recomputed. */
export function rescore(computed: ComputedSheet, weights: ScoreWeights): ComputedSheet {
  return {
    ...computed,
    options: { ...computed.options, weights },
    scores: scoreRows(computed.criteria, weights),
  };
}
