// What a person does in the real browser, against the production build: first visit, demo
// plan, reload, language, offline. Every test also proves that no request left for another
// origin and that the Content-Security-Policy was never violated.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  openWatched,
  startBrowser,
  startServer,
  waitForApp,
  type Server,
  type Watched,
} from './browser';

describe.skipIf(!hasChromium)('Mixplan in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let watched: Watched | null = null;

  beforeAll(async () => {
    [browser, server] = await Promise.all([startBrowser(), startServer()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    if (!watched) return;
    const { foreignRequests, cspViolations, context } = watched;
    watched = null;
    await context.close();
    expect(foreignRequests, 'requests to other origins').toEqual([]);
    expect(cspViolations, 'CSP violations').toEqual([]);
  });

  it('offers the demo on first visit, and the plan is still there after a reload', async () => {
    watched = await openWatched(browser, server);
    const { page } = watched;
    await page.goto(server.url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
    await expect.poll(() => page.getByRole('table', { name: '9 canaux' }).count()).toBe(1);

    await page.reload();
    await waitForApp(page);
    await page.getByRole('table', { name: '9 canaux' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Programme de fidélité' }).count()).toBe(1);
    expect(
      await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).count(),
    ).toBe(0);
  });

  it('speaks English to an English browser and French to a French one', async () => {
    watched = await openWatched(browser, server, { locale: 'en-US' });
    await watched.page.goto(server.url);
    await waitForApp(watched.page);
    await watched.page.getByRole('button', { name: 'Open the demo plan' }).waitFor();
  });

  it('switches language from Settings and keeps the choice after a reload', async () => {
    watched = await openWatched(browser, server);
    const { page } = watched;
    await page.goto(`${server.url}#/settings`);
    await waitForApp(page);
    await page.getByRole('combobox', { name: 'Langue de l’interface' }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('link', { name: 'Planner' }).click();
    await page.getByRole('button', { name: 'Open the demo plan' }).waitFor();
  });

  it('opens with the network off after one visit', async () => {
    const ownServer = await startServer();
    try {
      watched = await openWatched(browser, ownServer);
      const { page } = watched;
      await page.goto(ownServer.url);
      await waitForApp(page);
      await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
      await page.getByRole('table', { name: '9 canaux' }).waitFor();
      // The service worker has precached the whole app once it is active.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

      await ownServer.close();
      await page.reload();
      await waitForApp(page);
      await page.getByRole('table', { name: '9 canaux' }).waitFor();
      await page.getByRole('link', { name: 'Réglages' }).click();
      await page.getByRole('heading', { name: 'Réglages' }).waitFor();
    } finally {
      await ownServer.close().catch(() => undefined);
    }
  });

  it('would notice a CSP violation and a foreign request (the watch itself works)', async () => {
    const probe = await openWatched(browser, server);
    try {
      await probe.page.goto(server.url);
      await waitForApp(probe.page);
      await probe.page
        .addScriptTag({ content: 'document.title = "inline";' })
        .catch(() => undefined);
      await expect.poll(() => probe.cspViolations.length).toBeGreaterThan(0);
      expect(await probe.page.title()).toBe('Mixplan');
      // The CSP stops a script's fetch before it leaves; a navigation is still a request.
      await probe.page.goto('http://127.0.0.2:9/').catch(() => undefined);
      expect(probe.foreignRequests).toEqual(['http://127.0.0.2:9/']);
    } finally {
      await probe.context.close();
    }
  });
});
