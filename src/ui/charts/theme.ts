// Chart colours: the text and grid colours follow the app's theme (CSS variables), the
// series use a fixed palette chosen to stay apart for colour-blind readers (Okabe–Ito).
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
}

export const SERIES = {
  media: '#0072B2',
  horsMedia: '#E69F00',
  planned: '#0072B2',
  actual: '#D55E00',
  stages: ['#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'],
} as const;

function cssVariable(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export function readTheme(): ChartTheme {
  return {
    text: cssVariable('--text', '#1d232b'),
    muted: cssVariable('--muted', '#5b6673'),
    grid: cssVariable('--border', '#d5d9de'),
    surface: cssVariable('--surface', '#ffffff'),
  };
}

/** Calls `onChange` when the system scheme or the app's theme attribute changes. */
export function watchTheme(onChange: () => void): () => void {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media?.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
