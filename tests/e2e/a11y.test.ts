// axe-core over every screen of the built app, in the light and the dark theme picked in
// Settings, on realistic data: the demo plan, each screen's example, every tab and sub-tab,
// and the info tips and dialogs that open on a click. Any serious or critical violation
// fails, listed with its rule, the element and why (issue 15: "zero serious or critical").
// Presenter mode's slides and the Learn page with the guided examples loaded (and their
// remove dialog) are walked the same way, both themes, in present.test.ts and examples.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  demoIn,
  eachTab,
  go,
  pickTheme,
  report,
  settle,
  THEMES,
  tipButtons,
  type Found,
} from './a11y-pages';
import { browserSuite, hasChromium } from './browser';
import { VIEWPORT } from './plan-pages';

/** Three influencers, as an agency's spreadsheet lists them (with French number formats). */
const INFLUENCERS = [
  'Nom;Pseudo;Plateforme;Abonnés;J’aime moyens;Commentaires;Prix du post (€);Statut',
  'Léa Martin;@lea;Instagram;12 500;480;35;250,00 €;Contactée',
  'Sami Roux;@sami;TikTok;45 000;900;40;600;',
  'Jules Petit;@jules;Instagram;8 200;610;48;120;À contacter',
].join('\r\n');

describe.skipIf(!hasChromium).each(THEMES)('axe-core, %s theme', (theme) => {
  const suite = browserSuite();

  /** A page that accepts axe's script tag, on the demo plan in this theme. */
  async function demo(): Promise<{ page: Page; found: Found[]; check: Check }> {
    const { page } = await suite.open({ viewport: VIEWPORT, bypassCSP: true });
    await demoIn(page, suite.server.url, theme);
    const found: Found[] = [];
    return { page, found, check: checker(page, found) };
  }

  type Check = (where: string, include?: string) => Promise<void>;
  function checker(page: Page, found: Found[]): Check {
    return async (where, include) => {
      found.push(...(await axeViolations(page, `${where}, ${theme}`, include)));
    };
  }

  /** Opens each info tip of the screen in turn; axe reads the page with the first open. */
  async function eachTip(page: Page, where: string, check: Check): Promise<number> {
    const count = await tipButtons(page.locator('main')).count();
    for (let i = 0; i < count; i++) {
      const button = tipButtons(page.locator('main')).first();
      const name = (await button.getAttribute('aria-label')) ?? `tip ${i}`;
      await button.click();
      const panel = page.locator('main .infotip [role="dialog"]');
      await panel.waitFor();
      // A tip is closed again after its visit: the mark says it was seen.
      await page
        .locator('main .infotip:has([role="dialog"]) > button')
        .evaluate((b) => b.setAttribute('data-seen', ''));
      await check(`${where} › ${name}`, i === 0 ? undefined : '.infotip:has([role="dialog"])');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
    }
    return count;
  }

  it('the welcome screen of a first visit', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT, bypassCSP: true });
    const found: Found[] = [];
    await pickTheme(page, suite.server.url, theme);
    await go(page, suite.server.url, 'planner');
    await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).waitFor();
    await checker(page, found)('accueil');
    expect(report(found)).toEqual([]);
  });

  it('the planner: every tab, its info tips and the delete dialog', async () => {
    const { page, found, check } = await demo();
    await go(page, suite.server.url, 'planner');
    await check('planificateur');
    await eachTab(page, 'planificateur', check);
    await page.getByRole('tab', { name: 'Budget', exact: true }).click();
    await settle(page);
    expect(await eachTip(page, 'planificateur › Budget', check)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Supprimer', exact: true }).first().click();
    await page.getByRole('dialog').waitFor();
    await check('planificateur › suppression du plan');
    await page.keyboard.press('Escape');
    expect(report(found)).toEqual([]);
  }, 240_000);

  it('the ROI simulator with its example: every tab and its info tips', async () => {
    const { page, found, check } = await demo();
    await go(page, suite.server.url, 'roi');
    await page.getByRole('button', { name: 'Charger l’exemple : 10 000 € → 40 000 €' }).click();
    await settle(page);
    await check('ROI');
    expect(await eachTip(page, 'ROI', check)).toBeGreaterThan(0);
    await eachTab(page, 'ROI', check);
    expect(report(found)).toEqual([]);
  }, 240_000);

  it('the CLV simulator with its example: every tab', async () => {
    const { page, found, check } = await demo();
    await go(page, suite.server.url, 'clv');
    await page.getByRole('button', { name: /^Charger l’exemple/ }).click();
    await settle(page);
    await check('CLV');
    await eachTip(page, 'CLV', check);
    await eachTab(page, 'CLV', check);
    expect(report(found)).toEqual([]);
  }, 240_000);

  it('the influencers of an imported sheet, with their chart', async () => {
    const { page, found, check } = await demo();
    await go(page, suite.server.url, 'influencers');
    await check('influenceurs (vide)');
    await page.getByLabel('Choisir un fichier CSV d’influenceurs', { exact: true }).setInputFiles({
      name: 'influenceurs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(INFLUENCERS, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer 3 influenceurs' }).waitFor();
    await check('influenceurs › aperçu de l’import');
    await page.getByRole('button', { name: 'Importer 3 influenceurs' }).click();
    await page.getByRole('status').filter({ hasText: '3 influenceurs importés.' }).waitFor();
    await settle(page);
    await check('influenceurs');
    await eachTab(page, 'influenceurs', check);
    expect(report(found)).toEqual([]);
  }, 240_000);

  it('the lead scoring with its example', async () => {
    const { page, found, check } = await demo();
    await go(page, suite.server.url, 'leads');
    await check('leads (vide)');
    await page.getByRole('button', { name: /^Charger l’exemple/ }).click();
    await page.getByRole('table', { name: 'Leads classés' }).waitFor();
    await settle(page);
    await check('leads');
    await eachTab(page, 'leads', check);
    expect(report(found)).toEqual([]);
  }, 240_000);

  it('the share panel, and the data, settings, learn and shared-link screens', async () => {
    const { page, found, check } = await demo();
    // The demo plan's own link, made by the planner's share panel (its panel is checked too).
    await go(page, suite.server.url, 'planner');
    await page.getByRole('button', { name: 'Partager par lien' }).click();
    await page.getByRole('button', { name: 'Créer le lien et le copier' }).click();
    const link = await page.locator('.share-panel input[type="text"][readonly]').inputValue();
    await check('planificateur › partage par lien');
    const shared = link.slice(link.indexOf('#/') + 2);
    expect(shared).toMatch(/^shared\?p=/);
    for (const route of ['data', 'settings', 'learn', shared]) {
      await go(page, suite.server.url, route);
      await check(route.split('?')[0] ?? route);
      await eachTab(page, route, check);
    }
    expect(report(found)).toEqual([]);
  }, 240_000);
});

describe.skipIf(!hasChromium)('axe-core itself', () => {
  const suite = browserSuite();

  it('would notice an unnamed button and grey-on-grey text (the check works)', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT, bypassCSP: true });
    await demoIn(page, suite.server.url, 'light');
    await go(page, suite.server.url, 'planner');
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const button = document.createElement('button');
      const text = document.createElement('p');
      text.textContent = 'Texte illisible';
      text.style.cssText = 'color: #9a9a9a; background: #aaaaaa';
      main?.append(button, text);
    });
    const rules = (await axeViolations(page, 'sonde')).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });
});
