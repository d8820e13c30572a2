// The CSV figures of `npm run bench`, measured in the built app in headless Chromium, each in
// its own fresh persistent (on-disk) profile, as a user's browser is: an in-memory profile
// (browser.newContext()) keeps IndexedDB in memory, and Chromium's in-memory IndexedDB is
// much slower at large transactions than the on-disk one (the 12-month import took about
// 8 s there, 3 s on disk, on this machine).
//   import_100k_ms     — a 100 000-row long-form French CSV (~8 MB, Windows-1252, ';', decimal
//                        commas) into a 60-month plan (restored from a generated backup):
//                        1 667 channels × 60 months, 3 334 records to store. From the file
//                        input's change event until the "stored" message is in the DOM:
//                        decode, sniff, preview, worker parse and validation, report, the
//                        user's two clicks (check, confirm) and the one IndexedDB transaction
//   import_100k_12m_ms — the same 100 000 rows as a 12-month plan: 8 334 channels × 12
//                        months, 16 668 records to store (IndexedDB's cost is per record)
//   export_100k_ms     — the 60-month plan (100 000 long-form rows) exported to CSV, from the
//                        click to the download
// bench/run.mjs calls importFigures(appUrl); the generators are shared with the browser
// tests (tests/e2e/csv.test.ts).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.mjs';

/**
 * Every text of the app the CSV benchmark relies on, in one place: the import screen is
 * being reworked, so update these (and only these) when its wording changes.
 */
export const UI = {
  dataLink: 'Données',
  backupHeading: 'Sauvegarde complète',
  restoreInput: 'Restaurer une sauvegarde',
  restoreConfirm: 'Remplacer toutes mes données',
  importHeading: 'Importer un fichier CSV',
  targetSelect: 'Que contient le fichier ?',
  targetLongForm: 'plan-long',
  fileInput: 'Choisir un fichier CSV',
  checkButton: 'Vérifier le fichier',
  confirmButton: /^Importer les lignes acceptées \(\d[\d\s]*\)$/,
  reportSummary: /lignes lues/,
  wholeFileAccepted: /100\s000 acceptées, 0 refusées?(?![a-zé])/,
  stored: 'Import enregistré.',
  exportLongForm: 'Exporter le plan (une ligne par mois)',
};

const CATEGORIES = [
  ['media', 'tv'],
  ['media', 'radio'],
  ['media', 'press'],
  ['media', 'social-ads'],
  ['hors-media', 'trade-show'],
  ['hors-media', 'emailing'],
  ['hors-media', 'conference'],
  ['hors-media', 'sampling'],
];

function pad(n, width) {
  return String(n).padStart(width, '0');
}

/** "12 345,67" with a no-break space, as French Excel writes an amount. */
function frenchAmount(cents) {
  const units = Math.floor(cents / 100);
  const grouped = String(units).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
  return `${grouped},${pad(cents % 100, 2)}`;
}

export const PLAN_MONTHS = 60;

/**
 * A long-form plan sheet in French: plan; canal; famille; catégorie; mois; prévu; engagé;
 * réalisé, one row per channel and month of a plan of `months` months starting in January
 * of `year`, CRLF line ends. Every character is Latin-1: it encodes to Windows-1252 as is.
 */
export function frenchLongCsv(year, rows = 100_000, months = PLAN_MONTHS) {
  const lines = ['Plan;Canal;Famille;Catégorie;Mois;Prévu;Engagé;Réalisé'];
  for (let i = 0; i < rows; i += 1) {
    const channel = Math.floor(i / months);
    const index = i % months;
    const month = (index % 12) + 1;
    const monthYear = year + Math.floor(index / 12);
    const [family, category] = CATEGORIES[channel % CATEGORIES.length];
    const planned = 10_000 + ((channel * 7919 + month * 104_729) % 5_000_000);
    lines.push(
      [
        'Plan démo',
        `Canal ${pad(channel, 5)} - région ${channel % 13}`,
        family,
        category,
        `${monthYear}-${pad(month, 2)}`,
        frenchAmount(planned),
        frenchAmount(Math.floor(planned / 2)),
        month <= 6 ? frenchAmount(Math.floor(planned / 3)) : '0,00',
      ].join(';'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** The bytes French Excel would save: Windows-1252 (Latin-1 here). */
export function windows1252(text) {
  return Buffer.from(text, 'latin1');
}

/** The checksum src/db/backup.ts writes (checksumOf); a unit test keeps the two equal. */
export function backupChecksum(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/** A backup holding one empty plan of `months` months from January of `year`. */
export function emptyPlanBackup(year, months = PLAN_MONTHS) {
  const now = Date.UTC(year, 0, 1);
  const plan = {
    id: 'bench-plan',
    name: 'Plan démo 100k',
    currency: 'EUR',
    locale: 'fr-FR',
    firstMonth: `${year}-01`,
    monthCount: months,
    targetBudget: null,
    scenarioOf: null,
    createdAt: now,
    updatedAt: now,
  };
  const tables = {
    plans: [plan],
    channels: [],
    meta: [{ key: 'currentPlanId', value: plan.id }],
    budgets: [],
  };
  const body = JSON.stringify(tables);
  const head = { format: 'mixplan-backup', formatVersion: 1, schemaVersion: 2, createdAt: now };
  return JSON.stringify({ ...head, checksum: backupChecksum(body), tables });
}

/** A fresh page with an empty plan of `months` months restored, on the data screen, the long
 * form chosen. */
export async function openDataScreen(page, appUrl, months = PLAN_MONTHS) {
  await page.goto(appUrl);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  await page.getByRole('link', { name: UI.dataLink }).click();
  await page.getByRole('heading', { name: UI.backupHeading }).waitFor();
  const backup = emptyPlanBackup(new Date().getFullYear(), months);
  await page.getByLabel(UI.restoreInput, { exact: true }).setInputFiles({
    name: 'plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await page.getByRole('button', { name: UI.restoreConfirm }).click();
  await page.getByRole('heading', { name: UI.importHeading }).waitFor();
  await page.getByLabel(UI.targetSelect).selectOption(UI.targetLongForm);
}

/**
 * Records, in the page, when the file input changes, how the progress bar moves, and when
 * the "stored" message enters the DOM (so that the end is the page's, not the moment the
 * driver's polling notices it).
 */
async function watchImport(page) {
  await page.evaluate((stored) => {
    const watch = { start: 0, values: [], maxGap: 0, storedAt: 0 };
    window.__importWatch = watch;
    const holds = (node) => (node.textContent ?? '').includes(stored);
    const observer = new MutationObserver((records) => {
      if (watch.start === 0) return;
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
        for (const node of nodes) {
          if (holds(node)) {
            watch.storedAt = performance.now();
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
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      // Only gaps that began after the file was handed over: the test driver's own upload
      // of 8 MB holds the page before that.
      if (watch.start > 0 && last >= watch.start) watch.maxGap = Math.max(watch.maxGap, now - last);
      last = now;
      const bar = document.querySelector('progress');
      if (bar instanceof HTMLProgressElement && !watch.values.includes(bar.value)) {
        watch.values.push(bar.value);
      }
    }, 10);
  }, UI.stored);
}

/**
 * Imports the file through the UI as a user would and returns the in-page time from the
 * file's change event to the "stored" message, with what the progress bar showed and the
 * longest the page went without running a 10 ms timer (its responsiveness).
 */
export async function importThroughUi(page, bytes) {
  await watchImport(page);
  await page
    .getByLabel(UI.fileInput, { exact: true })
    .setInputFiles({ name: 'plan-100k.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: UI.checkButton }).click();
  const confirm = page.getByRole('button', { name: UI.confirmButton });
  await confirm.waitFor({ timeout: 60_000 });
  const summary = await page.getByText(UI.reportSummary).textContent();
  await confirm.click();
  await page.getByText(UI.stored).waitFor({ timeout: 60_000 });
  const now = await page.evaluate(() => performance.now());
  const watch = await page.evaluate(() => window.__importWatch);
  return {
    ms: (watch.storedAt || now) - watch.start,
    summary: summary ?? '',
    progressValues: watch.values,
    maxGapMs: watch.maxGap,
  };
}

/** The size in bytes of a directory's files, subdirectories included. */
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * Runs `work(page)` in a fresh persistent Chromium profile (a temporary user-data directory,
 * deleted afterwards), and checks that the plan did land in IndexedDB on disk.
 */
async function inFreshProfile(work) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'mixplan-bench-'));
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
    const store = join(userDataDir, 'Default', 'IndexedDB');
    const bytes = (() => {
      try {
        return sizeOf(store);
      } catch {
        return 0;
      }
    })();
    // 100 000 amounts take well over 1 MB: less means the import was not stored on disk.
    if (bytes < 1_000_000) throw new Error(`no IndexedDB on disk in the profile (${bytes} bytes)`);
    return result;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** One import of the 100 000 rows into a fresh `months`-month plan; prints what it saw. */
async function importFigure(page, appUrl, months) {
  await openDataScreen(page, appUrl, months);
  const year = new Date().getFullYear();
  const imported = await importThroughUi(page, windows1252(frenchLongCsv(year, 100_000, months)));
  if (!UI.wholeFileAccepted.test(imported.summary)) {
    throw new Error(`the benchmark file was not imported whole: ${imported.summary}`);
  }
  console.log(
    `import (${months}-month plan, persistent profile): ${Math.round(imported.ms)} ms,` +
      ` progress values seen: ${imported.progressValues.length},` +
      ` longest main-thread gap: ${Math.round(imported.maxGapMs)} ms`,
  );
  return imported.ms;
}

export async function importFigures(appUrl) {
  const figures = await inFreshProfile(async (page) => {
    const importMs = await importFigure(page, appUrl, PLAN_MONTHS);
    const started = Date.now();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: UI.exportLongForm }).click();
    await (await download).path();
    return {
      import_100k_ms: Math.round(importMs),
      export_100k_ms: Math.round(Date.now() - started),
    };
  });
  const twelve = await inFreshProfile((page) => importFigure(page, appUrl, 12));
  return { ...figures, import_100k_12m_ms: Math.round(twelve) };
}
