// Every campaign output as the screen shows it: its label, its value, and its info tip with the
// formula filled with the user's own numbers ("ROI = (40 000,00 € − 10 000,00 €) ÷ 10 000,00 €
// = 300 %"). Pure: the same figures give the same text, so each string is unit-tested. A
// funnel's own outputs are in roi-funnel-tips.ts.
import '../../i18n/roi-catalogue';
import type { CampaignFigures } from '../../domain/roi/campaign';
import type { Translate } from './roi-errors';
import { DASH, type FigureFormat } from '../../ui/figure-format';
import { noValue, row, type OutputRow } from './roi-tip-rows';
import { linked } from '../../ui/output-rows';

export { funnelRows, type FunnelOutput } from './roi-funnel-tips';
export type { OutputRow, OutputTip } from './roi-tip-rows';

export type CampaignOutput =
  'cost' | 'revenue' | 'gains' | 'netGain' | 'roi' | 'roas' | 'breakEvenRevenue';

/** What a line's tips read besides its figures; null for a scenario total. */
export interface LineDetails {
  staffHours: number;
  staffHourlyCost: number;
  /** Revenue per customer (cents), for a funnel line. */
  averageBasket: number | null;
}

export function gainsLabel(figures: Pick<CampaignFigures, 'basis'>, t: Translate): string {
  return t(figures.basis === 'margin' ? 'roi.out.gains.margin' : 'roi.out.gains.revenue');
}

/** Cost, revenue, gains, net gain, ROI, ROAS and break-even revenue of a line or a total. */
export function campaignRows(
  f: CampaignFigures,
  fmt: FigureFormat,
  t: Translate,
  line: LineDetails | null,
): OutputRow<CampaignOutput>[] {
  const m = fmt.money;
  const cost = m(f.cost);
  const revenue = m(f.revenue);
  const gains = m(f.gains);
  const rate = fmt.percent(f.marginRate, 1);
  const roi = fmt.percent(f.roi, 1);
  const roas = fmt.percent(f.roas, 1);
  const breakEven = m(f.breakEvenRevenue);
  const costWord = t('roi.out.cost');
  const margin = f.basis === 'margin';

  const staff = m(f.staffCost);
  const costFormula = [
    t('roi.tip.cost.formula', { media: m(f.mediaCost), creative: m(f.creativeCost), staff, cost }),
    ...(line
      ? [
          t('roi.tip.cost.staff', {
            hours: fmt.number(line.staffHours, 2),
            hourly: m(line.staffHourlyCost),
            staff,
          }),
        ]
      : []),
  ].join('\n');

  const revenueFormula =
    line === null
      ? t('roi.tip.revenue.total', { revenue })
      : f.funnel && line.averageBasket !== null
        ? t('roi.tip.revenue.funnel', {
            customers: fmt.number(f.funnel.customers, 1),
            basket: m(line.averageBasket),
            revenue,
          })
        : t('roi.tip.revenue.figure', { revenue });

  const gainsRule = t('roi.tip.gains.rule');
  const roasBreakEven = f.marginRate > 0 ? fmt.percent(1 / f.marginRate, 1) : DASH;

  return [
    row(
      'cost',
      costWord,
      cost,
      {
        meaning: t('roi.tip.cost.meaning'),
        formula: costFormula,
        rule: t('roi.tip.cost.rule'),
      },
      t('roi.out.costSplit', { media: m(f.mediaCost), creative: m(f.creativeCost), staff }),
    ),
    row('revenue', t('roi.out.revenue'), revenue, {
      meaning: t('roi.tip.revenue.meaning'),
      formula: revenueFormula,
      rule: t('roi.tip.revenue.rule'),
    }),
    row('gains', gainsLabel(f, t), gains, {
      meaning: t(margin ? 'roi.tip.gains.meaning.margin' : 'roi.tip.gains.meaning.revenue'),
      formula: margin
        ? t('roi.tip.gains.margin', { revenue, rate, gains })
        : t('roi.tip.gains.revenue', { gains }),
      rule: gainsRule,
    }),
    row('netGain', t('roi.out.netGain'), m(f.netGain), {
      meaning: t('roi.tip.netGain.meaning'),
      formula: t('roi.tip.netGain.formula', { gains, cost, net: m(f.netGain) }),
      rule: t('roi.tip.netGain.rule'),
    }),
    linked(
      row('roi', t('roi.out.roi'), roi, {
        meaning: t('roi.tip.roi.meaning'),
        formula:
          f.roi === null
            ? noValue(t, 'roi.tip.roi.none', costWord, fmt)
            : t('roi.tip.roi.formula', { gains, cost, roi }),
        rule: t('roi.tip.roi.rule'),
      }),
      'roi-roas',
      'roi',
    ),
    linked(
      row('roas', t('roi.out.roas'), roas, {
        meaning: t('roi.tip.roas.meaning'),
        formula:
          f.roas === null
            ? noValue(t, 'roi.tip.roas.none', costWord, fmt)
            : t('roi.tip.roas.formula', { revenue, cost, roas }),
        rule: margin
          ? t('roi.tip.roas.rule.margin', { breakEven: roasBreakEven })
          : t('roi.tip.roas.rule.revenue'),
      }),
      'roi-roas',
    ),
    row('breakEvenRevenue', t('roi.out.breakEvenRevenue'), breakEven, {
      meaning: t('roi.tip.breakEven.meaning'),
      formula: !margin
        ? t('roi.tip.breakEven.revenue', { cost })
        : f.breakEvenRevenue === null
          ? noValue(t, 'roi.tip.breakEven.none', t('roi.field.marginRate'), fmt)
          : t('roi.tip.breakEven.margin', { cost, rate, value: breakEven }),
      rule: t('roi.tip.breakEven.rule'),
    }),
  ];
}
