// The monthly stacked bars: named with the plan's total, a month-by-month table that follows
// every edit, media and hors-média stacked, and the PNG export offered.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MonthlyFamilyChart from '../../../src/ui/charts/MonthlyFamilyChart.svelte';
import { chartOf, tableText, withCanvas } from './canvas';

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;
const props = {
  months: ['janv. 2026', 'févr. 2026', 'mars 2026'],
  media: [120_000, 0, 50_050],
  horsMedia: [30_000, 45_000, 0],
  formatMoney: euros,
  language: 'fr' as const,
};

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('MonthlyFamilyChart', () => {
  it('names the chart image with the total of the plan', () => {
    render(MonthlyFamilyChart, props);
    expect(
      screen.getByRole('img', {
        name: 'Barres empilées du budget prévu par mois : média et hors-média. Total 2450.50 €.',
      }),
    ).toBeInTheDocument();
  });

  it('gives every month and the totals in its table, formatted by formatMoney', () => {
    render(MonthlyFamilyChart, props);
    const table = screen.getByRole('table', { name: 'Budget prévu par mois et par famille' });
    expect(tableText(table)).toEqual([
      ['Mois', 'Média', 'Hors-média', 'Total'],
      ['janv. 2026', '1200.00 €', '300.00 €', '1500.00 €'],
      ['févr. 2026', '0.00 €', '450.00 €', '450.00 €'],
      ['mars 2026', '500.50 €', '0.00 €', '500.50 €'],
      ['Total', '1700.50 €', '750.00 €', '2450.50 €'],
    ]);
  });

  it('follows an edit: the table, the name and the same chart, updated without animation', async () => {
    const view = render(MonthlyFamilyChart, props);
    const image = screen.getByRole('img');
    const chart = chartOf(image);
    const update = vi.spyOn(chart, 'update');
    await view.rerender({ media: [120_000, 99, 50_050] });
    const rows = tableText(screen.getByRole('table'));
    expect(rows[2]).toEqual(['févr. 2026', '0.99 €', '450.00 €', '450.99 €']);
    expect(rows[4]).toEqual(['Total', '1701.49 €', '750.00 €', '2451.49 €']);
    expect(image).toHaveAccessibleName(/Total 2451\.49 €\.$/);
    expect(chartOf(image)).toBe(chart);
    // The chart repaints after the frame that shows the edit (the grid comes first).
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith('none'));
    expect(chart.data.datasets[0]?.data).toEqual([120_000, 99, 50_050]);
  });

  it('stacks media and hors-média per month, in cents, with the months as labels', () => {
    render(MonthlyFamilyChart, props);
    const chart = chartOf(screen.getByRole('img'));
    expect(chart.data.labels).toEqual(props.months);
    expect(chart.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Média', [120_000, 0, 50_050]],
      ['Hors-média', [30_000, 45_000, 0]],
    ]);
    expect(chart.options.scales).toMatchObject({ x: { stacked: true }, y: { stacked: true } });
    expect(chart.options.animation).toBe(false);
  });

  it('offers the PNG export and the data disclosure, in English too', () => {
    render(MonthlyFamilyChart, { ...props, language: 'en' });
    expect(screen.getByRole('button', { name: 'Export as PNG' })).toBeEnabled();
    expect(screen.getByText('Show the data')).toBeInTheDocument();
    expect(
      tableText(screen.getByRole('table', { name: 'Planned budget by month and family' }))[0],
    ).toEqual(['Month', 'Media', 'Hors-média', 'Total']);
  });

  it('destroys its chart when it leaves the page', () => {
    const view = render(MonthlyFamilyChart, props);
    const chart = chartOf(screen.getByRole('img'));
    const destroy = vi.spyOn(chart, 'destroy');
    view.unmount();
    expect(destroy).toHaveBeenCalledOnce();
  });
});
