// The demo plan in the built app, as the tab and durability tests drive it: open it, type
// into its budget grid with real key presses, and read what the grid shows and what
// IndexedDB holds (without Dexie), so that each test can say which cell went wrong. Also the
// bench's large plan, for the tests of what one edit costs.
import type { Dialog, Page } from 'playwright-core';
import { waitForApp } from './browser';

export const GRID = 'Budget par canal et par mois : Prévu';
/** Wide enough for the demo's twelve months: cells outside the viewport are not in the DOM. */
export const VIEWPORT = { width: 1920, height: 1200 };

/** A budget cell of the open plan: its accessible name and where it is stored. */
export interface Cell {
  name: string;
  channelId: string;
  month: string;
}

export function grid(page: Page) {
  return page.getByRole('grid', { name: GRID });
}

export async function openDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Ouvrir le plan de démonstration' }).click();
  await grid(page).waitFor();
}

/**
 * The bench's 200-channel × 60-month plan in the real planner screen
 * (bench/pages/planner.html, served by the 'pages' suite), ready to be typed into.
 */
export async function openBenchPlanner(page: Page, pagesUrl: string): Promise<void> {
  await page.goto(`${pagesUrl}planner.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
}

/**
 * Two animation frames, then a task `thenMs` later: what a change needs to be drawn, with the
 * work a screen leaves for just after the frame (the grid's row window, the charts).
 */
export function afterTwoFrames(page: Page, thenMs = 0): Promise<unknown> {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms))),
      ),
    thenMs,
  );
}

/** A second tab: the app opens the plan the first tab made current. */
export async function openSecondTab(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForApp(page);
  await grid(page).waitFor();
}

export async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForApp(page);
  await grid(page).waitFor();
}

/**
 * How soon after the last keystroke a user may close or reload the page and keep the edit
 * (DESIGN.md, issue 8: "the page closed 100 ms after the last keystroke keeps it").
 */
export const LEAVE_AFTER_MS = 100;

/**
 * Reloads the pages LEAVE_AFTER_MS after the last keystroke, as a user who confirms leaving:
 * a "changes not saved" warning is accepted, and returned so that a failure can name it.
 */
export async function reloadSoonAfterTyping(pages: Page[]): Promise<string[]> {
  const warnings: string[] = [];
  const accept = (index: number) => (dialog: Dialog) => {
    warnings.push(`tab ${index + 1}: ${dialog.type()} warning on reload`);
    void dialog.accept();
  };
  const handlers = pages.map((page, index) => {
    const handler = accept(index);
    page.on('dialog', handler);
    return handler;
  });
  await pages[0]?.waitForTimeout(LEAVE_AFTER_MS);
  await Promise.all(pages.map(reload));
  pages.forEach((page, index) => page.off('dialog', handlers[index] as (d: Dialog) => void));
  return warnings;
}

/**
 * Switches to the tab, clicks the cell, types the amount with real key presses and commits
 * it with Enter. (Headless Chromium draws a tab opened behind another at 2 frames a second
 * until it is brought to the front, so that clicks wait for it.)
 */
export async function typeInto(page: Page, name: string, euros: number): Promise<void> {
  await page.bringToFront();
  await grid(page).getByRole('gridcell', { name, exact: true }).click();
  await page.keyboard.type(String(euros));
  await page.keyboard.press('Enter');
}

/** "12 345,00" in any French spacing (U+202F, U+00A0, space) reads as "12345,00". */
export function shown(euros: number): string {
  return `${euros},00`;
}

/** The text of every budget cell in the DOM, by accessible name, spaces removed. */
export async function gridTexts(page: Page): Promise<Record<string, string>> {
  return grid(page)
    .getByRole('gridcell')
    .evaluateAll((cells) =>
      Object.fromEntries(
        cells
          .filter((cell) => cell.hasAttribute('aria-label'))
          .map((cell) => [
            cell.getAttribute('aria-label') ?? '',
            (cell.textContent ?? '').replace(/[\s\u00a0\u202f]/g, ''),
          ]),
      ),
    );
}

export interface Stored {
  planId: string;
  planName: string;
  cells: Cell[];
  /** channelId → month → planned cents, as IndexedDB holds them. */
  planned: Record<string, Record<string, number>>;
}

/** Every record of one object store of the "mixplan" database, read without Dexie. */
export async function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  const records = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mixplan');
      // Never create the database from a test: that would hide a lost one.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(`cannot open mixplan: ${request.error?.name}`));
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
  return records as T[];
}

/**
 * Reads the current plan straight from IndexedDB (database "mixplan": plans, channels,
 * budgets), without Dexie, and names its cells as the grid does ("mars 2026, Canal").
 */
export async function readStored(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mixplan');
      // Never create the database from a test: that would hide a lost one.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(`cannot open mixplan: ${request.error?.name}`));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Plan = {
      id: string;
      name: string;
      locale: string;
      firstMonth: string;
      monthCount: number;
    };
    type Channel = { id: string; planId: string; name: string };
    type Budget = {
      channelId: string;
      planId: string;
      months: Record<string, { planned: number }>;
    };
    const meta = await all<{ key: string; value: unknown }>('meta');
    const plans = await all<Plan>('plans');
    const current = meta.find((m) => m.key === 'currentPlanId')?.value;
    const plan = plans.find((p) => p.id === current) ?? plans[0];
    if (!plan) throw new Error('no plan stored');
    const channels = (await all<Channel>('channels')).filter((c) => c.planId === plan.id);
    const budgets = (await all<Budget>('budgets')).filter((b) => b.planId === plan.id);
    db.close();
    const format = new Intl.DateTimeFormat(plan.locale, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const [year, month] = plan.firstMonth.split('-').map(Number) as [number, number];
    const months = Array.from({ length: plan.monthCount }, (_, i) => {
      const date = new Date(Date.UTC(year, month - 1 + i, 1));
      return { id: date.toISOString().slice(0, 7), label: format.format(date) };
    });
    return {
      planId: plan.id,
      planName: plan.name,
      cells: channels.flatMap((c) =>
        months.map((m) => ({ name: `${m.label}, ${c.name}`, channelId: c.id, month: m.id })),
      ),
      planned: Object.fromEntries(
        budgets.map((b) => [
          b.channelId,
          Object.fromEntries(Object.entries(b.months).map(([m, v]) => [m, v.planned])),
        ]),
      ),
    };
  });
}

/** The cells whose value is not `euros` in either tab's grid or in storage, with what is there. */
export async function wrongCells(
  pages: Page[],
  expected: { cell: Cell; euros: number }[],
): Promise<string[]> {
  const [texts, stored] = await Promise.all([
    Promise.all(pages.map(gridTexts)),
    readStored(pages[0] as Page),
  ]);
  return expected.flatMap(({ cell, euros }) => {
    const inGrids = texts.map((t) => t[cell.name]);
    const cents = stored.planned[cell.channelId]?.[cell.month];
    const right = inGrids.every((t) => t === shown(euros)) && cents === euros * 100;
    return right
      ? []
      : [`${cell.name}: typed ${euros}, grids ${JSON.stringify(inGrids)}, stored ${cents}`];
  });
}

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Five-digit amounts that are never round hundreds: no demo amount looks like them. */
export function amount(random: () => number): number {
  const euros = 10_001 + Math.floor(random() * 89_998);
  return euros % 100 === 0 ? euros + 1 : euros;
}
