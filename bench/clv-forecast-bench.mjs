// The CLV forecast's figures, in headless Chromium on bench/pages/forecast.html (production
// build):
//   bgnbd_fit_20k_customers_ms — fitBgNbd on 20 000 customers simulated from CDNOW-like
//                                parameters (r 0.243, α 4.414, a 0.793, b 2.426; 39 weeks, a
//                                12-week cohort, times on whole days); median of 7 runs after
//                                one warm-up run. Budget 3 000 ms, goal 500 ms.
//   gamma_gamma_fit_ms         — fitGammaGamma on their repeat buyers, the same way
//   runs                       — the 7 BG/NBD times, in order
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { median } from './stats.mjs';

export async function forecastFigures(pagesUrl) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${pagesUrl}forecast.html`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    const figures = await page.evaluate(() => {
      const forecast = window.forecastPage;
      forecast.bgnbd(1);
      const bgnbd = forecast.bgnbd(7);
      forecast.gammaGamma(1);
      const gammaGamma = forecast.gammaGamma(7);
      return { bgnbd, gammaGamma };
    });
    await page.close();
    return {
      bgnbd_fit_20k_customers_ms: median(figures.bgnbd),
      runs: figures.bgnbd,
      gamma_gamma_fit_ms: median(figures.gammaGamma),
    };
  } finally {
    await browser.close();
  }
}
