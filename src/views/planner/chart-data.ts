// The planner's charts as data: each a Chart.js configuration and its text alternative,
// computed from the budget sheet (so they agree with the grid to the cent).
import type { ChartConfiguration } from 'chart.js';
import { AARRR_STAGES } from '../../domain/catalogue';
import type { BudgetSheet } from '../../domain/budget-sheet';
import { formatMoney, toCents } from '../../domain/money';
import { formatMonth } from '../../domain/months';
import type { Language, MessageKey, MessageParams } from '../../i18n';
import { SERIES, type ChartTheme } from '../../ui/charts/theme';
import type { ChartSummary } from '../../ui/charts/ChartCanvas.svelte';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface PlannerChart {
  key: string;
  label: string;
  summary: ChartSummary;
  build: (theme: ChartTheme) => ChartConfiguration;
}

function axes(theme: ChartTheme, money: (euros: number) => string, stacked = false) {
  const scale = { ticks: { color: theme.muted }, grid: { color: theme.grid } };
  return {
    x: { ...scale, stacked },
    y: {
      ...scale,
      stacked,
      ticks: { color: theme.muted, callback: (v: string | number) => money(Number(v)) },
    },
  };
}

export function plannerCharts(
  sheet: BudgetSheet,
  language: Language,
  t: Translate,
): PlannerChart[] {
  const { locale, currency } = sheet.plan;
  const money = (cents: number) => formatMoney(toCents(cents), currency, locale);
  const euros = (cents: number) => cents / 100;
  const moneyFromEuros = (value: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      value,
    );
  const months = sheet.months.map((m) => formatMonth(m, locale, 'short'));
  const range = months.map((_, m) => m);
  const media = range.map((m) => sheet.familyMonthTotal('planned', 'media', m));
  const hors = range.map((m) => sheet.familyMonthTotal('planned', 'hors-media', m));
  const planned = range.map((m) => sheet.monthTotal('planned', m));
  const actual = range.map((m) => sheet.monthTotal('actual', m));
  const mediaLabel = t('family.media');
  const horsLabel = t('family.hors-media');
  const legend = (theme: ChartTheme) => ({ labels: { color: theme.text } });
  const tooltip = {
    callbacks: {
      label: (c: { dataset: { label?: string }; raw: unknown }) =>
        `${c.dataset.label ?? ''} : ${moneyFromEuros(Number(c.raw))}`,
    },
  };

  const totalMedia = sheet.familyTotal('planned', 'media');
  const totalHors = sheet.familyTotal('planned', 'hors-media');
  const total = sheet.grandTotal('planned');
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const stages = [...AARRR_STAGES.map((s) => s.id), null] as const;
  const stageLabel = (id: (typeof stages)[number]) =>
    id === null
      ? t('charts.noStage')
      : (AARRR_STAGES.find((s) => s.id === id)?.label[language] ?? id);
  const stageAmounts = stages.map((id) => sheet.groupTotal('planned', 'stage', id));

  return [
    {
      key: 'monthly',
      label: t('charts.monthly.label', { total: money(total) }),
      summary: {
        caption: t('charts.monthly.title'),
        columns: [t('charts.month'), mediaLabel, horsLabel, t('planner.total')],
        rows: range.map((m) => [
          months[m] ?? '',
          money(media[m] ?? 0),
          money(hors[m] ?? 0),
          money(planned[m] ?? 0),
        ]),
      },
      build: (theme) => ({
        type: 'bar',
        data: {
          labels: months,
          datasets: [
            {
              label: mediaLabel,
              data: media.map(euros),
              backgroundColor: SERIES.media,
              stack: 'family',
            },
            {
              label: horsLabel,
              data: hors.map(euros),
              backgroundColor: SERIES.horsMedia,
              stack: 'family',
            },
          ],
        },
        options: {
          maintainAspectRatio: false,
          scales: axes(theme, moneyFromEuros, true),
          plugins: { legend: legend(theme), tooltip },
        },
      }),
    },
    {
      key: 'split',
      label: t('charts.split.label', { media: money(totalMedia), horsMedia: money(totalHors) }),
      summary: {
        caption: t('charts.split.title'),
        columns: ['', t('charts.amount'), t('charts.split.share')],
        rows: [
          [mediaLabel, money(totalMedia), percent.format(total === 0 ? 0 : totalMedia / total)],
          [horsLabel, money(totalHors), percent.format(total === 0 ? 0 : totalHors / total)],
        ],
      },
      build: (theme) => ({
        type: 'doughnut',
        data: {
          labels: [mediaLabel, horsLabel],
          datasets: [
            {
              data: [euros(totalMedia), euros(totalHors)],
              backgroundColor: [SERIES.media, SERIES.horsMedia],
              borderColor: theme.surface,
            },
          ],
        },
        options: {
          maintainAspectRatio: false,
          plugins: {
            legend: legend(theme),
            tooltip: {
              callbacks: { label: (c) => `${c.label} : ${moneyFromEuros(Number(c.raw))}` },
            },
          },
        },
      }),
    },
    {
      key: 'plan-vs-actual',
      label: t('charts.planVsActual.label', {
        planned: money(total),
        actual: money(sheet.grandTotal('actual')),
      }),
      summary: {
        caption: t('charts.planVsActual.title'),
        columns: [
          t('charts.month'),
          t('summary.planned'),
          t('summary.actual'),
          t('summary.variance'),
        ],
        rows: range.map((m) => [
          months[m] ?? '',
          money(planned[m] ?? 0),
          money(actual[m] ?? 0),
          money((actual[m] ?? 0) - (planned[m] ?? 0)),
        ]),
      },
      build: (theme) =>
        ({
          type: 'bar',
          data: {
            labels: months,
            datasets: [
              {
                type: 'bar',
                label: t('summary.planned'),
                data: planned.map(euros),
                backgroundColor: SERIES.planned,
              },
              {
                type: 'line',
                label: t('summary.actual'),
                // A month without any actual yet is a gap, not a drop to zero.
                data: actual.map((cents) => (cents === 0 ? null : euros(cents))),
                borderColor: SERIES.actual,
                backgroundColor: SERIES.actual,
                spanGaps: false,
              },
            ],
          },
          options: {
            maintainAspectRatio: false,
            scales: axes(theme, moneyFromEuros),
            plugins: { legend: legend(theme), tooltip },
          },
        }) as ChartConfiguration,
    },
    {
      key: 'stages',
      label: t('charts.stages.label'),
      summary: {
        caption: t('charts.stages.title'),
        columns: [t('charts.stage'), t('charts.amount'), t('charts.split.share')],
        rows: stages.map((id, i) => [
          stageLabel(id),
          money(stageAmounts[i] ?? 0),
          percent.format(total === 0 ? 0 : (stageAmounts[i] ?? 0) / total),
        ]),
      },
      build: (theme) => ({
        type: 'bar',
        data: {
          labels: stages.map(stageLabel),
          datasets: [
            {
              label: t('summary.planned'),
              data: stageAmounts.map(euros),
              backgroundColor: [...SERIES.stages, theme.muted],
            },
          ],
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          scales: {
            x: {
              ticks: {
                color: theme.muted,
                callback: (v: string | number) => moneyFromEuros(Number(v)),
              },
              grid: { color: theme.grid },
            },
            y: { ticks: { color: theme.muted }, grid: { color: theme.grid } },
          },
          plugins: { legend: { display: false }, tooltip },
        },
      }),
    },
  ];
}
