// `npm run bench`: builds the app, serves it on 127.0.0.1 and measures it in headless
// Chromium. Writes one flat object (name → number) to bench/results.json and prints it.
//   bundle_js_gzip_kb — first-load JavaScript, gzip: from Vite's import graph, the entry and
//                       everything it imports statically, the service-worker client it loads
//                       at start, and the planner screen (the first screen of a returning
//                       user) with its static imports. Cross-checked against the scripts a real
//                       first visit fetches until the app is ready (printed).
//   planner_charts_js_gzip_kb — the charts chunk (Chart.js), loaded once the grid is up
//   cold_load_ms      — navigation start to the app's "ready" mark, median of 5 fresh profiles
//   grid_edit_p95_ms  — one cell edit in a 200 × 60 grid until row and month totals are in
//                       the DOM and laid out (bench/pages/grid.html), p95 of 200 edits
//   grid_scroll_max_frame_ms — longest frame while scrolling that grid one step per frame
//   grid_dom_cells    — most grid cells in the DOM during that scroll
//   import_100k_ms / export_100k_ms — see bench/import-bench.mjs (100 000 long-form rows,
//                       French style, through the real Data screen, stored in IndexedDB)
//   planner_edit_p95_ms — one edit in a 200-channel × 60-month plan, opened in the real planner
//                       screen (bench/pages/planner.html), until the totals, summary, the three
//                       matrices and the charts are updated and laid out; p95 of 200 edits
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { serveStatic } from '../tests/e2e/static-server.mjs';
import { importFigures } from './import-bench.mjs';

const DIST = 'dist';
const PAGES = 'bench/dist';
const COLD_LOAD_RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

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
  staticClosure(manifest, 'src/views/planner/PlannerView.svelte', files);
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

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function gridFigures(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}grid.html`);
  await page.waitForSelector('html[data-ready="true"]');
  const edits = await page.evaluate(() => {
    const times = [];
    for (let i = 0; i < 200; i++) {
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

async function plannerEditP95(browser, url) {
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

async function coldLoad(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  const ms = await page.evaluate(() => performance.getEntriesByName('mixplan-ready')[0]?.startTime);
  await context.close();
  if (typeof ms !== 'number') throw new Error('the app never set its ready mark');
  return ms;
}

await build({ logLevel: 'warn' });
await build({ logLevel: 'warn', configFile: 'bench/vite.pages.config.ts' });
const server = await serveStatic(DIST);
const pagesServer = await serveStatic(PAGES);
const browser = await launchChromium();
try {
  const js = await firstLoadJs(browser, server.url);
  const graph = firstLoadFromGraph();
  const loads = [];
  for (let i = 0; i < COLD_LOAD_RUNS; i++) loads.push(await coldLoad(browser, server.url));
  const grid = await gridFigures(browser, pagesServer.url);
  const results = {
    bundle_js_gzip_kb: round(graph.kb),
    planner_charts_js_gzip_kb: round(graph.chartsKb),
    cold_load_ms: round(median(loads)),
    grid_edit_p95_ms: round(grid.editP95, 2),
    grid_scroll_max_frame_ms: round(grid.maxFrameMs),
    grid_dom_cells: grid.maxCells,
    planner_edit_p95_ms: round(await plannerEditP95(browser, pagesServer.url), 2),
  };
  const csv = await importFigures(browser, server.url);
  results.import_100k_ms = round(csv.import_100k_ms);
  results.export_100k_ms = round(csv.export_100k_ms);
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('first load (import graph):', graph.files.join(', '));
  console.log(
    `a real first visit that opens the demo fetched ${round(js.kb)} KB gzip:`,
    js.files.join(', '),
  );
  console.log('cold loads (ms):', loads.map((ms) => round(ms)).join(', '));
  console.table(results);
} finally {
  await browser.close();
  await server.close();
  await pagesServer.close();
}
