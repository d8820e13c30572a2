// The ROI simulator's figures of `npm run bench`, in headless Chromium:
//   allocator_50_ms          — the allocator over 50 concave channels (s 0.5–1) with minimums,
//                              maximums, locks and minimum buys; median of 21 runs after 3
//                              warm-up runs, in bench/pages/roi.html (production build)
//   allocator_s_curve_20_ms  — the same over 20 S-shaped channels (s 1.5–3): the greedy grid
//                              from several starts; median of 21 runs after 3 warm-up runs
//   montecarlo_10k_ms        — 10 000 draws of a ten-line scenario with every input a range,
//                              through the app's worker client: from the request on the main
//                              thread to the summary back there; median of 11 runs after the
//                              worker's first (cold) run, which is printed
//   roi_input_p95_ms         — the built app, the worked example open in the ROI screen: one
//                              key typed in "Chiffre d’affaires généré", from its keydown
//                              (capture phase) to the animation frame after the outputs changed
//                              in the DOM; p95 of 200 keys
//   roi_curve_input_p95_ms   — the same on the response-curve tab, one key typed in the
//                              doubling gain (4 % ↔ 45 %): the ×0,5…×2 table and the curve
//                              chart redrawn (the chart is drawn in the same frame, see
//                              ResponseCurveChart)
//   montecarlo_main_longest_task_ms — the longest main-thread task (PerformanceObserver
//                              'longtask', 50 ms and over; 0 when there is none) while the built
//                              app runs a 10 000-draw simulation: the screen stays responsive
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { median, percentile } from './stats.mjs';

/** Texts of the app this benchmark relies on. */
export const ROI_UI = {
  demoButton: 'Ouvrir le plan de démonstration',
  roiLink: 'ROI',
  exampleButton: 'Charger l’exemple : 10 000 € → 40 000 €',
  revenueField: 'Chiffre d’affaires généré',
  // A label's text holds its unit (€, %) after the name.
  revenueInput: /^Chiffre d’affaires généré/,
  curvesTab: 'Courbes de réponse',
  doublingInput: /^Gain d’un doublement du budget/,
  uncertaintyTab: 'Incertitude',
  low: /^Bas/,
  high: /^Haut/,
  runSimulation: 'Lancer la simulation',
  simulationDone: /P50/,
};

async function calculationFigures(browser, pagesUrl) {
  const page = await browser.newPage();
  await page.goto(`${pagesUrl}roi.html`);
  await page.waitForSelector('html[data-ready="true"]');
  const figures = await page.evaluate(async () => {
    const roi = window.roiPage;
    roi.allocatorConcave(3);
    const concave = roi.allocatorConcave(21);
    roi.allocatorSCurve(3);
    const sCurve = roi.allocatorSCurve(21);
    const [cold] = await roi.monteCarlo(1);
    const warm = await roi.monteCarlo(11);
    return { concave, sCurve, cold, warm };
  });
  await page.close();
  return {
    allocator50: median(figures.concave),
    allocatorS20: median(figures.sCurve),
    monteCarlo: median(figures.warm),
    monteCarloCold: figures.cold,
    concaveRuns: figures.concave,
    sCurveRuns: figures.sCurve,
  };
}

/** In the page: the time from the next keydown to the frame after `main` next changes. */
function armKey() {
  window.__keyMs = null;
  let start = null;
  const main = document.querySelector('main');
  const observer = new MutationObserver(() => {
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__keyMs = performance.now() - start;
    });
  });
  const onKey = () => {
    start = performance.now();
    removeEventListener('keydown', onKey, true);
    observer.observe(main, { subtree: true, childList: true, characterData: true });
  };
  addEventListener('keydown', onKey, true);
}

/**
 * 200 keys in one field, alternately `keys[0]` and `keys[1]` pressed at its end: each a new
 * value, and every value a valid one (an invalid value shows its reason instead of a curve).
 */
async function keyTimes(page, field, keys) {
  await field.click();
  await page.keyboard.press('End');
  const times = [];
  for (let i = 0; i < 200; i++) {
    await page.evaluate(armKey);
    await page.keyboard.press(keys[i % 2]);
    await page.waitForFunction(() => window.__keyMs !== null, null, { timeout: 5000 });
    times.push(await page.evaluate(() => window.__keyMs));
  }
  return times;
}

async function screenFigures(browser, appUrl) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'fr-FR',
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForSelector('html[data-ready="true"]');
  await page.getByRole('button', { name: ROI_UI.demoButton }).click();
  await page.getByRole('table').first().waitFor();
  await page.getByRole('link', { name: ROI_UI.roiLink, exact: true }).click();
  await page.getByRole('button', { name: ROI_UI.exampleButton }).first().click();
  const revenue = page.getByLabel(ROI_UI.revenueInput).first();
  // 40000 → 400005 → 40000 …
  const input = await keyTimes(page, revenue, ['5', 'Backspace']);
  await page.getByRole('tab', { name: ROI_UI.curvesTab }).click();
  const doubling = page.getByLabel(ROI_UI.doublingInput).first();
  // +40 % → +4 % → +45 % → +4 % …
  const curve = await keyTimes(page, doubling, ['Backspace', '5']);

  await page.getByRole('tab', { name: ROI_UI.uncertaintyTab }).click();
  const group = page.getByRole('group', { name: ROI_UI.revenueField }).first();
  await group.getByLabel(ROI_UI.low).fill('30000');
  await group.getByLabel(ROI_UI.high).fill('50000');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: ROI_UI.runSimulation }).click();
  await page.getByText(ROI_UI.simulationDone).first().waitFor();
  // Long tasks are reported after they end: one frame more lets the last one arrive.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  const longest = await page.evaluate(() => window.__longest);
  await context.close();
  return { input: percentile(input, 95), curve: percentile(curve, 95), longest };
}

export async function roiFigures(appUrl, pagesUrl) {
  const browser = await launchChromium();
  try {
    const calculations = await calculationFigures(browser, pagesUrl);
    const screen = await screenFigures(browser, appUrl);
    return { ...calculations, ...screen };
  } finally {
    await browser.close();
  }
}
