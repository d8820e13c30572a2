// The influencer sheet in Chromium, in French, on the demo plan: a CSV of influencers imported
// after its preview (the engagement-rate column refused as computed, a hostile name kept as
// text), sorted, two shortlisted and compared, one booked — its cost then in the planner of
// this tab and of a second tab — and the booking cancelled, the cost gone from both.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium } from './browser';
import { gridTexts, openDemo, openSecondTab, VIEWPORT } from './plan-pages';
import { flat, nonNumbers } from './roi-pages';

const HOSTILE = '<img src=x onerror=alert(1)>';
const FILE = [
  "Nom;Pseudo;Plateforme;Abonnés;J'aime moyens;Commentaires;Prix du post (€);Statut;Taux d'engagement",
  'Léa Martin;@lea;Instagram;12 500;480;35;250,00 €;Contactée;4,1 %',
  `${HOSTILE};@img;TikTok;45 000;900;40;600;;2 %`,
  'Jules Petit;@jules;Instagram;8 200;610;48;120;À contacter;',
].join('\r\n');

async function openInfluencers(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Influenceurs', exact: true }).click();
  await page.getByRole('heading', { name: /^Influenceurs — / }).waitFor();
}

/** A grid cell's text (spaces removed, "1250,00") in cents; an empty cell is 0. */
function centsOf(text: string): number {
  const match = /^(\d*),(\d\d)/.exec(text.replace(/€/g, ''));
  return match ? Number(match[1] || 0) * 100 + Number(match[2]) : 0;
}

/** The planned amount of a channel in a month, as the planner's grid shows it, in cents. */
async function plannedCell(page: Page, month: string, channel: string): Promise<number> {
  return centsOf((await gridTexts(page))[`${month}, ${channel}`] ?? '');
}

describe.skipIf(!hasChromium)('the influencer sheet in Chromium', () => {
  const suite = browserSuite();

  it('imports, sorts, shortlists, compares, books into the planner of two tabs, and cancels', async () => {
    const { page, context } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    await openInfluencers(page);

    // 1. The file: three rows, the computed engagement column refused with its reason.
    await page.getByLabel('Choisir un fichier CSV d’influenceurs', { exact: true }).setInputFiles({
      name: 'influenceurs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FILE, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer 3 influenceurs' }).waitFor();
    expect(flat(await page.locator('body').innerText())).toContain(
      'le taux d’engagement est calculé',
    );
    await page.getByRole('button', { name: 'Importer 3 influenceurs' }).click();
    await page.getByRole('status').filter({ hasText: '3 influenceurs importés.' }).waitFor();
    // The hostile name is text in the sheet, never an element.
    await page.getByText(HOSTILE).first().waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await nonNumbers(page), 'after the import').toEqual([]);

    // 2. Sorted by followers, largest first: the 45 000-follower account leads.
    await page.getByLabel('Trier par').selectOption({ label: 'Abonnés' });
    await page.getByLabel('Sens').selectOption('descending');
    const sheet = page.getByRole('grid', { name: 'Feuille des influenceurs' });
    const firstRow = sheet.getByRole('row').nth(1);
    await expect.poll(async () => flat(await firstRow.innerText())).toContain(HOSTILE);

    // 3. Two shortlisted, then compared side by side.
    const shown = page.getByLabel('Influenceur affiché');
    for (const name of ['Léa Martin', 'Jules Petit']) {
      await shown.selectOption({ label: name });
      await page.getByRole('heading', { name: `Fiche : ${name}` }).waitFor();
      await page.getByRole('button', { name: 'Présélectionner' }).click();
    }
    await page.getByText('2 présélectionnés').waitFor();
    await page.getByRole('button', { name: 'Comparer la présélection' }).click();
    const compared = page.getByRole('region', { name: 'Comparaison de la présélection' });
    const comparison = flat(await compared.innerText());
    expect(comparison).toContain('Léa Martin');
    expect(comparison).toContain('Jules Petit');

    // 4. Léa booked for the plan's first month at her post price, 250 €. A second tab shows
    // the planner before the booking, so that what the booking adds is measured there.
    const second = await context.newPage();
    await openSecondTab(second, suite.server.url);
    const beforeBooking = await gridTexts(second);
    await shown.selectOption({ label: 'Léa Martin' });
    await page.getByRole('heading', { name: 'Fiche : Léa Martin' }).waitFor();
    const month = page.getByLabel('Mois de la réservation');
    await month.selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Réserver', exact: true }).click();
    const status = page
      .getByRole('region', { name: 'Réservation' })
      .locator('p')
      .filter({ hasText: /Réservé pour .* : 250,00\s€ dans « .* »/ });
    await status.waitFor();
    const channel = /« (.*) »/.exec(flat(await status.innerText()))?.[1] ?? '';
    expect(channel).not.toBe('');

    // The demo plan may already have an amount there (its own influence channel): the
    // booking adds 250 € on top of it, in the second tab and in this tab's planner.
    // The grid names its months short ("janv. 2026"): the plan's first month is the channel's
    // first cell.
    const gridMonth =
      (Object.keys(beforeBooking).find((k) => k.endsWith(`, ${channel}`)) ?? '').split(', ')[0] ??
      '';
    expect(gridMonth, 'the channel in the second tab’s planner').not.toBe('');
    const typed = centsOf(beforeBooking[`${gridMonth}, ${channel}`] ?? '');
    await expect
      .poll(() => plannedCell(second, gridMonth, channel), { timeout: 10_000 })
      .toBe(typed + 25_000);
    await page.getByRole('link', { name: 'Planificateur', exact: true }).click();
    await expect.poll(() => plannedCell(page, gridMonth, channel)).toBe(typed + 25_000);

    // 5. The booking cancelled: the 250 € leave both tabs.
    await openInfluencers(page);
    await shown.selectOption({ label: 'Léa Martin' });
    await page.getByRole('button', { name: 'Annuler la réservation' }).click();
    await expect
      .poll(() => plannedCell(second, gridMonth, channel), { timeout: 10_000 })
      .toBe(typed);
    expect(await nonNumbers(page), 'after the booking').toEqual([]);
  });
});
