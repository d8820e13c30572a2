// What a person does in the real browser, against the production build: first visit, demo
// plan, reload, language, offline. Every test also proves that no request left for another
// origin and that the Content-Security-Policy was never violated.
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, openWatched, startServer, waitForApp } from './browser';

describe.skipIf(!hasChromium)('Mixplan in Chromium', () => {
  const suite = browserSuite();

  it('offers the demo on first visit, and the plan is still there after a reload', async () => {
    const watched = await suite.open();
    const { page } = watched;
    await page.goto(suite.server.url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
    await page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' }).waitFor();

    await page.reload();
    await waitForApp(page);
    await page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Programme de fidélité' }).count()).toBe(1);
    expect(
      await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).count(),
    ).toBe(0);
  });

  it('speaks English to a browser that prefers English', async () => {
    const watched = await suite.open({ locale: 'en-US' });
    await watched.page.goto(suite.server.url);
    await waitForApp(watched.page);
    await watched.page.getByRole('button', { name: 'Open the demo plan' }).waitFor();
  });

  it('switches language from Settings and keeps the choice after a reload', async () => {
    const watched = await suite.open();
    const { page } = watched;
    await page.goto(`${suite.server.url}#/settings`);
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

  it('fetches only the French strings for a French visitor, the English ones on a switch', async () => {
    const watched = await suite.open();
    const { page } = watched;
    const scripts: string[] = [];
    page.on('response', (response) => {
      const name = new URL(response.url()).pathname.split('/').pop() ?? '';
      if (name.endsWith('.js')) scripts.push(name);
    });
    await page.goto(`${suite.server.url}#/settings`);
    await waitForApp(page);
    await page.getByRole('combobox', { name: 'Langue de l’interface' }).waitFor();
    expect(scripts.some((name) => /^fr-[\w-]+\.js$/.test(name))).toBe(true);
    expect(scripts.filter((name) => /^en-[\w-]+\.js$/.test(name))).toEqual([]);

    await page.getByRole('combobox', { name: 'Langue de l’interface' }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(scripts.some((name) => /^en-[\w-]+\.js$/.test(name))).toBe(true);
  });

  it('opens with the network off after one visit', async () => {
    // Its own server, so that stopping it cuts the network for this test only.
    const ownServer = await startServer();
    const watched = await openWatched(suite.browser, ownServer);
    try {
      const { page } = watched;
      await page.goto(ownServer.url);
      await waitForApp(page);
      await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
      await page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' }).waitFor();
      // The service worker has precached the whole app once it is active.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

      await ownServer.close();
      await page.reload();
      await waitForApp(page);
      await page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' }).waitFor();
      await page.getByRole('link', { name: 'Réglages' }).click();
      await page.getByRole('heading', { name: 'Réglages' }).waitFor();
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
    } finally {
      await watched.context.close();
      await ownServer.close().catch(() => undefined);
    }
  });

  it('would notice a CSP violation and a foreign request (the watch itself works)', async () => {
    // Not suite.open(): this page must break the rules, and the watch must see it.
    const probe = await openWatched(suite.browser, suite.server);
    try {
      await probe.page.goto(suite.server.url);
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
