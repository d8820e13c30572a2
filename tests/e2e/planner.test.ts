// The planner in Chromium: a plan built by keyboard alone, with media and hors-média rows,
// totals that agree with the cells, and everything still there after a reload.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, waitForApp } from './browser';
import { grid as planGrid, openDemo } from './plan-pages';

const GRID = 'Budget par canal et par mois : Prévu';

async function addChannelByKeyboard(page: Page, category: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Type de canal' }).focus();
  await page.getByRole('combobox', { name: 'Type de canal' }).selectOption({ label: category });
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.getByText(`Canal « ${name} » ajouté.`).waitFor();
}

/** "Imprimer le résumé" with the browser's print dialog stood in for; resolves once printed. */
async function printSummary(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
    document.documentElement.removeAttribute('data-printed');
  });
  await page.getByRole('button', { name: 'Imprimer le résumé' }).click();
  await page.waitForSelector('html[data-printed="true"]');
}

describe.skipIf(!hasChromium)('the planner in Chromium', () => {
  const suite = browserSuite();

  it('builds a plan by keyboard, totals agree with the cells, and it survives a reload', async () => {
    const { page } = await suite.open({ viewport: { width: 1440, height: 1000 } });
    await page.goto(suite.server.url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Commencer un plan vide' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Canaux' }).focus();
    await page.keyboard.press('Enter');
    await addChannelByKeyboard(page, 'Radio', 'Radio locale');
    await addChannelByKeyboard(page, 'Salon professionnel', 'Salon du prêt-à-porter');

    await page.getByRole('tab', { name: 'Budget' }).focus();
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid', { name: GRID });
    await grid.waitFor();
    await grid.focus();
    // Active cell: first month of the first row (Radio locale, media).
    await page.keyboard.type('1200');
    await page.keyboard.press('Tab');
    await page.keyboard.type('=1200*2,5');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('3 500,5');
    await page.keyboard.press('Enter');

    const total = grid
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
    await expect
      .poll(async () => (await total.innerText()).replace(/\s+/g, ' '))
      .toContain('7 700,50');
    const media = grid
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Total Média' }) });
    expect((await media.innerText()).replace(/\s+/g, ' ')).toContain('4 200,00');

    await page.reload();
    await waitForApp(page);
    const again = page.getByRole('grid', { name: GRID });
    await again.waitFor();
    const cells = await again.getByRole('gridcell').allInnerTexts();
    expect(cells.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(
      expect.arrayContaining(['1 200,00', '3 000,00', '3 500,50']),
    );
    await expect
      .poll(async () =>
        (
          await again
            .getByRole('row')
            .filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) })
            .innerText()
        ).replace(/\s+/g, ' '),
      )
      .toContain('7 700,50');
  });

  it('prints a one-page summary with the monthly chart', async () => {
    const { page } = await suite.open({ viewport: { width: 1280, height: 900 } });
    await openDemo(page, suite.server.url);
    await printSummary(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('grid').isVisible()).toBe(false);
    const summary = page.locator('.print-summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toContain('Résumé du plan « Boutique de vêtements — démo »');
    const chart = summary.getByRole('img');
    expect(await chart.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(
      500,
    );
  });

  it('prints the chart as the last edit left it, though the chart was out of view', async () => {
    // Short enough that the monthly chart sits below the grid, where it waits to be seen
    // before drawing an edit (src/ui/charts/in-view.ts).
    const { page } = await suite.open({ viewport: { width: 1280, height: 700 } });
    await openDemo(page, suite.server.url);
    const grid = planGrid(page);
    const canvas = page.locator('[data-chart="monthly"] canvas');
    await canvas.waitFor();
    expect(await canvas.evaluate((c) => c.getBoundingClientRect().top)).toBeGreaterThan(700);
    const printedChart = async () => {
      await printSummary(page);
      // Hidden on screen: found by its selector, not by its role.
      return page.locator('.print-summary img').evaluate((img) => (img as HTMLImageElement).src);
    };
    const before = await printedChart();

    await grid.locator('[role="gridcell"][data-row="0"][data-col="0"]').click();
    await page.keyboard.type('987654');
    await page.keyboard.press('Enter');
    await expect.poll(() => printedChart()).not.toBe(before);
  });
});
