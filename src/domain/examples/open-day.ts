// Guided example b) a craft business opens its workshop doors: a ceramics workshop announces
// its open day (portes ouvertes) on local radio, with flyers in the streets around, press
// relations and a few social posts, then holds the day itself, and a Christmas market later.
// The lesson: radio alone does not pay on the day, flyers do, and the day's visitors who come
// back for classes are worth several times what it cost to bring them in.
import { toCents } from '../money';
import { buildPlan, type ChannelSpec } from './build';
import { plannedTotal, clvFigures, roiFigures, roiOfLine } from './figures';
import { clvScenario, funnel, revenueFigure, roiScenario } from './scenarios';
import type { ExampleContext, ExamplePointer, ExampleWorkspace } from './types';

// The open day is the sixth month of the plan (the month just done), the market the eleventh.
const CHANNELS: readonly ChannelSpec[] = [
  {
    key: 'radio',
    name: { fr: 'Radio locale (spots)', en: 'Local radio (spots)' },
    family: 'media',
    category: 'radio',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'drive-store-traffic',
    stage: 'acquisition',
    kpi: 'reach',
    planned: [0, 0, 0, 0, 1200, 600, 0, 0, 0, 0, 0, 0],
  },
  {
    key: 'flyers',
    name: {
      fr: 'Flyers et affichettes chez les commerçants',
      en: 'Flyers and posters in local shops',
    },
    family: 'hors-media',
    category: 'street',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'drive-store-traffic',
    stage: 'acquisition',
    kpi: 'store-visits',
    planned: [0, 0, 0, 0, 350, 150, 0, 0, 0, 0, 250, 0],
  },
  {
    key: 'pr',
    name: { fr: 'Relations presse (quotidien régional)', en: 'Press relations (regional daily)' },
    family: 'hors-media',
    category: 'pr',
    poe: 'earned',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'media-mentions',
    planned: [0, 0, 0, 0, 300, 0, 0, 0, 0, 0, 200, 0],
  },
  {
    key: 'social',
    name: { fr: 'Publications sponsorisées Instagram', en: 'Sponsored Instagram posts' },
    family: 'media',
    category: 'social-ads',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'engagement',
    planned: [60, 60, 60, 80, 250, 150, 60, 60, 60, 80, 200, 120],
  },
  {
    key: 'openDay',
    name: { fr: 'Journée portes ouvertes de l’atelier', en: 'Workshop open day' },
    family: 'hors-media',
    category: 'open-day',
    poe: 'owned',
    costModel: { kind: 'fixed' },
    objective: 'drive-store-traffic',
    stage: 'activation',
    kpi: 'event-reach',
    planned: [0, 0, 0, 0, 0, 1800, 0, 0, 0, 0, 0, 0],
  },
  {
    key: 'market',
    name: { fr: 'Stand au marché de Noël', en: 'Christmas market stall' },
    family: 'hors-media',
    category: 'pop-up',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'day' },
    objective: 'grow-online-sales',
    stage: 'revenue',
    kpi: 'average-basket',
    planned: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 900],
  },
  {
    key: 'newsletter',
    name: { fr: 'Lettre d’information (inscrits)', en: 'Newsletter (subscribers)' },
    family: 'hors-media',
    category: 'emailing',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'retention',
    kpi: 'open-rate',
    planned: [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20],
  },
];

export function openDay(ctx: ExampleContext): ExampleWorkspace {
  const built = buildPlan(
    {
      example: 'open-day',
      name: {
        fr: 'Atelier Terre & Feu — portes ouvertes',
        en: 'Earth & Fire pottery — open day',
      },
      targetEuros: 8_000,
      channels: CHANNELS,
    },
    ctx,
  );
  const roi = roiScenario(built, ctx, {
    name: { fr: 'Portes ouvertes', en: 'Open day' },
    basis: 'margin',
    // Handmade ceramics: clay and firing are cheap next to the hours, counted as staff below.
    marginRate: 0.6,
    lines: [
      {
        // Listeners reached → came to the workshop → left their e-mail → bought something.
        name: { fr: 'Radio locale', en: 'Local radio' },
        channel: 'radio',
        gains: funnel(50_000, 'reach', { click: 0.004, lead: 0.5, close: 0.4 }, 60),
      },
      {
        name: { fr: 'Flyers et affichettes', en: 'Flyers and posters' },
        channel: 'flyers',
        gains: funnel(5_000, 'reach', { click: 0.03, lead: 0.4, close: 0.5 }, 60),
      },
      {
        // Sales on the day and the pottery classes booked there.
        name: { fr: 'La journée elle-même', en: 'The day itself' },
        channel: 'openDay',
        staffHours: 30,
        hourlyEuros: 25,
        gains: revenueFigure(6_500),
      },
    ],
  });
  const clv = clvScenario(built, ctx, {
    name: { fr: 'Élève recruté aux portes ouvertes', en: 'Student won at the open day' },
    inputs: {
      averageBasket: toCents(4_500),
      purchasesPerYear: 3,
      marginRate: 0.6,
      retention: 0.5,
      lifetimeYears: null,
      discountRate: 0.08,
      horizonYears: 4,
      cac: toCents(3_000),
    },
    // The day's cost ÷ the 60 visitors who became customers.
    cacFrom: { channel: 'openDay', customers: 60 },
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

export function openDayPointers(ws: ExampleWorkspace): ExamplePointer[] {
  return [
    {
      id: 'planned',
      value: { kind: 'money', cents: plannedTotal(ws) },
      target: { view: 'planner', tab: 'budget', figure: 'media-split' },
    },
    {
      id: 'radioRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 0), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'flyersRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 1), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'totalRoi',
      value: { kind: 'percent', fraction: roiFigures(ws).total.roi ?? 0, digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'clvRatio',
      value: { kind: 'ratio', value: clvFigures(ws).ratio },
      target: { view: 'clv', tab: 'simulator', figure: 'clv-ratio' },
    },
  ];
}
