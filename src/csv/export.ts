// Files the app writes: a sheet of a plan in the chosen delimiter and number style, the
// rows an import refused (to fix and import again), and their names. UTF-8 with a BOM.
import type { ImportOutcome, ReportedIssue } from './import-pipeline';
import type { Delimiter } from './sniff';
import type { PlanSource, SheetOptions, UiLanguage } from './target';
import type { AnyTarget } from './targets';
import { restoreNeutralised } from './escape';
import { writeCsv, type CsvCell } from './write';

/** ';' for French (Excel's "CSV (séparateur : point-virgule)"), ',' for English. */
export function defaultDelimiter(language: UiLanguage): Delimiter {
  return language === 'fr' ? ';' : ',';
}

/** The CSV text of one sheet, BOM first and CRLF line ends, ready for csvBytes. */
export function sheetCsv(target: AnyTarget, source: PlanSource, options: SheetOptions): string {
  return writeCsv(target.write(source, options), {
    delimiter: options.delimiter,
    numberStyle: options.numberStyle,
    bom: true,
  });
}

export function csvBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/**
 * A cell of the imported file, written so that the import reads it back as it read it the
 * first time: as text (a refused "-42" or "+336…" stays text, neutralised), less the
 * apostrophe our own export put there, which writeCsv puts back where it is needed.
 */
function fileCell(raw: string): CsvCell {
  return restoreNeutralised(raw);
}

/**
 * The refused rows as the file wrote them, followed by their line and the reasons, so that
 * the user can fix them in a spreadsheet and import that file again.
 */
export function rejectedRowsCsv(
  outcome: Pick<ImportOutcome, 'header' | 'rejected'>,
  headers: { line: string; reason: string },
  describe: (issue: ReportedIssue) => string,
  delimiter: Delimiter,
): string {
  const width = Math.max(outcome.header.length, ...outcome.rejected.map((r) => r.cells.length));
  const pad = (cells: readonly string[]) =>
    Array.from({ length: width }, (_, i) => fileCell(cells[i] ?? ''));
  const rows: CsvCell[][] = [
    [...pad(outcome.header), headers.line, headers.reason],
    ...outcome.rejected.map((row): CsvCell[] => [
      ...pad(row.cells),
      // The line is a number: a spreadsheet sorts and filters it as one.
      row.line,
      row.issues.map(describe).join(' ; '),
    ]),
  ];
  return writeCsv(rows, { delimiter, numberStyle: 'machine', bom: true });
}

/**
 * "mixplan-Budget 2026-plan-long-2026-06-15.csv": the day of `timestamp` in the user's own
 * calendar, and no character a file system refuses.
 */
export function exportFileName(planName: string, suffix: string, timestamp: number): string {
  const printable = [...planName].map((c) => (c.charCodeAt(0) < 32 ? '-' : c)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '-').replace(/^[-\s]+|[-\s]+$/g, '') || 'plan';
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `mixplan-${safe}-${suffix}-${day}.csv`;
}
