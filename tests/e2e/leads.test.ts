// The lead scoring screen in Chromium, in French, on the demo plan: the seeds' example loaded
// for its model, then a French leads file (`;`, DD/MM/YYYY dates, a bad date refused with its
// line) imported in place of the example's leads, every lead scored on today's date, the MQL
// filter applied, and the export: the two MQL leads with their scores, and nothing else.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser';
import { openDemo, VIEWPORT } from './plan-pages';
import { flat } from './roi-pages';

/** The local calendar day `days` before today, as a French file writes it (DD/MM/YYYY). */
function frenchDay(daysAgo: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

// Scored with the example's model (woman +10; opens every e-mail +10 and a click or a
// download +20, both × 0,5^(days since the last contact ÷ 30); lead within 30 days +20;
// contact within 14 days +10; behaviour capped at 60; MQL from 30, SQL from 50):
//   Alice  10 + 10·0,5^(1/30) + 20·0,5^(1/30) + 20 + 10 = 10 + 59,31 = 69,31  → SQL
//   Bruno   0 + 10·0,5^(20/30)                            =  6,30          → à nourrir
//   Denis   0 + 10·0,5^(10/30) + 20·0,5^(10/30) + 10      = 33,81          → MQL
//   Eva    10 + 10·0,5^(12/30) + 20·0,5^(12/30) + 10      = 42,74          → MQL
//   Farid  neither e-mail nor phone                                          → mis de côté
//   Gaëlle 31/02/2026 is no date: the row is refused, with its line.
const FILE = [
  'Nom;E-mail;Téléphone;Date du lead;Dernier contact;Genre;E-mails ouverts;Action',
  `Alice Durand;alice@exemple.fr;;${frenchDay(3)};${frenchDay(1)};F;tous;clic`,
  `Bruno Morel;bruno@exemple.fr;;${frenchDay(60)};${frenchDay(20)};H;tous;aucune`,
  `Denis Roy;denis@exemple.fr;;${frenchDay(40)};${frenchDay(10)};H;tous;clic`,
  `Eva Blanc;eva@exemple.fr;;${frenchDay(45)};${frenchDay(12)};F;tous;téléchargement`,
  `Farid Amrani;;;${frenchDay(2)};${frenchDay(2)};H;tous;clic`,
  'Gaëlle Noir;gaelle@exemple.fr;;31/02/2026;;F;tous;clic',
].join('\r\n');

async function openLeads(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Leads', exact: true }).click();
  await page.getByRole('heading', { name: /^Lead scoring — / }).waitFor();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const path = await (await download).path();
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

describe.skipIf(!hasChromium)('the lead scoring screen in Chromium', () => {
  const suite = browserSuite();

  it('imports a French leads file, scores it, filters the MQLs and exports them with their scores', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    await openLeads(page);
    await page.getByRole('button', { name: /^Charger l’exemple/ }).click();
    await page.getByRole('table', { name: 'Leads classés' }).waitFor();

    // The file replaces the example's leads; the bad date is refused with its line.
    await page.getByLabel('Choisir un fichier CSV de leads', { exact: true }).setInputFiles({
      name: 'leads.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FILE, 'utf8'),
    });
    await page.getByText('5 leads lisibles, 1 ligne écartée.').waitFor();
    const report = flat(await page.getByRole('table', { name: 'Lignes écartées' }).innerText());
    expect(report).toContain('7');
    expect(report).toContain('31/02/2026');
    await page.getByLabel('Remplacer les leads').check();
    await page.getByRole('button', { name: 'Remplacer par 5 leads' }).click();
    await page.getByText('5 leads : 1 SQL, 2 MQL, 1 à nourrir, 1 mis de côté.').waitFor();

    // Best first: Alice (SQL), then the two MQLs.
    const list = page.getByRole('table', { name: 'Leads classés' });
    const names = async () => (await list.getByRole('button').allInnerTexts()).map(flat);
    expect((await names()).slice(0, 3)).toEqual(['Alice Durand', 'Eva Blanc', 'Denis Roy']);

    // The MQL filter lists the two of them only.
    await page.getByLabel('Statut').selectOption('mql');
    await expect.poll(names).toEqual(['Eva Blanc', 'Denis Roy']);

    // The export holds what is listed, with the scores the screen shows.
    const csv = await downloaded(page, () =>
      page.getByRole('button', { name: 'Exporter avec les scores (CSV)' }).click(),
    );
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    const header = (lines[0] ?? '').split(';');
    const score = header.indexOf('Score');
    const band = header.indexOf('Qualification');
    expect(score).toBeGreaterThan(-1);
    const rows = lines.slice(1).map((line) => line.split(';'));
    expect(rows.map((r) => r[0])).toEqual(['Eva Blanc', 'Denis Roy']);
    expect(rows.map((r) => r[score])).toEqual(['42,74', '33,81']);
    expect(rows.map((r) => r[band])).toEqual(['MQL (à travailler)', 'MQL (à travailler)']);
  }, 120_000);
});
