// The tornado of a scenario's ROI: each input moved down and up by a share (±20 % by default)
// on its own, the others at their likely values, and the total ROI read at both ends.
import { campaignFigures, likelyValues, totalFigures, type CampaignValues } from './campaign';
import type { RoiScenario } from './model';
import type { RoiField } from './validation';

export interface TornadoBar {
  /** null: the scenario's margin rate. */
  lineId: string | null;
  field: RoiField;
  /** Total ROI with this input × (1 − share) and × (1 + share) (rates capped at 1). */
  low: number;
  high: number;
  /** |high − low|. */
  swing: number;
  /** The raised value of a rate hit its cap of 1. */
  capped: boolean;
}

type CostField = 'mediaCost' | 'creativeCost' | 'staffHours' | 'staffHourlyCost';
type FunnelField = 'impressions' | 'clickRate' | 'leadRate' | 'closeRate' | 'averageBasket';
type FunnelValues = Extract<CampaignValues['gains'], { kind: 'funnel' }>;

const COST_FIELDS: readonly CostField[] = [
  'mediaCost',
  'creativeCost',
  'staffHours',
  'staffHourlyCost',
];
const FUNNEL_FIELDS: readonly FunnelField[] = [
  'impressions',
  'clickRate',
  'leadRate',
  'closeRate',
  'averageBasket',
];
const RATE_FIELDS: readonly RoiField[] = ['clickRate', 'leadRate', 'closeRate', 'marginRate'];

/** One input of one line, readable and replaceable. */
interface LineInput {
  field: RoiField;
  value: number;
  with(value: number): CampaignValues;
}

function lineInputs(values: CampaignValues): LineInput[] {
  const inputs: LineInput[] = COST_FIELDS.map((field) => ({
    field,
    value: values[field],
    with: (value) => ({ ...values, [field]: value }),
  }));
  const g = values.gains;
  if (g.kind === 'figure')
    return [
      ...inputs,
      {
        field: 'revenue',
        value: g.revenue,
        with: (revenue) => ({ ...values, gains: { ...g, revenue } }),
      },
    ];
  return [
    ...inputs,
    ...FUNNEL_FIELDS.map((field) => ({
      field,
      value: g[field],
      with: (value: number) => ({
        ...values,
        gains: { ...g, [field]: value } satisfies FunnelValues,
      }),
    })),
  ];
}

/** The two moved values of an input: never below 0, and a rate never above 1. */
function movedValues(field: RoiField, value: number, share: number) {
  const raised = value * (1 + share);
  const capped = RATE_FIELDS.includes(field) && raised > 1;
  return { low: Math.max(0, value * (1 - share)), high: capped ? 1 : raised, capped };
}

/**
 * One bar per non-zero input (likely values), sorted by swing, largest first (ties keep the
 * order of the lines and of their inputs). The margin rate has a bar on a margin basis only,
 * where it counts. An input whose move leaves the total cost at 0 (so no ROI) has no bar;
 * a scenario with no cost has none at all, and neither has a share that is not above 0.
 */
export function roiTornado(
  scenario: Pick<RoiScenario, 'lines' | 'gainBasis' | 'marginRate'>,
  share = 0.2,
): TornadoBar[] {
  if (!(share > 0) || !Number.isFinite(share)) return [];
  const basis = scenario.gainBasis;
  const marginRate = scenario.marginRate.likely;
  const values = scenario.lines.map(likelyValues);
  const figures = values.map((v) => campaignFigures(v, basis, marginRate));
  if (totalFigures(figures, basis, marginRate).roi === null) return [];

  const bars: TornadoBar[] = [];
  const push = (
    lineId: string | null,
    field: RoiField,
    roiAt: (value: number) => number | null,
    value: number,
  ) => {
    const moved = movedValues(field, value, share);
    const low = roiAt(moved.low);
    const high = roiAt(moved.high);
    if (low === null || high === null) return;
    bars.push({ lineId, field, low, high, swing: Math.abs(high - low), capped: moved.capped });
  };

  scenario.lines.forEach((line, i) => {
    const lineValues = values[i];
    if (!lineValues) return;
    for (const input of lineInputs(lineValues)) {
      if (input.value === 0) continue;
      const roiAt = (value: number) => {
        const changed = figures.slice();
        changed[i] = campaignFigures(input.with(value), basis, marginRate);
        return totalFigures(changed, basis, marginRate).roi;
      };
      push(line.id, input.field, roiAt, input.value);
    }
  });
  if (basis === 'margin' && marginRate !== 0)
    push(null, 'marginRate', (m) => totalFigures(figures, basis, m).roi, marginRate);

  // Array.prototype.sort is stable: equal swings keep their input order.
  return bars.sort((a, b) => b.swing - a.swing);
}
