// The influencer sheet's figure of `npm run bench`, in headless Chromium:
//   influencers_10k_recompute_ms — bench/pages/influencers.html (production build): the
//                              screen's sheet (the real GridView and the sheet's columns) over
//                              10 000 generated influencers, scrolled to the score and rank
//                              columns; one score weight changed, from the change to the
//                              animation frame after the grid's DOM changed (scores, ranks and
//                              the visible cells repainted); median of 21 runs after 3 warm-up
//                              runs. Budget 50 ms, goal 10 ms.
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { median } from './stats.mjs';

export async function influencersFigures(pagesUrl) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${pagesUrl}influencers.html`);
    await page.waitForSelector('html[data-ready="true"]');
    const runs = await page.evaluate(async () => {
      const sheet = window.influencersPage;
      await sheet.showScores();
      const before = sheet.firstScore();
      for (let i = 0; i < 3; i++) await sheet.measureWeightChange();
      const times = [];
      for (let i = 0; i < 21; i++) times.push(await sheet.measureWeightChange());
      const after = sheet.firstScore();
      if (before === '' || after === '') throw new Error('no score cell on screen');
      return times;
    });
    await page.close();
    return { influencers_10k_recompute_ms: median(runs), runs };
  } finally {
    await browser.close();
  }
}
