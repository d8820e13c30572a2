// The restore step of the lead scoring sheet (see restore.ts for the idea): every batch of leads
// and every scoring model read from the database or a backup passes here, so the scoring
// engine only ever meets well-formed leads and models. Texts are kept exactly as stored (a
// name like `=HYPERLINK(…)` is a name; the screen shows it as text). A lead without an id is
// dropped; a model whose shape does not hold (an unknown rule kind, a NaN of points) is
// dropped whole rather than guessed at: half a model would score every lead differently.
import { isDay } from '../domain/clv/days';
import type {
  Criterion,
  CriterionRule,
  Decay,
  GradeGrid,
  Lead,
  PreQualification,
  RangeBand,
  RecencyBand,
  ScoringModel,
  Thresholds,
  ValueOption,
} from '../domain/leads/model';

/** Leads per batch record: 50 000 leads are 10 records (see db.ts). */
export const LEADS_PER_BATCH = 5_000;

/** A lead as a batch holds it: its plan is the batch's. */
export type StoredLead = Omit<Lead, 'planId'>;

/** Up to LEADS_PER_BATCH leads of one plan, in import order; a plan's batches in seq order. */
export interface LeadBatch {
  /** `${planId}:${seq}`. */
  id: string;
  planId: string;
  seq: number;
  leads: StoredLead[];
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function dayOrNull(value: unknown): string | null {
  return typeof value === 'string' && isDay(value) ? value : null;
}

/** The custom fields as text: a value that is not a string is dropped, never turned into one. */
function textFields(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, cell] of Object.entries(value)) if (typeof cell === 'string') out[key] = cell;
  return out;
}

/**
 * A stored lead made well-formed, `{ ...raw, ...normalised }`. Dropped (null) without a string
 * id. A text that is not a string becomes ''; a date that is not a real 'YYYY-MM-DD', null; a
 * custom field that is not text is left out. A backup holding anything repaired is refused.
 */
export function restoreLead(raw: unknown): StoredLead | null {
  if (!isRecord(raw) || !isKey(raw.id)) return null;
  return {
    ...raw,
    id: raw.id,
    name: text(raw.name),
    email: text(raw.email),
    phone: text(raw.phone),
    createdOn: dayOrNull(raw.createdOn),
    lastContactOn: dayOrNull(raw.lastContactOn),
    fields: textFields(raw.fields),
  };
}

/**
 * A stored batch made well-formed. Dropped (null) without a string id and planId. Its leads
 * are cut to LEADS_PER_BATCH and each passes restoreLead (the ones it drops are left out); a
 * seq that is not a safe integer becomes 0. The leads array is always a fresh one.
 */
export function restoreLeadBatch(raw: unknown): LeadBatch | null {
  if (!isRecord(raw) || !isKey(raw.id) || !isKey(raw.planId)) return null;
  const seq = typeof raw.seq === 'number' && Number.isSafeInteger(raw.seq) ? raw.seq : 0;
  const stored = Array.isArray(raw.leads) ? raw.leads.slice(0, LEADS_PER_BATCH) : [];
  const leads: StoredLead[] = [];
  for (const entry of stored) {
    const lead = restoreLead(entry);
    if (lead) leads.push(lead);
  }
  return { ...raw, id: raw.id, planId: raw.planId, seq, leads };
}

/** Points, days and thresholds: finite numbers (points may be negative and fractional). */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || isNumber(value);
}

/** Each item through its check; null when one fails (the model is then dropped). */
function all<T>(value: unknown, check: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const item of value) {
    const checked = check(item);
    if (checked === null) return null;
    out.push(checked);
  }
  return out;
}

function valueOption(raw: unknown): ValueOption | null {
  if (!isRecord(raw) || typeof raw.value !== 'string' || !isNumber(raw.points)) return null;
  return { ...raw, value: raw.value, points: raw.points };
}

function rangeBand(raw: unknown): RangeBand | null {
  if (!isRecord(raw) || !isNumberOrNull(raw.min) || !isNumberOrNull(raw.max)) return null;
  if (!isNumber(raw.points)) return null;
  return { ...raw, min: raw.min, max: raw.max, points: raw.points };
}

function recencyBand(raw: unknown): RecencyBand | null {
  if (!isRecord(raw) || !isNumber(raw.withinDays) || raw.withinDays < 0) return null;
  if (!isNumber(raw.points)) return null;
  return { ...raw, withinDays: raw.withinDays, points: raw.points };
}

function rule(raw: unknown): CriterionRule | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'value') {
    const options = all(raw.options, valueOption);
    const otherwise = raw.otherwise === undefined ? null : raw.otherwise;
    if (options === null || !isNumberOrNull(otherwise)) return null;
    return { ...raw, kind: 'value', options, otherwise };
  }
  if (raw.kind === 'range') {
    const bands = all(raw.bands, rangeBand);
    return bands === null ? null : { ...raw, kind: 'range', bands };
  }
  if (raw.kind === 'recency') {
    const bands = all(raw.bands, recencyBand);
    return bands === null ? null : { ...raw, kind: 'recency', bands };
  }
  return null;
}

function criterion(raw: unknown): Criterion | null {
  if (!isRecord(raw) || !isKey(raw.id) || !isKey(raw.field)) return null;
  if (raw.group !== 'fit' && raw.group !== 'behaviour') return null;
  const dateField = raw.dateField === undefined ? null : raw.dateField;
  if (dateField !== null && !isKey(dateField)) return null;
  const read = rule(raw.rule);
  if (read === null) return null;
  return {
    ...raw,
    id: raw.id,
    group: raw.group,
    label: text(raw.label),
    field: raw.field,
    rule: read,
    dateField,
  };
}

function decay(raw: unknown): Decay | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'none') return { ...raw, kind: 'none' };
  if ((raw.kind === 'half-life' || raw.kind === 'window') && isNumber(raw.days) && raw.days > 0) {
    return { ...raw, kind: raw.kind, days: raw.days };
  }
  return null;
}

function thresholds(raw: unknown): Thresholds | null {
  if (!isRecord(raw) || !isNumber(raw.mql) || !isNumber(raw.sql)) return null;
  return { ...raw, mql: raw.mql, sql: raw.sql };
}

function grid(raw: unknown): GradeGrid | null {
  if (!isRecord(raw) || typeof raw.enabled !== 'boolean') return null;
  const { fitA, fitB, behaviour1, behaviour2 } = raw;
  if (!isNumber(fitA) || !isNumber(fitB) || !isNumber(behaviour1) || !isNumber(behaviour2)) {
    return null;
  }
  return { ...raw, enabled: raw.enabled, fitA, fitB, behaviour1, behaviour2 };
}

function prequal(raw: unknown): PreQualification | null {
  if (!isRecord(raw) || typeof raw.requireContact !== 'boolean') return null;
  if (raw.zone === null || raw.zone === undefined) {
    return { ...raw, requireContact: raw.requireContact, zone: null };
  }
  const zone = raw.zone;
  if (!isRecord(zone) || !isKey(zone.field) || !Array.isArray(zone.prefixes)) return null;
  if (!zone.prefixes.every((p) => typeof p === 'string')) return null;
  return {
    ...raw,
    requireContact: raw.requireContact,
    zone: { ...zone, field: zone.field, prefixes: [...(zone.prefixes as string[])] },
  };
}

function caps(raw: unknown): ScoringModel['caps'] | null {
  if (!isRecord(raw) || !isNumberOrNull(raw.fit) || !isNumberOrNull(raw.behaviour)) return null;
  return { ...raw, fit: raw.fit, behaviour: raw.behaviour };
}

/**
 * A stored scoring model, `{ ...raw, ...checked }` at every level so that fields a newer
 * version added survive; null (dropped whole) without a string planId or when any part's
 * shape fails: a criterion without id or field, an unknown group or rule kind, a number of
 * points that is not finite, a decay of no days, a zone without its field. It checks shapes,
 * not sense (an SQL threshold below the MQL one is the editor's to refuse, with its reason).
 */
export function restoreScoringModel(raw: unknown): ScoringModel | null {
  if (!isRecord(raw) || !isKey(raw.planId)) return null;
  const criteria = all(raw.criteria, criterion);
  const read = {
    caps: caps(raw.caps),
    decay: decay(raw.decay),
    thresholds: thresholds(raw.thresholds),
    grid: grid(raw.grid),
    prequal: prequal(raw.prequal),
  };
  if (criteria === null || !isNumber(raw.updatedAt)) return null;
  if (!read.caps || !read.decay || !read.thresholds || !read.grid || !read.prequal) return null;
  return {
    ...raw,
    planId: raw.planId,
    criteria,
    caps: read.caps,
    decay: read.decay,
    thresholds: read.thresholds,
    grid: read.grid,
    prequal: read.prequal,
    updatedAt: raw.updatedAt,
  };
}
