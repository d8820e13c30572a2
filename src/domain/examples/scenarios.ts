// Short builders for the ROI and CLV scenarios of the guided examples, over the same records
// the ROI and CLV screens create: a line starts from newLine's neutral defaults, a scenario
// from the screens' uncertainty settings, so that an example behaves like a user's own.
import type { ClvInputs, MarginConvention } from '../clv/model';
import type { ClvScenario } from '../clv/scenario';
import { toCents } from '../money';
import { newLine } from '../roi/examples';
import {
  exact,
  type CampaignLine,
  type GainsInput,
  type GainBasis,
  type RoiScenario,
} from '../roi/model';
import { plannedCentsOf, type BuiltPlan } from './build';
import type { Bilingual, ExampleContext } from './types';

export interface LineSpec {
  name: Bilingual;
  /** The plan channel whose planned spend is the line's media cost; else `mediaEuros`. */
  channel?: string;
  mediaEuros?: number;
  creativeEuros?: number;
  staffHours?: number;
  hourlyEuros?: number;
  gains: GainsInput;
}

/** Revenue typed as one figure, whole euros. */
export function revenueFigure(euros: number): GainsInput {
  return { kind: 'figure', revenue: exact(euros * 100) };
}

/** A funnel: audience, then the rate of each step, then the basket in whole euros. */
export function funnel(
  audience: number,
  kind: 'impressions' | 'reach',
  rates: { click: number; lead: number; close: number },
  basketEuros: number,
): GainsInput {
  return {
    kind: 'funnel',
    impressions: exact(audience),
    audience: kind,
    clickRate: exact(rates.click),
    leadRate: exact(rates.lead),
    closeRate: exact(rates.close),
    averageBasket: exact(basketEuros * 100),
  };
}

function lineOf(spec: LineSpec, built: BuiltPlan, ctx: ExampleContext): CampaignLine {
  const channelId = spec.channel === undefined ? null : built.channelId(spec.channel);
  // A linked line stores the planned spend it reads, as the ROI screen's "from the plan" does.
  const media =
    channelId === null
      ? (spec.mediaEuros ?? 0) * 100
      : plannedCentsOf(built.plan, built.budgets, channelId);
  return {
    ...newLine({ id: ctx.newId(), name: spec.name[ctx.language], channelId, mediaCost: media }),
    creativeCost: exact((spec.creativeEuros ?? 0) * 100),
    staffHours: exact(spec.staffHours ?? 0),
    staffHourlyCost: exact((spec.hourlyEuros ?? 0) * 100),
    gains: spec.gains,
  };
}

export function roiScenario(
  built: BuiltPlan,
  ctx: ExampleContext,
  spec: { name: Bilingual; basis: GainBasis; marginRate: number; lines: readonly LineSpec[] },
): RoiScenario {
  const lines = spec.lines.map((l) => lineOf(l, built, ctx));
  const budget = lines.reduce((sum, l) => sum + l.mediaCost.likely, 0);
  return {
    id: ctx.newId(),
    planId: built.plan.id,
    name: spec.name[ctx.language],
    gainBasis: spec.basis,
    marginRate: exact(spec.marginRate),
    lines,
    objective: { kind: 'max-return', budget: toCents(budget) },
    uncertainty: { distribution: 'pert', draws: 10_000, seed: 1, targetRoi: null },
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export function clvScenario(
  built: BuiltPlan,
  ctx: ExampleContext,
  spec: {
    name: Bilingual;
    inputs: ClvInputs;
    convention?: MarginConvention;
    /** The channel whose planned spend ÷ `customers` is the CAC, instead of the typed one. */
    cacFrom?: { channel: string; customers: number };
    /** Scenarios of one plan are listed oldest first: the order they are given in. */
    order: number;
  },
): ClvScenario {
  return {
    id: ctx.newId(),
    planId: built.plan.id,
    name: spec.name[ctx.language],
    inputs: spec.inputs,
    convention: spec.convention ?? 'first-margin-up-front',
    cacChannelId: spec.cacFrom ? built.channelId(spec.cacFrom.channel) : null,
    cacCustomers: spec.cacFrom?.customers ?? null,
    createdAt: ctx.now + spec.order,
    updatedAt: ctx.now + spec.order,
  };
}
