// The chart wrapper: a page without canvas still gets every figure, the table is one click
// away, the chart follows the theme, and the PNG export downloads a file on the theme's
// background through an object URL.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChartCanvas, {
  safeFileName,
  type ChartSpec,
} from '../../../src/ui/charts/ChartCanvas.svelte';
import { Chart } from '../../../src/ui/charts/register';
import { FALLBACK_THEME } from '../../../src/ui/charts/theme';
import { chartOf, drawnCanvases, tableText, withCanvas, withoutCanvas } from './canvas';

const config: ChartSpec<'bar'> = {
  type: 'bar',
  data: { labels: ['janv.', 'févr.'], datasets: [{ label: 'Prévu', data: [100, 200] }] },
  options: (theme) => ({ scales: { y: { ticks: { color: theme.muted } } } }),
};
const props = {
  config,
  label: 'Budget par mois : total 3,00 €',
  summary: {
    caption: 'Budget par mois',
    columns: ['Mois', 'Prévu'],
    rows: [
      ['janv.', '1,00 €'],
      ['févr.', '2,00 €'],
    ],
  },
  exportName: 'Boutique: plan 2026 / mensuel',
  exportLabel: 'Exporter en PNG',
  dataLabel: 'Voir les données',
};

let themeStyle: HTMLStyleElement | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  themeStyle?.remove();
  themeStyle = null;
  delete document.documentElement.dataset.theme;
});

/** The app's two themes, as app.css declares them. */
function appThemes(): void {
  themeStyle = document.createElement('style');
  themeStyle.textContent = `
    :root { --text: #1d232b; --muted: #5b6673; --border: #d5d9de; --surface: #ffffff; }
    :root[data-theme='dark'] { --text: #e8ebee; --muted: #a3adb8; --border: #39424d; --surface: #1d232b; }`;
  document.head.append(themeStyle);
}

describe('ChartCanvas without a canvas', () => {
  it('shows the table, keeps the name, and disables the export instead of failing', () => {
    withoutCanvas();
    const update = vi.spyOn(Chart.prototype, 'update');
    render(ChartCanvas, props);
    expect(screen.getByRole('img', { name: props.label })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Budget par mois' });
    expect(table.parentElement).not.toHaveClass('visually-hidden');
    expect(tableText(table)).toEqual([['Mois', 'Prévu'], ...props.summary.rows]);
    expect(screen.getByRole('button', { name: 'Exporter en PNG' })).toBeDisabled();
    expect(screen.queryByText('Voir les données')).not.toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('shows the table when Chart.js throws, rather than breaking the page', () => {
    withCanvas();
    vi.spyOn(Chart.prototype, 'update').mockImplementation(() => {
      throw new Error('broken plugin');
    });
    render(ChartCanvas, props);
    expect(screen.getByRole('table').parentElement).not.toHaveClass('visually-hidden');
    expect(screen.getByRole('button', { name: 'Exporter en PNG' })).toBeDisabled();
  });
});

describe('ChartCanvas with a canvas', () => {
  it('keeps the table for screen readers and shows it on "Voir les données"', async () => {
    withCanvas();
    render(ChartCanvas, props);
    const table = screen.getByRole('table', { name: 'Budget par mois' });
    expect(table.parentElement).toHaveClass('visually-hidden');
    await userEvent.click(screen.getByText('Voir les données'));
    expect(table.parentElement).not.toHaveClass('visually-hidden');
  });

  it('names the figure by its title and describes the export button with it', () => {
    withCanvas();
    render(ChartCanvas, props);
    expect(screen.getByRole('figure', { name: 'Budget par mois' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en PNG' })).toHaveAccessibleDescription(
      'Budget par mois',
    );
  });

  it('redraws in the theme chosen in Settings, on the same chart', async () => {
    withCanvas();
    appThemes();
    render(ChartCanvas, props);
    const chart = chartOf(screen.getByRole('img'));
    expect(chart.options.scales?.y?.ticks?.color).toBe('#5b6673');
    document.documentElement.dataset.theme = 'dark';
    await vi.waitFor(() => expect(chart.options.scales?.y?.ticks?.color).toBe('#a3adb8'));
    expect(chartOf(screen.getByRole('img'))).toBe(chart);
  });

  it('exports a PNG on the theme background, named after the plan, via an object URL', async () => {
    withCanvas();
    appThemes();
    document.documentElement.dataset.theme = 'dark';
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
      done(new Blob(['png'], { type: 'image/png' })),
    );
    const createUrl = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chart-1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ href: this.href, download: this.download });
    });
    const open = vi.spyOn(window, 'open');
    render(ChartCanvas, props);
    await fireEvent.click(screen.getByRole('button', { name: 'Exporter en PNG' }));

    expect(createUrl).toHaveBeenCalledWith(expect.any(Blob));
    expect(downloads).toEqual([
      { href: 'blob:chart-1', download: 'Boutique- plan 2026 - mensuel.png' },
    ]);
    expect(open).not.toHaveBeenCalled();
    const [, copy] = drawnCanvases().find(([canvas]) => !canvas.isConnected) ?? [];
    const background = copy?.find((call) => call.method === 'fillRect');
    expect(background?.fillStyle).toBe('#1d232b');
    expect(copy?.find((call) => call.method === 'fillText')?.args[0]).toBe('Budget par mois');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('safeFileName', () => {
  it.each([
    ['Plan 2026', 'Plan 2026'],
    ['Boutique: été / hiver', 'Boutique- été - hiver'],
    ['a*b?c"d<e>f|g\\h', 'a-b-c-d-e-f-g-h'],
    ['  \t ', 'chart'],
    ['.hidden plan.', 'hidden plan'],
    ['///', 'chart'],
  ])('%j → %j', (name, expected) => expect(safeFileName(name)).toBe(expected));
});

it('falls back to the light theme for a page without the app stylesheet', async () => {
  withCanvas();
  render(ChartCanvas, props);
  const chart = chartOf(screen.getByRole('img'));
  expect(chart.options.scales?.y?.ticks?.color).toBe(FALLBACK_THEME.muted);
});
