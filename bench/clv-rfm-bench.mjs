// The RFM screen's figure of `npm run bench`, in headless Chromium:
//   rfm_200k_orders_ms — 200 000 seeded orders of 20 000 customers (bench/pages/rfm.html,
//                        production build): the analysis through the app's orders worker, then
//                        assignSegments + segmentTotals on the main thread, from the request to
//                        the segments in hand; median of 7 runs after a cold run (printed).
//                        Budget 1 500 ms, goal 400 ms.
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { median } from './stats.mjs';

export async function rfmFigures(pagesUrl) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${pagesUrl}rfm.html`);
    await page.waitForSelector('html[data-ready="true"]');
    const { cold, runs } = await page.evaluate(async () => {
      const [first] = await window.rfmPage.run(1);
      return { cold: first, runs: await window.rfmPage.run(7) };
    });
    await page.close();
    console.log(`rfm_200k_orders cold run: ${cold.toFixed(1)} ms`);
    return { rfm_200k_orders_ms: median(runs), runs };
  } finally {
    await browser.close();
  }
}
