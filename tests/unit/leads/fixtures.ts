// Small builders for lead scoring tests: a lead with only what a test sets, a model with no
// criteria, no caps, no decay and no pre-qualification unless the test adds them.
import type { Criterion, CriterionRule, Lead, ScoringModel } from '../../../src/domain/leads/model';

export const SCORE_DATE = '2026-06-30';
export const FR = { scoreDate: SCORE_DATE, decimal: ',' } as const;

export function lead(overrides: Partial<Lead> = {}): Lead {
  return {
    id: 'l1',
    planId: 'p1',
    name: 'Lead',
    email: 'lead@example.fr',
    phone: '',
    createdOn: null,
    lastContactOn: null,
    fields: {},
    ...overrides,
  };
}

export function criterion(
  id: string,
  group: Criterion['group'],
  field: string,
  rule: CriterionRule,
  dateField: string | null = null,
): Criterion {
  return { id, group, label: id, field, rule, dateField };
}

export function model(overrides: Partial<ScoringModel> = {}): ScoringModel {
  return {
    planId: 'p1',
    criteria: [],
    caps: { fit: null, behaviour: null },
    decay: { kind: 'none' },
    thresholds: { mql: 30, sql: 50 },
    grid: { enabled: false, fitA: 20, fitB: 10, behaviour1: 40, behaviour2: 20 },
    prequal: { requireContact: false, zone: null },
    updatedAt: 0,
    ...overrides,
  };
}
