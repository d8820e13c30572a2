// Ready-made ROI inputs: the worked example of DESIGN.md (10 000 € spent, 40 000 € of revenue:
// ROI 300 %, ROAS 400 %) that loads in one click, and the neutral defaults of a new line.
import { toCents } from '../money';
import { exact, type CampaignLine, type RoiScenario } from './model';

/** Saturation statement of a new curve: doubling the spend adds 40 % return, concave, no carry-over. */
const DEFAULT_CURVE = {
  doublingGain: 0.4,
  shape: 1,
  carryOver: null,
} satisfies CampaignLine['curve'];

/** A new line with neutral defaults: all costs 0 except what is passed, gains figure 0, curve {0.4, 1, null}, bounds {0, null, false, null}. */
export function newLine(fields: {
  id: string;
  name: string;
  channelId?: string | null;
  mediaCost?: number;
}): CampaignLine {
  return {
    id: fields.id,
    name: fields.name,
    channelId: fields.channelId ?? null,
    mediaCost: exact(fields.mediaCost ?? 0),
    creativeCost: exact(0),
    staffHours: exact(0),
    staffHourlyCost: exact(0),
    gains: { kind: 'figure', revenue: exact(0) },
    curve: { ...DEFAULT_CURVE },
    bounds: { min: toCents(0), max: null, locked: false, minimumBuy: null },
  };
}

/**
 * The worked example of DESIGN.md as a scenario: one free-standing line, 10 000 € of media,
 * 40 000 € of revenue, on a revenue basis (margin rate 0.4 kept for when the user switches),
 * allocating a 10 000 € budget, uncertainty by PERT over 10 000 draws with seed 1.
 */
export function workedExampleScenario(ids: {
  scenarioId: string;
  lineId: string;
  planId: string;
  now: number;
  name: string;
  lineName: string;
}): RoiScenario {
  const line: CampaignLine = {
    ...newLine({ id: ids.lineId, name: ids.lineName, mediaCost: 1_000_000 }),
    gains: { kind: 'figure', revenue: exact(4_000_000) },
  };
  return {
    id: ids.scenarioId,
    planId: ids.planId,
    name: ids.name,
    gainBasis: 'revenue',
    marginRate: exact(0.4),
    lines: [line],
    objective: { kind: 'max-return', budget: toCents(1_000_000) },
    uncertainty: { distribution: 'pert', draws: 10_000, seed: 1, targetRoi: null },
    createdAt: ids.now,
    updatedAt: ids.now,
  };
}
