// The records a user plans with: a plan and its channels. Pure types and the rules that
// make a record valid, shared by the database, CSV and the views.
import { isSupportedCurrency, type Cents } from './money';
import { isMonth, type Month } from './months';
import type { ExampleId } from './examples/types';

export type AppLocale = 'fr-FR' | 'en-GB' | 'en-US';
export const APP_LOCALES: readonly AppLocale[] = ['fr-FR', 'en-GB', 'en-US'];

export const MIN_PLAN_MONTHS = 12;
export const MAX_PLAN_MONTHS = 60;

export interface Plan {
  id: string;
  name: string;
  /** ISO 4217 code of a 2-decimal currency. */
  currency: string;
  /** Number and date formats of this plan, independent of the UI language. */
  locale: AppLocale;
  firstMonth: Month;
  monthCount: number;
  /** The budget the plan must fit in; null when the user set none. */
  targetBudget: Cents | null;
  /** Set when the plan was created as a scenario of another plan. */
  scenarioOf: string | null;
  /** Set on a guided example's demo plan (issue 15): "remove the examples" deletes only these. */
  example?: ExampleId;
  createdAt: number;
  updatedAt: number;
}

/** A copy (duplicate, scenario) is the user's own plan: it never carries the example mark. */
export function withoutExampleMark<T extends { example?: unknown }>(plan: T): Omit<T, 'example'> {
  const { example: _mark, ...own } = plan;
  void _mark;
  return own;
}

export type Family = 'media' | 'hors-media';
export type PaidOwnedEarned = 'paid' | 'owned' | 'earned';
export type AarrrStage = 'acquisition' | 'activation' | 'retention' | 'referral' | 'revenue';
/** The stages in funnel order (their labels and KPIs are in catalogue.ts). */
export const AARRR_STAGE_IDS: readonly AarrrStage[] = [
  'acquisition',
  'activation',
  'retention',
  'referral',
  'revenue',
];
export type CostModel =
  | { kind: 'fixed' }
  | { kind: 'monthly' }
  | { kind: 'per-unit'; unit: 'sample' | 'attendee' | 'thousand-impressions' | 'click' | 'day' };

export interface Channel {
  id: string;
  planId: string;
  name: string;
  family: Family;
  /** A catalogue category such as 'social-ads' or 'trade-show', or 'custom'. */
  category: string;
  poe: PaidOwnedEarned;
  costModel: CostModel;
  objective: string | null;
  stage: AarrrStage | null;
  kpi: string | null;
  sortOrder: number;
}

/**
 * Whether two versions of a plan agree on everything but their timestamps: every write moves
 * `updatedAt`, and a record restored without `createdAt` gets a new one at each read.
 */
export function samePlanSettings(a: Plan, b: Plan): boolean {
  return (
    JSON.stringify({ ...a, createdAt: 0, updatedAt: 0 }) ===
    JSON.stringify({ ...b, createdAt: 0, updatedAt: 0 })
  );
}

export type PlanFieldError =
  | { field: 'name'; code: 'required' | 'too-long' }
  | { field: 'currency'; code: 'unsupported' }
  | { field: 'firstMonth'; code: 'invalid' }
  | { field: 'monthCount'; code: 'out-of-range' };

/**
 * The one limit for plan and channel names, in UTF-16 code units once trimmed: the channel
 * sheet's name column, the add-channel form and the CSV import all use it, so that a name the
 * app lets a user type is one its own export reads back.
 */
export const MAX_NAME_LENGTH = 120;

/** The problems that make a plan unfit to store, empty when it is fine. */
export function planErrors(
  plan: Pick<Plan, 'name' | 'currency' | 'monthCount'> & { firstMonth: string },
): PlanFieldError[] {
  const errors: PlanFieldError[] = [];
  const name = plan.name.trim();
  if (name === '') errors.push({ field: 'name', code: 'required' });
  else if (name.length > MAX_NAME_LENGTH) errors.push({ field: 'name', code: 'too-long' });
  if (!isSupportedCurrency(plan.currency)) errors.push({ field: 'currency', code: 'unsupported' });
  if (!isMonth(plan.firstMonth)) errors.push({ field: 'firstMonth', code: 'invalid' });
  if (
    !Number.isInteger(plan.monthCount) ||
    plan.monthCount < MIN_PLAN_MONTHS ||
    plan.monthCount > MAX_PLAN_MONTHS
  )
    errors.push({ field: 'monthCount', code: 'out-of-range' });
  return errors;
}
