// Planned against actual: bars and a line, a gap (not a zero) where a month has no actual,
// a table with the variance per month, and the PNG export offered.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PlanVsActualChart from '../../../src/ui/charts/PlanVsActualChart.svelte';
import { chartOf, tableText, withCanvas } from './canvas';

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;
const props = {
  months: ['janv. 2026', 'févr. 2026', 'mars 2026'],
  planned: [100_000, 80_000, 90_000],
  actual: [110_000, 0, null],
  formatMoney: euros,
  language: 'fr' as const,
};

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('PlanVsActualChart', () => {
  it('names the chart with the planned and actual totals', () => {
    render(PlanVsActualChart, props);
    expect(
      screen.getByRole('img', {
        name: 'Barres du prévu et ligne du réalisé par mois. Prévu 2700.00 €, réalisé 1100.00 €.',
      }),
    ).toBeInTheDocument();
  });

  it('tells a month with no actual from a month where nothing was spent', () => {
    render(PlanVsActualChart, props);
    expect(tableText(screen.getByRole('table', { name: 'Prévu et réalisé par mois' }))).toEqual([
      ['Mois', 'Prévu', 'Réalisé', 'Écart (réalisé − prévu)'],
      ['janv. 2026', '1000.00 €', '1100.00 €', '100.00 €'],
      ['févr. 2026', '800.00 €', '0.00 €', '-800.00 €'],
      ['mars 2026', '900.00 €', 'pas encore de réalisé', 'pas encore de réalisé'],
      ['Total', '2700.00 €', '1100.00 €', '-700.00 €'],
      ['Écart sur les mois avec réalisé (2 mois sur 3)', '1800.00 €', '1100.00 €', '-700.00 €'],
    ]);
  });

  it('draws planned as bars and actual as a line broken where there is no actual', () => {
    render(PlanVsActualChart, props);
    const chart = chartOf(screen.getByRole('img'));
    const [planned, actual] = chart.data.datasets;
    expect(planned).toMatchObject({ type: 'bar', label: 'Prévu', data: [100_000, 80_000, 90_000] });
    expect(actual).toMatchObject({ type: 'line', label: 'Réalisé', data: [110_000, 0, null] });
    expect(actual).toMatchObject({ spanGaps: false });
  });

  it('follows an edit in the same chart', async () => {
    const view = render(PlanVsActualChart, props);
    const chart = chartOf(screen.getByRole('img'));
    const update = vi.spyOn(chart, 'update');
    await view.rerender({ actual: [110_000, 0, 95_000] });
    expect(tableText(screen.getByRole('table')).slice(3)).toEqual([
      ['mars 2026', '900.00 €', '950.00 €', '50.00 €'],
      ['Total', '2700.00 €', '2050.00 €', '-650.00 €'],
      ['Écart sur les mois avec réalisé (3 mois sur 3)', '2700.00 €', '2050.00 €', '-650.00 €'],
    ]);
    // The chart repaints after the frame that shows the edit (the grid comes first).
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith('none'));
    expect(chartOf(screen.getByRole('img'))).toBe(chart);
    expect(chart.data.datasets[1]?.data).toEqual([110_000, 0, 95_000]);
  });

  it('offers the PNG export, in English too', () => {
    render(PlanVsActualChart, { ...props, language: 'en' });
    expect(screen.getByRole('button', { name: 'Export as PNG' })).toBeEnabled();
    expect(tableText(screen.getByRole('table'))[3]).toEqual([
      'mars 2026',
      '900.00 €',
      'no actual yet',
      'no actual yet',
    ]);
  });
});
