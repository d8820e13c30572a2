// What an Enter makes the browser lay out, in the real planner screen on a 200 × 60 plan
// (bench/pages/planner.html), read from Chromium's own trace: each Layout event names the
// boxes it started from. An edit changes a dozen texts (the cell, its row and month totals,
// the summary's figures, the live status), closes the editor and moves the fill handle; each
// of those sits in a box laid out on its own (grid.css, SummaryCards.svelte), so no layout
// of that frame may start from the document. One text outside such a box, or the editor
// added to a cell directly, and the whole page (1 500 boxes) is laid out again at every key.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser';
import { openBenchPlanner, grid as planGrid } from './plan-pages';

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  args?: {
    beginData?: { dirtyObjects?: number };
    endData?: { layoutRoots?: { nodeName: string }[] };
  };
}

const EDITS = 8;

/** Marks each Enter's keydown, and the moment after the frame that answered it is painted. */
function markEnters(): void {
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter') return;
      performance.mark('enter-down');
      requestAnimationFrame(() => setTimeout(() => performance.mark('enter-painted'), 0));
    },
    true,
  );
}

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await run();
  const buffer = await browser.stopTracing();
  return (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

describe.skipIf(!hasChromium)('the layout that answers an Enter', () => {
  const suite = browserSuite('pages');

  it('starts from the changed boxes only, never from the document', async () => {
    const { page } = await suite.open({ viewport: { width: 1400, height: 900 } });
    await openBenchPlanner(page, suite.server.url);
    await page.evaluate(markEnters);
    const grid = planGrid(page);
    await grid.locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
    // Within the view: no scroll, so no row comes or goes, and only the edit is laid out.
    const events = await traced(page, async () => {
      for (let i = 0; i < EDITS; i++) {
        await page.keyboard.type(String(10_001 + i * 7));
        await page.keyboard.press('Enter');
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))),
        );
      }
    });
    const marks = (name: string) =>
      events
        .filter((event) => event.name === name)
        .map((event) => event.ts)
        .sort((a, b) => a - b);
    const downs = marks('enter-down');
    const painted = marks('enter-painted');
    expect(downs).toHaveLength(EDITS);
    expect(painted).toHaveLength(EDITS);
    const layouts = events.filter((event) => event.name === 'Layout' && event.args?.endData);
    const perEnter = downs.map((down, i) =>
      layouts.filter((layout) => layout.ts >= down && layout.ts <= painted[i]!),
    );
    // Each Enter did lay something out (the new texts), so the check below is not empty.
    expect(perEnter.every((found) => found.length > 0)).toBe(true);
    const roots = perEnter.map((found) =>
      found.flatMap((layout) => (layout.args?.endData?.layoutRoots ?? []).map((r) => r.nodeName)),
    );
    expect(roots.every((names) => names.length > 0)).toBe(true);
    expect(roots.filter((names) => names.includes('#document'))).toEqual([]);
    // The edits did land: the last row edited shows its new amount.
    await expect
      .poll(() => grid.locator('[role="gridcell"][data-row="7"][data-col="0"]').textContent())
      .toMatch(/10\s?050,00/);
  }, 90_000);
});
