// The lead scoring figure of `npm run bench`, in headless Chromium:
//   lead_score_50k_ms — bench/pages/leads.html (production build): the real app on the lead
//                       scoring screen over 50 000 leads stored in IndexedDB, scored by the
//                       seeds' example model; one weight typed into the first criterion's
//                       points field, from the input event to the animation frame after the
//                       ranked list's DOM changed (every score, band and the order redone);
//                       median of 21 runs after 3 warm-up runs. Budget 100 ms.
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { median } from './stats.mjs';

export async function leadsFigures(pagesUrl) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${pagesUrl}leads.html`);
    await page.waitForSelector('html[data-bench-ready="true"]', { timeout: 120_000 });
    const runs = await page.evaluate(async () => {
      const leads = window.leadsPage;
      await leads.ready();
      const before = leads.firstScore();
      for (let i = 0; i < 3; i++) await leads.measureWeightChange();
      const times = [];
      for (let i = 0; i < 21; i++) times.push(await leads.measureWeightChange());
      if (before === '' || leads.firstScore() === '') throw new Error('no score on screen');
      return times;
    });
    await page.close();
    return { lead_score_50k_ms: median(runs), runs };
  } finally {
    await browser.close();
  }
}
