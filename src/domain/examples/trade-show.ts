// Guided example c) a B2B scale-up qualifies 200 leads met at a trade show: a stand at the
// show, account-based marketing on a short list of target accounts, e-mail nurturing after the
// show, search and LinkedIn ads, webinars. The 200 badges scanned are in the lead scoring sheet
// with a model (fit and behaviour), so that MQL and SQL are counted, and the show's funnel in
// the ROI screen ends on the same 200 leads. The lesson: a lead costs about 150 €, few become
// customers in the first year, and their lifetime value is what justifies the stand.
import { toCents } from '../money';
import { buildPlan, type ChannelSpec } from './build';
import { clvFigures, funnelOfLine, leadCounts, roiOfLine } from './figures';
import { clvScenario, funnel, revenueFigure, roiScenario } from './scenarios';
import { TRADE_SHOW_LEAD_COUNT, tradeShowLeads, tradeShowModel } from './trade-show-leads';
import type { ExampleContext, ExamplePointer, ExampleWorkspace } from './types';

const CHANNELS: readonly ChannelSpec[] = [
  {
    key: 'show',
    name: { fr: 'Stand au salon Data & Industrie', en: 'Stand at the Data & Industry show' },
    family: 'hors-media',
    category: 'trade-show',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'generate-leads',
    stage: 'acquisition',
    kpi: 'leads',
    planned: [0, 0, 0, 0, 6_000, 16_000, 0, 0, 0, 0, 0, 0],
  },
  {
    key: 'abm',
    name: { fr: 'ABM (50 comptes cibles)', en: 'ABM (50 target accounts)' },
    family: 'hors-media',
    category: 'abm',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: 'generate-leads',
    stage: 'activation',
    kpi: 'cpl',
    planned: [0, 0, 0, 1_500, 1_500, 1_500, 1_500, 1_500, 1_500, 1_500, 1_500, 1_500],
  },
  {
    key: 'nurturing',
    name: { fr: 'E-mails de relance (nurturing)', en: 'Follow-up e-mails (nurturing)' },
    family: 'hors-media',
    category: 'emailing',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'generate-leads',
    stage: 'activation',
    kpi: 'open-rate',
    planned: [300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300],
  },
  {
    key: 'search',
    name: { fr: 'Google Ads (mots-clés métier)', en: 'Google Ads (industry keywords)' },
    family: 'media',
    category: 'search-ads',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'click' },
    objective: 'generate-leads',
    stage: 'acquisition',
    kpi: 'cpc',
    planned: [1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200],
  },
  {
    key: 'linkedin',
    name: { fr: 'Publicité LinkedIn', en: 'LinkedIn ads' },
    family: 'media',
    category: 'social-ads',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: 'generate-leads',
    stage: 'acquisition',
    kpi: 'cpl',
    planned: [800, 800, 800, 800, 2_000, 2_000, 800, 800, 800, 800, 800, 800],
  },
  {
    key: 'webinar',
    name: { fr: 'Webinaires clients', en: 'Customer webinars' },
    family: 'hors-media',
    category: 'webinar',
    poe: 'owned',
    costModel: { kind: 'fixed' },
    objective: 'generate-leads',
    stage: 'activation',
    kpi: 'leads',
    planned: [0, 0, 900, 0, 0, 0, 0, 900, 0, 0, 900, 0],
  },
  {
    key: 'pr',
    name: { fr: 'Relations presse (annonce au salon)', en: 'Press relations (show announcement)' },
    family: 'hors-media',
    category: 'pr',
    poe: 'earned',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'media-mentions',
    planned: [0, 0, 0, 0, 2_500, 0, 0, 0, 0, 0, 0, 0],
  },
];

export function tradeShow(ctx: ExampleContext): ExampleWorkspace {
  const built = buildPlan(
    {
      example: 'trade-show',
      name: { fr: 'Datalyse — salon et relances', en: 'Datalyse — trade show and follow-ups' },
      targetEuros: 75_000,
      channels: CHANNELS,
    },
    ctx,
  );
  const roi = roiScenario(built, ctx, {
    name: { fr: 'Salon + relances e-mail', en: 'Trade show + e-mail follow-ups' },
    basis: 'margin',
    // A software subscription's gross margin.
    marginRate: 0.8,
    lines: [
      {
        // Visitors in the aisle → talks at the stand → badges scanned (the 200 leads) →
        // customers in the first year, each a first-year subscription.
        name: { fr: 'Stand au salon', en: 'Trade show stand' },
        channel: 'show',
        creativeEuros: 2_500,
        staffHours: 96,
        hourlyEuros: 55,
        gains: funnel(
          10_000,
          'reach',
          { click: 0.04, lead: TRADE_SHOW_LEAD_COUNT / 400, close: 0.05 },
          6_000,
        ),
      },
      {
        // The deals the follow-ups win back among the leads the stand did not close.
        name: { fr: 'Relances e-mail', en: 'E-mail follow-ups' },
        channel: 'nurturing',
        staffHours: 40,
        hourlyEuros: 45,
        gains: revenueFigure(18_000),
      },
      {
        name: { fr: 'ABM', en: 'ABM' },
        channel: 'abm',
        gains: funnel(50, 'reach', { click: 0.6, lead: 0.5, close: 0.2 }, 6_000),
      },
    ],
  });
  const clv = clvScenario(built, ctx, {
    name: { fr: 'Client signé au salon', en: 'Customer signed at the show' },
    inputs: {
      averageBasket: toCents(600_000),
      purchasesPerYear: 1,
      marginRate: 0.8,
      retention: 0.75,
      lifetimeYears: null,
      discountRate: 0.1,
      horizonYears: 3,
      cac: toCents(250_000),
    },
    // The stand's cost ÷ the 10 customers its funnel gives.
    cacFrom: { channel: 'show', customers: 10 },
    order: 0,
  });
  return {
    plan: built.plan,
    channels: built.channels,
    budgets: built.budgets,
    roiScenarios: [roi],
    clvScenarios: [clv],
    influencers: [],
    leads: tradeShowLeads(built.plan.id, ctx),
    leadCriteria: tradeShowModel(built.plan.id, ctx),
  };
}

export function tradeShowPointers(ws: ExampleWorkspace, today: string): ExamplePointer[] {
  const counts = leadCounts(ws, today);
  return [
    {
      id: 'sql',
      value: { kind: 'count', value: counts.sql, digits: 0 },
      target: { view: 'leads', figure: 'lead-scoring' },
    },
    {
      id: 'mql',
      value: { kind: 'count', value: counts.mql, digits: 0 },
      target: { view: 'leads', figure: 'lead-scoring' },
    },
    {
      id: 'cpl',
      value: { kind: 'money', cents: funnelOfLine(ws, 0).cpl ?? 0 },
      target: { view: 'roi', tab: 'campaigns', figure: 'cac' },
    },
    {
      id: 'showRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 0), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'clvRatio',
      value: { kind: 'ratio', value: clvFigures(ws).ratio },
      target: { view: 'clv', tab: 'simulator', figure: 'clv-ratio' },
    },
  ];
}
