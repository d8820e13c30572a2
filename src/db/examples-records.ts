// A guided example's workspace (src/domain/examples) as the tables store it: influencers with
// their place in the sheet, leads cut into batches. The same shape a deleted plan's snapshot
// has, so that a backup of it, and the backup checks, apply to an example as to any plan.
import type { ExampleWorkspace } from '../domain/examples/types';
import type { PlanSnapshot } from './plans-repository';
import { LEADS_PER_BATCH, type LeadBatch } from './restore-leads';

/** Every record of the example, keyed by its plan; `now` orders its influencers' rows. */
export function exampleRecords(
  ws: ExampleWorkspace,
  now: number,
): Required<Omit<PlanSnapshot, 'orderBatches' | 'clvSettings' | 'influencerSettings'>> {
  const planId = ws.plan.id;
  const leads: LeadBatch[] = [];
  for (let start = 0, seq = 0; start < ws.leads.length; start += LEADS_PER_BATCH, seq += 1) {
    leads.push({
      id: `${planId}:${seq}`,
      planId,
      seq,
      leads: ws.leads.slice(start, start + LEADS_PER_BATCH).map((lead) => {
        const { planId: _plan, ...stored } = lead;
        void _plan;
        return stored;
      }),
    });
  }
  return {
    plan: ws.plan,
    channels: ws.channels,
    budgets: ws.budgets,
    roiScenarios: ws.roiScenarios,
    clvScenarios: ws.clvScenarios,
    influencers: ws.influencers.map((influencer, addedIndex) => ({
      ...influencer,
      addedAt: now,
      addedIndex,
    })),
    leads,
    leadCriteria: ws.leadCriteria === null ? [] : [ws.leadCriteria],
  };
}
