// What one criterion makes of one lead, before any points are read: which option or band the
// cell matches, how old it is, its decay factor, and what could not be read. Kept apart from
// the points so that a weight change only re-reads points (score.ts compiles these once).
import { parseLocaleNumber, type DecimalSeparator } from '../number-parse';
import { ageOn, leadDayNumber } from './dates';
import { decayFactor } from './decay';
import { foldValue, leadValue } from './fields';
import type { Criterion, CriterionRule, Decay, Lead, LeadProblemKind } from './model';

/** The index of a cell that matched no option or band. */
export const NO_MATCH = -1;
/** The index of a non-empty value that matched no option: scored by `otherwise`. */
export const OTHERWISE = -2;

/** Problem codes as typed arrays hold them: 0 is none, then PROBLEM_KINDS[code − 1]. */
export const PROBLEM_KINDS: readonly LeadProblemKind[] = [
  'unknown-value',
  'not-a-number',
  'bad-date',
  'missing-date',
];
export const NO_PROBLEM = 0;
const UNKNOWN_VALUE = 1;
const NOT_A_NUMBER = 2;
const BAD_DATE = 3;
const MISSING_DATE = 4;

export interface RuleOptions {
  /** The day of the score, `YYYY-MM-DD`: ages are counted up to it. */
  scoreDate: string;
  decimal: DecimalSeparator;
}

/** What the rule made of a cell: the option or band matched, its problem, its age. */
export interface RuleMatch {
  /** The option or band matched, NO_MATCH or OTHERWISE. */
  index: number;
  /** The rule's own problem (a code of PROBLEM_KINDS), NO_PROBLEM when none. */
  problem: number;
  /** The age a recency band was chosen by; null for other rules and unread dates. */
  ageDays: number | null;
}

/** What the decay made of the action's date. */
export interface DecayMatch {
  /** What the decay keeps, 0…1. */
  factor: number;
  /** The age the factor was computed from; null when the date is missing or unreadable. */
  ageDays: number | null;
  /**
   * The missing or bad date's problem code: it only counts, and the factor 0 only applies,
   * when the rule gave points, since a behaviour worth nothing needs no date.
   */
  dateProblem: number;
  /** The date cell read ('' when none), for the problem report. */
  dateValue: string;
}

/** Whether a criterion's points fade: behaviour, not already an age, and a decay chosen. */
export function decays(criterion: Criterion, decay: Decay): boolean {
  return (
    criterion.group === 'behaviour' && criterion.rule.kind !== 'recency' && decay.kind !== 'none'
  );
}

/**
 * The most points one option may give. Beyond it (or not finite) the option counts 0, as
 * validateModel reports: a few options near Number.MAX_VALUE would add up to Infinity.
 */
export const MAX_POINTS = 1e12;

/** The points of a matched index before decay; 0 for a number the model should not hold. */
export function rawPoints(rule: CriterionRule, index: number): number {
  let points = 0;
  if (index === OTHERWISE) points = rule.kind === 'value' ? (rule.otherwise ?? 0) : 0;
  else if (index >= 0) {
    const entry = rule.kind === 'value' ? rule.options[index] : rule.bands[index];
    points = entry?.points ?? 0;
  }
  return Math.abs(points) <= MAX_POINTS ? points : 0;
}

const EMPTY: RuleMatch = { index: NO_MATCH, problem: NO_PROBLEM, ageDays: null };

/** Which band of `withinDays` is the tightest that still holds `age`; NO_MATCH when all are tighter. */
function recencyBand(bands: readonly { withinDays: number }[], age: number): number {
  let best = NO_MATCH;
  bands.forEach((band, i) => {
    if (
      band.withinDays >= age &&
      (best === NO_MATCH || band.withinDays < (bands[best]?.withinDays ?? 0))
    )
      best = i;
  });
  return best;
}

/**
 * A matcher for one criterion's cells, with the options folded once. Cells repeat a lot
 * (a few dozen values over thousands of leads): each distinct text is matched once.
 */
function ruleMatcher(rule: CriterionRule, options: RuleOptions, scoreDay: number | null) {
  const known = new Map<string, RuleMatch>();
  const folded = rule.kind === 'value' ? rule.options.map((o) => foldValue(o.value)) : [];
  const matchText = (text: string): RuleMatch => {
    if (text.trim() === '') return EMPTY;
    switch (rule.kind) {
      case 'value': {
        const index = folded.indexOf(foldValue(text));
        if (index >= 0) return { index, problem: NO_PROBLEM, ageDays: null };
        const problem = rule.otherwise === null ? UNKNOWN_VALUE : NO_PROBLEM;
        return { index: OTHERWISE, problem, ageDays: null };
      }
      case 'range': {
        const parsed = parseLocaleNumber(text, options.decimal);
        if (!parsed.ok) return { index: NO_MATCH, problem: NOT_A_NUMBER, ageDays: null };
        const x = parsed.value;
        const index = rule.bands.findIndex(
          (b) => (b.min === null || b.min <= x) && (b.max === null || x < b.max),
        );
        return { index, problem: NO_PROBLEM, ageDays: null };
      }
      case 'recency': {
        const day = leadDayNumber(text);
        if (day === null || scoreDay === null)
          return { index: NO_MATCH, problem: BAD_DATE, ageDays: null };
        const ageDays = ageOn(day, scoreDay);
        return { index: recencyBand(rule.bands, ageDays), problem: NO_PROBLEM, ageDays };
      }
    }
  };
  return (text: string): RuleMatch => {
    let match = known.get(text);
    if (match === undefined) {
      match = matchText(text);
      known.set(text, match);
    }
    return match;
  };
}

/**
 * The matchers of one criterion for one score date and locale: its rule, and its decay
 * when it decays (null otherwise). Both remember each distinct text they read, so that
 * compiling 50 000 leads allocates nothing per lead once the values and dates are known.
 */
export function criterionMatchers(
  criterion: Criterion,
  decay: Decay,
  options: RuleOptions,
): { rule: (lead: Lead) => RuleMatch; decay: ((lead: Lead) => DecayMatch) | null } {
  const scoreDay = leadDayNumber(options.scoreDate);
  const matchRule = ruleMatcher(criterion.rule, options, scoreDay);
  const rule = (lead: Lead) => matchRule(leadValue(lead, criterion.field));
  if (!decays(criterion, decay)) return { rule, decay: null };
  const known = new Map<string, DecayMatch>();
  const matchDate = (dateValue: string): DecayMatch => {
    if (dateValue.trim() === '')
      return { factor: 0, ageDays: null, dateProblem: MISSING_DATE, dateValue };
    const day = leadDayNumber(dateValue);
    if (day === null || scoreDay === null)
      return { factor: 0, ageDays: null, dateProblem: BAD_DATE, dateValue };
    const ageDays = ageOn(day, scoreDay);
    return { factor: decayFactor(decay, ageDays), ageDays, dateProblem: NO_PROBLEM, dateValue };
  };
  const { dateField } = criterion;
  return {
    rule,
    decay: (lead) => {
      const dateValue =
        dateField === null ? (lead.lastContactOn ?? '') : leadValue(lead, dateField);
      let match = known.get(dateValue);
      if (match === undefined) {
        match = matchDate(dateValue);
        known.set(dateValue, match);
      }
      return match;
    },
  };
}
