// Guided example a) a clothing shop going omnichannel: the shop opens its e-shop and pays for
// social and search ads to bring traffic, keeps its customers with e-mail and a loyalty card,
// fills the shop with styling evenings, and works with local press and micro-influencers.
// The lesson: paid social loses money on the first order, e-mail to existing customers pays
// most, and a customer's lifetime value is what makes the acquisition worth it.
import { buildPlan, type ChannelSpec } from './build';
import { clvScenario, funnel, revenueFigure, roiScenario } from './scenarios';
import { emptyInfluencer, publishedDisclosure } from './influencer-parts';
import { clvFigures, horsMediaShare, influencerReturn, roiOfLine } from './figures';
import type { ExampleContext, ExamplePointer, ExampleWorkspace } from './types';
import { toCents } from '../money';

const CHANNELS: readonly ChannelSpec[] = [
  {
    key: 'social',
    name: { fr: 'Publicité Instagram et Facebook', en: 'Instagram and Facebook ads' },
    family: 'media',
    category: 'social-ads',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: 'grow-online-sales',
    stage: 'acquisition',
    kpi: 'conversion-rate',
    planned: [600, 600, 700, 800, 800, 900, 900, 800, 900, 1000, 1400, 1500],
  },
  {
    key: 'search',
    name: { fr: 'Google Ads (recherche)', en: 'Google Ads (search)' },
    family: 'media',
    category: 'search-ads',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'click' },
    objective: 'grow-online-sales',
    stage: 'acquisition',
    kpi: 'cpc',
    planned: [400, 400, 450, 500, 500, 550, 550, 500, 550, 600, 800, 900],
  },
  {
    key: 'press',
    name: { fr: 'Presse locale (encarts)', en: 'Local press (inserts)' },
    family: 'media',
    category: 'press',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'reach',
    planned: [0, 700, 0, 0, 700, 0, 0, 0, 700, 0, 800, 0],
  },
  {
    key: 'email',
    name: { fr: 'E-mailing CRM (clientes fidèles)', en: 'CRM e-mails (loyal customers)' },
    family: 'hors-media',
    category: 'emailing',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'retention',
    kpi: 'open-rate',
    planned: [150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 200, 200],
  },
  {
    key: 'loyalty',
    name: { fr: 'Carte de fidélité boutique et site', en: 'Shop and web loyalty card' },
    family: 'hors-media',
    category: 'loyalty',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'retention',
    kpi: 'repeat-purchase-rate',
    planned: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 300, 300],
  },
  {
    key: 'events',
    name: { fr: 'Soirées stylisme en boutique', en: 'In-store styling evenings' },
    family: 'hors-media',
    category: 'in-store',
    poe: 'owned',
    costModel: { kind: 'per-unit', unit: 'attendee' },
    objective: 'drive-store-traffic',
    stage: 'activation',
    kpi: 'store-visits',
    planned: [0, 300, 0, 400, 0, 300, 0, 400, 0, 500, 0, 600],
  },
  {
    key: 'influence',
    name: { fr: 'Micro-influenceuses mode', en: 'Fashion micro-influencers' },
    family: 'hors-media',
    category: 'influence',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'referral',
    kpi: 'engagement',
    planned: [0, 0, 900, 0, 0, 900, 0, 0, 900, 0, 900, 0],
  },
  {
    key: 'pr',
    name: { fr: 'Relations presse locales', en: 'Local press relations' },
    family: 'hors-media',
    category: 'pr',
    poe: 'earned',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'media-mentions',
    planned: [0, 0, 500, 0, 0, 0, 0, 0, 500, 0, 0, 0],
  },
];

export function omnichannelShop(ctx: ExampleContext): ExampleWorkspace {
  const built = buildPlan(
    {
      example: 'omnichannel-shop',
      name: { fr: 'Boutique Lou — passage à l’omnicanal', en: 'Lou boutique goes omnichannel' },
      targetEuros: 33_000,
      channels: CHANNELS,
    },
    ctx,
  );
  const roi = roiScenario(built, ctx, {
    name: { fr: 'Lancement de l’e-shop', en: 'E-shop launch' },
    basis: 'margin',
    // A clothing shop's gross margin on its sales.
    marginRate: 0.55,
    lines: [
      {
        name: { fr: 'Publicité sociale (vers l’e-shop)', en: 'Social ads (to the e-shop)' },
        channel: 'social',
        creativeEuros: 1_200,
        gains: funnel(900_000, 'impressions', { click: 0.012, lead: 0.08, close: 0.3 }, 65),
      },
      {
        name: { fr: 'Recherche Google', en: 'Google search' },
        channel: 'search',
        gains: funnel(120_000, 'impressions', { click: 0.05, lead: 0.1, close: 0.35 }, 70),
      },
      {
        name: { fr: 'E-mailing CRM', en: 'CRM e-mails' },
        channel: 'email',
        staffHours: 60,
        hourlyEuros: 35,
        gains: revenueFigure(24_000),
      },
      {
        name: { fr: 'Soirées stylisme', en: 'Styling evenings' },
        channel: 'events',
        staffHours: 40,
        hourlyEuros: 30,
        gains: revenueFigure(9_000),
      },
    ],
  });
  const clv = clvScenario(built, ctx, {
    name: { fr: 'Cliente recrutée par la pub sociale', en: 'Customer won by social ads' },
    inputs: {
      averageBasket: toCents(6_500),
      purchasesPerYear: 2.5,
      marginRate: 0.55,
      retention: 0.6,
      lifetimeYears: null,
      discountRate: 0.1,
      horizonYears: 5,
      cac: toCents(4_000),
    },
    // About the customers the social line's funnel brings (260): CAC = its spend ÷ them.
    cacFrom: { channel: 'social', customers: 260 },
    order: 0,
  });
  const planId = built.plan.id;
  const influencers = [
    {
      ...emptyInfluencer(ctx.newId(), planId),
      name: 'Camille Dressing',
      handle: '@camille.dressing',
      platform: 'instagram' as const,
      followers: 24_000,
      avgLikes: 1_100,
      avgComments: 60,
      avgShares: 40,
      avgViews: 9_000,
      pricePost: toCents(45_000),
      niche: ctx.language === 'fr' ? 'Mode' : 'Fashion',
      audienceMatch: 0.7,
      realFollowerShare: 0.9,
      promoCode: 'CAMILLE10',
      attributedOrders: 16,
      attributedRevenue: toCents(108_000),
      disclosure: publishedDisclosure(),
      status: 'published' as const,
    },
    {
      ...emptyInfluencer(ctx.newId(), planId),
      name: 'Inès Vintage',
      handle: '@ines.vintage',
      platform: 'instagram' as const,
      followers: 8_500,
      avgLikes: 520,
      avgComments: 38,
      avgShares: 12,
      avgViews: 3_400,
      pricePost: toCents(20_000),
      niche: ctx.language === 'fr' ? 'Seconde main' : 'Second-hand',
      audienceMatch: 0.8,
      realFollowerShare: 0.93,
      promoCode: 'INES10',
      attributedOrders: 9,
      attributedRevenue: toCents(60_000),
      disclosure: publishedDisclosure(),
      status: 'published' as const,
    },
  ];
  return {
    plan: built.plan,
    channels: built.channels,
    budgets: built.budgets,
    roiScenarios: [roi],
    clvScenarios: [clv],
    influencers,
    leads: [],
    leadCriteria: null,
  };
}

export function omnichannelShopPointers(ws: ExampleWorkspace): ExamplePointer[] {
  const camille = influencerReturn(ws, 0);
  return [
    {
      id: 'horsMedia',
      value: { kind: 'percent', fraction: horsMediaShare(ws), digits: 1 },
      target: { view: 'planner', tab: 'budget', figure: 'media-split' },
    },
    {
      id: 'socialRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 0), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'emailRoi',
      value: { kind: 'percent', fraction: roiOfLine(ws, 2), digits: 1 },
      target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
    },
    {
      id: 'clvRatio',
      value: { kind: 'ratio', value: clvFigures(ws).ratio },
      target: { view: 'clv', tab: 'simulator', figure: 'clv-ratio' },
    },
    {
      id: 'influencerRoi',
      value: { kind: 'percent', fraction: camille.roi, digits: 2 },
      target: { view: 'influencers' },
      names: { name: camille.name },
    },
  ];
}
