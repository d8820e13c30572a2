// A guided example's workspace (src/domain/examples) as the tables store it: influencers with
// their place in the sheet, leads cut into batches. The same shape a deleted plan's snapshot
// has, so that a backup of it, and the backup checks, apply to an example as to any plan.
import type { ExampleWorkspace } from '../domain/examples/types';
import type { PlanSnapshot } from './plans-repository';
import { batchesFrom } from './leads-repository';

/** Every record of the example, keyed by its plan; `now` orders its influencers' rows. */
export function exampleRecords(
  ws: ExampleWorkspace,
  now: number,
): Required<Omit<PlanSnapshot, 'orderBatches' | 'clvSettings' | 'influencerSettings'>> {
  // Stored without their plan, which the batch names: as the leads screen stores them.
  const stored = ws.leads.map((lead) => {
    const { planId: _plan, ...rest } = lead;
    void _plan;
    return rest;
  });
  const leads = batchesFrom(ws.plan.id, stored, 0);
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
