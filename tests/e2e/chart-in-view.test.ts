// A chart out of view does not redraw at every edit (src/ui/charts/in-view.ts): on the planner
// the monthly chart sits below the 200 × 60 grid, and redrawing it after each edit made most of
// the garbage an edit left. It draws the new figures when it comes into view, and before a
// print. Its data table follows every edit meanwhile, and while hidden is not laid out
// (content-visibility: auto), yet stays in the accessibility tree.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser';
import { afterTwoFrames, openBenchPlanner, grid as planGrid } from './plan-pages';

const CANVAS = '[data-chart="monthly"] canvas';

/** The monthly chart's pixels, as a data URL. */
function drawing(page: Page): Promise<string> {
  return page.locator(CANVAS).evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

/** Two frames and a task: what a chart in view needs to draw an edit. */
const settle = (page: Page) => afterTwoFrames(page, 50);

async function typeInFirstCell(page: Page, value: string): Promise<void> {
  await planGrid(page).locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await settle(page);
}

function januaryMediaInTable(page: Page): Promise<string> {
  return page
    .locator('[data-chart="monthly"] table tbody tr')
    .first()
    .locator('td')
    .first()
    .evaluate((cell) => cell.textContent ?? '');
}

describe.skipIf(!hasChromium)('a chart out of view', () => {
  const suite = browserSuite('pages');

  async function openWithChartBelow(): Promise<Page> {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await openBenchPlanner(page, suite.server.url);
    await page.locator(CANVAS).waitFor({ timeout: 30_000 });
    await settle(page);
    const top = await page.locator(CANVAS).evaluate((c) => c.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(900);
    return page;
  }

  it('keeps its drawing through an edit, then draws it when scrolled into view', async () => {
    const page = await openWithChartBelow();
    const before = await drawing(page);
    const tableBefore = await januaryMediaInTable(page);

    await typeInFirstCell(page, '9876543');
    expect(await januaryMediaInTable(page)).not.toBe(tableBefore);
    expect(await drawing(page)).toBe(before);

    await page.locator(CANVAS).scrollIntoViewIfNeeded();
    await expect.poll(() => drawing(page), { timeout: 5000 }).not.toBe(before);
  }, 90_000);

  it('does not lay out its hidden table, and keeps it for screen readers', async () => {
    const page = await openWithChartBelow();
    const table = page.locator('[data-chart="monthly"] table');
    // checkVisibility with contentVisibilityAuto: false when the content is skipped.
    const laidOut = () =>
      table.evaluate((t) => t.checkVisibility({ contentVisibilityAuto: true } as never));
    expect(await laidOut()).toBe(false);
    const before = await januaryMediaInTable(page);
    await typeInFirstCell(page, '9876543');
    expect(await januaryMediaInTable(page)).not.toBe(before);
    expect(await laidOut()).toBe(false);
    // Skipped from layout, not from the accessibility tree: found by its role and name.
    const snapshot = await page.locator('[data-chart="monthly"]').ariaSnapshot();
    expect(snapshot).toMatch(/- table "[^"]+"/);
    expect(snapshot.replace(/[\s\u00a0\u202f]/g, '')).toContain(
      (await januaryMediaInTable(page)).replace(/[\s\u00a0\u202f]/g, ''),
    );

    // Shown on demand, it is laid out like any table.
    await page.locator('[data-chart="monthly"] summary').click();
    await expect.poll(laidOut, { timeout: 5000 }).toBe(true);
  }, 90_000);

  it('draws the last edit before the page is printed', async () => {
    const page = await openWithChartBelow();
    const before = await drawing(page);
    await typeInFirstCell(page, '9876543');
    expect(await drawing(page)).toBe(before);

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await drawing(page)).not.toBe(before);
  }, 90_000);
});
