// How much an edit re-formats, counted in Chromium: every call of Intl.NumberFormat's format
// (the costliest step of painting a cell) while one edit, or a 10 × 12 paste, is applied and
// painted on the 200 × 60 grid page and in the real planner screen on a 200 × 60 plan. An
// edit must re-format only what it changed (its cell, its totals, the summary), not every
// visible cell: a global repaint costs about 300 calls, so a regression cannot pass unseen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, waitForApp } from './browser';
import { openBenchPlanner } from './plan-pages';

declare global {
  interface Window {
    formatCalls: number;
  }
}

/** Counts every format call of every Intl.NumberFormat the page makes, before its code runs. */
async function countFormatCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.formatCalls = 0;
    const proto = Intl.NumberFormat.prototype;
    // `format` is a getter handing out a bound function: wrap what it hands out.
    const format = Object.getOwnPropertyDescriptor(proto, 'format');
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get(this: Intl.NumberFormat) {
        const bound = format?.get?.call(this) as (value: number | bigint | string) => string;
        return (value: number | bigint | string) => {
          window.formatCalls += 1;
          return bound(value);
        };
      },
    });
  });
}

/** Calls made by `run` and the frame that paints it. */
async function callsDuring(page: Page, run: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const before = await page.evaluate(() => window.formatCalls);
  await run();
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(null))),
      ),
  );
  return (await page.evaluate(() => window.formatCalls)) - before;
}

/** Calls of each of ten edits made through a page's `measureEdit`, down a block of cells. */
async function callsPerEdit(page: Page, hook: 'gridPage' | 'plannerPage'): Promise<number[]> {
  const edits: number[] = [];
  for (let i = 0; i < 10; i++) {
    const edit = () =>
      page.evaluate(
        ([n, name]) => window[name].measureEdit((n * 7) % 20, (n * 3) % 8, String(10_001 + n)),
        [i, hook] as const,
      );
    edits.push(await callsDuring(page, edit));
  }
  return edits;
}

describe.skipIf(!hasChromium)('repaint only what changed', () => {
  const suite = browserSuite('pages');

  it('the 200 × 60 grid re-formats its edited cell and totals, a paste its block', async () => {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await countFormatCalls(page);
    await page.goto(`${suite.server.url}grid.html`);
    await waitForApp(page);
    const shown = await page.evaluate(() => window.gridPage.cellsInDom());
    expect(shown).toBeGreaterThan(200);

    const edits = await callsPerEdit(page, 'gridPage');
    // The cell, its row total, its month total and the grand total; never the visible grid.
    expect(Math.max(...edits)).toBeLessThanOrEqual(40);
    expect(Math.min(...edits)).toBeGreaterThan(0);

    const paste = await callsDuring(page, () =>
      page.evaluate(() => {
        const rows = Array.from({ length: 10 }, (_, r) =>
          Array.from({ length: 12 }, (_, c) => `${r + 1}${c}7,5`).join('\t'),
        );
        window.gridPage.model.select({ row: 1, col: 0 });
        window.gridPage.model.paste(rows.join('\n'));
      }),
    );
    // 120 cells, at most 10 row totals, 12 month totals and the grand total.
    expect(paste).toBeGreaterThanOrEqual(120);
    expect(paste).toBeLessThanOrEqual(120 + 10 + 12 + 1 + 10);
  });

  it('the planner re-formats an edit’s cell, totals and summary only', async () => {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await countFormatCalls(page);
    await openBenchPlanner(page, suite.server.url);
    const edits = await callsPerEdit(page, 'plannerPage');
    // The cell, its totals, the summary, the matrices and the chart's table: about 30.
    expect(Math.max(...edits)).toBeLessThanOrEqual(40);
  }, 90_000);
});
