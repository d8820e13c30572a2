// The demo plan (what the welcome screen opens) with an ROI scenario linked to one of its
// channels, as the share tests build links from.
import { demoBudgets } from '../../../src/domain/demo-budget';
import { demoPlan } from '../../../src/domain/demo-plan';
import type { Month } from '../../../src/domain/months';
import { workedExampleScenario } from '../../../src/domain/roi/examples';
import type { ShareInput } from '../../../src/db/share-payload';

export const NOW = Date.UTC(2026, 5, 15, 10);
export const BASE = 'https://mixplan.example/app/';

export function demo(): Required<ShareInput> {
  let id = 0;
  const newId = () => `id-${++id}`;
  const { plan, channels } = demoPlan({
    language: 'fr',
    planId: 'plan-1',
    newId,
    now: NOW,
    firstMonth: '2026-01' as Month,
  });
  const budgets = demoBudgets(plan, channels, '2026-06' as Month);
  const scenario = workedExampleScenario({
    scenarioId: 'roi-1',
    lineId: 'line-1',
    planId: plan.id,
    now: NOW,
    name: 'Campagne test',
    lineName: 'Instagram',
  });
  const linked = {
    ...scenario,
    lines: scenario.lines.map((l) => ({ ...l, channelId: channels[0]?.id ?? null })),
  };
  return { plan, channels, budgets, roiScenarios: [linked] };
}

/** The p= value of a link. */
export function parameterOf(url: string): string {
  return url.slice(url.indexOf('?p=') + 3);
}
