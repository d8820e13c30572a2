// The weighted score and rank of the sheet. Each criterion's column is min–max normalised over
// the rows that know it (1 the best row, 0 the worst; lower is better for the cost per
// engagement), once per computeSheet; a weight change only redoes the weighted sum and the
// ranking over typed arrays, which keeps 10 000 rows well within a frame.
import { err, ok, type Result } from '../result';

export const CRITERIA = [
  'engagement',
  'costEfficiency',
  'audienceMatch',
  'audienceQuality',
  'roi',
] as const;

export type Criterion = (typeof CRITERIA)[number];

/** Relative importance; any non-negative numbers (only their proportions matter). */
export type ScoreWeights = Readonly<Record<Criterion, number>>;

export const DEFAULT_WEIGHTS: ScoreWeights = {
  engagement: 1,
  costEfficiency: 1,
  audienceMatch: 1,
  audienceQuality: 1,
  roi: 1,
};

/** Criteria where a lower raw value is better: the cost column is the cost per engagement. */
const LOWER_IS_BETTER: ReadonlySet<Criterion> = new Set<Criterion>(['costEfficiency']);

/** Normalised columns, 0–1; `known[c][i]` is 0 where row i has no value for c. */
export interface NormalisedColumns {
  rows: number;
  values: Readonly<Record<Criterion, Float64Array>>;
  known: Readonly<Record<Criterion, Uint8Array>>;
}

/**
 * Min–max over the known values; when they are all equal (or only one row knows the
 * criterion) each known row gets 1: no row is worse than another on it.
 */
function normaliseColumn(raw: readonly (number | null)[], lowerIsBetter: boolean) {
  const values = new Float64Array(raw.length);
  const known = new Uint8Array(raw.length);
  let min = Infinity;
  let max = -Infinity;
  for (const v of raw) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  raw.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    known[i] = 1;
    const position = span > 0 ? (v - min) / span : 1;
    values[i] = span > 0 && lowerIsBetter ? 1 - position : position;
  });
  return { values, known };
}

export function normaliseColumns(
  raw: Readonly<Record<Criterion, readonly (number | null)[]>>,
): NormalisedColumns {
  const rows = raw.engagement.length;
  const values = {} as Record<Criterion, Float64Array>;
  const known = {} as Record<Criterion, Uint8Array>;
  for (const c of CRITERIA) {
    if (raw[c].length !== rows)
      throw new RangeError(`Column ${c} has ${raw[c].length} rows, not ${rows}`);
    const column = normaliseColumn(raw[c], LOWER_IS_BETTER.has(c));
    values[c] = column.values;
    known[c] = column.known;
  }
  return { rows, values, known };
}

export type WeightProblem =
  { code: 'weight-invalid'; criterion: Criterion } | { code: 'no-weights' };

export function validateWeights(weights: ScoreWeights): Result<ScoreWeights, WeightProblem> {
  let total = 0;
  for (const c of CRITERIA) {
    const w = weights[c];
    if (!Number.isFinite(w) || w < 0) return err({ code: 'weight-invalid', criterion: c });
    total += w;
  }
  return total > 0 ? ok(weights) : err({ code: 'no-weights' });
}

export interface Scores {
  /** 0–1, rounded to 1e-9 so that equal rows tie exactly whatever the order of the sums. */
  scores: Float64Array;
  /** Competition ranking: 1, 2, 2, 4. */
  ranks: Uint32Array;
  /** Row indices best first; ties in input order, so the order never depends on the sort. */
  order: Uint32Array;
}

/**
 * Σ weight × normalised value ÷ Σ weights. A missing criterion scores 0 on it and its weight
 * still counts: an unknown never beats a known, and a row cannot rise by leaving out its weak
 * figures (renormalising over known criteria would reward the emptiest row).
 */
export function scoreRows(
  columns: NormalisedColumns,
  weights: ScoreWeights,
): Result<Scores, WeightProblem> {
  const valid = validateWeights(weights);
  if (!valid.ok) return valid;
  const n = columns.rows;
  const sums = new Float64Array(n);
  let total = 0;
  for (const c of CRITERIA) {
    const w = weights[c];
    total += w;
    if (w === 0) continue;
    const values = columns.values[c];
    for (let i = 0; i < n; i++) sums[i] = (sums[i] ?? 0) + w * (values[i] ?? 0);
  }
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = Math.round(((sums[i] ?? 0) / total) * 1e9) / 1e9;
  return ok(rank(scores));
}

/** Rows beyond which the packed-key sort below would lose bits; then a comparator sorts. */
const PACKED_ROWS = 2 ** 20;
const SCORE_STEPS = 1e9;

/**
 * Row indices, best score first, ties in input order. Scores are multiples of 1e-9 in 0–1,
 * so (1e9 − score·1e9)·2²⁰ + index is an exact integer below 2⁵³: a native numeric sort of
 * those keys is several times faster than a comparator over 10 000 rows.
 */
function bestFirst(scores: Float64Array): Uint32Array {
  const n = scores.length;
  const order = new Uint32Array(n);
  const packable = n <= PACKED_ROWS && scores.every((s) => s >= 0 && s <= 1);
  if (!packable) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = (SCORE_STEPS - Math.round((scores[i] ?? 0) * SCORE_STEPS)) * PACKED_ROWS + i;
  }
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = (keys[i] ?? 0) % PACKED_ROWS;
  return order;
}

/** Competition ranking of scores, higher first, ties in input order. */
export function rank(scores: Float64Array): Scores {
  const n = scores.length;
  const order = bestFirst(scores);
  const ranks = new Uint32Array(n);
  for (let position = 0; position < n; position++) {
    const row = order[position] ?? 0;
    const previous = position > 0 ? (order[position - 1] ?? 0) : -1;
    ranks[row] =
      previous >= 0 && scores[previous] === scores[row] ? (ranks[previous] ?? 0) : position + 1;
  }
  return { scores, ranks, order };
}
