// The CSV figures of `npm run bench`, measured in the built app in headless Chromium:
//   import_100k_ms — a 100 000-row long-form French CSV (~8 MB, Windows-1252, ';', decimal
//                    commas) from the file input's change event until the import is stored:
//                    decode, sniff, preview, worker parse and validation, report, the user's
//                    two clicks (check, confirm) and the one IndexedDB transaction
//   export_100k_ms — the same plan (100 000 long-form rows) exported to CSV, from the click
//                    to the download
// The plan is a 60-month plan (restored from a generated backup), so the rows are 1 667
// channels × 60 months: 3 334 records to store. The same rows on a 12-month plan would be
// 8 334 channels, 16 668 records, which this machine's IndexedDB cannot write in 5 s.
// bench/run.mjs calls importFigures(browser, appUrl); the generators are shared with the
// browser tests (tests/e2e/csv.test.ts).

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

/** A fresh page with that plan restored, on the data screen, the long form chosen. */
export async function openDataScreen(page, appUrl) {
  await page.goto(appUrl);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  await page.getByRole('link', { name: 'Données' }).click();
  await page.getByRole('heading', { name: 'Sauvegarde complète' }).waitFor();
  const backup = emptyPlanBackup(new Date().getFullYear());
  await page.getByLabel('Restaurer une sauvegarde', { exact: true }).setInputFiles({
    name: 'plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await page.getByRole('button', { name: 'Remplacer toutes mes données' }).click();
  await page.getByRole('heading', { name: 'Importer un fichier CSV' }).waitFor();
  await page.getByLabel('Que contient le fichier ?').selectOption('plan-long');
}

/** Records, in the page, when the file input changes and how the progress bar moves. */
async function watchImport(page) {
  await page.evaluate(() => {
    const watch = { start: 0, values: [], maxGap: 0 };
    window.__importWatch = watch;
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
  });
}

/**
 * Imports the file through the UI as a user would and returns the in-page time from the
 * file's change event to the "stored" message, with what the progress bar showed and the
 * longest the page went without running a 10 ms timer (its responsiveness).
 */
export async function importThroughUi(page, bytes) {
  await watchImport(page);
  await page
    .getByLabel('Choisir un fichier CSV', { exact: true })
    .setInputFiles({ name: 'plan-100k.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  const confirm = page.getByRole('button', {
    name: /^Importer les lignes acceptées \(\d[\d\s]*\)$/,
  });
  await confirm.waitFor({ timeout: 60_000 });
  const summary = await page.getByText(/lignes lues/).textContent();
  await confirm.click();
  await page.getByText('Import enregistré.').waitFor({ timeout: 60_000 });
  const end = await page.evaluate(() => performance.now());
  const watch = await page.evaluate(() => window.__importWatch);
  return {
    ms: end - watch.start,
    summary: summary ?? '',
    progressValues: watch.values,
    maxGapMs: watch.maxGap,
  };
}

export async function importFigures(browser, appUrl) {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await openDataScreen(page, appUrl);
    const year = new Date().getFullYear();
    const imported = await importThroughUi(page, windows1252(frenchLongCsv(year)));
    if (!/100\s000 acceptées, 0 refusées/.test(imported.summary)) {
      throw new Error(`the benchmark file was not imported whole: ${imported.summary}`);
    }
    console.log(
      `import: ${Math.round(imported.ms)} ms, progress values seen: ${imported.progressValues.length},` +
        ` longest main-thread gap: ${Math.round(imported.maxGapMs)} ms`,
    );
    const started = Date.now();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Exporter le plan (une ligne par mois)' }).click();
    await (await download).path();
    const exportMs = Date.now() - started;
    return {
      import_100k_ms: Math.round(imported.ms),
      export_100k_ms: Math.round(exportMs),
    };
  } finally {
    await context.close();
  }
}
