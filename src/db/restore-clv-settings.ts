// The restore step of a plan's RFM settings (see restore.ts for the idea): the segment rules
// and the names the user gave segments. Rules are refused whole rather than repaired: a rule
// set with a bad range or a missing id would put customers in other segments than the user
// saw, so a record holding one is dropped (the defaults apply) and a backup holding one refused.
import {
  segmentRuleIssues,
  type ScoreRange,
  type SegmentRule,
  type SegmentRules,
} from '../domain/clv/rfm-segments';
import { MAX_NAME_LENGTH } from '../domain/plan';

/** One per plan: absent until the user edits the rules or renames a segment. */
export interface ClvSettings {
  planId: string;
  segmentRules: SegmentRules;
  /** Segment id → the user's name; a segment absent here has its translated default name. */
  segmentNames: Record<string, string>;
  updatedAt: number;
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

const DIMENSIONS = ['r', 'fm', 'f', 'm'] as const;

/** A range as stored, or undefined when absent; 'bad' when present but not two numbers. */
function range(value: unknown): ScoreRange | undefined | 'bad' {
  if (value === undefined) return undefined;
  if (!isRecord(value) || typeof value.min !== 'number' || typeof value.max !== 'number') {
    return 'bad';
  }
  return { min: value.min, max: value.max };
}

function rule(raw: unknown): SegmentRule | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.action !== 'string') return null;
  const out: SegmentRule = { ...raw, id: raw.id, action: raw.action };
  for (const dimension of DIMENSIONS) {
    const read = range(raw[dimension]);
    if (read === 'bad') return null;
    if (read) out[dimension] = read;
  }
  return out;
}

/** Stored rules, or null when they are not rules or segmentRuleIssues finds any issue. */
export function restoreSegmentRules(raw: unknown): SegmentRules | null {
  if (!isRecord(raw) || !Array.isArray(raw.rules) || !isRecord(raw.fallback)) return null;
  const rules: SegmentRule[] = [];
  for (const item of raw.rules) {
    const read = rule(item);
    if (!read) return null;
    rules.push(read);
  }
  const { id, action } = raw.fallback;
  if (typeof id !== 'string' || typeof action !== 'string') return null;
  const restored: SegmentRules = { rules, fallback: { id, action } };
  return segmentRuleIssues(restored).length === 0 ? restored : null;
}

/** Names kept: a non-empty id → a non-empty name (trimmed, cut at MAX_NAME_LENGTH). */
function names(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(raw)) return out;
  for (const [id, name] of Object.entries(raw)) {
    if (!isKey(id) || typeof name !== 'string') continue;
    const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
    if (trimmed !== '') out[id] = trimmed;
  }
  return out;
}

/**
 * A stored settings record made well-formed, or null without a string planId or with rules
 * that are not valid (see restoreSegmentRules). Names that are not non-empty strings are
 * dropped; an updatedAt that is not a finite number becomes 0.
 */
export function restoreClvSettings(raw: unknown): ClvSettings | null {
  if (!isRecord(raw) || !isKey(raw.planId)) return null;
  const segmentRules = restoreSegmentRules(raw.segmentRules);
  if (!segmentRules) return null;
  const updatedAt =
    typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  return {
    ...raw,
    planId: raw.planId,
    segmentRules,
    segmentNames: names(raw.segmentNames),
    updatedAt,
  };
}
