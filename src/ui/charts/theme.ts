// Chart colours: text, grid and background follow the app's theme (CSS variables of app.css),
// series use one fixed palette that reads in both themes and for colour-blind readers.
import type { AarrrStage } from '../../domain/plan';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  surface: string;
}

/** The light theme of app.css: what a chart uses where the variables are not set (tests, SSR). */
export const FALLBACK_THEME: ChartTheme = {
  text: '#1d232b',
  muted: '#5b6673',
  grid: '#d5d9de',
  accent: '#1f5f8b',
  surface: '#ffffff',
};

/**
 * Okabe–Ito hues, kept to mid luminance so that every series has at least 3 : 1 contrast
 * (WCAG non-text) against both the light surface (#fff) and the dark one (#1d232b): the
 * sky blue and yellow of the original palette vanish on white, so they are left out and the
 * orange is darkened to amber. Neighbouring series differ in hue and lightness alike.
 */
export const SERIES = {
  media: '#0072B2',
  horsMedia: '#D55E00',
  paid: '#0072B2',
  owned: '#009E73',
  earned: '#CC79A7',
  planned: '#0072B2',
  actual: '#D55E00',
  /** AARRR stages in funnel order: acquisition, activation, retention, referral, revenue. */
  stages: ['#0072B2', '#009E73', '#CC79A7', '#D55E00', '#B07A00'],
  noStage: '#878787',
} as const;

export const STAGE_COLOURS = {
  acquisition: SERIES.stages[0],
  activation: SERIES.stages[1],
  retention: SERIES.stages[2],
  referral: SERIES.stages[3],
  revenue: SERIES.stages[4],
} satisfies Record<AarrrStage, string>;

function cssVariable(style: CSSStyleDeclaration | null, name: string, fallback: string): string {
  const value = style?.getPropertyValue(name).trim() ?? '';
  return value === '' ? fallback : value;
}

/** The theme's colours now; call again after a theme change (see watchTheme). */
export function readTheme(): ChartTheme {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  return {
    text: cssVariable(style, '--text', FALLBACK_THEME.text),
    muted: cssVariable(style, '--muted', FALLBACK_THEME.muted),
    grid: cssVariable(style, '--border', FALLBACK_THEME.grid),
    accent: cssVariable(style, '--accent', FALLBACK_THEME.accent),
    surface: cssVariable(style, '--surface', FALLBACK_THEME.surface),
  };
}

// One observer and one media listener for every chart on the page, however many there are.
const listeners = new Set<() => void>();
let stopWatching: (() => void) | null = null;

function notifyAll(): void {
  for (const listener of [...listeners]) listener();
}

function startWatching(): () => void {
  // The app switches theme by setting or removing data-theme on <html>; 'system' follows
  // prefers-color-scheme, which changes without any attribute changing.
  const observer = new MutationObserver(notifyAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media =
    typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  media?.addEventListener('change', notifyAll);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', notifyAll);
  };
}

/** Calls `onChange` when the app's theme or the system's colour scheme changes. */
export function watchTheme(onChange: () => void): () => void {
  listeners.add(onChange);
  stopWatching ??= startWatching();
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = null;
    }
  };
}

/** Ticks, grid lines and axis line in the theme's colours, for any scale. */
export function axisStyle(theme: ChartTheme) {
  return {
    ticks: { color: theme.muted },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
}
