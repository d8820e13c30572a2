// What the lead scoring sheet holds: the leads as imported (their own attributes, never a
// score: scores are recomputed by score.ts from the model and the date of the score), and the
// scoring model the user defines, as CRMs define theirs: fit criteria (who the lead is, no
// decay) and behaviour criteria (what the lead did, decaying with age), a cap per group, MQL
// and SQL thresholds, an optional A–C × 1–3 grid and a pre-qualification step.
// Dates are `YYYY-MM-DD` strings; points may be negative and fractional once decayed.

/** The fields every lead has, whatever the file called them (src/csv/leads-columns.ts). */
export const LEAD_BUILT_IN_FIELDS = [
  'name',
  'email',
  'phone',
  'createdOn',
  'lastContactOn',
] as const;
export type LeadBuiltInField = (typeof LEAD_BUILT_IN_FIELDS)[number];

export interface Lead {
  id: string;
  planId: string;
  /** A person or a company, free text shown as text. */
  name: string;
  /** '' when missing: pre-qualification sets aside a lead with neither e-mail nor phone. */
  email: string;
  phone: string;
  /** When the lead came in; null when unknown. */
  createdOn: string | null;
  /** The last contact or activity (an e-mail opened, a visit…): behaviour decays from it. */
  lastContactOn: string | null;
  /**
   * The file's other columns, by field key (the header lower-cased, accents and spaces
   * folded: `Code postal` → `code postal`), as text exactly as the file had them.
   */
  fields: Readonly<Record<string, string>>;
}

export type CriterionGroup = 'fit' | 'behaviour';

/** One value (compared trimmed, case- and accent-insensitive) and the points it gives. */
export interface ValueOption {
  value: string;
  points: number;
}

/** A numeric range, `min` included and `max` excluded; null is open-ended. */
export interface RangeBand {
  min: number | null;
  max: number | null;
  points: number;
}

/** A date no older than `withinDays` days on the date of the score gives `points`. */
export interface RecencyBand {
  withinDays: number;
  points: number;
}

export type CriterionRule =
  /**
   * By value. `otherwise` scores any other non-empty value; null reports it as unknown
   * (0 points). An empty cell scores nothing and is not reported.
   */
  | { kind: 'value'; options: ValueOption[]; otherwise: number | null }
  /** By range of a number read in the plan's locale (`12,5` in French); first band that holds it. */
  | { kind: 'range'; bands: RangeBand[] }
  /** Freshness of a date field (a recent lead, a recent contact): the tightest band that holds it. */
  | { kind: 'recency'; bands: RecencyBand[] };

export interface Criterion {
  id: string;
  group: CriterionGroup;
  /** Shown in the breakdown: "Female lead", "Opens every e-mail"… */
  label: string;
  /** The lead field it reads: a built-in field or a key of `Lead.fields`. */
  field: string;
  rule: CriterionRule;
  /**
   * Behaviour only: the date field that says when the action happened, for decay; null uses
   * the lead's `lastContactOn`. Ignored for fit criteria and for recency rules (already ages).
   */
  dateField: string | null;
}

/** How behaviour points fade: halved every `days`, or kept whole for `days` then dropped. */
export type Decay =
  { kind: 'none' } | { kind: 'half-life'; days: number } | { kind: 'window'; days: number };

/** Total scores from which a lead is marketing-qualified, then sales-qualified (sql ≥ mql). */
export interface Thresholds {
  mql: number;
  sql: number;
}

/**
 * The optional A–C × 1–3 grid: fit ≥ fitA is A, ≥ fitB is B, else C; behaviour ≥
 * behaviour1 is 1, ≥ behaviour2 is 2, else 3. A1 is the hottest, C3 the coldest.
 */
export interface GradeGrid {
  enabled: boolean;
  fitA: number;
  fitB: number;
  behaviour1: number;
  behaviour2: number;
}

/** Set aside before scoring, as the seeds advise: unreachable or off-target leads. */
export interface PreQualification {
  /** A lead with neither e-mail nor phone cannot be worked: set aside. */
  requireContact: boolean;
  /**
   * The zone served: a lead whose `field` starts with none of `prefixes` (postcodes `75`,
   * `92`…, or region names, compared as values are) is set aside. null: no zone.
   */
  zone: { field: string; prefixes: string[] } | null;
}

export interface ScoringModel {
  planId: string;
  criteria: Criterion[];
  /** The most a group may add up to; null: no cap. */
  caps: { fit: number | null; behaviour: number | null };
  decay: Decay;
  thresholds: Thresholds;
  grid: GradeGrid;
  prequal: PreQualification;
  updatedAt: number;
}

/** Where a lead stands: set aside, below MQL (to nurture), MQL (marketing acts), SQL (sales calls). */
export const LEAD_BANDS = ['sql', 'mql', 'nurture', 'set-aside'] as const;
export type LeadBand = (typeof LEAD_BANDS)[number];

export type SetAsideReason = 'no-contact' | 'outside-zone';

/** Why a criterion gave a lead no points although the lead had something in that field. */
export type LeadProblemKind =
  | 'unknown-value'
  | 'not-a-number'
  | 'bad-date'
  /** Behaviour to decay but no date to decay from: counted as 0, its age being unknown. */
  | 'missing-date';

export interface LeadProblem {
  criterionId: string;
  kind: LeadProblemKind;
  /** The cell as the lead has it. */
  value: string;
}

/** One criterion's share of one lead's score, as the breakdown shows it. */
export interface CriterionPoints {
  criterionId: string;
  group: CriterionGroup;
  /** The points the rule gave before decay. */
  raw: number;
  /** 1 without decay; 0.5 at one half-life; 0 outside the window. */
  factor: number;
  /** raw × factor. */
  points: number;
  /** The age in days the factor (or a recency band) was computed from; null when none. */
  ageDays: number | null;
}

/** One lead's score, explained: every criterion's part, the caps, the band and the grade. */
export interface LeadScore {
  fit: number;
  behaviour: number;
  total: number;
  /** The group's sum before its cap, when the cap cut it; null otherwise. */
  fitUncapped: number | null;
  behaviourUncapped: number | null;
  band: LeadBand;
  /** 'A1'…'C3' when the grid is enabled and the lead is scored; null otherwise. */
  grade: string | null;
  setAside: SetAsideReason | null;
  parts: CriterionPoints[];
  problems: LeadProblem[];
}
