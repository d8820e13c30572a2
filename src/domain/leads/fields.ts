// How a lead's cells are named and compared: the field key a CSV header becomes, the value a
// criterion reads from a lead, and the folded comparison values and zones use, so that
// `Téléchargement ` in a file matches the option `telechargement` the user typed.
import { LEAD_BUILT_IN_FIELDS, type Lead, type LeadBuiltInField } from './model';

const COMBINING_MARKS = /\p{M}/gu;
const SEPARATOR_RUNS = /[\s_-]+/g;

function stripAccents(text: string): string {
  // NFD splits `é` into `e` and a combining accent, which is then dropped.
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * The key of a header: trimmed, lower-cased, accents removed, runs of spaces, underscores
 * and hyphens folded to one space (`E-mails  ouverts` → `e mails ouverts`).
 */
export function fieldKey(header: string): string {
  return stripAccents(header.toLowerCase()).replace(SEPARATOR_RUNS, ' ').trim();
}

/** A value as comparisons see it: trimmed, lower-cased, without accents. */
export function foldValue(value: string): string {
  return stripAccents(value.trim().toLowerCase());
}

/** Two cells that mean the same: `Femme` and ` femme`, `téléchargement` and `Telechargement`. */
export function sameValue(a: string, b: string): boolean {
  return foldValue(a) === foldValue(b);
}

const BUILT_IN: ReadonlySet<string> = new Set<string>(LEAD_BUILT_IN_FIELDS);

export function isBuiltInField(field: string): field is LeadBuiltInField {
  return BUILT_IN.has(field);
}

/** The text a criterion reads: a built-in field of the lead, or one of its other columns; '' when absent. */
export function leadValue(lead: Lead, field: string): string {
  switch (field) {
    case 'name':
      return lead.name;
    case 'email':
      return lead.email;
    case 'phone':
      return lead.phone;
    case 'createdOn':
      return lead.createdOn ?? '';
    case 'lastContactOn':
      return lead.lastContactOn ?? '';
    default:
      // Own properties only: a field named `constructor` must not read Object.prototype.
      return Object.hasOwn(lead.fields, field) ? (lead.fields[field] ?? '') : '';
  }
}
