// `node bench/peers-run.mjs`: builds the app and the bench pages, then prints what
// bench/peers-bench.mjs measures (Mixplan's grid beside AG Grid and SVAR, cold load beside a
// Svelte hello world). A few minutes on this machine.
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { serveStatic } from '../tests/e2e/static-server.mjs';
import { peerFigures } from './peers-bench.mjs';

const round = (value) => Math.round(value * 100) / 100;

await build({ logLevel: 'warn' });
await build({ logLevel: 'warn', configFile: 'bench/vite.pages.config.ts' });
const server = await serveStatic('dist', { isolated: true });
const pagesServer = await serveStatic('bench/dist', { isolated: true });
const browser = await launchChromium();
try {
  const figures = await peerFigures(browser, pagesServer.url, server.url);
  const grids = ['mixplan', 'aggrid', 'svar'];
  console.table(
    Object.fromEntries(
      grids.map((name) => [
        name,
        Object.fromEntries(Object.entries(figures[name]).map(([key, v]) => [key, round(v)])),
      ]),
    ),
  );
  for (const name of grids) {
    console.log(
      `${name} edit p95 per round (ms):`,
      figures.rounds.map((r) => round(r[name].editP95)).join(', '),
    );
  }
  console.log('cold loads, app / floor (ms):');
  console.table(
    figures.rounds.map((r) => ({ app: round(r.cold_load_ms), floor: round(r.cold_load_floor_ms) })),
  );
  const ratios = [
    'grid_edit_vs_aggrid_ratio',
    'grid_edit_vs_svar_ratio',
    'cold_load_ms',
    'cold_load_floor_ms',
    'cold_load_vs_floor_ratio',
  ];
  console.table(Object.fromEntries(ratios.map((key) => [key, round(figures[key])])));
} finally {
  await browser.close();
  await server.close();
  await pagesServer.close();
}
