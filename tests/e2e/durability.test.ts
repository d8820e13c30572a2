// Nothing typed is lost when the page goes away: closed 100 ms after the last keystroke, or
// the whole browser killed then (a persistent Chromium profile on disk, relaunched), and
// when the site's storage is cleared under an open plan (the plan stays on screen and can
// be saved again).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frStorage } from '../../src/i18n/fr-storage';
import { browserSuite, chromiumPath, hasChromium, startServer, type Server } from './browser';
import { CHROMIUM_ARGS } from './chromium.mjs';
import {
  amount,
  grid,
  gridTexts,
  LEAVE_AFTER_MS,
  openDemo,
  openSecondTab,
  readStored,
  reload,
  seeded,
  shown,
  typeInto,
  VIEWPORT,
  wrongCells,
  type Cell,
} from './plan-pages';

/**
 * In the page, for the failure message: when each read-write transaction of the app
 * completed, counted from the Enter that preceded it. Observation only: the app's calls go
 * through unchanged.
 */
function recordWrites(): void {
  const log: string[] = [];
  let enter = 0;
  Object.assign(window, { __writes: log });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') enter = performance.now();
    },
    true,
  );
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<typeof transaction>
  ) {
    const tx = transaction.apply(this, args);
    if (args[1] === 'readwrite') {
      const since = () => `${(performance.now() - enter).toFixed(0)} ms`;
      const started = since();
      tx.addEventListener('complete', () => log.push(`started ${started}, done ${since()}`));
      tx.addEventListener('abort', () => log.push(`started ${started}, aborted ${since()}`));
    }
    return tx;
  };
}

async function writesSoFar(page: Page): Promise<string> {
  const log = await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
  return log.slice(-3).join('; ') || 'none';
}

/** Pids of a process and of all its descendants, parents first. */
function processTree(root: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of rows) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** The browser process of a profile: the one Chromium process without --type=. */
function browserPid(profile: string): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,args=', '-ww'], { encoding: 'utf8' }).split('\n');
  const row = rows.find((r) => r.includes(`--user-data-dir=${profile}`) && !r.includes('--type='));
  const pid = Number(row?.trim().split(/\s+/)[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no browser process for ${profile}`);
  return pid;
}

describe.skipIf(!hasChromium)('nothing lost when the page or the browser goes away', () => {
  let server: Server;
  const profiles: string[] = [];

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    expect(foreignRequests, 'requests to other origins').toEqual([]);
    await server?.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  function newProfile(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mixplan-profile-'));
    profiles.push(dir);
    return dir;
  }

  /** Chromium on a profile kept on disk, with the suite's flags, in French. */
  /** Requests to another origin from any profile's pages: none allowed. */
  const foreignRequests: string[] = [];

  async function launch(profile: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath ?? undefined,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'fr-FR',
      viewport: VIEWPORT,
    });
    const origin = new URL(server.url).origin;
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreignRequests.push(url.href);
    });
    await context.addInitScript(recordWrites);
    const page = context.pages()[0] ?? (await context.newPage());
    return { context, page };
  }

  /** The plan again, in a new browser on the same profile: what it shows and stores. */
  async function relaunched(profile: string, typed: { cell: Cell; euros: number }[]) {
    const { context, page } = await launch(profile);
    try {
      await openSecondTab(page, server.url);
      return await wrongCells([page], typed);
    } finally {
      await context.close();
    }
  }

  it('keeps a value typed 100 ms before the page and the browser are closed', async () => {
    const profile = newProfile();
    const { context, page } = await launch(profile);
    await openDemo(page, server.url);
    const cell = (await readStored(page)).cells[7] as Cell;
    await typeInto(page, cell.name, 44_444);
    await page.waitForTimeout(LEAVE_AFTER_MS);
    const writes = await writesSoFar(page);
    await page.close();
    await context.close();

    const wrong = await relaunched(profile, [{ cell, euros: 44_444 }]);
    expect(wrong, `writes at close (since Enter): ${writes}`).toEqual([]);
  });

  it('loses nothing when the browser is killed 100 ms after the last keystroke', async () => {
    const profile = newProfile();
    const { context, page } = await launch(profile);
    await openDemo(page, server.url);
    const random = seeded(7);
    const typed = (await readStored(page)).cells
      .slice(10, 15)
      .map((cell) => ({ cell, euros: amount(random) }));
    for (const { cell, euros } of typed) await typeInto(page, cell.name, euros);
    await page.waitForTimeout(LEAVE_AFTER_MS);
    const writes = await writesSoFar(page);
    // A crash: the browser process and every process it started, at once, with no warning.
    const closed = new Promise((resolve) => context.once('close', resolve));
    for (const pid of processTree(browserPid(profile))) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
    await closed;

    const wrong = await relaunched(profile, typed);
    expect(wrong, `writes at the kill (since Enter): ${writes}`).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('storage cleared under an open plan', () => {
  const suite = browserSuite();

  /** Opens the demo, types two amounts, then lets `clear` take the database away. */
  async function clearedUnderPlan(clear: (page: Page, other: Page) => Promise<void>) {
    const { context, page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    const stored = await readStored(page);
    const { planName } = stored;
    const typed = [
      { cell: stored.cells[20] as Cell, euros: 55_555 },
      { cell: stored.cells[31] as Cell, euros: 66_666 },
    ];
    for (const { cell, euros } of typed) await typeInto(page, cell.name, euros);
    const onScreen = await gridTexts(page);
    for (const { cell, euros } of typed) expect(onScreen[cell.name]).toBe(shown(euros));

    // A page of the same origin that does not run the app.
    const other = await context.newPage();
    await other.goto(`${suite.server.url}icons/icon.svg`);
    await clear(page, other);

    const banner = page.getByRole('alert').filter({ hasText: frStorage['storage.lost.title'] });
    await banner.waitFor({ timeout: 5000 });
    expect(await banner.innerText()).toContain(
      frStorage['storage.lost.body'].replace('{plan}', planName),
    );
    // The plan stays on screen, every value as it was, and nothing recreated the database.
    expect(await grid(page).isVisible()).toBe(true);
    expect(await gridTexts(page)).toEqual(onScreen);
    const databases = await other.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(databases).not.toContain('mixplan');

    await page.bringToFront();
    await banner.getByRole('button', { name: frStorage['storage.saveAgain'] }).click();
    await page
      .getByRole('status')
      .filter({ hasText: frStorage['storage.savedAgain'].replace('{plan}', planName) })
      .waitFor();
    expect(await banner.count()).toBe(0);

    await reload(page);
    expect(await gridTexts(page)).toEqual(onScreen);
    expect(await wrongCells([page], typed)).toEqual([]);
  }

  it('says so when another page deletes the database, and saves the plan again', async () => {
    await clearedUnderPlan(async (_page, other) => {
      await other.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase('mixplan');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(new Error(`delete failed: ${request.error?.name}`));
          }),
      );
    });
  });

  it('says so when the browser clears the site data, and saves the plan again', async () => {
    await clearedUnderPlan(async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(suite.server.url).origin,
        storageTypes: 'indexeddb',
      });
      await cdp.detach();
    });
  });
});
