// A chart drawn once, off screen, to a PNG data URL: for the printed summary, where a live
// canvas inside a hidden block would print blank.
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './register';

export function chartImage(
  config: ChartConfiguration,
  width: number,
  height: number,
): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  try {
    const chart = new Chart(canvas, {
      ...config,
      options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
    });
    const url = canvas.toDataURL('image/png');
    chart.destroy();
    return url;
  } catch {
    return null;
  }
}
