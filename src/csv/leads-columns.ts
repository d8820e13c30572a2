// The columns of a leads file: which header feeds which built-in lead field (French and
// English synonyms, as CRMs and Google Sheets exports name them), which headers are the
// scores our own export adds (recomputed, never imported), and the key a custom column is
// stored under. Every other non-empty header is a custom field: a lead file's columns are the
// user's own (postcode, source, budget…), and scoring criteria read them by their key
// (domain/leads/fields.ts's fieldKey: the same function on both sides, so criteria find them).
import { fieldKey } from '../domain/leads/fields';
import { LEAD_BUILT_IN_FIELDS, type LeadBuiltInField } from '../domain/leads/model';
import { orderHeaderKey } from './orders-columns';

// Compared through orderHeaderKey: case, accents, punctuation and units in brackets do not
// count ("Tél." is "tel", "E-mail" is "e mail"). The export's own headers (src/i18n
// *-leads-csv.ts, leads.csv.h.*) are among them, so that an export reads back (round trip).
const SYNONYMS: Record<LeadBuiltInField, readonly string[]> = {
  name: ['nom', 'prénom nom', 'nom prénom', 'nom complet', 'name', 'full name', 'contact'],
  email: ['e-mail', 'email', 'courriel', 'mail', 'adresse e-mail', 'email address', 'adresse mail'],
  phone: ['téléphone', 'tél', 'tel', 'phone', 'phone number', 'mobile', 'portable', 'numéro'],
  createdOn: [
    'date du lead',
    'date de création',
    'créé le',
    'lead date',
    'created',
    'created on',
    'created at',
    'date',
  ],
  lastContactOn: [
    'dernier contact',
    'date du dernier contact',
    'last contact',
    'last contacted',
    'last activity',
    'dernière activité',
  ],
};

/** Read as the name only when the file has no name column of its own. */
const COMPANY_SYNONYMS = ['société', 'entreprise', 'company', 'company name', 'organisation'];

// The headers our export adds after the lead's own (fr-leads-csv.ts and en-leads-csv.ts,
// leads.csv.h.score … leads.csv.h.setAside): recomputed by the screen, so never imported, and
// matched exactly, so that a CRM's own "Score HubSpot" column stays a custom field to score by.
const COMPUTED_HEADERS = [
  'score',
  'score profil',
  'score comportement',
  'qualification',
  'grade',
  'motif de mise à l’écart',
  'fit',
  'behaviour',
  'band',
  'set aside reason',
];

const BY_KEY = new Map<string, LeadBuiltInField>();
for (const field of LEAD_BUILT_IN_FIELDS) {
  for (const word of SYNONYMS[field]) BY_KEY.set(orderHeaderKey(word), field);
}
const COMPANY_KEYS = new Set(COMPANY_SYNONYMS.map(orderHeaderKey));
const COMPUTED_KEYS = new Set(COMPUTED_HEADERS.map(orderHeaderKey));

/** A built-in field a header names, or null. */
export function builtInFieldOf(header: string): LeadBuiltInField | null {
  return BY_KEY.get(orderHeaderKey(header)) ?? null;
}

export interface BuiltInColumn {
  field: LeadBuiltInField;
  index: number;
  /** As the file writes it. */
  header: string;
}

export interface CustomColumn {
  /** The key of Lead.fields it fills (fieldKey of the header). */
  key: string;
  index: number;
  header: string;
}

/** Why a column of the file is not imported. */
export type LeadIgnoredReason =
  /** A second column for a field (or a custom key) an earlier column already gives. */
  | 'duplicate'
  /** A score our export adds: the screen recomputes it. */
  | 'computed';

export interface IgnoredLeadColumn {
  index: number;
  header: string;
  reason: LeadIgnoredReason;
}

export interface LeadHeaderMap {
  found: BuiltInColumn[];
  custom: CustomColumn[];
  ignored: IgnoredLeadColumn[];
}

/**
 * The columns a header row names: the leftmost one per built-in field, the company as the
 * name when no column names it, the export's scores ignored, every other non-empty header a
 * custom field under its key (the later of two headers with one key ignored as a duplicate).
 */
export function mapLeadHeader(header: readonly string[]): LeadHeaderMap {
  const found: BuiltInColumn[] = [];
  const custom: CustomColumn[] = [];
  const ignored: IgnoredLeadColumn[] = [];
  const taken = new Set<string>();
  const hasName = header.some((cell) => builtInFieldOf(cell.trim()) === 'name');
  header.forEach((cell, index) => {
    const text = cell.trim();
    if (text === '') return;
    const key = orderHeaderKey(text);
    const field = BY_KEY.get(key) ?? (!hasName && COMPANY_KEYS.has(key) ? 'name' : null);
    if (field !== null) {
      if (taken.has(field)) ignored.push({ index, header: text, reason: 'duplicate' });
      else {
        taken.add(field);
        found.push({ field, index, header: text });
      }
      return;
    }
    if (COMPUTED_KEYS.has(key)) {
      ignored.push({ index, header: text, reason: 'computed' });
      return;
    }
    // Custom keys never meet built-in names: fieldKey lower-cases ('createdOn' is no key).
    const customKey = fieldKey(text);
    if (taken.has(`custom:${customKey}`)) {
      ignored.push({ index, header: text, reason: 'duplicate' });
      return;
    }
    taken.add(`custom:${customKey}`);
    custom.push({ key: customKey, index, header: text });
  });
  return { found, custom, ignored };
}
