// Finds Debian's Chromium and launches it with the flags this machine needs (DESIGN.md):
// without the background-networking flags Chromium tries to reach Google at start.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary to use, or null when none is installed. */
export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

/** `extraArgs`: more flags, e.g. the benchmark's unthrottled frame clock. */
export function launchChromium(executablePath = findChromium(), extraArgs = []) {
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
