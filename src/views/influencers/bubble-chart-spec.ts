// The bubble chart of the influencer sheet: engagement rate (by followers) across, cost per
// engagement up, each bubble sized by the audience (followers, area proportional), with the
// same figures as a table. Rows without both figures are left out and counted.
import type { ChartOptions } from 'chart.js';
import type { Influencer } from '../../domain/influencers/model';
import type { ComputedSheet } from '../../domain/influencers/sheet';
import type { Translate } from '../../i18n';
import type { ChartSpec, ChartSummary } from '../../ui/charts/ChartCanvas.svelte';
import { axisStyle, SERIES, type ChartTheme } from '../../ui/charts/theme';
import type { FigureFormat } from '../../ui/figure-format';
import { unitCostText } from './sheet-columns';

export interface BubbleChart {
  config: ChartSpec<'bubble'>;
  summary: ChartSummary;
  drawn: number;
  left: number;
}

const MAX_RADIUS = 24;
const MIN_RADIUS = 3;

export function bubbleChart(
  influencers: readonly Influencer[],
  sheet: ComputedSheet,
  labels: { er: string; cpe: string; followers: string; name: string },
  fmt: FigureFormat,
  t: Translate,
): BubbleChart {
  const points: { name: string; rate: number; cents: number; followers: number }[] = [];
  influencers.forEach((inf, i) => {
    const er = sheet.engagementByFollowers[i];
    const cpe = sheet.cpe[i];
    if (!er?.ok || !cpe?.ok) return;
    const name = inf.name.trim() === '' ? t('influencers.unnamed') : inf.name;
    points.push({
      name,
      rate: er.value.rate,
      cents: cpe.value.cents,
      followers: inf.followers ?? 0,
    });
  });
  const largest = Math.max(1, ...points.map((p) => p.followers));
  // Radius ∝ √followers: the bubble's area, not its width, reads as the audience.
  const radius = (followers: number) =>
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(followers / largest);
  const options = (theme: ChartTheme): ChartOptions<'bubble'> => ({
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item) => {
            const p = points[item.dataIndex];
            return p
              ? `${p.name} : ${fmt.percent(p.rate, 2)}, ${unitCostText(p.cents, fmt)}, ${fmt.number(p.followers, 0)}`
              : '';
          },
        },
      },
    },
    scales: {
      x: {
        ...axisStyle(theme),
        title: { display: true, text: labels.er, color: theme.text },
        ticks: { color: theme.muted, callback: (v) => fmt.percent(Number(v), 1) },
      },
      y: {
        ...axisStyle(theme),
        beginAtZero: true,
        title: { display: true, text: labels.cpe, color: theme.text },
        ticks: { color: theme.muted, callback: (v) => unitCostText(Number(v), fmt) },
      },
    },
  });
  return {
    config: {
      type: 'bubble',
      data: {
        datasets: [
          {
            label: labels.cpe,
            data: points.map((p) => ({ x: p.rate, y: p.cents, r: radius(p.followers) })),
            backgroundColor: `${SERIES.media}88`,
            borderColor: SERIES.media,
          },
        ],
      },
      options,
    },
    summary: {
      caption: t('influencers.chart.caption'),
      columns: [labels.name, labels.er, labels.cpe, labels.followers],
      rows: points.map((p) => [
        p.name,
        fmt.percent(p.rate, 2),
        unitCostText(p.cents, fmt),
        fmt.number(p.followers, 0),
      ]),
    },
    drawn: points.length,
    left: influencers.length - points.length,
  };
}
