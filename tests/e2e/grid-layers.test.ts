// The composited layers of the planner's grid (bench/pages/planner.html, 200 × 60): the grid's
// focus ring must not multiply them. A ring drawn as an outline is painted after the scrolled
// cells, and Chromium then put every visible row of cell texts in a layer of its own above it:
// 84 layers with the grid focused against 64 with the editor open, rebuilt at every Enter and
// every first digit, and paid for at every frame (paint, layerize, commit, raster).
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser';
import { afterTwoFrames, openBenchPlanner, grid as planGrid } from './plan-pages';

/** The number of composited layers once `act` has been drawn (the last tree Chromium sent). */
async function layersAfter(cdp: CDPSession, page: Page, act: () => Promise<void>) {
  let count: number | null = null;
  const seen = (event: { layers?: unknown[] }) => {
    if (event.layers) count = event.layers.length;
  };
  cdp.on('LayerTree.layerTreeDidChange', seen);
  await act();
  await afterTwoFrames(page, 200);
  cdp.off('LayerTree.layerTreeDidChange', seen);
  if (count === null) throw new Error('no layer tree reported');
  return count;
}

describe.skipIf(!hasChromium)('the grid’s composited layers', () => {
  const suite = browserSuite('pages');

  it('are no more with the grid focused from the keyboard than with the editor open', async () => {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await openBenchPlanner(page, suite.server.url);
    await planGrid(page).locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('LayerTree.enable');

    const editing = await layersAfter(cdp, page, () => page.keyboard.type('1234'));
    const focused = await layersAfter(cdp, page, () => page.keyboard.press('Enter'));
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    expect(focused).toBeLessThanOrEqual(editing + 2);
  }, 90_000);
});
