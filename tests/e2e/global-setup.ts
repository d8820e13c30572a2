// Browser tests run against the production build: build it once, and decide whether the
// suite runs. Without Chromium the suite is skipped with a loud notice, except in CI
// (CI=true), where a missing browser is a failure.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    distDir: string;
    pagesDir: string;
  }
}

/**
 * A separate process: inside Vitest, Vite resolves Svelte's server build (VITEST is set),
 * and the page would fail with "mount(...) is not available on the server".
 */
function vite(...args: string[]): void {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
  );
  delete env.NODE_ENV;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', ...args], {
    env,
    stdio: 'inherit',
  });
}

// Two suites run side by side on one checkout (two people, or two helpers) each build into
// their own folder: E2E_OUT=/tmp/mine puts the app in /tmp/mine/app and the pages in
// /tmp/mine/pages.
const out = process.env.E2E_OUT;
const distDir = out ? `${out}/app` : 'dist';
const pagesDir = out ? `${out}/pages` : 'bench/dist';

export default async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI === 'true') {
      throw new Error('CI=true but no Chromium is installed: apt-get install -y chromium');
    }
    console.warn(
      '\n\x1b[41m\x1b[97m BROWSER TESTS SKIPPED \x1b[0m no Chromium found (/usr/bin/chromium).' +
        ' Install it with: apt-get install -y chromium\n',
    );
  } else {
    const into = (dir: string) => (out ? ['--outDir', dir, '--emptyOutDir'] : []);
    vite('build', '--logLevel', 'warn', ...into(distDir));
    vite(
      'build',
      '--logLevel',
      'warn',
      '--config',
      'bench/vite.pages.config.ts',
      ...into(pagesDir),
    );
  }
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', distDir);
  project.provide('pagesDir', pagesDir);
}
