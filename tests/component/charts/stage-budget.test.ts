// Budget per AARRR stage: horizontal bars in funnel order, "no stage" only when it holds
// budget, a table whose shares add up, and the PNG export offered.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import StageBudgetChart from '../../../src/ui/charts/StageBudgetChart.svelte';
import { STAGE_COLOURS } from '../../../src/ui/charts/theme';
import { chartOf, tableText, withCanvas } from './canvas';

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;
const stages = {
  revenue: 10_000,
  acquisition: 50_000,
  referral: 0,
  activation: 20_000,
  retention: 20_000,
};
const props = { stages, formatMoney: euros, language: 'fr' as const };

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('StageBudgetChart', () => {
  it('names the chart image', () => {
    render(StageBudgetChart, props);
    expect(
      screen.getByRole('img', {
        name: 'Barres horizontales du budget prévu par étape du tunnel AARRR.',
      }),
    ).toBeInTheDocument();
  });

  it('lists the stages in funnel order with amounts and shares', () => {
    render(StageBudgetChart, props);
    expect(tableText(screen.getByRole('table', { name: 'Budget prévu par étape AARRR' }))).toEqual([
      ['Étape', 'Montant', 'Part'],
      ['Acquisition', '500.00 €', '50 %'],
      ['Activation', '200.00 €', '20 %'],
      ['Rétention', '200.00 €', '20 %'],
      ['Recommandation', '0.00 €', '0 %'],
      ['Revenu', '100.00 €', '10 %'],
      ['Total', '1000.00 €', '100 %'],
    ]);
  });

  it('draws horizontal bars top to bottom in funnel order, one colour per stage', () => {
    render(StageBudgetChart, props);
    const chart = chartOf(screen.getByRole('img'));
    expect(chart.options.indexAxis).toBe('y');
    expect(chart.data.labels).toEqual([
      'Acquisition',
      'Activation',
      'Rétention',
      'Recommandation',
      'Revenu',
    ]);
    expect(chart.data.datasets[0]?.data).toEqual([50_000, 20_000, 20_000, 0, 10_000]);
    expect(chart.data.datasets[0]?.backgroundColor).toEqual([
      STAGE_COLOURS.acquisition,
      STAGE_COLOURS.activation,
      STAGE_COLOURS.retention,
      STAGE_COLOURS.referral,
      STAGE_COLOURS.revenue,
    ]);
  });

  it('adds the budget with no stage as a last bar, so the bars add up to the plan', async () => {
    const view = render(StageBudgetChart, props);
    const chart = chartOf(screen.getByRole('img'));
    await view.rerender({ unassigned: 1_000_000 });
    expect(tableText(screen.getByRole('table')).slice(-2)).toEqual([
      ['Sans étape', '10000.00 €', '90,9 %'],
      ['Total', '11000.00 €', '100 %'],
    ]);
    expect(chartOf(screen.getByRole('img'))).toBe(chart);
    // The chart repaints after the frame that shows the edit (the grid comes first).
    await vi.waitFor(() => expect(chart.data.labels).toHaveLength(6));
    expect(chart.data.labels?.at(-1)).toBe('Sans étape');
  });

  it('offers the PNG export, in English too', () => {
    render(StageBudgetChart, { ...props, language: 'en' });
    expect(screen.getByRole('button', { name: 'Export as PNG' })).toBeEnabled();
    expect(tableText(screen.getByRole('table'))[4]).toEqual(['Referral', '0.00 €', '0%']);
  });
});
