// What the cohort chart draws, year by year or month by month in the first year: the share of
// acquired customers still active (right axis), the cumulative discounted margin per acquired
// customer and the CAC it must pay back (left axis), and the same figures as its data table.
// Pure: the chart and its table are built from one cohort, so they never disagree.
import '../../i18n/clv-catalogue';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Cohort } from '../../domain/clv/cohort';
import type { Translate } from '../../i18n';
import { axisStyle, SERIES, type ChartTheme } from '../../ui/charts/theme';
import type { FigureFormat } from '../../ui/figure-format';
import { signedMoney } from './clv-tips';

export type CohortView = 'years' | 'months';

/** The chart's text alternative (ChartCanvas's ChartSummary). */
export interface CohortChartSummary {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface CohortChartSpec {
  data: ChartData<'line'>;
  options: (theme: ChartTheme) => ChartOptions<'line'>;
  summary: CohortChartSummary;
  /** The chart image's accessible name, with its key figures. */
  label: string;
}

interface Point {
  period: string;
  activeShare: number;
  cumulative: number;
  net: number;
}

function points(c: Cohort, view: CohortView, t: Translate): Point[] {
  const rows =
    view === 'years'
      ? c.years.map((y) => ({ ...y, period: t('clv.more.chart.year', { n: y.year }) }))
      : c.months.map((m) => ({ ...m, period: t('clv.more.chart.month', { n: m.month }) }));
  return rows.map((r) => ({
    period: r.period,
    activeShare: r.activeShare,
    cumulative: r.cumulativeDiscountedMargin,
    net: r.discountedNet,
  }));
}

export function cohortChartSpec(
  c: Cohort,
  view: CohortView,
  fmt: FigureFormat,
  t: Translate,
): CohortChartSpec {
  const rows = points(c, view, t);
  const names = {
    active: t('clv.more.chart.active'),
    cumulative: t('clv.more.chart.cumulative'),
    cac: t('clv.more.chart.cac'),
    net: t('clv.cohort.net'),
  };
  const data: ChartData<'line'> = {
    labels: rows.map((r) => r.period),
    datasets: [
      {
        label: names.cumulative,
        data: rows.map((r) => r.cumulative),
        borderColor: SERIES.media,
        backgroundColor: SERIES.media,
        borderWidth: 2,
        yAxisID: 'y',
      },
      {
        label: names.cac,
        data: rows.map(() => c.cac),
        borderColor: SERIES.horsMedia,
        backgroundColor: SERIES.horsMedia,
        borderDash: [6, 4],
        borderWidth: 1.5,
        pointRadius: 0,
        yAxisID: 'y',
      },
      {
        label: names.active,
        data: rows.map((r) => r.activeShare),
        borderColor: SERIES.owned,
        backgroundColor: SERIES.owned,
        borderWidth: 1.5,
        yAxisID: 'y1',
      },
    ],
  };
  const options = (theme: ChartTheme): ChartOptions<'line'> => ({
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: { ...axisStyle(theme) },
      y: {
        ...axisStyle(theme),
        beginAtZero: true,
        ticks: { color: theme.muted, callback: (v) => fmt.moneyShort(Number(v)) },
      },
      y1: {
        ...axisStyle(theme),
        position: 'right',
        min: 0,
        max: 1,
        grid: { drawOnChartArea: false },
        ticks: { color: theme.muted, callback: (v) => fmt.percent(Number(v), 0) },
      },
    },
    plugins: {
      legend: { labels: { color: theme.text } },
      tooltip: {
        callbacks: {
          label: (item) =>
            t('charts.tooltip', {
              series: item.dataset.label ?? '',
              value:
                item.dataset.yAxisID === 'y1'
                  ? fmt.percent(item.parsed.y, 1)
                  : fmt.money(item.parsed.y),
            }),
        },
      },
    },
  });
  const last = rows.at(-1);
  const caption = t(view === 'years' ? 'clv.more.chart.titleYears' : 'clv.more.chart.titleMonths');
  return {
    data,
    options,
    summary: {
      caption,
      columns: [
        t(view === 'years' ? 'clv.cohort.year' : 'clv.more.chart.monthColumn'),
        names.active,
        names.cumulative,
        names.cac,
        names.net,
      ],
      rows: rows.map((r) => [
        r.period,
        fmt.percent(r.activeShare, 1),
        fmt.money(r.cumulative),
        fmt.money(c.cac),
        signedMoney(r.net, fmt),
      ]),
    },
    label: t('clv.more.chart.label', {
      caption,
      period: last?.period ?? '',
      cumulative: fmt.money(last?.cumulative ?? null),
      cac: fmt.money(c.cac),
      active: fmt.percent(last?.activeShare ?? null, 1),
    }),
  };
}
