// The ROI domain's refusals (validation.ts) in the user's words: each error's message, with its
// limit written in the field's own unit, and which errors stop a line's figures from showing.
import '../../i18n/roi-catalogue';
import {
  CARRY_OVER_MAX,
  SHAPE_RANGE,
  type RoiField,
  type RoiFieldError,
} from '../../domain/roi/validation';
import type { MessageKey, Translate } from '../../i18n';
import type { FigureFormat } from '../../ui/figure-format';

export type { Translate };

/** The unit a field's value (and so its limit) is written in. */
const FIELD_KIND: Record<RoiField, 'money' | 'percent' | 'number'> = {
  name: 'number',
  mediaCost: 'money',
  creativeCost: 'money',
  staffHours: 'number',
  staffHourlyCost: 'money',
  revenue: 'money',
  impressions: 'number',
  clickRate: 'percent',
  leadRate: 'percent',
  closeRate: 'percent',
  averageBasket: 'money',
  doublingGain: 'percent',
  shape: 'number',
  carryOver: 'percent',
  min: 'money',
  max: 'money',
  minimumBuy: 'money',
  marginRate: 'percent',
  budget: 'money',
  // A target is cents, a ratio or a CPA depending on the objective: written as a plain number.
  target: 'number',
  draws: 'number',
  targetRoi: 'percent',
};

/** The inputs the campaign figures read: an error on one of them stops the line's outputs. */
const CAMPAIGN_FIELDS: ReadonlySet<RoiField> = new Set<RoiField>([
  'mediaCost',
  'creativeCost',
  'staffHours',
  'staffHourlyCost',
  'revenue',
  'impressions',
  'clickRate',
  'leadRate',
  'closeRate',
  'averageBasket',
]);

function limitText(field: RoiField, limit: number, fmt: FigureFormat): string {
  const kind = FIELD_KIND[field];
  if (kind === 'money') return fmt.money(limit);
  if (kind === 'percent') return fmt.percent(limit, 1);
  return fmt.number(limit, 2);
}

/** One refusal in the user's words, its limit (if any) in the field's unit. */
export function roiErrorMessage(error: RoiFieldError, t: Translate, fmt: FigureFormat): string {
  const limit = error.limit === undefined ? '' : limitText(error.field, error.limit, fmt);
  switch (error.code) {
    case 'not-finite':
      return error.limit === undefined
        ? t('roi.error.not-finite')
        : t('roi.error.not-finite.limit', { limit: fmt.number(error.limit, 0) });
    case 'doubling-out-of-range':
      return error.limit === undefined
        ? t('roi.error.doubling-out-of-range.nolimit')
        : t('roi.error.doubling-out-of-range', { limit });
    case 'shape-out-of-range':
      return t('roi.error.shape-out-of-range', {
        min: fmt.number(SHAPE_RANGE.min, 2),
        max: fmt.number(SHAPE_RANGE.max, 2),
      });
    case 'carry-over-out-of-range':
      return t('roi.error.carry-over-out-of-range', { max: fmt.percent(CARRY_OVER_MAX, 0) });
    case 'not-positive':
      return error.limit === undefined
        ? t('roi.error.not-positive')
        : t('roi.error.not-positive.limit', { limit: fmt.number(error.limit, 0) });
    case 'too-many-draws':
      return t('roi.error.too-many-draws', { limit: fmt.number(error.limit ?? null, 0) });
    default:
      return t(`roi.error.${error.code}`, { limit });
  }
}

/** Whether the error is about the likely value (the one the campaign figures read). */
function onLikely(error: RoiFieldError): boolean {
  return error.part === undefined || error.part === 'likely';
}

/** The message to show at one field of a line (or of the scenario when lineId is null), or ''. */
export function fieldError(
  errors: readonly RoiFieldError[],
  lineId: string | null,
  field: RoiField,
  t: Translate,
  fmt: FigureFormat,
): string {
  const error = errors.find((e) => e.lineId === lineId && e.field === field && onLikely(e));
  return error ? roiErrorMessage(error, t, fmt) : '';
}

/**
 * Why a line's figures cannot be shown: its refused costs and gains, and a refused margin
 * rate (which every line reads); empty when its figures are sound.
 */
export function blockingErrors(errors: readonly RoiFieldError[], lineId: string): RoiFieldError[] {
  return errors.filter(
    (e) =>
      onLikely(e) &&
      ((e.lineId === lineId && CAMPAIGN_FIELDS.has(e.field)) ||
        (e.lineId === null && e.field === 'marginRate')),
  );
}

/** "Achat média : Ne peut pas être négatif." for a list of blocking errors. */
export function reasonsOf(
  errors: readonly RoiFieldError[],
  t: Translate,
  fmt: FigureFormat,
): string[] {
  return errors.map((e) =>
    t('roi.outputs.reason', {
      field: t(`roi.field.${e.field}`),
      reason: roiErrorMessage(e, t, fmt),
    }),
  );
}

/** A problem of an imported scenario file, as src/csv reports it. */
export interface CsvProblem {
  line: number;
  column: string | null;
  code: string;
  detail?: string;
}

const CSV_CODES: Record<string, MessageKey> = {
  'missing-column': 'roi.import.code.missing-column',
  'duplicate-column': 'roi.import.code.duplicate-column',
  'malformed-row': 'roi.import.code.malformed-row',
  'no-rows': 'roi.import.code.no-rows',
  'too-many-rows': 'roi.import.code.too-many-rows',
  'decimal-ambiguous': 'roi.import.code.decimal-ambiguous',
  'not-a-number': 'roi.import.code.not-a-number',
  'bad-value': 'roi.import.code.bad-value',
  'unknown-channel': 'roi.import.code.unknown-channel',
  'mixed-scenarios': 'roi.import.code.mixed-scenarios',
};

const CSV_DETAILS: Record<string, MessageKey> = {
  required: 'roi.import.detail.required',
  negative: 'roi.import.detail.negative',
  'out-of-range': 'roi.import.detail.out-of-range',
  'unknown-word': 'roi.import.detail.unknown-word',
  'too-long': 'roi.import.detail.too-long',
  'not-an-integer': 'roi.import.detail.not-an-integer',
  'above-likely': 'roi.import.detail.above-likely',
  'below-likely': 'roi.import.detail.below-likely',
  'min-above-max': 'roi.import.detail.min-above-max',
};

/** "Ligne 3, colonne « Achat média » : ne peut pas être négatif." */
export function csvProblemText(problem: CsvProblem, t: Translate): string {
  const detailKey = problem.code === 'bad-value' && problem.detail && CSV_DETAILS[problem.detail];
  const codeKey = CSV_CODES[problem.code];
  const reason = detailKey
    ? t(detailKey)
    : codeKey
      ? t(codeKey, { detail: problem.detail ?? '' })
      : t('roi.import.unknownReason', { code: problem.code });
  return problem.column === null
    ? t('roi.import.problemNoColumn', { line: problem.line, reason })
    : t('roi.import.problem', { line: problem.line, column: problem.column, reason });
}
