// Issue 9 in real Chromium against the production build: a Replace never deletes what the
// user was not shown, an import is undone exactly, a file for another period is imported
// after one answer, and a Google Sheets English file maps its families by itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { backupChecksum } from '../../bench/import-bench.mjs';
import { browserSuite, hasChromium, waitForApp } from './browser';
import { openDemoOnDataScreen } from './data-pages';

const YEAR = new Date().getFullYear();

/** Every record of the plan tables, read with the browser's own IndexedDB. */
function planTables(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mixplan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
    const plans = (await read('plans')).map(({ updatedAt: _updatedAt, ...plan }) => plan);
    const result = { plans, channels: await read('channels'), budgets: await read('budgets') };
    db.close();
    return result;
  });
}

/** A backup holding one plan of 12 months from firstMonth, with one channel and its amount. */
function planBackup(firstMonth: string): string {
  const now = Date.UTC(YEAR, 0, 1);
  const plan = {
    id: 'p',
    name: 'Plan de décembre',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth,
    monthCount: 12,
    targetBudget: null,
    scenarioOf: null,
    createdAt: now,
    updatedAt: now,
  };
  const channel = {
    id: 'c1',
    planId: 'p',
    name: 'Radio locale',
    family: 'media',
    category: 'radio',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
  const budget = {
    channelId: 'c1',
    planId: 'p',
    months: { [firstMonth]: { planned: 50_000, committed: 0, actual: 0 } },
  };
  const tables = {
    plans: [plan],
    channels: [channel],
    budgets: [budget],
    meta: [{ key: 'currentPlanId', value: 'p' }],
  };
  const head = { format: 'mixplan-backup', formatVersion: 1, schemaVersion: 2, createdAt: now };
  return JSON.stringify({ ...head, checksum: backupChecksum(JSON.stringify(tables)), tables });
}

async function checkText(page: Page, target: string, name: string, text: string) {
  await page.getByLabel('Que contient le fichier ?').selectOption(target);
  await page
    .getByLabel('Choisir un fichier CSV', { exact: true })
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('table', { name: /Aperçu/ }).waitFor();
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  const report = page.getByRole('region', { name: 'Rapport de vérification' });
  await report.waitFor();
  return report;
}

const confirmButton = (page: Page) =>
  page.getByRole('button', { name: /^Importer (les lignes acceptées|la ligne acceptée) \(/ });

const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);

/** Seven channels, a wide French file of the plan's year. */
function goodFile(): string {
  const names = ['TV', 'Radio', 'Presse', 'Affichage', 'Salon', 'Emailing', 'Sponsoring'];
  const lines = [`Canal;Famille;${months.join(';')}`];
  names.forEach((name, i) => {
    const family = i < 4 ? 'Média' : 'Hors média';
    lines.push(
      [name, family, ...months.map((_, m) => `${(i + 1) * 100 + m},${m % 10}0`)].join(';'),
    );
  });
  return lines.join('\r\n') + '\r\n';
}

describe.skipIf(!hasChromium)('importing the files people really have', () => {
  const suite = browserSuite();

  it('Replace with refused rows removes nothing the user did not see named', async () => {
    const { page } = await suite.open();
    await openDemoOnDataScreen(page, suite.server.url);
    let report = await checkText(page, 'plan-wide', 'bon.csv', goodFile());
    await report.getByRole('radio', { name: /Remplacer/ }).check();
    await confirmButton(page).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remplacer' }).click();
    await page.getByText('Import enregistré.').waitFor();
    const before = await planTables(page);
    expect(before.channels).toHaveLength(7);

    // The same channels, five of them with an amount no one can read: refused rows.
    await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
    const broken = goodFile()
      .split('\r\n')
      .map((line, i) => (i >= 3 && line !== '' ? line.replace(/;[^;]*$/, ';beaucoup') : line))
      .join('\r\n');
    report = await checkText(page, 'plan-wide', 'abime.csv', broken);
    await report.getByText(/7 lignes lues : 2 acceptées, 5 refusées/).waitFor();
    await report.getByRole('radio', { name: /Remplacer/ }).check();
    // Kept unless ticked, and named.
    await report.getByText('Canaux dont toutes les lignes sont refusées ou en attente').waitFor();
    expect(await report.getByRole('checkbox').count()).toBe(5);
    await report.getByText(/0 supprimé(?!s)/).waitFor();
    await confirmButton(page).click();
    await page.getByText('Import enregistré.').waitFor();
    const after = await planTables(page);
    expect(after.channels.map((c) => c.name).sort()).toEqual(
      before.channels.map((c) => c.name).sort(),
    );
    // The refused channels keep every amount.
    const refused = before.channels.filter((c) => !['TV', 'Radio'].includes(String(c.name)));
    for (const channel of refused) {
      const was = before.budgets.find((b) => b.channelId === channel.id);
      expect(after.budgets.find((b) => b.channelId === channel.id)).toEqual(was);
    }
  });

  it('Undo import restores the exact plan', async () => {
    const { page } = await suite.open();
    await openDemoOnDataScreen(page, suite.server.url);
    const before = await planTables(page);
    const report = await checkText(page, 'plan-wide', 'bon.csv', goodFile());
    await report.getByRole('radio', { name: /Remplacer/ }).check();
    await confirmButton(page).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remplacer' }).click();
    await page.getByText('Import enregistré.').waitFor();
    expect(await planTables(page)).not.toEqual(before);
    await page
      .getByRole('region', { name: 'Importer un fichier CSV' })
      .getByRole('button', { name: 'Annuler l’import' })
      .click();
    await page.getByText('Import annulé : le plan est revenu à son état d’avant.').waitFor();
    expect(await planTables(page)).toEqual(before);
  });

  it('imports a January–December file into a plan that starts in December after one answer', async () => {
    const { page } = await suite.open();
    await page.goto(suite.server.url);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Données' }).click();
    await page.getByLabel('Restaurer une sauvegarde', { exact: true }).setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(planBackup(`${YEAR}-12`)),
    });
    await page.getByRole('button', { name: 'Remplacer toutes mes données' }).click();
    await page.getByRole('heading', { name: 'Importer un fichier CSV' }).waitFor();
    const report = await checkText(page, 'plan-wide', 'annee.csv', goodFile());
    await report.getByText('7 lignes lues : 7 acceptées, 0 refusée.', { exact: false }).waitFor();
    await report
      .getByText(`Le fichier couvre ${YEAR}-01 → ${YEAR}-12, le plan ${YEAR}-12 → ${YEAR + 1}-11.`)
      .waitFor();
    expect(await confirmButton(page).isDisabled()).toBe(true);
    // The one answer.
    await report.getByRole('radio', { name: /Prendre la période du fichier/ }).check();
    await confirmButton(page).click();
    await page.getByText('Import enregistré.').waitFor();
    const tables = await planTables(page);
    expect(tables.plans[0]).toMatchObject({ firstMonth: `${YEAR}-01`, monthCount: 12 });
    const tv = tables.channels.find((c) => c.name === 'TV');
    const budget = tables.budgets.find((b) => b.channelId === tv?.id);
    expect(Object.keys((budget?.months as object) ?? {})).toHaveLength(12);
  });

  it('imports every row of a Google Sheets English file with “Below the line”', async () => {
    const { page } = await suite.open();
    await openDemoOnDataScreen(page, suite.server.url);
    const header = ['Channel', 'Family', 'Jan 2026', 'Feb 2026'].map((h) =>
      h.replace('2026', String(YEAR)),
    );
    const rows = [
      ['TV spot', 'Media', '1200.50', '300'],
      ['Radio', 'Above the line', '400', '0'],
      ['Trade show', 'Below the line', '2500', ''],
      ['Emailing', 'BTL', '120', '120'],
      ['Sampling', 'Non-media', '800', ''],
      ['Press', 'ATL', '150.25', '150'],
      ['Webinar', 'Below the line', '90', '90'],
    ];
    const text = [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
    const report = await checkText(page, 'plan-wide', 'Budget - Sheet1.csv', text);
    await report.getByText(/7 lignes lues : 7 acceptées, 0 refusée(?!s)/).waitFor();
    await confirmButton(page).click();
    await page.getByText('Import enregistré.').waitFor();
    const tables = await planTables(page);
    const family = (name: string) => tables.channels.find((c) => c.name === name)?.family;
    expect(['TV spot', 'Radio', 'Press'].map(family)).toEqual(['media', 'media', 'media']);
    expect(['Trade show', 'Emailing', 'Sampling', 'Webinar'].map(family)).toEqual([
      'hors-media',
      'hors-media',
      'hors-media',
      'hors-media',
    ]);
  });
});
