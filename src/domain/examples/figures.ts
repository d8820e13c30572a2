// The figures a guided example points at, computed from its workspace by the same domain
// functions the screens use (totals, ROI, CLV, lead scores, influencer returns), so that a
// pointer can never promise a value its screen would not show.
import { computeTotals, layerGrid } from '../budget';
import { inputsWithCac, scenarioCac } from '../clv/cac';
import { shortTermView } from '../clv/cohort';
import { clvToCac, discountedClv } from '../clv/simulator';
import type { ClvScenario } from '../clv/scenario';
import { engagementByFollowers } from '../influencers/engagement';
import { returnOnCost } from '../influencers/costs';
import { DEFAULT_SHEET_OPTIONS } from '../influencers/sheet';
import { LEAD_BANDS } from '../leads/model';
import { compileLeads, scoreMatrix } from '../leads/score';
import { decimalSeparatorOf } from '../number-parse';
import { scenarioFigures, withPlannedSpend, type CampaignFigures } from '../roi/campaign';
import { plannedCentsOf } from './build';
import type { ExampleWorkspace } from './types';

/** A value an example's own data must give: a missing one is a bug in the example. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Example figure missing: ${what}`);
  return value;
}

export function plannedTotals(ws: ExampleWorkspace) {
  return computeTotals(layerGrid(ws.plan, ws.channels, ws.budgets, 'planned'));
}

/** The plan's planned total, cents (the planner's summary). */
export function plannedTotal(ws: ExampleWorkspace): number {
  return plannedTotals(ws).grand;
}

/** Hors-média's share of the planned total (the planner's media split). */
export function horsMediaShare(ws: ExampleWorkspace): number {
  const totals = plannedTotals(ws);
  return totals.grand === 0 ? 0 : totals.families['hors-media'] / totals.grand;
}

/** Planned cents of the channels of one category. */
export function categoryPlanned(ws: ExampleWorkspace, category: string): number {
  return plannedTotals(ws).categories.get(category) ?? 0;
}

function plannedByChannel(ws: ExampleWorkspace): Map<string, number> {
  return new Map(ws.channels.map((c) => [c.id, plannedCentsOf(ws.plan, ws.budgets, c.id)]));
}

/** The first ROI scenario's figures as the ROI screen computes them (linked lines synced). */
export function roiFigures(ws: ExampleWorkspace): {
  lines: CampaignFigures[];
  total: CampaignFigures;
} {
  const scenario = must(ws.roiScenarios[0], 'ROI scenario');
  const lines = withPlannedSpend(scenario.lines, plannedByChannel(ws));
  const figures = scenarioFigures({ ...scenario, lines });
  return { lines: figures.lines.map((l) => l.figures), total: figures.total };
}

export function roiOfLine(ws: ExampleWorkspace, line: number): number {
  return must(roiFigures(ws).lines[line]?.roi, `ROI of line ${line}`);
}

export function funnelOfLine(ws: ExampleWorkspace, line: number) {
  return must(roiFigures(ws).lines[line]?.funnel, `funnel of line ${line}`);
}

/** The inputs the CLV simulator computes with: the CAC taken from its channel when linked. */
function clvInputs(ws: ExampleWorkspace, scenario: ClvScenario) {
  const channels = ws.channels.map((c) => ({
    id: c.id,
    name: c.name,
    plannedCents: plannedCentsOf(ws.plan, ws.budgets, c.id),
  }));
  return inputsWithCac(scenario.inputs, scenarioCac(scenario, channels));
}

export function clvFigures(ws: ExampleWorkspace, index = 0) {
  const scenario = must(ws.clvScenarios[index], `CLV scenario ${index}`);
  const inputs = clvInputs(ws, scenario);
  const view = shortTermView(inputs, scenario.convention);
  const clv = discountedClv(inputs, scenario.convention);
  if (!view.ok || !clv.ok) throw new Error('Example CLV inputs do not validate');
  return {
    cac: inputs.cac,
    clv: clv.value.clv,
    ratio: must(clvToCac(view.value.horizonClv, view.value.cac).ratio, 'CLV : CAC'),
  };
}

/** How many leads reach SQL, and MQL or above, on `scoreDate`, with the plan's model. */
export function leadCounts(ws: ExampleWorkspace, scoreDate: string) {
  const model = must(ws.leadCriteria, 'scoring model');
  const options = { scoreDate, decimal: decimalSeparatorOf(ws.plan.locale) };
  const scores = scoreMatrix(compileLeads(ws.leads, model, options), model);
  const counts = { sql: 0, mql: 0, nurture: 0, setAside: 0 };
  for (const index of scores.band) {
    const band = LEAD_BANDS[index];
    if (band === 'sql') counts.sql += 1;
    else if (band === 'mql') counts.mql += 1;
    else if (band === 'nurture') counts.nurture += 1;
    else counts.setAside += 1;
  }
  return counts;
}

export function influencerReturn(ws: ExampleWorkspace, index: number) {
  const influencer = must(ws.influencers[index], `influencer ${index}`);
  const returns = returnOnCost(influencer, DEFAULT_SHEET_OPTIONS.format);
  const engagement = engagementByFollowers(influencer, DEFAULT_SHEET_OPTIONS.engagement);
  if (!returns.ok || !engagement.ok) throw new Error('Example influencer figures missing');
  return { name: influencer.name, roi: returns.value.roi, engagement: engagement.value.rate };
}
