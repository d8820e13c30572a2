// Share by link in the real browser: a link made from the demo plan opens the same plan,
// read-only, in a fresh profile (a new persistent Chromium profile on disk), and "Save a
// copy" stores it for good; a changed, cut, crafted or inflating link is refused with a
// clear message and stores nothing. Every page is watched: no request to another origin,
// no CSP violation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/db/backup';
import { sharePayload } from '../../src/db/share-payload';
import { demoBudgets } from '../../src/domain/demo-budget';
import { demoPlan } from '../../src/domain/demo-plan';
import type { Month } from '../../src/domain/months';
import { toBase64Url } from '../../src/domain/share/base64url';
import { deflateText } from '../../src/domain/share/deflate';
import { browserSuite, chromiumPath, hasChromium, waitForApp } from './browser';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { grid, openDemo, readStored, storedRecords, VIEWPORT } from './plan-pages';

const DEMO_NAME = 'Boutique de vêtements — démo';

/** Plans stored in this page's database (it is created by the app at start). */
async function storedPlanCount(page: Page): Promise<number> {
  return (await storedRecords(page, 'plans')).length;
}

/** The open plan's name and its channels' names in sheet order, as IndexedDB holds them. */
async function storedPlan(
  page: Page,
): Promise<{ planId: string; planName: string; channelNames: string[] }> {
  const { planId, planName } = await readStored(page);
  const channels = await storedRecords<{ planId: string; name: string; sortOrder: number }>(
    page,
    'channels',
  );
  const channelNames = channels
    .filter((c) => c.planId === planId)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((c) => c.name);
  return { planId, planName, channelNames };
}

/** The "Prévu" figure of the summary cards, spaces removed. */
async function plannedTotal(page: Page): Promise<string> {
  const card = page.locator('section.summary .card', { hasText: 'Prévu' }).first();
  return ((await card.locator('.value').textContent()) ?? '').replace(/[\s\u00a0\u202f]/g, '');
}

/** A link around any text, correctly checksummed: what someone crafting one would do. */
async function craftedLink(base: string, text: string): Promise<string> {
  const data = toBase64Url(await deflateText(text));
  return `${base}#/shared?p=1.${checksumOf(`1.${data}`)}.${data}`;
}

describe.skipIf(!hasChromium)('share a plan by link', () => {
  const suite = browserSuite();
  const profiles: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];

  afterAll(() => {
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
    expect(foreignRequests, 'requests to other origins').toEqual([]);
    expect(cspViolations, 'CSP violations').toEqual([]);
  });

  /** A new profile on disk, watched as browser.ts watches its pages. */
  async function freshProfile(): Promise<{ context: BrowserContext; page: Page }> {
    const dir = mkdtempSync(join(tmpdir(), 'mixplan-share-'));
    profiles.push(dir);
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath ?? undefined,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'fr-FR',
      viewport: VIEWPORT,
    });
    const origin = new URL(suite.server.url).origin;
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreignRequests.push(url.href);
    });
    await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
      cspViolations.push(text);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__reportCspViolation?.(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    return { context, page };
  }

  it('opens the demo plan read-only in a fresh profile, and saves a copy that stays', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    const source = await storedPlan(page);
    const total = await plannedTotal(page);
    await page.getByRole('button', { name: 'Partager par lien' }).click();
    await page.getByText('rien ne quitte votre ordinateur').waitFor();
    await page.getByRole('button', { name: 'Créer le lien et le copier' }).click();
    const field = page.getByRole('textbox', { name: /Lien de partage/ });
    await field.waitFor();
    const link = await field.inputValue();
    expect(link.startsWith(`${suite.server.url}#/shared?p=1.`)).toBe(true);
    expect(link.length).toBeLessThanOrEqual(8000);

    const { context, page: other } = await freshProfile();
    try {
      await other.goto(link);
      await waitForApp(other);
      await other.getByRole('heading', { name: `Plan partagé : ${DEMO_NAME}` }).waitFor();
      const table = other.getByRole('table', { name: /Budget par canal et par mois : Prévu/ });
      for (const name of source.channelNames) {
        expect(await table.getByRole('rowheader', { name, exact: true }).count(), name).toBe(1);
      }
      expect(await plannedTotal(other)).toBe(total);
      // Read-only: no grid, no cell editor, no text field, and nothing stored yet.
      expect(await other.getByRole('grid').count()).toBe(0);
      expect(await other.getByRole('gridcell').count()).toBe(0);
      expect(
        await other.locator('input:not([type="radio"]), textarea, [contenteditable]').count(),
      ).toBe(0);
      expect(await storedPlanCount(other)).toBe(0);

      await other.getByRole('button', { name: 'Enregistrer une copie' }).click();
      await grid(other).waitFor();
      await other.getByRole('heading', { name: DEMO_NAME, level: 1 }).waitFor();
      await other.reload();
      await waitForApp(other);
      await grid(other).waitFor();
      const copy = await storedPlan(other);
      expect(copy.planName).toBe(DEMO_NAME);
      expect(copy.planId).not.toBe(source.planId);
      expect(copy.channelNames).toEqual(source.channelNames);
      expect(await plannedTotal(other)).toBe(total);
      expect(await storedPlanCount(other)).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('refuses a changed, cut, crafted or inflating link with a clear message, storing nothing', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    const base = suite.server.url;
    let id = 0;
    const { plan, channels } = demoPlan({
      language: 'fr',
      planId: 'p',
      newId: () => `c${++id}`,
      now: 0,
      firstMonth: '2026-01' as Month,
    });
    const payload = sharePayload({
      plan,
      channels,
      budgets: demoBudgets(plan, channels, '2026-06' as Month),
    });
    const good = await craftedLink(base, JSON.stringify(payload));
    const at = good.length - 30;
    const changed = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    const cases = [
      { link: changed, message: 'Ce lien a été modifié ou coupé' },
      { link: good.slice(0, good.length - 200), message: 'Ce lien a été modifié ou coupé' },
      {
        link: await craftedLink(
          base,
          JSON.stringify({ ...payload, plan: { ...(payload.plan as object), admin: true } }),
        ),
        message: 'des champs ou des valeurs que Mixplan n’écrit pas',
      },
      {
        link: await craftedLink(
          base,
          JSON.stringify({
            ...payload,
            plan: { ...(payload.plan as object), name: '<img src=x onerror=alert(1)>' },
          }),
        ),
        message: 'du texte qui ressemble à du code HTML',
      },
      {
        link: await craftedLink(base, `{"format":"mixplan-share","x":"${'0'.repeat(4_000_000)}"}`),
        message: 'se décompresse en plus de',
      },
    ];
    for (const { link, message } of cases) {
      await page.goto(link);
      await waitForApp(page);
      await page.getByRole('heading', { name: 'Ce lien ne peut pas être ouvert' }).waitFor();
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: message }).waitFor();
      expect(await page.getByRole('button', { name: 'Enregistrer une copie' }).count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await storedPlanCount(page), message).toBe(0);
    }
    // The untouched link opens: the refusals above are about what was changed.
    await page.goto(good);
    await waitForApp(page);
    await page.getByRole('heading', { name: `Plan partagé : ${DEMO_NAME}` }).waitFor();
  });
});
