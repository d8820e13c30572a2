// Ways onto the Data screen that several browser test files share.
import type { Page } from 'playwright-core';
import { waitForApp } from './browser';

/** The demo plan opened, then the Data screen. */
export async function openDemoOnDataScreen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
  await page.getByRole('grid', { name: 'Budget par canal et par mois : Prévu' }).waitFor();
  await page.getByRole('link', { name: 'Données' }).click();
  await page.getByRole('heading', { name: 'Importer un fichier CSV' }).waitFor();
}
