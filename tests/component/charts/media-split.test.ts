// The media / hors-média doughnut: named with both amounts, a table of amounts and shares
// that follows edits, the family colours, and the PNG export offered.
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MediaSplitChart from '../../../src/ui/charts/MediaSplitChart.svelte';
import { SERIES } from '../../../src/ui/charts/theme';
import { chartOf, tableText, withCanvas } from './canvas';

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;
const props = { media: 300_000, horsMedia: 100_000, formatMoney: euros, language: 'fr' as const };

beforeEach(withCanvas);
afterEach(() => vi.restoreAllMocks());

describe('MediaSplitChart', () => {
  it('names the doughnut with the amount of each family', () => {
    render(MediaSplitChart, props);
    expect(
      screen.getByRole('img', { name: 'Anneau : média 3000.00 €, hors-média 1000.00 €.' }),
    ).toBeInTheDocument();
  });

  it('gives amounts and shares in its table, and follows an edit', async () => {
    const view = render(MediaSplitChart, props);
    const table = () => screen.getByRole('table', { name: 'Média et hors-média (prévu)' });
    expect(tableText(table())).toEqual([
      ['Famille', 'Montant', 'Part'],
      ['Média', '3000.00 €', '75 %'],
      ['Hors-média', '1000.00 €', '25 %'],
      ['Total', '4000.00 €', '100 %'],
    ]);
    const chart = chartOf(screen.getByRole('img'));
    await view.rerender({ horsMedia: 700_000 });
    expect(tableText(table()).slice(1)).toEqual([
      ['Média', '3000.00 €', '30 %'],
      ['Hors-média', '7000.00 €', '70 %'],
      ['Total', '10000.00 €', '100 %'],
    ]);
    expect(chartOf(screen.getByRole('img'))).toBe(chart);
    // The chart repaints after the frame that shows the edit (the grid comes first).
    await vi.waitFor(() => expect(chart.data.datasets[0]?.data).toEqual([300_000, 700_000]));
  });

  it('shows an empty plan as 0 %, not as NaN', () => {
    render(MediaSplitChart, { ...props, media: 0, horsMedia: 0 });
    expect(tableText(screen.getByRole('table')).slice(1)).toEqual([
      ['Média', '0.00 €', '0 %'],
      ['Hors-média', '0.00 €', '0 %'],
      ['Total', '0.00 €', '0 %'],
    ]);
  });

  it('uses the share format it is given', () => {
    render(MediaSplitChart, { ...props, formatShare: (f: number) => `${f * 1000} ‰` });
    expect(tableText(screen.getByRole('table'))[1]).toEqual(['Média', '3000.00 €', '750 ‰']);
  });

  it('draws the families in their palette colours', () => {
    render(MediaSplitChart, props);
    const chart = chartOf(screen.getByRole('img'));
    expect(chart.data.labels).toEqual(['Média', 'Hors-média']);
    expect(chart.data.datasets[0]?.backgroundColor).toEqual([SERIES.media, SERIES.horsMedia]);
  });

  it('offers the PNG export, in English too', () => {
    render(MediaSplitChart, { ...props, language: 'en' });
    expect(screen.getByRole('button', { name: 'Export as PNG' })).toBeEnabled();
    expect(tableText(screen.getByRole('table'))[1]).toEqual(['Media', '3000.00 €', '75%']);
  });
});
