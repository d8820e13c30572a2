// Every record read from the database (or a backup file) passes through here: it fills
// defaults and repairs shapes written by older versions, so the rest of the app only ever
// sees well-formed records. Records that cannot be repaired are dropped (null).
// Each restoreX returns `{ ...raw, ...normalised }`, as Excalidraw's restore.ts does: fields
// this version does not know (written by a newer version in another tab) ride along, so that
// a record written back by this tab never strips them.
import type { ChannelBudget } from '../domain/budget';
import { isSupportedCurrency, toCents, type Cents } from '../domain/money';
import { isMonth, type Month } from '../domain/months';
import { isExampleId } from '../domain/examples/types';
import {
  APP_LOCALES,
  MAX_NAME_LENGTH,
  MAX_PLAN_MONTHS,
  MIN_PLAN_MONTHS,
  type AarrrStage,
  type AppLocale,
  type Channel,
  type CostModel,
  type Plan,
} from '../domain/plan';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function timestamp(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function centsOrNull(value: unknown): Cents | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? toCents(value) : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

function clampMonths(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return MIN_PLAN_MONTHS;
  return Math.min(MAX_PLAN_MONTHS, Math.max(MIN_PLAN_MONTHS, value));
}

/** `now` and `fallbackMonth` are passed in so that restoring stays deterministic. */
export function restorePlan(raw: unknown, now: number, fallbackMonth: Month): Plan | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  const createdAt = timestamp(raw.createdAt, now);
  const name = text(raw.name, '').trim().slice(0, MAX_NAME_LENGTH);
  // An example mark this version does not know is dropped: the plan is then the user's own,
  // never deleted by "remove the examples".
  const { example, ...rest } = raw;
  return {
    ...rest,
    ...(isExampleId(example) ? { example } : {}),
    id: raw.id,
    name: name === '' ? 'Plan' : name,
    currency:
      typeof raw.currency === 'string' && isSupportedCurrency(raw.currency) ? raw.currency : 'EUR',
    locale: oneOf<AppLocale>(raw.locale, APP_LOCALES, 'fr-FR'),
    firstMonth:
      typeof raw.firstMonth === 'string' && isMonth(raw.firstMonth)
        ? raw.firstMonth
        : fallbackMonth,
    monthCount: clampMonths(raw.monthCount),
    targetBudget: centsOrNull(raw.targetBudget),
    scenarioOf: optionalText(raw.scenarioOf),
    createdAt,
    updatedAt: timestamp(raw.updatedAt, createdAt),
  };
}

const STAGES: readonly AarrrStage[] = [
  'acquisition',
  'activation',
  'retention',
  'referral',
  'revenue',
];
const UNITS = ['sample', 'attendee', 'thousand-impressions', 'click', 'day'] as const;

/** A known kind keeps its unknown fields; an unknown one falls back to a bare fixed fee. */
function restoreCostModel(raw: unknown): CostModel {
  if (!isRecord(raw)) return { kind: 'fixed' };
  if (raw.kind === 'fixed' || raw.kind === 'monthly') return { ...raw, kind: raw.kind };
  if (raw.kind === 'per-unit') {
    const unit = UNITS.find((u) => u === raw.unit);
    if (unit) return { ...raw, kind: 'per-unit', unit };
  }
  return { kind: 'fixed' };
}

export function restoreChannel(raw: unknown): Channel | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.planId !== 'string') return null;
  const name = text(raw.name, '').trim();
  return {
    ...raw,
    id: raw.id,
    planId: raw.planId,
    name: name === '' ? '—' : name,
    family: raw.family === 'hors-media' ? 'hors-media' : 'media',
    category: text(raw.category, 'custom') || 'custom',
    poe: oneOf(raw.poe, ['paid', 'owned', 'earned'] as const, 'paid'),
    costModel: restoreCostModel(raw.costModel),
    objective: optionalText(raw.objective),
    stage: STAGES.find((s) => s === raw.stage) ?? null,
    kpi: optionalText(raw.kpi),
    sortOrder:
      typeof raw.sortOrder === 'number' && Number.isFinite(raw.sortOrder) ? raw.sortOrder : 0,
  };
}

function amount(value: unknown): Cents {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? toCents(value)
    : toCents(0);
}

/**
 * A channel's budget: months that are not YYYY-MM are dropped and amounts that are not cents
 * become zero; a month's other fields (a layer added by a newer version) are kept.
 */
export function restoreBudget(raw: unknown): ChannelBudget | null {
  if (!isRecord(raw) || typeof raw.channelId !== 'string' || typeof raw.planId !== 'string')
    return null;
  const months: ChannelBudget['months'] = {};
  if (isRecord(raw.months)) {
    for (const [month, value] of Object.entries(raw.months)) {
      if (!isMonth(month) || !isRecord(value)) continue;
      months[month] = {
        ...value,
        planned: amount(value.planned),
        committed: amount(value.committed),
        actual: amount(value.actual),
      };
    }
  }
  return { ...raw, channelId: raw.channelId, planId: raw.planId, months };
}

/** Restores a list, dropping what cannot be repaired. */
export function restoreAll<T>(raws: readonly unknown[], restore: (raw: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const raw of raws) {
    const record = restore(raw);
    if (record !== null) out.push(record);
  }
  return out;
}
