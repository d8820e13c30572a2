// A plan's scoring model before the user has defined one: no criteria yet (every lead scores
// 0 until the user adds some or loads the seeds' example), behaviour halved every 30 days,
// thresholds a B2C shop would start from, the grid off, and unreachable leads set aside.
import type { ScoringModel } from './model';

export function defaultScoringModel(planId: string, now: number): ScoringModel {
  return {
    planId,
    criteria: [],
    caps: { fit: null, behaviour: null },
    decay: { kind: 'half-life', days: 30 },
    thresholds: { mql: 30, sql: 50 },
    grid: { enabled: false, fitA: 20, fitB: 10, behaviour1: 40, behaviour2: 20 },
    prequal: { requireContact: true, zone: null },
    updatedAt: now,
  };
}

/** The calendar day of a time, in the user's own time zone: the default date of the score. */
export function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
