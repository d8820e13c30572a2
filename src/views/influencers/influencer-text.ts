// How the influencer screen words its figures: the formula each computed column names (in its
// header, its tip, the comparison and the chart), the reason a figure could not be computed,
// and each red flag with its numbers. Pure functions of the domain's values and a translator.
import type { InfluencerSettings } from '../../domain/influencers/settings';
import type { EngagementFormula, InteractionSet } from '../../domain/influencers/engagement';
import type { PriceFormat } from '../../domain/influencers/model';
import type { RedFlag } from '../../domain/influencers/red-flags';
import type { Translate } from '../../i18n';
import type { FigureFormat } from '../../ui/figure-format';

/** The computed columns, in the order the sheet shows them. */
export const COMPUTED_COLUMNS = [
  'tier',
  'erFollowers',
  'erViews',
  'cpe',
  'cpm',
  'cpv',
  'emv',
  'roi',
  'roas',
  'score',
  'rank',
  'flags',
] as const;
export type ComputedColumn = (typeof COMPUTED_COLUMNS)[number];

export const interactionsText = (set: InteractionSet, t: Translate): string =>
  t(`influencers.interactions.${set}`);

/** "médiane (j’aime + commentaires) ÷ abonnés" for a rate's own formula. */
export function formulaText(formula: EngagementFormula, t: Translate): string {
  const key =
    formula.denominator === 'followers' ? 'influencers.col.erFollowers' : 'influencers.col.erViews';
  return t(key, {
    statistic: t(`influencers.stat.${formula.statistic}`),
    interactions: interactionsText(formula.interactions, t),
  }).replace(/^ER \((.*)\)$/, '$1');
}

/** Each computed column's header: its name and the formula the settings make it use. */
export function computedHeader(
  column: ComputedColumn,
  settings: InfluencerSettings,
  fmt: FigureFormat,
  t: Translate,
): string {
  const engagement = settings.engagement;
  const statistic = t(`influencers.stat.${engagement.preferMedian ? 'median' : 'mean'}`);
  const interactions = interactionsText(engagement.interactions, t);
  const format = t(`influencers.formatOf.${settings.format}`);
  switch (column) {
    case 'erFollowers':
    case 'erViews':
      return t(`influencers.col.${column}`, { statistic, interactions });
    case 'cpe':
      return t('influencers.col.cpe', { format, interactions });
    case 'cpm':
    case 'cpv':
      return t(`influencers.col.${column}`, { format });
    case 'emv':
      return t('influencers.col.emv', { cpm: fmt.money(settings.emvCpm) });
    default:
      return t(`influencers.col.${column}`);
  }
}

/** Every problem code the sheet's Results carry, with the fields some of them hold. */
export type SheetProblem =
  | { code: 'no-followers' }
  | { code: 'followers-invalid'; followers: number }
  | { code: 'zero-followers' }
  | { code: 'no-views' }
  | { code: 'missing-interactions'; missing: readonly ('likes' | 'comments' | 'shares')[] }
  | { code: 'no-price'; format: PriceFormat }
  | { code: 'no-interactions' }
  | { code: 'no-audience' }
  | { code: 'cpm-invalid' }
  | { code: 'too-large' }
  | { code: 'no-revenue' }
  | { code: 'zero-cost' }
  | { code: 'no-weights' }
  | { code: 'weight-invalid'; criterion: string };

export function reasonText(problem: SheetProblem, t: Translate): string {
  switch (problem.code) {
    case 'followers-invalid':
      return t('influencers.reason.followers-invalid', { followers: String(problem.followers) });
    case 'missing-interactions':
      return t('influencers.reason.missing-interactions', {
        fields: problem.missing.map((f) => t(`influencers.field.${f}`)).join(', '),
      });
    case 'no-price':
      return t('influencers.reason.no-price', {
        format: t(`influencers.formatOf.${problem.format}`),
      });
    case 'weight-invalid':
      return t('influencers.reason.weight-invalid', { criterion: problem.criterion });
    default:
      return t(`influencers.reason.${problem.code}`);
  }
}

function bandText(min: number, max: number | null, fmt: FigureFormat, t: Translate): string {
  return max === null
    ? t('influencers.bandOpen', { min: fmt.number(min, 0) })
    : t('influencers.band', { min: fmt.number(min, 0), max: fmt.number(max - 1, 0) });
}

/** A flag as a sentence with its numbers: never a bare red dot. */
export function flagText(flag: RedFlag, fmt: FigureFormat, t: Translate): string {
  switch (flag.code) {
    case 'low-engagement': {
      const [statistic, rest] = flag.formulaId.split('(');
      const interactions = (rest ?? '').split(')')[0] as InteractionSet;
      const denominator = flag.formulaId.endsWith('/views') ? 'views' : 'followers';
      const formula = formulaText(
        { statistic: statistic === 'median' ? 'median' : 'mean', interactions, denominator },
        t,
      );
      return t('influencers.flag.low-engagement', {
        rate: fmt.percent(flag.rate, 2),
        formula,
        threshold: fmt.percent(flag.threshold, 2),
        factor: fmt.number(flag.bandLow > 0 ? flag.threshold / flag.bandLow : 0, 2),
        bandLow: fmt.percent(flag.bandLow, 2),
        band: bandText(flag.minFollowers, flag.maxFollowers, fmt, t),
      });
    }
    case 'likes-comments-ratio':
      return flag.ratio === null
        ? t('influencers.flag.likes-no-comments', {
            likes: fmt.number(flag.likes, 0),
            max: fmt.number(flag.max, 0),
          })
        : t('influencers.flag.likes-comments-ratio', {
            ratio: fmt.number(flag.ratio, 1),
            likes: fmt.number(flag.likes, 0),
            comments: fmt.number(flag.comments, 0),
            min: fmt.number(flag.min, 0),
            max: fmt.number(flag.max, 0),
          });
    case 'few-real-followers':
      return t('influencers.flag.few-real-followers', {
        share: fmt.percent(flag.share, 1),
        threshold: fmt.percent(flag.threshold, 0),
      });
    case 'price-above-range':
      return t('influencers.flag.price-above-range', {
        format: t(`influencers.formatOf.${flag.format}`),
        price: fmt.money(flag.price),
        threshold: fmt.money(flag.threshold),
        factor: fmt.number(flag.high > 0 ? flag.threshold / flag.high : 0, 1),
        high: fmt.money(flag.high),
        tier: t(`influencers.tier.${flag.tier}`),
      });
    case 'missing-disclosure':
      return t('influencers.flag.missing-disclosure', {
        status: t(`influencers.status.${flag.status}`),
        missing: flag.missing.map((item) => t(`influencers.disclosure.item.${item}`)).join(' ; '),
      });
    case 'implausible-likes':
      return t('influencers.flag.implausible-likes', {
        likes: fmt.number(flag.likes, 0),
        followers: fmt.number(flag.followers, 0),
        limit: fmt.number(flag.limit, 0),
      });
  }
}
