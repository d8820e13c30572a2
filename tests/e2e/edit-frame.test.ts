// What the frame that answers an Enter has to do, in the real planner screen on a 200 × 60
// plan (bench/pages/planner.html): values typed with real keys down the first month's column,
// past the bottom of the view. Each Enter then scrolls one row; the grid must not build the
// row that comes into view in that frame (it is already there, from the overscan), and it
// must have rows ahead of the view again once the frame is painted. The charts' data table
// still follows the edit, in the frame after.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser';
import { afterTwoFrames, openBenchPlanner, grid as planGrid } from './plan-pages';

declare global {
  interface Window {
    rowsAdded: number[];
  }
}

/**
 * From each Enter keydown (capture phase, before the grid) to the next animation frame, the
 * rows the grid's DOM gained: one count per Enter in `window.rowsAdded`.
 */
function countRowsBuiltPerEnter(): void {
  window.rowsAdded = [];
  const grid = document.querySelector('[role="grid"]');
  if (!grid) throw new Error('no grid');
  let counting: number | null = null;
  new MutationObserver((records) => {
    if (counting === null) return;
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.matches('[role="row"]')) counting += 1;
  }).observe(grid, { subtree: true, childList: true });
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter') return;
      counting = 0;
      requestAnimationFrame(() => {
        window.rowsAdded.push(counting ?? 0);
        counting = null;
      });
    },
    true,
  );
}

/** Rows of the grid body in the DOM below the active cell's row. */
function rowsBelowActive(page: Page): Promise<number> {
  return page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]');
    const active = grid?.querySelector('[role="gridcell"].active');
    const row = Number(active?.getAttribute('data-row'));
    const rows = [...(grid?.querySelectorAll('[role="gridcell"][data-col="0"]') ?? [])];
    return rows.filter((cell) => Number(cell.getAttribute('data-row')) > row).length;
  });
}

describe.skipIf(!hasChromium)('the frame that answers an Enter', () => {
  const suite = browserSuite('pages');

  it('builds no row while Enter walks down a column, and has rows ahead after it', async () => {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await openBenchPlanner(page, suite.server.url);
    await page.evaluate(countRowsBuiltPerEnter);
    const grid = planGrid(page);
    await grid.locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
    const ahead: number[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.type(String(10_001 + i * 7));
      await page.keyboard.press('Enter');
      await afterTwoFrames(page);
      ahead.push(await rowsBelowActive(page));
    }
    // The walk went past the view: the grid scrolled, so rows did come and go, between keys.
    const scrolled = await grid.evaluate((element) => element.scrollTop);
    expect(scrolled).toBeGreaterThan(5 * 30);
    const added = await page.evaluate(() => window.rowsAdded);
    expect(added).toHaveLength(30);
    expect(added.every((count) => count === 0)).toBe(true);
    // After each Enter's frame the overscan below the view is back (3 rows past the last
    // visible one), so the next Enter finds its row built too.
    expect(Math.min(...ahead.slice(20))).toBeGreaterThanOrEqual(3);
  }, 90_000);

  it('still brings the charts’ data table up to date, in the frame after', async () => {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await openBenchPlanner(page, suite.server.url);
    const grid = planGrid(page);
    const monthTable = page.locator('[data-chart="monthly"] table');
    await monthTable.first().waitFor({ state: 'attached', timeout: 30_000 });
    const tableFirstMonth = () =>
      monthTable
        .first()
        .locator('tbody tr')
        .first()
        .evaluate((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? ''));
    const before = await tableFirstMonth();
    await grid.locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
    await page.keyboard.type('987654');
    await page.keyboard.press('Enter');
    await afterTwoFrames(page);
    const after = await tableFirstMonth();
    // January's media, hors-média and total: channel 1 is media, so its figure and the total
    // moved, the hors-média one did not.
    expect(after).toHaveLength(3);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
  }, 90_000);
});
