// The CLV orders import figure of `npm run bench`, measured in the built app in headless
// Chromium, in a fresh persistent (on-disk) profile per run, as a user's browser is (an
// in-memory profile keeps IndexedDB in memory, much slower at large transactions):
//   orders_import_200k_ms — a French orders CSV of 200 000 orders for 20 000 customers over
//                           three years (';', dd/mm/yyyy, amounts like `29,33 €`, UTF-8, about
//                           8 MB) set on the CLV screen's file input (demo plan, tab "Commandes
//                           et RFM"). From the input's change event until the "N commandes
//                           importées." status is in the DOM: the file read in slices, decoded
//                           and read into orders in the worker, the preview, the user's click on
//                           "Importer 200 000 commandes", and the one strict-durability
//                           IndexedDB transaction that replaces the plan's orders (20 batches
//                           of 10 000). The driver's click is inside the time (a few ms).
//                           Median of 3 runs, each in a new profile. Budget 5 000 ms.
// bench/run.mjs calls ordersImportFigures(appUrl); ordersCsv is shared with the browser tests.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.mjs';
import { median } from './stats.mjs';

/** A count as the French screen writes it ("200 000", narrow no-break space), as a pattern. */
function countPattern(n) {
  return new Intl.NumberFormat('fr-FR').format(n).replace(/\s/g, '\\s');
}

/** French plural: 0 and 1 are singular. */
function plural(n, one, other) {
  return n <= 1 ? one : other;
}

/**
 * Every text of the CLV orders import a browser test relies on, in one place (the browser
 * tests import it too): update these, and only these, when its wording changes.
 */
export const ORDERS_UI = {
  demoButton: 'Ouvrir le plan de démonstration',
  plannerGrid: 'Budget par canal et par mois : Prévu',
  ordersTab: 'Commandes et RFM',
  /** The file input's label. */
  fileInput: 'Choisir un fichier CSV de commandes',
  /** The preview's counts: "200 000 commandes lisibles, 0 ligne écartée". */
  summary: (readable, refused) =>
    new RegExp(
      `^${countPattern(readable)} ${plural(readable, 'commande lisible', 'commandes lisibles')}, ` +
        `${countPattern(refused)} ${plural(refused, 'ligne écartée', 'lignes écartées')}$`,
    ),
  /** The confirm button: "Importer 200 000 commandes". */
  confirm: (count) =>
    new RegExp(`^Importer ${countPattern(count)} ${plural(count, 'commande', 'commandes')}$`),
  /** The done status (role=status): "200 000 commandes importées." */
  done: (count) =>
    new RegExp(
      `^${countPattern(count)} ${plural(count, 'commande importée', 'commandes importées')}\\.$`,
    ),
  /** What the done status holds whatever the count, for the in-page watch. */
  doneWords: 'importées.',
};

const RUNS = 3;
const ORDERS = 200_000;
const CUSTOMERS = 20_000;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 3 * 365;

/** A small seeded generator (mulberry32): the same file for the same seed. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pad(n, width) {
  return String(n).padStart(width, '0');
}

function frenchDay(ms) {
  const date = new Date(ms);
  return `${pad(date.getUTCDate(), 2)}/${pad(date.getUTCMonth() + 1, 2)}/${date.getUTCFullYear()}`;
}

/** "29,33 €" as a French till writes it. */
function frenchEuros(cents) {
  return `${Math.floor(cents / 100)},${pad(cents % 100, 2)} €`;
}

/**
 * A French orders export: N° commande; Client; Date commande; Montant TTC, one row per order,
 * in day order over three years from 2023-01-01, CRLF line ends. Every customer has at least
 * one order; baskets run from 5 € to about 300 €. Every row reads: no row is refused.
 */
export function ordersCsv({ orders, customers, seed }) {
  const random = seeded(seed);
  const rows = new Array(orders);
  for (let i = 0; i < orders; i += 1) {
    const customer = i < customers ? i : Math.floor(random() * customers);
    const day = Math.floor(random() * DAYS);
    const cents = 500 + Math.floor(random() * random() * 30_000);
    rows[i] = { customer, day, cents };
  }
  rows.sort((a, b) => a.day - b.day);
  const lines = ['N° commande;Client;Date commande;Montant TTC'];
  rows.forEach((row, i) => {
    lines.push(
      `CMD${pad(i + 1, 7)};CL${pad(row.customer + 1, 6)};` +
        `${frenchDay(FIRST_DAY + row.day * DAY_MS)};${frenchEuros(row.cents)}`,
    );
  });
  return lines.join('\r\n') + '\r\n';
}

/** The size in bytes of a directory's files, subdirectories included. */
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Runs `work(page)` in a fresh persistent profile, deleted afterwards; checks the disk. */
async function inFreshProfile(work) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'mixplan-clv-bench-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'fr-FR',
      serviceWorkers: 'block',
    });
    let result;
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      result = await work(page);
    } finally {
      await context.close();
    }
    const bytes = (() => {
      try {
        return sizeOf(join(userDataDir, 'Default', 'IndexedDB'));
      } catch {
        return 0;
      }
    })();
    // 200 000 orders take several MB: less means they were not stored on disk.
    if (bytes < 2_000_000) throw new Error(`no orders on disk in the profile (${bytes} bytes)`);
    return result;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The demo plan opened on a first visit, then the CLV screen's orders tab. */
async function openOrdersTab(page, appUrl) {
  await page.goto(appUrl);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  await page.getByRole('button', { name: ORDERS_UI.demoButton }).click();
  await page.getByRole('grid', { name: ORDERS_UI.plannerGrid }).waitFor();
  await page.evaluate(() => (window.location.hash = '#/clv'));
  await page.getByRole('tab', { name: ORDERS_UI.ordersTab }).click();
  await page.getByLabel(ORDERS_UI.fileInput, { exact: true }).waitFor({ state: 'attached' });
}

/** Records, in the page, when the file input changes and when the imported status appears. */
async function watchImport(page) {
  await page.evaluate((imported) => {
    const watch = { start: 0, importedAt: 0 };
    window.__ordersWatch = watch;
    const holds = (node) => (node.textContent ?? '').includes(imported);
    const observer = new MutationObserver((records) => {
      if (watch.start === 0) return;
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
        for (const node of nodes) {
          if (holds(node)) {
            watch.importedAt = performance.now();
            observer.disconnect();
            return;
          }
        }
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
          watch.start = performance.now();
        }
      },
      true,
    );
  }, ORDERS_UI.doneWords);
}

/** One import through the UI in a fresh profile: the in-page ms from change to status. */
async function importRun(appUrl, bytes) {
  return inFreshProfile(async (page) => {
    await openOrdersTab(page, appUrl);
    await watchImport(page);
    await page
      .getByLabel(ORDERS_UI.fileInput, { exact: true })
      .setInputFiles({ name: 'commandes-200k.csv', mimeType: 'text/csv', buffer: bytes });
    // The whole file readable: the confirm button imports every order.
    const confirm = page.getByRole('button', { name: ORDERS_UI.confirm(ORDERS) });
    await confirm.waitFor({ timeout: 60_000 });
    await page.getByText(ORDERS_UI.summary(ORDERS, 0)).waitFor({ timeout: 1_000 });
    await confirm.click();
    await page
      .getByRole('status')
      .filter({ hasText: ORDERS_UI.done(ORDERS) })
      .waitFor({ timeout: 60_000 });
    const watch = await page.evaluate(() => window.__ordersWatch);
    const now = await page.evaluate(() => performance.now());
    return (watch.importedAt || now) - watch.start;
  });
}

export async function ordersImportFigures(appUrl) {
  const bytes = Buffer.from(ordersCsv({ orders: ORDERS, customers: CUSTOMERS, seed: 7 }), 'utf8');
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const ms = Math.round(await importRun(appUrl, bytes));
    console.log(`orders import (200 000 orders, persistent profile) run ${i + 1}: ${ms} ms`);
    runs.push(ms);
  }
  return { orders_import_200k_ms: median(runs), runs };
}
