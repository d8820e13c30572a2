// Builds the measurement pages (bench/pages/*.html) into bench/dist with the app's toolchain
// and CSP, so the browser tests and `npm run bench` exercise production code paths.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
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
      // Every page of bench/pages, each its own entry.
      input: Object.fromEntries(
        readdirSync(resolve(import.meta.dirname, 'pages'))
          .filter((name) => name.endsWith('.html'))
          .map((name) => [basename(name, '.html'), resolve(import.meta.dirname, 'pages', name)]),
      ),
    },
  },
});
