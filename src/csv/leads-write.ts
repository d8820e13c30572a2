// The scored leads as a CSV file: the built-in fields, the custom fields (in the order the
// leads first show them, under their keys), then the scores the screen computed (total, fit,
// behaviour, band, grade, why set aside). leads-read.ts reads such a file back into the same
// leads, the scores left out as computed. Headers and band names in the export's language;
// numbers in the plan's style (French: ';' and a decimal comma); dates ISO, which read back one
// way only; UTF-8 with a BOM, CRLF, every text cell neutralised against formulas (escape.ts).
// The translator is passed in by type only: csv/ loads no string catalogue itself.
import type { Language, Translate } from '../i18n';
import type { Lead, LeadBuiltInField, LeadScore } from '../domain/leads/model';
import { LEAD_BUILT_IN_FIELDS } from '../domain/leads/model';
import type { DecimalSeparator } from '../domain/number-parse';
import { writeCsv, type CsvCell } from './write';

/** One line of the export: a lead and its score on the date of the export. */
export interface ScoredLeadRow {
  lead: Lead;
  score: LeadScore;
}

export interface LeadsWriteOptions {
  t: Translate;
  /** The language of the headers and band names (the translator's). */
  language: Language;
  /** The plan's decimal separator: ',' also makes the delimiter ';', as French Excel expects. */
  decimal: DecimalSeparator;
}

const SCORE_DIGITS = 2;

/** Points rounded for a spreadsheet (decay makes them fractional); -0 written as 0. */
function points(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scale = 10 ** SCORE_DIGITS;
  const result = Math.round(value * scale) / scale;
  return Object.is(result, -0) ? 0 : result;
}

/** The custom field keys, in the order the leads first show them. */
export function customKeysOf(rows: readonly ScoredLeadRow[]): string[] {
  const seen = new Set<string>();
  for (const { lead } of rows) for (const key of Object.keys(lead.fields)) seen.add(key);
  return [...seen];
}

function builtInCell(lead: Lead, field: LeadBuiltInField): CsvCell {
  const value = lead[field];
  return value === null || value === '' ? null : value;
}

/** The export's header texts in its language; the round trip needs leads-columns.ts to know them. */
function headers(t: Translate, customKeys: readonly string[]): CsvCell[] {
  return [
    t('leads.csv.h.name'),
    t('leads.csv.h.email'),
    t('leads.csv.h.phone'),
    t('leads.csv.h.createdOn'),
    t('leads.csv.h.lastContactOn'),
    ...customKeys,
    t('leads.csv.h.score'),
    t('leads.csv.h.fit'),
    t('leads.csv.h.behaviour'),
    t('leads.csv.h.band'),
    t('leads.csv.h.grade'),
    t('leads.csv.h.setAside'),
  ];
}

/**
 * The CSV text of the scored leads (BOM first, CRLF ends), one line per row in their order.
 * Never writes NaN or Infinity: a score that is not finite is an empty cell.
 */
export function leadsCsv(rows: readonly ScoredLeadRow[], options: LeadsWriteOptions): string {
  const { t, decimal } = options;
  const customKeys = customKeysOf(rows);
  const lines = rows.map(({ lead, score }): CsvCell[] => [
    ...LEAD_BUILT_IN_FIELDS.map((field) => builtInCell(lead, field)),
    ...customKeys.map((key) => lead.fields[key] ?? null),
    points(score.total),
    points(score.fit),
    points(score.behaviour),
    t(`leads.csv.band.${score.band}`),
    score.grade,
    score.setAside === null ? null : t(`leads.csv.setAside.${score.setAside}`),
  ]);
  return writeCsv([headers(t, customKeys), ...lines], {
    delimiter: decimal === ',' ? ';' : ',',
    numberStyle: decimal,
    bom: true,
  });
}
