// Presenter mode in the built app: from the demo plan's planner, "Présenter" opens the title
// slide with the plan's name and no navigation; → shows the key figures the planner's summary
// shows, to the cent; End and Home reach the last and first slides, each chart slide draws its
// chart; Esc goes back to the planner. Then axe-core over every slide in both themes, and
// over the one slide of a plan without channels.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  demoIn,
  eachSlide,
  go,
  pickTheme,
  report,
  THEMES,
  type Found,
} from './a11y-pages';
import { browserSuite, hasChromium } from './browser';
import { grid, openDemo, VIEWPORT } from './plan-pages';

const DEMO_NAME = 'Boutique de vêtements — démo';
const SLIDES = ['title', 'figures', 'monthly', 'split', 'stages', 'plan-vs-actual', 'channels'];

/** Text with its spaces (no-break, narrow, runs) made one plain space. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The planner's summary card named `name`: its value and the line under it. */
async function summaryCard(page: Page, name: string): Promise<{ value: string; sub: string }> {
  const card = page.locator('section.summary .card', {
    has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }),
  });
  const sub = card.locator('.sub');
  return {
    value: plain(await card.locator('.value').textContent()),
    sub: (await sub.count()) === 0 ? '' : plain(await sub.textContent()),
  };
}

/** The key figures slide's value named `name` (its `nth` line: 2 for the amounts of a split). */
async function slideFigure(page: Page, name: string, nth = 1): Promise<string> {
  const term = page.locator('[data-slide="figures"] dt', { hasText: new RegExp(`^${name}$`) });
  return plain(await term.locator(`xpath=following-sibling::dd[${nth}]`).textContent());
}

const slide = (page: Page) => page.locator('[data-slide]');
const liveRegion = (page: Page) => page.locator('main [aria-live="polite"]');

describe.skipIf(!hasChromium)('presenter mode', () => {
  const suite = browserSuite();

  it('presents the demo plan from the planner: title, the summary’s figures, keys, Esc back', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    const planner = {
      planned: await summaryCard(page, 'Prévu'),
      committed: await summaryCard(page, 'Engagé'),
      actual: await summaryCard(page, 'Réalisé'),
      gap: await summaryCard(page, 'Reste à allouer'),
      split: await summaryCard(page, 'Média / Hors-média'),
    };
    expect(planner.planned.value).toMatch(/\d €$/);

    await page.getByRole('link', { name: 'Présenter', exact: true }).click();
    await page.waitForFunction(() => window.location.hash === '#/present');
    const title = slide(page).getByRole('heading', { level: 1 });
    await expect.poll(() => title.textContent()).toBe(DEMO_NAME);
    expect(await slide(page).getAttribute('data-slide')).toBe('title');
    expect(plain(await slide(page).textContent())).toContain(planner.planned.value);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.locator('main').getByRole('textbox').count()).toBe(0);
    // The keyboard is on the slide: the first key moves it.
    expect(await slide(page).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('ArrowRight');
    await page.locator('[data-slide="figures"]').waitFor();
    await expect
      .poll(() => liveRegion(page).textContent())
      .toBe('Diapositive 2 sur 7 : Chiffres clés');
    expect(await slideFigure(page, 'Prévu')).toBe(planner.planned.value);
    expect(await slideFigure(page, 'Engagé')).toBe(planner.committed.value);
    expect(await slideFigure(page, 'Réalisé')).toBe(planner.actual.value);
    expect(await slideFigure(page, 'Reste à allouer')).toBe(planner.gap.value);
    expect(planner.gap.sub).toContain(await slideFigure(page, 'Budget cible'));
    expect(await slideFigure(page, 'Média / Hors-média')).toBe(planner.split.value);
    expect(await slideFigure(page, 'Média / Hors-média', 2)).toBe(planner.split.sub);

    await page.keyboard.press('End');
    await page.locator('[data-slide="channels"]').waitFor();
    expect(await page.locator('[data-slide="channels"] tbody tr').count()).toBe(5);
    await page.keyboard.press('Home');
    await page.locator('[data-slide="title"]').waitFor();

    // Every chart slide draws its chart (Chart.js arrives after the title slide).
    for (const id of SLIDES.slice(1)) {
      await page.keyboard.press('PageDown');
      await page.locator(`[data-slide="${id}"]`).waitFor();
      if (!['figures', 'channels'].includes(id)) {
        await page.locator(`[data-slide="${id}"] [data-chart="${id}"] canvas`).waitFor();
      }
    }
    expect(await liveRegion(page).textContent()).toBe('Diapositive 7 sur 7 : Canaux principaux');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.location.hash === '#/planner');
    await grid(page).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(1);
  }, 60_000);
});

describe.skipIf(!hasChromium).each(THEMES)('presenter mode under axe-core, %s theme', (theme) => {
  const suite = browserSuite();

  it('has no serious or critical violation on any slide', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT, bypassCSP: true });
    await demoIn(page, suite.server.url, theme);
    await go(page, suite.server.url, 'present');
    const found: Found[] = [];
    const walked = await eachSlide(page, 'présentation', async (where) => {
      found.push(...(await axeViolations(page, `${where}, ${theme}`)));
    });
    expect(walked).toEqual(SLIDES);
    expect(report(found)).toEqual([]);
  }, 120_000);

  it('says a plan without channels has nothing else to present, without violations', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT, bypassCSP: true });
    await pickTheme(page, suite.server.url, theme);
    await go(page, suite.server.url, 'planner');
    await page.getByRole('button', { name: 'Commencer un plan vide' }).click();
    await page.getByRole('tablist').waitFor();
    await go(page, suite.server.url, 'present');
    await page.getByText(/Ce plan n’a pas encore de canal/).waitFor();
    expect(await page.locator('main').textContent()).toContain('1 / 1');
    expect(report(await axeViolations(page, `présentation d’un plan vide, ${theme}`))).toEqual([]);
  }, 60_000);
});
