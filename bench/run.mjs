// `npm run bench`: builds the app, serves it on 127.0.0.1 and measures it in headless
// Chromium. Writes one flat object (name → number) to bench/results.json and prints it.
//   bundle_js_gzip_kb — gzip size of every JS file loaded by a first visit that opens the demo
//                       plan (so the planner screen's own chunk counts; service worker blocked)
//   cold_load_ms      — navigation start to the app's "ready" mark, median of 5 fresh profiles
//   grid_edit_p95_ms  — one cell edit in a 200 × 60 grid until row and month totals are in
//                       the DOM and laid out (bench/pages/grid.html), p95 of 200 edits
//   grid_scroll_max_frame_ms — longest frame while scrolling that grid one step per frame
//   grid_dom_cells    — most grid cells in the DOM during that scroll
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { serveStatic } from '../tests/e2e/static-server.mjs';

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
  const loads = [];
  for (let i = 0; i < COLD_LOAD_RUNS; i++) loads.push(await coldLoad(browser, server.url));
  const grid = await gridFigures(browser, pagesServer.url);
  const results = {
    bundle_js_gzip_kb: round(js.kb),
    cold_load_ms: round(median(loads)),
    grid_edit_p95_ms: round(grid.editP95, 2),
    grid_scroll_max_frame_ms: round(grid.maxFrameMs),
    grid_dom_cells: grid.maxCells,
  };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('first-load scripts:', js.files.join(', '));
  console.log('cold loads (ms):', loads.map((ms) => round(ms)).join(', '));
  console.table(results);
} finally {
  await browser.close();
  await server.close();
  await pagesServer.close();
}
