// The info tips of a funnel line's outputs: counts, each step's rate, the unit costs (CPM, CPC,
// CPL, CAC) on the full cost, and the break-even close rate, each formula filled with the
// line's own numbers.
import '../../i18n/roi-catalogue';
import type { CampaignFigures, FunnelFigures } from '../../domain/roi/campaign';
import type { Translate } from './roi-errors';
import { DASH, type FigureFormat } from '../../ui/figure-format';
import { noValue, row, zero, type OutputRow } from './roi-tip-rows';
import { linked } from '../../ui/output-rows';

export type FunnelOutput =
  | 'clicks'
  | 'leads'
  | 'customers'
  | 'clickRate'
  | 'leadRate'
  | 'closeRate'
  | 'conversionRate'
  | 'cpm'
  | 'cpc'
  | 'cpl'
  | 'cac'
  | 'breakEvenCloseRate';

/** The break-even close rate as shown: "inatteignable" when above 100 %. */
function breakEvenCloseText(funnel: FunnelFigures, fmt: FigureFormat, t: Translate): string {
  const rate = fmt.percent(funnel.breakEvenCloseRate, 2);
  if (funnel.breakEvenCloseRate === null || funnel.breakEvenReachable) return rate;
  return t('roi.out.unreachable', { value: rate });
}

/** Counts, each step's rate, unit costs and the break-even close rate of a funnel line. */
export function funnelRows(
  f: CampaignFigures,
  funnel: FunnelFigures,
  fmt: FigureFormat,
  t: Translate,
  averageBasket: number,
): OutputRow<FunnelOutput>[] {
  const count = (n: number | null) => fmt.number(n, 1);
  const rate = (r: number | null) => fmt.percent(r, 2);
  const top = t(funnel.audience === 'reach' ? 'roi.word.reach' : 'roi.word.impressions');
  const impressions = count(funnel.impressions);
  const clicks = count(funnel.clicks);
  const leads = count(funnel.leads);
  const customers = count(funnel.customers);
  const cost = fmt.money(f.cost);
  const stepRule = t('roi.tip.rate.rule');
  const share = f.basis === 'margin' ? f.marginRate : 1;

  const unitCost = (
    key: 'cpm' | 'cpc' | 'cpl' | 'cac',
    value: number | null,
    params: Record<string, string>,
    denominator: string,
  ) =>
    linked(
      row(key, t(`roi.out.${key}`), fmt.money(value), {
        meaning: t(`roi.tip.${key}.meaning`, { top }),
        formula:
          value === null
            ? `${t(`roi.tip.${key}.formula`, { top, cost, ...params, value: DASH })}\n${zero(t, denominator, fmt)}`
            : t(`roi.tip.${key}.formula`, { top, cost, ...params, value: fmt.money(value) }),
        rule: t(`roi.tip.${key}.rule`),
      }),
      'unit-costs',
      // The CAC is where the Learn page's link lands: the last of the four, the one to money.
      key === 'cac' ? 'cac' : undefined,
    );

  const needed = count(funnel.breakEvenCustomers);
  const closeFormula =
    funnel.breakEvenCloseRate === null
      ? noValue(
          t,
          'roi.tip.breakEvenClose.none',
          funnel.leads === 0
            ? t('roi.out.leads')
            : averageBasket === 0
              ? t('roi.field.averageBasket')
              : t('roi.field.marginRate'),
          fmt,
        )
      : [
          t('roi.tip.breakEvenClose.formula', {
            cost,
            basket: fmt.money(averageBasket),
            share: fmt.percent(share, 1),
            needed,
            leads,
            rate: rate(funnel.breakEvenCloseRate),
          }),
          ...(funnel.breakEvenReachable ? [] : [t('roi.tip.breakEvenClose.unreachable')]),
        ].join('\n');

  return [
    row('clicks', t('roi.out.clicks'), clicks, {
      meaning: t('roi.tip.clicks.meaning'),
      formula: t('roi.tip.clicks.formula', {
        top,
        impressions,
        rate: rate(funnel.clickRate),
        clicks,
      }),
      rule: t('roi.tip.clicks.rule'),
    }),
    row('leads', t('roi.out.leads'), leads, {
      meaning: t('roi.tip.leads.meaning'),
      formula: t('roi.tip.leads.formula', { clicks, rate: rate(funnel.leadRate), leads }),
      rule: t('roi.tip.leads.rule'),
    }),
    row('customers', t('roi.out.customers'), customers, {
      meaning: t('roi.tip.customers.meaning'),
      formula: t('roi.tip.customers.formula', {
        leads,
        rate: rate(funnel.closeRate),
        customers,
      }),
      rule: t('roi.tip.customers.rule'),
    }),
    row('clickRate', t('roi.out.clickRate'), rate(funnel.clickRate), {
      meaning: t('roi.tip.clickRate.meaning'),
      formula: t('roi.tip.clickRate.formula', {
        top,
        clicks,
        impressions,
        rate: rate(funnel.clickRate),
      }),
      rule: stepRule,
    }),
    row('leadRate', t('roi.out.leadRate'), rate(funnel.leadRate), {
      meaning: t('roi.tip.leadRate.meaning'),
      formula: t('roi.tip.leadRate.formula', { leads, clicks, rate: rate(funnel.leadRate) }),
      rule: stepRule,
    }),
    row('closeRate', t('roi.out.closeRate'), rate(funnel.closeRate), {
      meaning: t('roi.tip.closeRate.meaning'),
      formula: t('roi.tip.closeRate.formula', {
        customers,
        leads,
        rate: rate(funnel.closeRate),
      }),
      rule: stepRule,
    }),
    row('conversionRate', t('roi.out.conversionRate'), fmt.percent(funnel.conversionRate, 3), {
      meaning: t('roi.tip.conversionRate.meaning'),
      formula: t('roi.tip.conversionRate.formula', {
        top,
        clickRate: rate(funnel.clickRate),
        leadRate: rate(funnel.leadRate),
        closeRate: rate(funnel.closeRate),
        rate: fmt.percent(funnel.conversionRate, 3),
      }),
      rule: t('roi.tip.conversionRate.rule'),
    }),
    unitCost('cpm', funnel.cpm, { impressions }, top),
    unitCost('cpc', funnel.cpc, { clicks }, t('roi.out.clicks')),
    unitCost('cpl', funnel.cpl, { leads }, t('roi.out.leads')),
    unitCost('cac', funnel.cac, { customers }, t('roi.out.customers')),
    row('breakEvenCloseRate', t('roi.out.breakEvenCloseRate'), breakEvenCloseText(funnel, fmt, t), {
      meaning: t('roi.tip.breakEvenClose.meaning'),
      formula: closeFormula,
      rule: t('roi.tip.breakEvenClose.rule'),
    }),
  ];
}
