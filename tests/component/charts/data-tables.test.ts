// The charts of the ROI and CLV screens have their data as a table (issue 15: "charts with
// their data tables"): read by screen readers while hidden, shown on "Voir les données", with
// the figures the chart draws. The planner's charts have their own files here.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKED_EXAMPLE_INPUTS } from '../../../src/domain/clv/clv-example';
import { computeSheet } from '../../../src/domain/influencers/sheet';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import ResponseCurveChart from '../../../src/ui/charts/ResponseCurveChart.svelte';
import RoiHistogramChart from '../../../src/ui/charts/RoiHistogramChart.svelte';
import TornadoChart from '../../../src/ui/charts/TornadoChart.svelte';
import { figureFormat } from '../../../src/ui/figure-format';
import ChartCanvas from '../../../src/ui/charts/ChartCanvas.svelte';
import { registerBubbles } from '../../../src/ui/charts/register';
import ClvCohortChart from '../../../src/views/clv/ClvCohortChart.svelte';
import { bubbleChart } from '../../../src/views/influencers/bubble-chart-spec';
import { euros, influencer } from '../../unit/influencers/fixtures';
import { tableText, withCanvas } from './canvas';

const fmt = figureFormat('fr-FR', 'EUR');
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
/** Intl's narrow no-break spaces as plain ones, as tableText gives them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

/** The chart's table: hidden from sight, then shown by its disclosure. */
async function shownTable(caption: string | RegExp): Promise<HTMLElement> {
  const table = screen.getByRole('table', { name: caption });
  expect(table.parentElement).toHaveClass('visually-hidden');
  await userEvent.click(screen.getByText('Voir les données'));
  expect(table.parentElement).not.toHaveClass('visually-hidden');
  return table;
}

describe('the ROI charts as tables', () => {
  it('the response curve lists today’s point, then spend, return and marginal ROI', async () => {
    // Two points: 0 € → 0 €, then 1 000 € → 3 000 € with R′ = 1.5 (a marginal ROI of 50 %).
    const today = { spend: 100_000, return: 300_000, marginal: 1.5 };
    render(ResponseCurveChart, {
      points: [{ spend: 0, return: 0, marginal: 2 }, today],
      today,
      name: 'Presse',
      basisLabel: 'chiffre d’affaires',
      fmt,
      language: 'fr',
    });
    const rows = tableText(await shownTable('Courbe de réponse — Presse'));
    expect(rows).toHaveLength(4);
    expect(rows[1]?.slice(1)).toEqual([plain(fmt.moneyShort(300_000)), '50 %']);
    expect(rows[2]?.slice(1)).toEqual([plain(fmt.moneyShort(0)), '100 %']);
    expect(rows[3]).toEqual([
      plain(fmt.moneyShort(100_000)),
      plain(fmt.moneyShort(300_000)),
      '50 %',
    ]);
  });

  it('the histogram gives each band its draws and its share of them', async () => {
    // 1 draw and 3 draws: 25 % and 75 % of the 4.
    render(RoiHistogramChart, {
      bins: [
        { from: -0.5, to: 0, count: 1 },
        { from: 0, to: 0.5, count: 3 },
      ],
      fmt,
      language: 'fr',
    });
    const rows = tableText(await shownTable('Répartition des ROI simulés'));
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['1', '25 %'],
      ['3', '75 %'],
    ]);
  });

  it('the tornado gives each input its ROI at −20 % and +20 %, and the swing', async () => {
    // From 10 % to 50 %: a swing of 40 points.
    render(TornadoChart, {
      bars: [{ label: 'Panier moyen', low: 0.1, high: 0.5, capped: false }],
      base: 0.3,
      share: 0.2,
      fmt,
      language: 'fr',
    });
    const rows = tableText(await shownTable(/^ROI total pour ±20\s%\s?sur chaque saisie$/));
    expect(rows[1]).toEqual(['Panier moyen', '10 %', '50 %', '40 %']);
  });
});

describe('the CLV cohort chart as a table', () => {
  it('has a row per year, and one per month when the first year is shown by month', async () => {
    render(ClvCohortChart, {
      inputs: WORKED_EXAMPLE_INPUTS,
      convention: 'first-margin-up-front',
      name: 'Exemple',
      fmt,
      t,
    });
    const byYear = tableText(await shownTable(/année par année/));
    expect(byYear.length).toBeGreaterThan(1);
    await userEvent.click(screen.getByRole('radio', { name: /mois/ }));
    const byMonth = tableText(screen.getByRole('table'));
    // Twelve months of the first year, under the header row.
    expect(byMonth.length - 1).toBeGreaterThanOrEqual(12);
  });
});

describe('the influencer bubble chart as a table', () => {
  it('lists each drawn influencer with its engagement rate and followers', async () => {
    // 400 likes + 100 comments on 10 000 followers: 5 % engagement; no price, no bubble.
    const influencers = [
      influencer({
        id: 'a',
        name: 'Léa',
        followers: 10_000,
        avgLikes: 400,
        avgComments: 100,
        avgShares: 0,
        pricePost: euros(250),
      }),
      influencer({ id: 'b', name: 'Sans prix', followers: 5_000, avgLikes: 100, avgComments: 0 }),
    ];
    const labels = { er: 'Taux', cpe: 'Coût par engagement', followers: 'Abonnés', name: 'Nom' };
    registerBubbles();
    const chart = bubbleChart(influencers, computeSheet(influencers), labels, fmt, t);
    render(ChartCanvas, {
      config: chart.config,
      label: 'Bulles',
      summary: chart.summary,
      exportName: 'bulles',
      exportLabel: 'Exporter en PNG',
      dataLabel: t('charts.showData'),
    });
    const rows = tableText(await shownTable(t('influencers.chart.caption')));
    expect(rows[0]).toEqual(['Nom', 'Taux', 'Coût par engagement', 'Abonnés']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Léa', '5 %', '10 000'],
    ]);
  });
});
