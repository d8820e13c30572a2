// The Learn page in Chromium, in French, on the demo plan: every entry's link followed to the
// screen and figure that use its concept (the figure in view, focused, its tab opened), and a
// figure's info tip leading back to its entry. The figures that need data get it first: the
// ROI worked example as a funnel, the CLV example and an orders file, one influencer.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ORDERS_UI } from '../../bench/clv-import-bench.mjs';
import { LEARN_ENTRIES } from '../../src/views/learn/learn-entries';
import { browserSuite, hasChromium } from './browser';
import { ordersFile } from './clv-orders';
import { openDemo } from './plan-pages';
import { campaign, EXAMPLE_LINE, flat, loadExample, typeNumber, VIEWPORT } from './roi-pages';

const ORDERS = ordersFile({ customers: 80, start: '2023-01-02', end: '2025-06-30', seed: 3 });

/** The navigation's name of each screen an entry links to. */
const NAV_NAMES: Record<(typeof LEARN_ENTRIES)[number]['target']['view'], string> = {
  planner: 'Planificateur',
  roi: 'ROI',
  clv: 'CLV',
  influencers: 'Influenceurs',
  leads: 'Leads',
};

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Écrans' }).getByRole('link', { name, exact: true });
}

/** The worked example's line as the Learn page's funnel: 2 000 € → 20 clients, CAC 100 €. */
async function roiFunnel(page: Page): Promise<void> {
  await nav(page, 'ROI').click();
  await loadExample(page);
  const line = campaign(page, EXAMPLE_LINE);
  await line.getByRole('radio', { name: 'un entonnoir (impressions → clients)' }).check();
  await typeNumber(line.getByRole('textbox', { name: /^Achat média/ }), '2000');
  await typeNumber(line.getByRole('textbox', { name: 'Impressions', exact: true }), '400000');
  await typeNumber(line.getByRole('textbox', { name: 'Taux de clic (CTR)' }), '0,5');
  await typeNumber(line.getByRole('textbox', { name: 'Taux de conversion en lead' }), '5');
  await typeNumber(line.getByRole('textbox', { name: /^Taux de closing/ }), '20');
  await typeNumber(line.getByRole('textbox', { name: 'Panier moyen' }), '100');
  await expect
    .poll(async () => flat(await line.locator('[data-figure="cac"] dd').innerText()))
    .toBe('100,00 €');
}

async function clvData(page: Page): Promise<void> {
  await nav(page, 'CLV').click();
  await page.getByRole('button', { name: /^Charger l’exemple : CAC 50 €/ }).click();
  await page.locator('[data-figure="clv-ratio"]').waitFor();
  await page.getByRole('tab', { name: ORDERS_UI.ordersTab, exact: true }).click();
  await page.getByLabel(ORDERS_UI.fileInput).setInputFiles({
    name: 'commandes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ORDERS.csv, 'utf8'),
  });
  await page.getByRole('button', { name: ORDERS_UI.confirm(ORDERS.rows - 2) }).click();
  await page.locator('[data-figure="rfm"]').waitFor({ timeout: 20_000 });
}

async function oneInfluencer(page: Page): Promise<void> {
  await nav(page, 'Influenceurs').click();
  await page.getByRole('button', { name: 'Ajouter un influenceur' }).first().click();
  await page.getByRole('grid', { name: 'Feuille des influenceurs' }).waitFor();
}

/** Focused, and at least partly inside the window. */
async function focusedInView(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inView =
      box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < innerWidth;
    return el === document.activeElement && inView && box.height > 0;
  });
}

describe.skipIf(!hasChromium)('the Learn page in Chromium', () => {
  const suite = browserSuite();

  it('follows every entry to its figure, and a figure’s tip back to its entry', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    await roiFunnel(page);
    await clvData(page);
    await oneInfluencer(page);

    for (const entry of LEARN_ENTRIES) {
      await nav(page, 'Apprendre').click();
      const article = page.locator(`[data-learn-entry="${entry.id}"]`);
      await article.locator('[data-learn-link]').click();
      const { view, tab, figure, category } = entry.target;
      const target = page.locator(`[data-figure="${figure}"]`).first();
      await expect
        .poll(() => focusedInView(target), { timeout: 15_000, message: entry.id })
        .toBe(true);
      expect(new URL(page.url()).hash.split('?')[0], entry.id).toBe(`#/${view}`);
      expect(await nav(page, NAV_NAMES[view]).getAttribute('aria-current'), entry.id).toBe('page');
      if (tab) {
        const panel = await target.evaluate(
          (el, wanted) => el.closest(`[role="tabpanel"][id$="panel-${wanted}"]`) !== null,
          tab,
        );
        expect(panel, `${entry.id}: in the ${tab} tab`).toBe(true);
      }
      if (category) {
        expect(await target.getByRole('combobox', { name: 'Type de canal' }).inputValue()).toBe(
          category,
        );
      }
    }

    // Back: the ROI figure's tip leads to the ROI entry, focused.
    await nav(page, 'ROI').click();
    const results = campaign(page, EXAMPLE_LINE);
    await results.getByRole('button', { name: 'À propos de : ROI', exact: true }).first().click();
    const tip = page.getByRole('dialog', { name: 'ROI', exact: true });
    await tip.getByRole('link', { name: 'En savoir plus' }).click();
    const roiEntry = page.locator('[data-learn-entry="roi-roas"]');
    await expect.poll(() => focusedInView(roiEntry), { timeout: 10_000 }).toBe(true);
    expect(new URL(page.url()).hash).toBe('#/learn?entry=roi-roas');
  });
});
