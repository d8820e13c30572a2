// The CLV screen in Chromium, in French, end to end on a real orders export: the file read in
// a worker with its refused rows listed at their line, imported after the user confirms, the
// RFM segments of its customers, the figures the orders give sent to the simulator in one
// click, and the BG/NBD + Gamma-Gamma forecast fitted in a worker with its holdout check —
// and never a NaN or an Infinity on screen along the way.
import { describe, expect, it } from 'vitest';
import { ORDERS_UI } from '../../bench/clv-import-bench.mjs';
import { browserSuite, hasChromium } from './browser';
import { ordersFile } from './clv-orders';
import { openDemo } from './plan-pages';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PLAN, flat, nonNumbers, VIEWPORT } from './roi-pages';

// 600 customers acquired over the first half of 2023, buying until mid-2025: two and a half
// years, so that the orders give a basket, purchases per year and a year-over-year retention.
const FILE = ordersFile({ customers: 600, start: '2023-01-02', end: '2025-06-30', seed: 7 });
const READABLE = FILE.rows - 2;
const RFM_SEGMENTS = 'Clients et chiffre d’affaires par segment, dans l’ordre des règles';

function tab(page: Page, name: string): Locator {
  return page
    .getByRole('tablist', { name: 'Parties de l’écran CLV' })
    .getByRole('tab', { name, exact: true });
}

/** The sum of a segment table's customer counts. */
async function customersIn(table: Locator): Promise<number> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map(flat);
  const column = headers.findIndex((h) => h.startsWith('Clients'));
  let sum = 0;
  for (const row of (await table.getByRole('row').all()).slice(1)) {
    const cells = await row.getByRole('cell').allInnerTexts();
    const header = await row.getByRole('rowheader').count();
    const text = cells[column - header] ?? '';
    if (/total/i.test(flat(await row.innerText()))) continue;
    sum += Number(flat(text).replace(/\s/g, ''));
  }
  return sum;
}

describe.skipIf(!hasChromium)('the CLV screen in Chromium', () => {
  const suite = browserSuite();

  it('imports orders, segments them, feeds the simulator and fits the forecast', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    await page.getByRole('link', { name: 'CLV', exact: true }).click();
    await page.getByRole('heading', { name: `Simulateur de CLV — ${DEMO_PLAN}` }).waitFor();

    // 1. The orders file: read, its two bad rows reported at their line, then imported.
    await tab(page, 'Commandes et RFM').click();
    await page.getByLabel(ORDERS_UI.fileInput).setInputFiles({
      name: 'commandes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FILE.csv, 'utf8'),
    });
    await page.getByText(ORDERS_UI.summary(READABLE, 2)).waitFor();
    // The two bad rows are the file's last two lines (the header is line 1).
    const refused = page.getByRole('table', { name: 'Lignes écartées' });
    const reported = (await refused.getByRole('row').allInnerTexts()).map(flat).slice(1);
    expect(reported).toHaveLength(2);
    expect(reported[0]).toMatch(new RegExp(`^${FILE.rows} Client `));
    expect(reported[1]).toMatch(new RegExp(`^${FILE.rows + 1} Date de commande .*31/02/2024$`));
    await page.getByRole('button', { name: ORDERS_UI.confirm(READABLE) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: ORDERS_UI.done(READABLE) })
      .waitFor();
    expect(await nonNumbers(page), 'after the import').toEqual([]);

    // 2. RFM: every customer in one segment, the segments adding up to the file's customers.
    const segments = page.getByRole('table', { name: RFM_SEGMENTS });
    await segments.waitFor();
    expect(await customersIn(segments)).toBe(FILE.customers);

    // 3. The orders' figures into the simulator in one click.
    const derived = page.getByRole('region', { name: 'Hypothèses tirées des commandes' });
    // 5 130 cents on average per order in this file (its own figure, prefilled and overridable).
    const derivedBasket = derived.getByRole('textbox', { name: /^Panier moyen constaté/ });
    expect(await derivedBasket.inputValue()).toBe('51,3');
    await derived.getByRole('button', { name: 'Utiliser dans le simulateur' }).click();
    await tab(page, 'Simulateur').waitFor();
    const basketField = page.getByRole('textbox', { name: /^Panier moyen/ });
    await expect.poll(() => basketField.inputValue()).toBe('51,3');
    expect(await nonNumbers(page), 'simulator from the orders').toEqual([]);

    // 4. The forecast, calibrated on the orders up to the end of 2024, checked on 2025.
    await tab(page, 'Prévision').click();
    await page.getByLabel('Date de calibration').fill('2024-12-31');
    await page.getByRole('button', { name: 'Lancer l’ajustement' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Ajustement terminé/ })
      .waitFor({ timeout: 60_000 });
    const params = page.getByRole('region', { name: 'Paramètres ajustés' });
    expect(flat(await params.innerText())).toContain('r et α');
    const holdout = page.getByRole('region', { name: 'Contrôle sur la période de test' });
    // The chart's data table, hidden until asked for, is not rendered (ChartCanvas): its
    // text is read from the DOM, cell by cell, as a screen reader gets it.
    const rows = await holdout
      .getByRole('row')
      .evaluateAll((all) =>
        all.map((row) =>
          [...(row as HTMLTableRowElement).cells].map((c) => c.textContent).join(' '),
        ),
      );
    const last = flat(rows.at(-1) ?? '').split(' ');
    const actual = Number((last.at(-2) ?? '').replace(',', '.'));
    const predicted = Number((last.at(-1) ?? '').replace(',', '.'));
    // The file follows the model's own story: its forecast of 2025 holds within a quarter.
    expect(actual).toBeGreaterThan(0);
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.25);
    expect(await nonNumbers(page), 'forecast').toEqual([]);
  });
});
