// English strings of the charts: exactly the keys of fr-charts.ts (the type checks it).
import type { frCharts } from './fr-charts';

export const enCharts: Record<keyof typeof frCharts, string> = {
  'charts.exportPng': 'Export as PNG',
  'charts.showData': 'Show the data',
  'charts.month': 'Month',
  'charts.family': 'Family',
  'charts.stage': 'Stage',
  'charts.amount': 'Amount',
  'charts.total': 'Total',
  'charts.planned': 'Planned',
  'charts.actual': 'Actual',
  'charts.variance': 'Variance (actual − planned)',
  'charts.noActual': 'no actual yet',
  'charts.noStage': 'No stage',
  'charts.tooltip': '{series}: {value}',
  'charts.tooltipShare': '{series}: {value} ({share})',
  'charts.monthly.title': 'Planned budget by month and family',
  'charts.monthly.label':
    'Stacked bars of the planned budget by month: media and hors-média. Total {total}.',
  'charts.monthly.file': 'monthly-budget-by-family',
  'charts.split.title': 'Media and hors-média (planned)',
  'charts.split.label': 'Doughnut: media {media}, hors-média {horsMedia}.',
  'charts.split.share': 'Share',
  'charts.split.file': 'media-hors-media-split',
  'charts.planVsActual.title': 'Planned and actual by month',
  'charts.planVsActual.label':
    'Bars for planned and a line for actual, by month. Planned {planned}, actual {actual}.',
  'charts.planVsActual.file': 'planned-and-actual',
  'charts.stages.title': 'Planned budget by AARRR stage',
  'charts.stages.label': 'Horizontal bars of the planned budget by AARRR funnel stage.',
  'charts.stages.file': 'budget-by-aarrr-stage',
};
