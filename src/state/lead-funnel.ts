// What the ROI screen's funnel may take from lead scoring: how many of the plan's leads reach
// MQL and SQL on a date, computed with the plan's own scoring model. Read once when asked,
// not observed: the funnel offers the shares, the user decides to apply them.
import type { MixplanDb } from '../db';
import { modelOf, readLeads } from '../db/leads-repository';
import { compileLeads, scoreMatrix } from '../domain/leads/score';
import { LEAD_BANDS } from '../domain/leads/model';
import { decimalSeparatorOf } from '../domain/number-parse';

export interface LeadFunnelCounts {
  /** Leads scored (the set-aside ones left out). */
  scored: number;
  /** At MQL or above (SQL included), and at SQL. */
  mql: number;
  sql: number;
}

/** The plan's counts, or null when it has no leads or no scoring model yet. */
export async function leadFunnelCounts(
  db: MixplanDb,
  planId: string,
  scoreDate: string,
  locale: string,
): Promise<LeadFunnelCounts | null> {
  const [leads, model] = await Promise.all([readLeads(db, planId), modelOf(db, planId)]);
  if (leads.length === 0 || model === null || model.criteria.length === 0) return null;
  const options = { scoreDate, decimal: decimalSeparatorOf(locale) };
  const scores = scoreMatrix(compileLeads(leads, model, options), model);
  const counts = { scored: 0, mql: 0, sql: 0 };
  for (const index of scores.band) {
    const band = LEAD_BANDS[index];
    if (band === 'set-aside') continue;
    counts.scored += 1;
    if (band === 'sql') counts.sql += 1;
    if (band === 'sql' || band === 'mql') counts.mql += 1;
  }
  return counts.scored === 0 ? null : counts;
}
