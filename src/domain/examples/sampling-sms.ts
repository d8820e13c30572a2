// Guided example d) a retailer's in-store sampling with an SMS coupon: a regional grocery chain
// launches its own-brand coffee with tastings in its stores; shoppers who opt in to its SMS
// list (consent asked at the stand, as GDPR requires) get a coupon, and their redemptions
// close the ROI funnel. Local posters, a leaflet and a few social ads announce the tastings.
// The lesson: the tasting loses money on the first trip, SMS to opted-in shoppers pays, and a
// shopper who adopts the coffee repays the tasting several times over.
import { toCents } from '../money';
import { buildPlan, type ChannelSpec } from './build';
import { clvFigures, funnelOfLine, horsMediaShare, roiOfLine } from './figures';
import { clvScenario, funnel, revenueFigure, roiScenario } from './scenarios';
import type { ExampleContext, ExamplePointer, ExampleWorkspace } from './types';

const CHANNELS: readonly ChannelSpec[] = [
  {
    key: 'sampling',
    name: { fr: 'Dégustations en magasin (12 magasins)', en: 'In-store tastings (12 stores)' },
    family: 'hors-media',
    category: 'sampling',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'sample' },
    objective: 'launch-product',
    stage: 'acquisition',
    kpi: 'reach',
    planned: [0, 0, 0, 0, 0, 4_800, 2_400, 0, 0, 0, 0, 0],
  },
  {
    key: 'activation',
    name: { fr: 'Animation et PLV en rayon', en: 'Aisle activation and displays' },
    family: 'hors-media',
    category: 'in-store',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'day' },
    objective: 'drive-store-traffic',
    stage: 'activation',
    kpi: 'store-visits',
    planned: [0, 0, 0, 0, 0, 3_600, 1_800, 0, 0, 0, 0, 0],
  },
  {
    key: 'sms',
    name: { fr: 'SMS coupon (clients ayant accepté)', en: 'SMS coupon (opted-in shoppers)' },
    family: 'hors-media',
    category: 'sms',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'revenue',
    kpi: 'conversion-rate',
    planned: [0, 0, 0, 0, 0, 300, 300, 200, 200, 150, 150, 150],
  },
  {
    key: 'outdoor',
    name: { fr: 'Affichage local (abords des magasins)', en: 'Local posters (near the stores)' },
    family: 'media',
    category: 'outdoor',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'launch-product',
    stage: 'acquisition',
    kpi: 'reach',
    planned: [0, 0, 0, 0, 2_500, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    key: 'leaflet',
    name: { fr: 'Prospectus du mois', en: 'Monthly leaflet' },
    family: 'hors-media',
    category: 'catalogue',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'drive-store-traffic',
    stage: 'acquisition',
    kpi: 'store-visits',
    planned: [0, 0, 0, 0, 1_500, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    key: 'social',
    name: { fr: 'Publicité Facebook locale', en: 'Local Facebook ads' },
    family: 'media',
    category: 'social-ads',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: 'launch-product',
    stage: 'acquisition',
    kpi: 'reach',
    planned: [0, 0, 0, 0, 400, 600, 400, 0, 0, 0, 0, 0],
  },
  {
    key: 'loyalty',
    name: { fr: 'Carte de fidélité', en: 'Loyalty card' },
    family: 'hors-media',
    category: 'loyalty',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'retention',
    kpi: 'repeat-purchase-rate',
    planned: [250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250],
  },
];

export function samplingSms(ctx: ExampleContext): ExampleWorkspace {
  const built = buildPlan(
    {
      example: 'sampling-sms',
      name: {
        fr: 'Maison Brunet — dégustation et coupon SMS',
        en: 'Brunet grocers — tasting and SMS coupon',
      },
      targetEuros: 25_000,
      channels: CHANNELS,
    },
    ctx,
  );
  const roi = roiScenario(built, ctx, {
    name: { fr: 'Lancement du café maison', en: 'Own-brand coffee launch' },
    basis: 'margin',
    // A grocer's gross margin on the shopping trip.
    marginRate: 0.3,
    lines: [
      {
        // Shoppers who tasted → opted in to SMS (the "clicks" step) → redeemed the coupon (the
        // "leads" step) → bought the coffee with it (customers), each with the trip's basket.
        name: { fr: 'Dégustation et coupon SMS', en: 'Tasting and SMS coupon' },
        channel: 'sampling',
        gains: funnel(8_000, 'reach', { click: 0.18, lead: 0.35, close: 0.8 }, 42),
      },
      {
        name: { fr: 'Animation en rayon', en: 'Aisle activation' },
        channel: 'activation',
        gains: revenueFigure(12_000),
      },
      {
        // Later SMS offers to the 1 440 shoppers who opted in.
        name: { fr: 'Relances SMS', en: 'SMS follow-ups' },
        channel: 'sms',
        staffHours: 10,
        hourlyEuros: 30,
        gains: revenueFigure(9_000),
      },
    ],
  });
  const clv = clvScenario(built, ctx, {
    name: { fr: 'Client qui adopte le café', en: 'Shopper who adopts the coffee' },
    inputs: {
      averageBasket: toCents(800),
      purchasesPerYear: 20,
      marginRate: 0.35,
      retention: 0.5,
      lifetimeYears: null,
      discountRate: 0.1,
      horizonYears: 3,
      cac: toCents(1_800),
    },
    // The tastings' cost ÷ the 400 shoppers who bought with the coupon.
    cacFrom: { channel: 'sampling', customers: 400 },
    order: 0,
  });
  return {
    plan: built.plan,
    channels: built.channels,
    budgets: built.budgets,
    roiScenarios: [roi],
    clvScenarios: [clv],
    influencers: [],
    leads: [],
    leadCriteria: null,
  };
}

export function samplingSmsPointers(ws: ExampleWorkspace): ExamplePointer[] {
  const sampling = funnelOfLine(ws, 0);
  return [
    {
      id: 'horsMedia',
      value: { kind: 'percent', fraction: horsMediaShare(ws), digits: 1 },
      target: { view: 'planner', tab: 'budget', figure: 'media-split' },
    },
    {
      id: 'coupons',
      value: { kind: 'count', value: sampling.leads, digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'samplingRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 0), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'smsRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 2), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'clvRatio',
      value: { kind: 'ratio', value: clvFigures(ws).ratio },
      target: { view: 'clv', tab: 'simulator', figure: 'clv-ratio' },
    },
  ];
}
