// Each guided example's "what to look at" figures, recomputed here from the example's own
// records with the app's domain functions (budget amounts, ROI, CLV, lead scores, influencer
// returns) rather than with figures.ts, and checked against what the pointers promise; and
// the lesson each example's words draw from them (a loss here, a return there).
import { describe, expect, it } from 'vitest';
import { budgetAmount } from '../../../src/domain/budget';
import { cacFromChannel } from '../../../src/domain/clv/cac';
import { shortTermView } from '../../../src/domain/clv/cohort';
import { clvToCac } from '../../../src/domain/clv/simulator';
import {
  EXAMPLE_IDS,
  buildExample,
  examplePointers,
  type ExampleId,
  type ExampleLanguage,
  type ExamplePointer,
  type ExampleWorkspace,
} from '../../../src/domain/examples';
import { returnOnCost } from '../../../src/domain/influencers/costs';
import { DEFAULT_SHEET_OPTIONS } from '../../../src/domain/influencers/sheet';
import { LEAD_BANDS } from '../../../src/domain/leads/model';
import { compileLeads, scoreMatrix } from '../../../src/domain/leads/score';
import { monthRange } from '../../../src/domain/months';
import { decimalSeparatorOf } from '../../../src/domain/number-parse';
import { scenarioFigures } from '../../../src/domain/roi/campaign';
import { LOAD_DAY, exampleContext } from './example-context';

function plannedOf(ws: ExampleWorkspace, channelIds: readonly string[]): number {
  const months = monthRange(ws.plan.firstMonth, ws.plan.monthCount);
  return ws.budgets
    .filter((b) => channelIds.includes(b.channelId))
    .reduce((sum, b) => sum + months.reduce((s, m) => s + budgetAmount(b, m, 'planned'), 0), 0);
}

const allChannels = (ws: ExampleWorkspace) => ws.channels.map((c) => c.id);
const horsMedia = (ws: ExampleWorkspace) =>
  plannedOf(
    ws,
    ws.channels.filter((c) => c.family === 'hors-media').map((c) => c.id),
  ) / plannedOf(ws, allChannels(ws));

/** The stored ROI scenario as the ROI screen computes it (no sync: the lines store their spend). */
const roi = (ws: ExampleWorkspace) => scenarioFigures(ws.roiScenarios[0]!);
const lineRoi = (line: number) => (ws: ExampleWorkspace) => roi(ws).lines[line]!.figures.roi;

function clvRatio(ws: ExampleWorkspace): number | null {
  const scenario = ws.clvScenarios[0]!;
  const spend = plannedOf(ws, [scenario.cacChannelId!]);
  const terms = cacFromChannel(spend, scenario.cacCustomers);
  if (!terms.ok) throw new Error('no CAC from the channel');
  const view = shortTermView({ ...scenario.inputs, cac: terms.value.cac }, scenario.convention);
  if (!view.ok) throw new Error('CLV inputs refused');
  return clvToCac(view.value.horizonClv, view.value.cac).ratio;
}

function bandCount(ws: ExampleWorkspace, band: (typeof LEAD_BANDS)[number]): number {
  const model = ws.leadCriteria!;
  const options = { scoreDate: LOAD_DAY, decimal: decimalSeparatorOf(ws.plan.locale) };
  const scores = scoreMatrix(compileLeads(ws.leads, model, options), model);
  return [...scores.band].filter((index) => LEAD_BANDS[index] === band).length;
}

type Recompute = (ws: ExampleWorkspace) => number | null;

/** Each pointer's value, recomputed another way from the same records. */
const EXPECTED: Record<ExampleId, Record<string, Recompute>> = {
  'omnichannel-shop': {
    horsMedia,
    socialRoi: lineRoi(0),
    emailRoi: lineRoi(2),
    clvRatio,
    influencerRoi: (ws) => {
      const r = returnOnCost(ws.influencers[0]!, DEFAULT_SHEET_OPTIONS.format);
      return r.ok ? r.value.roi : null;
    },
  },
  'open-day': {
    planned: (ws) => plannedOf(ws, allChannels(ws)),
    radioRoi: lineRoi(0),
    flyersRoi: lineRoi(1),
    totalRoi: (ws) => roi(ws).total.roi,
    clvRatio,
  },
  'trade-show': {
    sql: (ws) => bandCount(ws, 'sql'),
    mql: (ws) => bandCount(ws, 'mql'),
    cpl: (ws) => roi(ws).lines[0]!.figures.funnel!.cpl,
    showRoi: lineRoi(0),
    clvRatio,
  },
  'sampling-sms': {
    horsMedia,
    coupons: (ws) => roi(ws).lines[0]!.figures.funnel!.leads,
    samplingRoi: lineRoi(0),
    smsRoi: lineRoi(2),
    clvRatio,
  },
};

function numberOf(pointer: ExamplePointer): number {
  const v = pointer.value;
  if (v.kind === 'money') return v.cents;
  if (v.kind === 'percent') return v.fraction;
  return v.value;
}

function pointersOf(id: ExampleId, language: ExampleLanguage = 'fr') {
  const ws = buildExample(id, exampleContext(language));
  const byId = new Map(examplePointers(ws, LOAD_DAY).map((p) => [p.id, numberOf(p)]));
  return { ws, byId };
}

describe.each(EXAMPLE_IDS)('guided example %s', (id) => {
  it.each(['fr', 'en'] as const)('promises, in %s, the figures its records give', (language) => {
    const { ws, byId } = pointersOf(id, language);
    expect([...byId.keys()].sort()).toEqual(Object.keys(EXPECTED[id]).sort());
    for (const [pointer, recompute] of Object.entries(EXPECTED[id])) {
      const expected = recompute(ws);
      expect(expected, pointer).not.toBeNull();
      expect(Number.isFinite(expected), pointer).toBe(true);
      expect(byId.get(pointer), pointer).toBeCloseTo(expected!, 9);
    }
  });

  it('stores in each linked ROI line the planned spend of its channel', () => {
    const { ws } = pointersOf(id);
    const linked = ws.roiScenarios.flatMap((s) => s.lines).filter((l) => l.channelId !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const line of linked) expect(line.mediaCost.likely).toBe(plannedOf(ws, [line.channelId!]));
  });

  it('is marked as that example, keyed by one plan, and fits its target budget', () => {
    const { ws } = pointersOf(id);
    expect(ws.plan.example).toBe(id);
    const records = [
      ...ws.channels,
      ...ws.budgets,
      ...ws.roiScenarios,
      ...ws.clvScenarios,
      ...ws.influencers,
      ...ws.leads,
    ];
    expect(records.every((r) => r.planId === ws.plan.id)).toBe(true);
    expect(plannedOf(ws, allChannels(ws))).toBeLessThanOrEqual(ws.plan.targetBudget!);
  });
});

describe('the lessons the examples draw', () => {
  it('omnichannel shop: paid social loses money on the first order, CRM e-mails pay most', () => {
    const { byId, ws } = pointersOf('omnichannel-shop');
    expect(byId.get('socialRoi')).toBeLessThan(0);
    const best = Math.max(...roi(ws).lines.map((l) => l.figures.roi ?? -Infinity));
    expect(byId.get('emailRoi')).toBe(best);
    expect(byId.get('clvRatio')).toBeGreaterThan(3);
  });

  it('open day: the radio alone does not pay, the flyers and the whole day do', () => {
    const { byId } = pointersOf('open-day');
    expect(byId.get('radioRoi')).toBeLessThan(0);
    expect(byId.get('flyersRoi')).toBeGreaterThan(0);
    expect(byId.get('totalRoi')).toBeGreaterThan(0);
    expect(byId.get('clvRatio')).toBeGreaterThan(3);
  });

  it('trade show: 200 leads scored, a lead costs about 150, the customer’s value pays', () => {
    const { byId, ws } = pointersOf('trade-show');
    expect(ws.leads).toHaveLength(200);
    const scored = (['sql', 'mql', 'nurture', 'set-aside'] as const).map((b) => bandCount(ws, b));
    expect(scored.reduce((a, b) => a + b, 0)).toBe(200);
    expect(byId.get('sql')).toBeGreaterThan(0);
    expect(byId.get('mql')).toBeGreaterThan(byId.get('sql')!);
    expect(byId.get('cpl')).toBeGreaterThan(10_000);
    expect(byId.get('cpl')).toBeLessThan(20_000);
    expect(roi(ws).lines[0]!.figures.funnel!.leads).toBeCloseTo(200, 9);
    expect(byId.get('clvRatio')).toBeGreaterThan(3);
  });

  it('sampling: the tasting loses money on the first trip, the SMS follow-ups pay', () => {
    const { byId } = pointersOf('sampling-sms');
    expect(byId.get('samplingRoi')).toBeLessThan(0);
    expect(byId.get('smsRoi')).toBeGreaterThan(0);
    expect(byId.get('horsMedia')).toBeGreaterThan(0.5);
    expect(byId.get('clvRatio')).toBeGreaterThan(3);
  });
});
