// Build, preview and test configuration. The CSP meta tag is added to the built page only:
// the dev server injects styles inline for hot reload, which a strict policy would block.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { strictCsp } from './csp.config.ts';
import { preloadFrench } from './preload-language.config.ts';

// What the planner (the screen a returning user lands on) needs to show its Budget tab, in one
// chunk. Left to itself the bundler cuts it into a dozen small chunks wherever another screen
// shares a module (the grid, the summary, the budget sheet), and each compresses apart from
// the rest: one chunk is 2 to 3 KB smaller gzip and one request instead of thirteen. The other
// screens that share these modules load this chunk with them. A module missing from the list
// still works; it just travels in a chunk of its own (`npm run bench` prints the first load).
const PLANNER_FIRST_LOAD = {
  name: 'planner',
  includeDependenciesRecursively: false,
  test: new RegExp(
    [
      'src/views/planner/(PlannerView|BudgetTab|PlanList|LayerSwitch|LazyCharts|LazyPart|SummaryCards)\\.svelte',
      'src/views/planner/(lazy-part|planner-parts|planner-session|session-\\w+|undo-log|planner-columns)\\.',
      'src/ui/grid/',
      'src/ui/(ConfirmDialog|InfoTip)\\.svelte',
      'src/ui/idle\\.ts',
      'src/state/(plan-data|figure-link)\\.',
      'src/domain/(variance|budget-groups|budget-sheet|channel-order)\\.ts',
    ].join('|'),
  ),
};

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    svelteTesting(),
    strictCsp(),
    preloadFrench(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        name: 'Mixplan — budget marketing média et hors-média',
        short_name: 'Mixplan',
        description: 'Plan marketing budgets offline: media and hors-média, ROI, CLV, influencers.',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#1f5f8b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The manifest lets `npm run bench` compute the first-load JavaScript from the import graph.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [PLANNER_FIRST_LOAD] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
