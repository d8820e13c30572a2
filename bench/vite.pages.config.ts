// Builds the measurement pages (bench/pages/*.html) into bench/dist with the app's toolchain
// and CSP, so the browser tests and `npm run bench` exercise production code paths.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { strictCsp } from '../csp.config.ts';

export default defineConfig({
  root: resolve(import.meta.dirname, 'pages'),
  base: './',
  plugins: [svelte(), strictCsp()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        grid: resolve(import.meta.dirname, 'pages/grid.html'),
        planner: resolve(import.meta.dirname, 'pages/planner.html'),
        roi: resolve(import.meta.dirname, 'pages/roi.html'),
      },
    },
  },
});
