// Chart colours: the theme's own variables from app.css, sane defaults without them, a
// notice when the theme changes, and a palette that stays readable in both themes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FALLBACK_THEME,
  readTheme,
  SERIES,
  STAGE_COLOURS,
  watchTheme,
} from '../../../src/ui/charts/theme';

const APP_CSS = readFileSync(join(import.meta.dirname, '../../../src/app.css'), 'utf8');
let appStyle: HTMLStyleElement | null = null;

function loadAppCss(): void {
  appStyle = document.createElement('style');
  appStyle.textContent = APP_CSS;
  document.head.append(appStyle);
}

afterEach(() => {
  appStyle?.remove();
  appStyle = null;
  delete document.documentElement.dataset.theme;
  vi.unstubAllGlobals();
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('readTheme', () => {
  it('falls back to the light theme when the CSS variables are empty', () => {
    expect(readTheme()).toEqual(FALLBACK_THEME);
  });

  it("reads app.css's light and dark themes as Settings sets them", () => {
    loadAppCss();
    document.documentElement.dataset.theme = 'light';
    expect(readTheme()).toEqual({
      text: '#1d232b',
      muted: '#5b6673',
      grid: '#d5d9de',
      accent: '#1f5f8b',
      surface: '#ffffff',
    });
    document.documentElement.dataset.theme = 'dark';
    expect(readTheme()).toEqual({
      text: '#e8ebee',
      muted: '#a3adb8',
      grid: '#39424d',
      accent: '#6cb4e4',
      surface: '#1d232b',
    });
  });
});

describe('the series palette', () => {
  const colours = [
    ...new Set([...Object.values(STAGE_COLOURS), SERIES.media, SERIES.horsMedia, SERIES.noStage]),
  ];

  it.each(['light', 'dark'])('stands out at 3 : 1 or more on the %s surface', (theme) => {
    loadAppCss();
    document.documentElement.dataset.theme = theme;
    const { surface } = readTheme();
    for (const colour of colours) {
      expect(contrast(colour, surface), `${colour} on ${surface}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives different colours to the two families, the three POE and the five stages', () => {
    expect(new Set([SERIES.media, SERIES.horsMedia]).size).toBe(2);
    expect(new Set([SERIES.paid, SERIES.owned, SERIES.earned]).size).toBe(3);
    expect(new Set(Object.values(STAGE_COLOURS)).size).toBe(5);
    expect(SERIES.planned).not.toBe(SERIES.actual);
  });
});

describe('watchTheme', () => {
  it('tells when Settings switches the theme, and stops when asked', async () => {
    const changed = vi.fn();
    const stop = watchTheme(changed);
    document.documentElement.dataset.theme = 'dark';
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    delete document.documentElement.dataset.theme;
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    stop();
    document.documentElement.dataset.theme = 'light';
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('tells when the system switches between light and dark', () => {
    const scheme = new EventTarget();
    vi.stubGlobal('matchMedia', () => scheme);
    const changed = vi.fn();
    const stop = watchTheme(changed);
    scheme.dispatchEvent(new Event('change'));
    expect(changed).toHaveBeenCalledOnce();
    stop();
    scheme.dispatchEvent(new Event('change'));
    expect(changed).toHaveBeenCalledOnce();
  });
});
