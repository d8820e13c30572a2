// English strings of the charts: exactly the keys of fr-charts.ts.
import type { frCharts } from './fr-charts';

export const enCharts: Record<keyof typeof frCharts, string> = {
  'charts.exportPng': 'Export as PNG',
  'charts.showData': 'Show the data',
  'charts.month': 'Month',
  'charts.monthly.title': 'Planned budget by month and family',
  'charts.monthly.label':
    'Stacked bars of the planned budget by month: media and hors-média. Total {total}.',
  'charts.split.title': 'Media and hors-média (planned)',
  'charts.split.label': 'Doughnut: media {media}, hors-média {horsMedia}.',
  'charts.split.share': 'Share',
  'charts.planVsActual.title': 'Planned and actual by month',
  'charts.planVsActual.label':
    'Bars for planned and a line for actual, by month. Planned {planned}, actual {actual}.',
  'charts.stages.title': 'Planned budget by AARRR stage',
  'charts.stages.label': 'Horizontal bars of the planned budget by AARRR funnel stage.',
  'charts.stage': 'Stage',
  'charts.noStage': 'No stage',
  'charts.amount': 'Amount',
};
