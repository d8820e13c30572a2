// `npm run bench`: builds the app, serves it on 127.0.0.1 (cross-origin isolated, for a
// 5 µs performance.now(): tests/e2e/static-server.mjs) and measures it in headless Chromium.
// Writes one flat object (name → number) to bench/results.json and prints it.
//   bundle_js_gzip_kb — first-load JavaScript, gzip: from Vite's import graph, the entry and
//                       everything it imports statically, the service-worker client it loads
//                       at start, the French strings (fetched before the shell mounts),
//                       and the planner screen (the first screen of a returning user) with
//                       its static imports. Cross-checked against the scripts a real
//                       first visit fetches until the app is ready (printed).
//   planner_charts_js_gzip_kb — the charts chunk (Chart.js), loaded once the grid is up
//   cold_load_ms      — navigation start to the app's "ready" mark, in a fresh profile; median
//                       of 9 rounds interleaved with the floor's (see bench/peers-bench.mjs)
//   cold_load_floor_ms / cold_load_vs_floor_ratio — the same for a Svelte 5 hello world built
//                       and served the same way (bench/pages/hello.html), and app ÷ floor
//   grid_edit_vs_aggrid_ratio / grid_edit_vs_svar_ratio — edit p95 on the 200 × 60 grid,
//                       ours ÷ AG Grid Community's / SVAR Svelte Grid's on the same grid, data
//                       and formatting, medians of 9 interleaved rounds (bench/peers-bench.mjs;
//                       the peers are devDependencies loaded only by bench pages)
//   grid_edit_p95_ms  — one cell edit in a 200 × 60 grid until row and month totals are in
//                       the DOM and laid out (bench/pages/grid.html), p95 of 600 edits, as
//                       the peers' (bench/peers-bench.mjs says why 600)
//   grid_scroll_max_frame_ms — longest frame while scrolling that grid one step per frame
//   grid_dom_cells    — most grid cells in the DOM during that scroll
//   import_100k_ms / import_100k_12m_ms / export_100k_ms — see bench/import-bench.mjs
//                       (100 000 long-form rows, French style, through the real Data screen,
//                       stored in IndexedDB, in a 60-month and a 12-month plan, each in a
//                       fresh persistent Chromium profile of its own)
//   planner_edit_p95_ms — one edit as a user makes it in a 200-channel × 60-month plan, opened
//                       in the real planner screen (bench/pages/planner.html): the value typed
//                       with real key presses, then Enter; from the Enter keydown (capture
//                       phase) to the animation frame after the edited row's total shows its
//                       new text. p95 of 200 edits down a column, median of five runs.
//                       Chromium draws frames when ready (--disable-frame-rate-limit
//                       --disable-gpu-vsync), so the figure is the page's cost, not the wait
//                       for a 60 Hz tick; planner_edit_60hz_p95_ms is one run on the clock
//   planner_model_edit_p95_ms — the same plan, one edit on the grid model (setCell → flush →
//                       layout), no key press, no editor, no frame, until the totals, summary
//                       and the three matrices are updated; p95 of 200 edits. The charts
//                       catch up in the frame after (ChartsPanel.svelte), so they are not in it
//   planner_edit_frame_floor_p95_ms — the same keys and timing on an empty page, unthrottled
//                       too: what a key and a frame cost with no app (see frameFloorP95)
//   tab_sync_ms       — the built app, the demo plan open in two pages of one context: from the
//                       Enter keydown of an edit in the front page until the other (background)
//                       page's grid shows the value in its DOM; median of 20 edits
//   allocator_50_ms, allocator_s_curve_20_ms, montecarlo_10k_ms, roi_input_p95_ms,
//   roi_curve_input_p95_ms, montecarlo_main_longest_task_ms — see bench/roi-bench.mjs
//   orders_import_200k_ms — see bench/clv-import-bench.mjs
//   rfm_200k_orders_ms — see bench/clv-rfm-bench.mjs
//   bgnbd_fit_20k_customers_ms, gamma_gamma_fit_ms — see bench/clv-forecast-bench.mjs
//   influencers_10k_recompute_ms — see bench/influencers-bench.mjs
//   lead_score_50k_ms — see bench/leads-bench.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { serveStatic } from '../tests/e2e/static-server.mjs';
import { forecastFigures } from './clv-forecast-bench.mjs';
import { ordersImportFigures } from './clv-import-bench.mjs';
import { rfmFigures } from './clv-rfm-bench.mjs';
import { importFigures } from './import-bench.mjs';
import { influencersFigures } from './influencers-bench.mjs';
import { leadsFigures } from './leads-bench.mjs';
import { peerFigures } from './peers-bench.mjs';
import { roiFigures } from './roi-bench.mjs';
import { median, percentile } from './stats.mjs';

const DIST = 'dist';
const PAGES = 'bench/dist';

function round(value, digits = 1) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function gzipKb(files) {
  let bytes = 0;
  for (const file of new Set(files))
    bytes += gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  return bytes / 1024;
}

/** Files of a manifest entry and of everything it imports statically. */
function staticClosure(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

function firstLoadFromGraph() {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const files = staticClosure(manifest, 'index.html');
  staticClosure(manifest, 'node_modules/workbox-window/build/workbox-window.prod.es5.mjs', files);
  // The planner screen is its own entry, or (vite.config.ts's PLANNER_FIRST_LOAD group) the
  // chunk named "planner" that holds it with what its Budget tab needs.
  const planner =
    Object.keys(manifest).find((key) => manifest[key].name === 'planner') ??
    'src/views/planner/PlannerView.svelte';
  if (!manifest[planner]) throw new Error('no planner chunk in the build manifest');
  staticClosure(manifest, planner, files);
  // The strings of one language, fetched before the shell mounts (French: the larger one).
  staticClosure(manifest, 'src/i18n/fr.ts', files);
  const charts = staticClosure(manifest, 'src/views/planner/ChartsPanel.svelte');
  for (const file of files) charts.delete(file);
  return { kb: gzipKb([...files]), files: [...files], chartsKb: gzipKb([...charts]) };
}

async function firstLoadJs(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR' });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path);
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  let bytes = 0;
  for (const path of scripts)
    bytes += gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  return { kb: bytes / 1024, files: [...scripts] };
}

async function gridFigures(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}grid.html`);
  await page.waitForSelector('html[data-ready="true"]');
  const edits = await page.evaluate(() => {
    const times = [];
    for (let i = 0; i < 600; i++) {
      const row = (i * 7) % 20;
      const col = (i * 3) % 8;
      times.push(window.gridPage.measureEdit(row, col, String(1000 + i)));
    }
    return times;
  });
  const scroll = await page.evaluate(() => window.gridPage.measureScroll(150, 90));
  await context.close();
  return { editP95: percentile(edits, 95), ...scroll };
}

async function plannerModelEditP95(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}planner.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  const edits = await page.evaluate(() => {
    const times = [];
    for (let i = 0; i < 200; i++) {
      times.push(window.plannerPage.measureEdit((i * 7) % 200, (i * 3) % 60, String(1000 + i)));
    }
    return times;
  });
  await context.close();
  return percentile(edits, 95);
}

const KEY_EDITS = 200;
// Five, not three: on this 2-core machine one run's p95 ranges over 6–8.5 ms, and a run now and
// then is twice as slow (16.3 ms in one series); more runs keep the median steadier.
const KEY_EDIT_RUNS = 5;

/** One run: a fresh page and plan, 200 values typed down the first month's column. */
async function plannerKeyEditRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}planner.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  const grid = page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' });
  await grid.locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
  const times = [];
  for (let i = 0; i < KEY_EDITS; i++) {
    await page.evaluate(() => window.plannerPage.armKeyEdit());
    // Never a round hundred: the seeded amounts are, so every edit changes the row total.
    await page.keyboard.type(String(10_001 + i * 7));
    await page.keyboard.press('Enter');
    const ms = await page.evaluate(() => window.plannerPage.keyEdit);
    if (ms === null) throw new Error(`edit ${i}: the row total never changed`);
    times.push(ms);
  }
  await context.close();
  return percentile(times, 95);
}

async function plannerKeyEditP95(browser, url) {
  const runs = [];
  for (let i = 0; i < KEY_EDIT_RUNS; i++) runs.push(await plannerKeyEditRun(browser, url));
  return { p95: median(runs), runs };
}

/**
 * The frame clock alone: the same keys on an empty page whose Enter changes one text, timed
 * the same way (Enter keydown → the animation frame after). No app can measure below this;
 * planner_edit_p95_ms minus it is what the planner adds.
 */
async function frameFloorP95(browser) {
  const runs = [];
  for (let run = 0; run < KEY_EDIT_RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.setContent(`<input id="value"><p id="total"></p><script>
      window.times = [];
      addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        const start = performance.now();
        document.getElementById('total').textContent = String(Math.random());
        requestAnimationFrame(() => window.times.push(performance.now() - start));
      }, true);
    </script>`);
    await page.click('#value');
    for (let i = 0; i < KEY_EDITS; i++) {
      await page.keyboard.type(String(10_001 + i * 7));
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.times.length > n, i);
    }
    runs.push(percentile(await page.evaluate(() => window.times), 95));
    await page.close();
  }
  return median(runs);
}

const SYNC_EDITS = 20;

/**
 * In `page`: resolves when the cell's DOM shows `text` (spaces aside), in epoch ms. No frame
 * is awaited: the other page is a background tab, which headless Chromium does not draw
 * (its animation frames come about once a second), as a browser does not paint a hidden tab.
 */
function watchCell({ name, text }) {
  window.__seen = new Promise((resolve) => {
    const read = () =>
      (
        document.querySelector(`[role="gridcell"][aria-label="${CSS.escape(name)}"]`)
          ?.textContent ?? ''
      ).replace(/[\s\u00a0\u202f]/g, '');
    const observer = new MutationObserver(() => read() === text && done(true));
    const timer = setTimeout(() => done(false), 10_000);
    function done(seen) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(seen ? performance.timeOrigin + performance.now() : null);
    }
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** In `page`: records the epoch time of the next Enter keydown, before the app sees it. */
function stampEnter() {
  window.__enterAt = null;
  const stamp = (event) => {
    if (event.key !== 'Enter') return;
    window.__enterAt = performance.timeOrigin + performance.now();
    window.removeEventListener('keydown', stamp, true);
  };
  window.addEventListener('keydown', stamp, true);
}

async function tabSyncMs(browser, url) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'fr-FR',
    viewport: { width: 1920, height: 1200 },
  });
  const grid = (page) => page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' });
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(url);
  await a.waitForSelector('html[data-ready="true"]');
  await a.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
  await grid(a).waitFor();
  await b.goto(url);
  await b.waitForSelector('html[data-ready="true"]');
  await grid(b).waitFor();
  const names = await grid(a)
    .locator('[role="gridcell"][data-col]:not([aria-readonly])')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label')));
  // The page typed in is the front tab: headless Chromium draws the page behind at about
  // one frame a second, and a click waits for frames.
  await a.bringToFront();
  const delays = [];
  for (let i = 0; i < SYNC_EDITS; i++) {
    const name = names[(i * 5) % names.length];
    const euros = 20_001 + i * 7;
    await b.evaluate(watchCell, { name, text: `${euros},00` });
    await a.evaluate(stampEnter);
    await grid(a).getByRole('gridcell', { name, exact: true }).click();
    await a.keyboard.type(String(euros));
    await a.keyboard.press('Enter');
    const [seen, typed] = await Promise.all([
      b.evaluate(() => window.__seen),
      a.evaluate(() => window.__enterAt),
    ]);
    if (seen === null || typed === null) throw new Error(`${name}: never shown in the other page`);
    delays.push(seen - typed);
  }
  await context.close();
  return { median: median(delays), delays };
}

await build({ logLevel: 'warn' });
await build({ logLevel: 'warn', configFile: 'bench/vite.pages.config.ts' });
const server = await serveStatic(DIST, { isolated: true });
const pagesServer = await serveStatic(PAGES, { isolated: true });
const browser = await launchChromium();
// Frames drawn as soon as they are ready rather than on a 60 Hz clock: a key's time to its
// frame is then what the page costs, not where in the 16.7 ms period the key fell (on the
// clock, an empty page alone measured 15.2 ms at p95 on this machine).
const unthrottled = await launchChromium(undefined, [
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
]);
try {
  const js = await firstLoadJs(browser, server.url);
  const graph = firstLoadFromGraph();
  const peers = await peerFigures(browser, pagesServer.url, server.url);
  const grid = await gridFigures(browser, pagesServer.url);
  const results = {
    bundle_js_gzip_kb: round(graph.kb),
    planner_charts_js_gzip_kb: round(graph.chartsKb),
    cold_load_ms: round(peers.cold_load_ms),
    cold_load_floor_ms: round(peers.cold_load_floor_ms),
    cold_load_vs_floor_ratio: round(peers.cold_load_vs_floor_ratio, 2),
    grid_edit_vs_aggrid_ratio: round(peers.grid_edit_vs_aggrid_ratio, 2),
    grid_edit_vs_svar_ratio: round(peers.grid_edit_vs_svar_ratio, 2),
    grid_edit_p95_ms: round(grid.editP95, 2),
    grid_scroll_max_frame_ms: round(grid.maxFrameMs),
    grid_dom_cells: grid.maxCells,
    planner_model_edit_p95_ms: round(await plannerModelEditP95(browser, pagesServer.url), 2),
  };
  const keyEdits = await plannerKeyEditP95(unthrottled, pagesServer.url);
  results.planner_edit_p95_ms = round(keyEdits.p95, 2);
  results.planner_edit_frame_floor_p95_ms = round(await frameFloorP95(unthrottled), 2);
  results.planner_edit_60hz_p95_ms = round(await plannerKeyEditRun(browser, pagesServer.url), 2);
  const sync = await tabSyncMs(browser, server.url);
  results.tab_sync_ms = round(sync.median);
  const roi = await roiFigures(server.url, pagesServer.url);
  results.allocator_50_ms = round(roi.allocator50, 2);
  results.allocator_s_curve_20_ms = round(roi.allocatorS20, 2);
  results.montecarlo_10k_ms = round(roi.monteCarlo);
  results.roi_input_p95_ms = round(roi.input, 2);
  results.roi_curve_input_p95_ms = round(roi.curve, 2);
  results.montecarlo_main_longest_task_ms = round(roi.longest);
  const csv = await importFigures(server.url);
  results.import_100k_ms = round(csv.import_100k_ms);
  results.import_100k_12m_ms = round(csv.import_100k_12m_ms);
  results.export_100k_ms = round(csv.export_100k_ms);
  const orders = await ordersImportFigures(server.url);
  results.orders_import_200k_ms = round(orders.orders_import_200k_ms);
  const rfm = await rfmFigures(pagesServer.url);
  results.rfm_200k_orders_ms = round(rfm.rfm_200k_orders_ms);
  const forecast = await forecastFigures(pagesServer.url);
  results.bgnbd_fit_20k_customers_ms = round(forecast.bgnbd_fit_20k_customers_ms);
  results.gamma_gamma_fit_ms = round(forecast.gamma_gamma_fit_ms);
  const influencers = await influencersFigures(pagesServer.url);
  results.influencers_10k_recompute_ms = round(influencers.influencers_10k_recompute_ms, 2);
  const leads = await leadsFigures(pagesServer.url);
  results.lead_score_50k_ms = round(leads.lead_score_50k_ms, 2);
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('first load (import graph):', graph.files.join(', '));
  console.log(
    `a real first visit that opens the demo fetched ${round(js.kb)} KB gzip:`,
    js.files.join(', '),
  );
  console.log('beside the peers (medians of interleaved rounds):');
  console.table(
    Object.fromEntries(
      ['mixplan', 'aggrid', 'svar'].map((name) => [
        name,
        Object.fromEntries(Object.entries(peers[name]).map(([key, v]) => [key, round(v, 2)])),
      ]),
    ),
  );
  for (const name of ['mixplan', 'aggrid', 'svar'])
    console.log(
      `${name} edit p95 per round (ms):`,
      peers.rounds.map((r) => round(r[name].editP95, 2)).join(', '),
    );
  console.log(
    'over the first 200 edits only, ours ÷ AG Grid / SVAR:',
    round(peers.mixplan.editFirst200P95 / peers.aggrid.editFirst200P95, 2),
    '/',
    round(peers.mixplan.editFirst200P95 / peers.svar.editFirst200P95, 2),
  );
  console.log(
    'cold loads, app / hello-world floor (ms):',
    peers.rounds.map((r) => `${round(r.cold_load_ms)} / ${round(r.cold_load_floor_ms)}`).join(', '),
  );
  console.log(
    'planner edit p95 of each run (ms):',
    keyEdits.runs.map((ms) => round(ms, 2)).join(', '),
  );
  console.log(
    'allocator runs (ms), 50 concave:',
    roi.concaveRuns.map((ms) => round(ms, 2)).join(', '),
    '/ 20 S-shaped:',
    roi.sCurveRuns.map((ms) => round(ms, 2)).join(', '),
  );
  console.log('Monte Carlo, first run with the worker starting (ms):', round(roi.monteCarloCold));
  console.log('orders import runs (ms):', orders.runs.join(', '));
  console.log('RFM runs (ms):', rfm.runs.map((ms) => round(ms)).join(', '));
  console.log('BG/NBD fit runs (ms):', forecast.runs.map((ms) => round(ms)).join(', '));
  console.log(
    'influencer sheet, one weight changed (ms):',
    influencers.runs.map((ms) => round(ms, 1)).join(', '),
  );
  console.log(
    'lead scoring, one weight changed on 50 000 leads (ms):',
    leads.runs.map((ms) => round(ms, 1)).join(', '),
  );
  console.log('tab sync (ms):', sync.delays.map((ms) => round(ms)).join(', '));
  console.table(results);
} finally {
  await browser.close();
  await unthrottled.close();
  await server.close();
  await pagesServer.close();
}
