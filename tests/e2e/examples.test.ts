// The guided examples in Chromium, in French, next to a plan of the user's own (the demo
// plan): each example loaded from the Learn page opens in the planner with the figure its card
// promises on screen, the plan list marks it "Exemple", and "Retirer les exemples" removes the
// four of them, leaving the user's plan, its channels, budgets and scenarios as they were.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_IDS,
  buildExample,
  examplePointers,
  type ExampleId,
} from '../../src/domain/examples';
import { localDay } from '../../src/domain/leads/defaults';
import { monthAtTime } from '../../src/domain/months';
import { pointerValue } from '../../src/views/learn/examples/pointer-value';
import { axeViolations, demoIn, learnWithExamples, report, THEMES } from './a11y-pages';
import { browserSuite, hasChromium } from './browser';
import { grid, openDemo, storedRecords, VIEWPORT } from './plan-pages';

interface Keyed {
  planId?: string;
  id?: string;
  channelId?: string;
}

const USER_TABLES = ['plans', 'channels', 'budgets', 'roiScenarios', 'clvScenarios'] as const;

/** Every record of the tables a plan owns, keyed by table. */
async function snapshot(page: Page): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of USER_TABLES) all[table] = await storedRecords<Keyed>(page, table);
  return all;
}

/** An example's promised figures as the card words them, computed here from its own data. */
function promised(id: ExampleId): Map<string, string> {
  const now = Date.now();
  const today = localDay(now);
  let n = 0;
  const ws = buildExample(id, {
    language: 'fr',
    newId: () => `e2e-${(n += 1)}`,
    now,
    thisMonth: monthAtTime(now),
    today,
  });
  return new Map(
    examplePointers(ws, today).map((p) => [
      p.id,
      pointerValue(p.value, ws.plan.locale, ws.plan.currency),
    ]),
  );
}

const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function examplesRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Exemples guidés' });
}

function card(page: Page, id: ExampleId): Locator {
  return examplesRegion(page).locator(`li[data-example="${id}"]`);
}

async function openLearn(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Écrans' })
    .getByRole('link', { name: 'Apprendre', exact: true })
    .click();
  await card(page, 'omnichannel-shop').waitFor();
}

/** The planner's summary card holding `label`, its text flattened. */
async function summaryText(page: Page, label: string): Promise<string> {
  const summary = page.locator('section.summary .card', { hasText: label }).first();
  return flat((await summary.textContent()) ?? '');
}

/** What each example's plan shows first: its planner figure, or the Leads screen's counts. */
async function expectPromisedFigure(page: Page, id: ExampleId, values: Map<string, string>) {
  if (id === 'open-day') {
    expect(await summaryText(page, 'Prévu')).toContain(flat(values.get('planned')!));
  } else if (id === 'trade-show') {
    await page
      .getByRole('navigation', { name: 'Écrans' })
      .getByRole('link', { name: 'Leads', exact: true })
      .click();
    const counts = page.locator('.results .counts');
    await expect
      .poll(async () => flat((await counts.textContent()) ?? ''), { timeout: 15_000 })
      .toContain(`200 leads : ${values.get('sql')} SQL, ${values.get('mql')} MQL`);
  } else {
    const split = page.locator('[data-figure="media-split"]');
    await expect
      .poll(async () => flat((await split.textContent()) ?? ''))
      .toContain(`/ ${flat(values.get('horsMedia')!)}`);
  }
}

describe.skipIf(!hasChromium)('the guided examples', () => {
  const suite = browserSuite();

  it('load from the Learn page with their figures, are marked, and are removed cleanly', async () => {
    const { page } = await suite.open({ viewport: VIEWPORT });
    await openDemo(page, suite.server.url);
    const before = await snapshot(page);
    const own = before.plans as { id: string; name: string }[];
    expect(own).toHaveLength(1);

    for (const id of EXAMPLE_IDS) {
      await openLearn(page);
      const values = promised(id);
      // The card's "what to look at" carries the same figures, computed in the page.
      for (const [pointer, value] of values) {
        const text = flat(
          (await card(page, id).locator(`[data-pointer="${pointer}"]`).textContent()) ?? '',
        );
        expect(text, `${id} ${pointer}`).toContain(flat(value));
      }
      await card(page, id).getByRole('button', { name: 'Charger l’exemple' }).click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/planner');
      await grid(page).waitFor();

      const plans = await storedRecords<{ id: string; name: string; example?: string }>(
        page,
        'plans',
      );
      const example = plans.find((p) => p.example === id);
      expect(example, id).toBeDefined();
      const list = page.getByRole('region', { name: 'Mes plans' });
      const entry = list.getByRole('button', {
        name: new RegExp(`^${example!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      });
      await expect.poll(async () => flat((await entry.textContent()) ?? '')).toContain('Exemple');
      expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(
        example!.name,
      );
      await expectPromisedFigure(page, id, values);
    }
    expect((await storedRecords(page, 'plans')).length).toBe(5);

    // A pointer's "Voir" opens its screen on the example's plan: the ROI of the SMS follow-ups.
    await openLearn(page);
    const sms = card(page, 'sampling-sms').locator('[data-pointer="smsRoi"]');
    await sms.getByRole('button', { name: 'Voir' }).click();
    const smsRoi = flat(promised('sampling-sms').get('smsRoi')!);
    await expect
      .poll(async () => (await page.locator('[data-figure="roi"]').allTextContents()).map(flat), {
        timeout: 15_000,
      })
      .toContainEqual(expect.stringContaining(smsRoi));

    await openLearn(page);
    await examplesRegion(page).getByRole('button', { name: 'Retirer les exemples' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirer les exemples ?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(4);
    expect(flat((await dialog.textContent()) ?? '')).not.toContain(own[0]!.name);
    await dialog.getByRole('button', { name: 'Retirer', exact: true }).click();
    await expect.poll(async () => (await storedRecords(page, 'plans')).length).toBe(1);

    expect(await snapshot(page)).toEqual(before);
    for (const table of ['influencers', 'leads', 'leadCriteria'])
      expect(await storedRecords(page, table), table).toEqual([]);
    const meta = await storedRecords<{ key: string }>(page, 'meta');
    expect(
      meta.filter((m) => /^(revision|writes):/.test(m.key) && !m.key.endsWith(own[0]!.id)),
    ).toEqual([]);
    await expect
      .poll(() =>
        examplesRegion(page).getByRole('button', { name: 'Retirer les exemples' }).isDisabled(),
      )
      .toBe(true);
  });
});

describe.skipIf(!hasChromium).each(THEMES)('the guided examples in axe-core, %s theme', (theme) => {
  const suite = browserSuite();

  it('has no serious violation with every example loaded, nor in the remove dialog', async () => {
    // axe's script tag needs the page's CSP bypassed, as in a11y.test.ts.
    const { page } = await suite.open({ viewport: VIEWPORT, bypassCSP: true });
    await demoIn(page, suite.server.url, theme);
    await learnWithExamples(page, suite.server.url);
    expect(
      await page
        .locator('li[data-example]')
        .getByRole('button', { name: 'Ouvrir le plan' })
        .count(),
    ).toBe(4);
    const found = await axeViolations(page, `apprendre, exemples chargés, ${theme}`);
    await examplesRegion(page).getByRole('button', { name: 'Retirer les exemples' }).click();
    await page.getByRole('dialog', { name: 'Retirer les exemples ?' }).waitFor();
    const dialog = await axeViolations(page, `apprendre, retirer les exemples, ${theme}`);
    found.push(...dialog);
    expect(report(found)).toEqual([]);
  }, 240_000);
});
