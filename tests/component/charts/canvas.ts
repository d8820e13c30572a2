// jsdom draws nothing: a stand-in 2D context that accepts every call, so that Chart.js runs
// its real update path in component tests (pixels are the browser suite's business).
import { vi } from 'vitest';
import { Chart } from '../../../src/ui/charts/register';

/** One drawing call, with the fill colour in force when it was made. */
export interface DrawCall {
  method: string;
  args: unknown[];
  fillStyle: unknown;
}

const drawings = new Map<HTMLCanvasElement, DrawCall[]>();

/** Every canvas that got a context since withCanvas(), in order, with what was drawn on it. */
export function drawnCanvases(): [HTMLCanvasElement, DrawCall[]][] {
  return [...drawings];
}

function fakeContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const calls: DrawCall[] = [];
  drawings.set(canvas, calls);
  const known: Record<string | symbol, unknown> = {
    canvas,
    measureText: (text: string) => ({
      width: text.length * 6,
      actualBoundingBoxAscent: 8,
      actualBoundingBoxDescent: 2,
    }),
    getLineDash: () => [],
    createLinearGradient: () => ({ addColorStop: () => undefined }),
  };
  const context = new Proxy(known, {
    get: (target, key) =>
      key in target
        ? target[key]
        : (...args: unknown[]) => {
            calls.push({ method: String(key), args, fillStyle: target.fillStyle });
          },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  // A Proxy is what a CanvasRenderingContext2D looks like from Chart.js's side.
  return context as unknown as CanvasRenderingContext2D;
}

/** Every canvas gets a working (silent) 2D context until the spies are restored. */
export function withCanvas(): void {
  drawings.clear();
  const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>();
  function getContext(this: HTMLCanvasElement): CanvasRenderingContext2D {
    const context = contexts.get(this) ?? fakeContext(this);
    contexts.set(this, context);
    return context;
  }
  // getContext is overloaded per context kind; this stand-in only ever answers for '2d'.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    getContext as unknown as HTMLCanvasElement['getContext'],
  );
}

/** No canvas at all, as in a browser that blocks it (and without jsdom's noisy warning). */
export function withoutCanvas(): void {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
}

/** The Chart.js instance drawing on a chart image (its canvas). */
export function chartOf(image: HTMLElement): Chart {
  if (!(image instanceof HTMLCanvasElement)) throw new Error('not a canvas');
  const chart = Chart.getChart(image);
  if (!chart) throw new Error('no chart on this canvas');
  return chart;
}

/** The cells of a table, row by row, as text; Intl's no-break spaces read as plain ones. */
export function tableText(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map(
      (cell) => cell.textContent?.replace(/[\u00a0\u202f]/g, ' ').trim() ?? '',
    ),
  );
}
