// What the accessibility tests share: axe-core run in the built app (injected as a script
// tag, which only a context made with `bypassCSP: true` accepts: the app's CSP forbids inline
// scripts, and rightly), its serious and critical violations written so that a failure says
// which rule, where and on what, the theme picked in Settings, and the screens of the demo.
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { waitForApp } from './browser';
import { openDemo } from './plan-pages';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];
/** The theme's radio button in Settings, as a French user reads it. */
const THEME_LABEL: Record<Theme, string> = { light: 'Clair', dark: 'Sombre' };

/** A violation as a person reads it in a failed test. */
export interface Found {
  where: string;
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
  element?: Element;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}
declare global {
  interface Window {
    axe?: {
      run: (
        context: unknown,
        options: unknown,
      ) => Promise<{ violations: AxeViolation[]; incomplete: AxeViolation[] }>;
    };
  }
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Nodes where a rule misreads what it sees, each with why. A data cell of the spreadsheet
 * grid (src/ui/grid) shows its value ("900,00", "@lea") and is named by its place ("août
 * 2026, Newsletter"): the value is not the cell's label, which is its column and row header
 * (WCAG 2.5.3 is about a control's visible label), and the value is announced with the place
 * by the grid's live region on every move. label-content-name-mismatch takes the value for
 * a label; every other rule still reads these cells.
 */
const FALSE_POSITIVES: readonly { rule: string; selector: string }[] = [
  { rule: 'label-content-name-mismatch', selector: '.mx-grid [role="gridcell"]' },
];

/**
 * Runs axe on the page (or on `include`, a CSS selector) and returns its serious and
 * critical violations, each named with `where` (screen, tab, theme).
 */
export async function axeViolations(page: Page, where: string, include?: string): Promise<Found[]> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const violations = await page.evaluate(
    async ({ include, ignored }) => {
      const axe = window.axe;
      if (!axe) throw new Error('axe-core was not injected');
      const result = await axe.run(include ? { include: [include] } : document, {
        resultTypes: ['violations'],
        elementRef: true,
      });
      const misread = (rule: string, node: AxeNode) =>
        ignored.some((f) => f.rule === rule && node.element?.matches(f.selector) === true);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes
          .filter((n) => !misread(v.id, n))
          .map((n) => ({
            target: n.target.map(String).join(' '),
            html: n.html.slice(0, 240),
            summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
          })),
      }));
    },
    { include, ignored: FALSE_POSITIVES },
  );
  return violations
    .filter((v) => v.impact !== null && BLOCKING.has(v.impact) && v.nodes.length > 0)
    .map((v) => ({ where, rule: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes }));
}

/** One line per node: enough to find the element and see why it failed. */
export function report(found: Found[]): string[] {
  return found.flatMap((f) =>
    f.nodes.map(
      (n) =>
        `[${f.where}] ${f.rule} (${f.impact}): ${f.help}\n  at ${n.target}\n  ${n.html}\n  ${n.summary}`,
    ),
  );
}

/** Waits until the screen has loaded its parts (no busy mark) and painted them. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null, {
    timeout: 15_000,
  });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Picks the theme in Settings, as a user does, and checks the page took it. */
export async function pickTheme(page: Page, url: string, theme: Theme): Promise<void> {
  await go(page, url, 'settings');
  await page.getByRole('radio', { name: THEME_LABEL[theme], exact: true }).check();
  await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme);
}

/** Opens a screen by its address (a link does the same), and waits for it. */
export async function go(page: Page, url: string, route: string): Promise<void> {
  if (page.url().startsWith(url)) {
    // The screen left behind keeps its heading until the new one replaces it: mark it.
    await page.evaluate((route) => {
      document.querySelector('main h1')?.setAttribute('data-left', '');
      window.location.hash = `#/${route}`;
    }, route);
  } else {
    await page.goto(`${url}#/${route}`);
    await waitForApp(page);
  }
  await page.locator('main h1:not([data-left]), main [role="alert"]').first().waitFor();
  await settle(page);
}

/** The demo plan from the welcome screen, in the theme given. */
export async function demoIn(page: Page, url: string, theme: Theme): Promise<void> {
  await openDemo(page, url);
  await pickTheme(page, url, theme);
}

/**
 * Clicks every tab of every tab list in `main`, one after the other, and calls `visit` on
 * each (a tab list found inside a tab is walked there, once).
 */
export async function eachTab(
  page: Page,
  where: string,
  visit: (where: string) => Promise<void>,
  walked: Set<string> = new Set(),
): Promise<void> {
  const lists = await page
    .locator('main [role="tablist"]')
    .evaluateAll((lists) => lists.map((list) => list.getAttribute('aria-label') ?? ''));
  for (const name of lists) {
    if (walked.has(name)) continue;
    walked.add(name);
    const list = page.getByRole('tablist', { name, exact: true });
    const tabs = (await list.getByRole('tab').allInnerTexts()).map((t) => t.trim());
    for (const tab of tabs) {
      await list.getByRole('tab', { name: tab, exact: true }).click();
      await settle(page);
      const here = `${where} › ${tab}`;
      await visit(here);
      await eachTab(page, here, visit, walked);
    }
  }
}

/** The info tip buttons ("i") in `scope` not yet opened by the test (marked data-seen). */
export function tipButtons(scope: Locator): Locator {
  return scope.locator('.infotip > button[aria-expanded="false"]:not([data-seen])');
}

/**
 * Walks presenter mode's slides (#/present) from the first with →, calling `visit` on each
 * once it has loaded its parts and drawn its chart, if it has one; returns the slides' ids.
 */
export async function eachSlide(
  page: Page,
  where: string,
  visit: (where: string) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const id = (await page.locator('[data-slide]').getAttribute('data-slide')) ?? '';
    // The last slide stays on →: the walk ends when it comes round again.
    if (seen.includes(id)) return seen;
    seen.push(id);
    await settle(page);
    if ((await page.locator('[data-slide] [data-chart]').count()) > 0) {
      await page.locator('[data-slide] [data-chart] canvas').waitFor();
    }
    await visit(`${where} › ${id}`);
    await page.keyboard.press('ArrowRight');
    await page
      .waitForFunction(
        (id) => document.querySelector('[data-slide]')?.getAttribute('data-slide') !== id,
        id,
        { timeout: 1000 },
      )
      .catch(() => undefined);
  }
}

/**
 * The Learn page with every guided example loaded (issue 15): each card's Load opens the
 * planner on its plan, then the page comes back to Learn, where the cards say "Ouvrir le plan".
 */
export async function learnWithExamples(page: Page, url: string): Promise<void> {
  await go(page, url, 'learn');
  const load = () =>
    page.locator('li[data-example]').getByRole('button', { name: 'Charger l’exemple' });
  while ((await load().count()) > 0) {
    await load().first().click();
    await page.waitForFunction(() => window.location.hash === '#/planner');
    await go(page, url, 'learn');
  }
}
