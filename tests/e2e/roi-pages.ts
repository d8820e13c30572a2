// The ROI screen in the built app, as roi.test.ts drives it: the demo plan opened and the
// screen reached by its nav link, figures read as a French user reads them, and a Chromium
// profile kept on disk (watched for foreign requests and CSP violations) to relaunch on.
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromiumPath } from './browser';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { openDemo } from './plan-pages';

export const VIEWPORT = { width: 1280, height: 1000 };

/**
 * Each demo channel's planned euros over the plan's twelve months, summed by hand from
 * src/domain/demo-budget.ts (twelve consecutive months hold each calendar month once):
 * social 900+500+600+700+700+800+900+700+900+800+1800+1600 = 10 900, e-mail
 * 250+150+200+150+200+250+250+150+250+200+350+350 = 2 750, and so on.
 */
export const DEMO_PLANNED_EUROS: readonly { name: string; euros: number }[] = [
  { name: 'Publicité Instagram et Facebook', euros: 10_900 },
  { name: 'Google Ads (recherche locale)', euros: 6_100 },
  { name: 'Presse locale (encarts)', euros: 4_500 },
  { name: 'Ateliers stylisme en boutique', euros: 3_700 },
  { name: 'Programme de fidélité', euros: 3_300 },
  { name: 'Newsletter e-mailing', euros: 2_750 },
  { name: 'Pop-up store centre-ville', euros: 8_500 },
  { name: 'Micro-influenceuses mode', euros: 4_100 },
  { name: 'Relations presse locales', euros: 2_300 },
];

/** 10 900 + 6 100 + 4 500 + 3 700 + 3 300 + 2 750 + 8 500 + 4 100 + 2 300 = 46 150 €. */
export const DEMO_TOTAL_EUROS = 46_150;

export const DEMO_PLAN = 'Boutique de vêtements — démo';
export const EXAMPLE_SCENARIO = 'Exemple : 10 000 € → 40 000 €';
export const EXAMPLE_LINE = 'Campagne exemple';
export const FROM_PLAN = 'Nouveau scénario à partir du plan';
export const REVENUE = 'Chiffre d’affaires généré';

/** French text with every kind of space made one plain space, and U+2212 as "-". */
export function flat(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
}

/** "46 000,00 €", "2 000 €", "-1 234,5 €" → integer cents; null when it is not an amount. */
export function centsOf(text: string): number | null {
  const match = /^(-?)([\d\s\u00a0\u202f]+)(?:,(\d{1,2}))?\s*€?$/.exec(flat(text));
  if (!match) return null;
  const euros = Number((match[2] ?? '').replace(/\s/g, ''));
  const cents = Number((match[3] ?? '0').padEnd(2, '0'));
  return (match[1] === '-' ? -1 : 1) * (euros * 100 + cents);
}

/** "300 %", "-100 %", "12,5 %" → the number of percent; null when it is not a percentage. */
export function percentOf(text: string): number | null {
  const match = /^(-?[\d\s]+(?:,\d+)?) ?%$/.exec(flat(text));
  return match ? Number((match[1] ?? '').replace(/\s/g, '').replace(',', '.')) : null;
}

/** The demo plan opened, then the ROI screen from the navigation. */
export async function openRoi(page: Page, url: string): Promise<void> {
  await openDemo(page, url);
  await page.getByRole('link', { name: 'ROI', exact: true }).click();
  await page.getByRole('heading', { name: `Simulateur de ROI — ${DEMO_PLAN}` }).waitFor();
}

/** Where the visible text or any field's value reads NaN or Infinity: none allowed. */
export async function nonNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [
      document.body.innerText,
      ...[...document.querySelectorAll('input, output, select')].map((el) =>
        el instanceof HTMLInputElement || el instanceof HTMLSelectElement
          ? el.value
          : (el.textContent ?? ''),
      ),
    ];
    return texts.filter((t) => /NaN|Infinity/.test(t)).map((t) => t.slice(0, 200));
  });
}

export function campaign(page: Page, name: string): Locator {
  return page.getByRole('article', { name: `Campagne « ${name} »`, exact: true });
}

/** The worked example loaded in one click: one line, 10 000 € of media, 40 000 € of revenue. */
export async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Charger l’exemple : 10 000 € → 40 000 €' }).click();
  await campaign(page, EXAMPLE_LINE).waitFor();
}

/** A result of a campaign or total ("roi", "roas", "netGain"…), as its value reads. */
export async function output(scope: Locator, key: string): Promise<string> {
  return flat(await scope.locator(`[data-output="${key}"] dd`).innerText());
}

/** Clicks the field, selects what it holds and types the text with real key presses. */
export async function typeNumber(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+A');
  await field.pressSequentially(text);
}

export function tab(page: Page, name: string): Locator {
  return page
    .getByRole('tablist', { name: 'Vues du simulateur' })
    .getByRole('tab', { name, exact: true });
}

/** The planner's planned total of the open plan ("Prévu" in the summary), in cents. */
export async function plannedTotal(page: Page): Promise<number | null> {
  const card = page
    .getByRole('region', { name: 'Synthèse' })
    .locator('.card')
    .filter({ has: page.getByText('Prévu', { exact: true }) });
  return centsOf(await card.locator('.value').innerText());
}

/** The text of each column of a table's row, keyed by its column header. */
export async function rowByHeader(table: Locator, row: Locator): Promise<Record<string, string>> {
  const headers = await table.locator('thead th').allInnerTexts();
  const cells = await row.locator('th, td').allInnerTexts();
  return Object.fromEntries(headers.map((h, i) => [flat(h), flat(cells[i] ?? '')]));
}

export interface Profile {
  context: BrowserContext;
  page: Page;
}

/**
 * Chromium on a profile kept on disk, in French, with the suite's flags: requests to another
 * origin and CSP violations are pushed to the given lists (checked by the test).
 */
export async function launchProfile(
  dir: string,
  origin: string,
  seen: { foreignRequests: string[]; cspViolations: string[] },
): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath ?? undefined,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'fr-FR',
    viewport: VIEWPORT,
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      seen.foreignRequests.push(url.href);
  });
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    seen.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text()))
      seen.cspViolations.push(message.text());
  });
  return { context, page };
}

/** The stored ROI scenarios of every plan, read from IndexedDB without Dexie. */
export async function storedScenarios(
  page: Page,
): Promise<{ name: string; revenues: (number | null)[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mixplan');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(`cannot open mixplan: ${request.error?.name}`));
    });
    type Stored = {
      name: string;
      lines: { gains: { kind: string; revenue?: { likely: number } } }[];
    };
    const all = await new Promise<Stored[]>((resolve, reject) => {
      const request = db.transaction('roiScenarios').objectStore('roiScenarios').getAll();
      request.onsuccess = () => resolve(request.result as Stored[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.map((s) => ({
      name: s.name,
      revenues: s.lines.map((l) => l.gains.revenue?.likely ?? null),
    }));
  });
}
