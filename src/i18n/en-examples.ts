// English strings of the Learn page's guided examples (loaded with it). The {value}s are
// computed from each example's data (domain/examples).
import type { frExamples } from './fr-examples';

export const enExamples: Record<keyof typeof frExamples, string> = {
  'examples.title': 'Guided examples',
  'examples.intro':
    'Each example loads a whole demo plan in one click (a 12-month budget, ROI and CLV scenarios, influencers or leads where relevant), marked “Example”. Your own plans are never changed: “Remove the examples” only removes the marked plans.',
  'examples.lookAt': 'What to look at',
  'examples.load': 'Load the example',
  'examples.loading': 'Loading…',
  'examples.open': 'Open the plan',
  'examples.show': 'Show',
  'examples.isLoaded': 'Loaded, marked “Example”',
  'examples.loaded': 'Example loaded: “{name}”.',
  'examples.remove': 'Remove the examples',
  'examples.removeTitle': 'Remove the examples?',
  'examples.removeMessage':
    '{count, plural, one {This example plan will be deleted} other {These # example plans will be deleted}} with their channels, budgets, scenarios, influencers and leads. Your own plans are not touched.',
  'examples.removeConfirm': 'Remove',
  'examples.cancel': 'Cancel',
  'examples.removed': '{count, plural, one {# example removed.} other {# examples removed.}}',
  'examples.noneLoaded': 'No example is loaded.',

  'examples.omnichannel-shop.title': 'A clothing shop goes omnichannel',
  'examples.omnichannel-shop.shows':
    'Lou boutique opens its e-shop: social and search ads for traffic, CRM e-mails and a loyalty card to keep its customers, styling evenings in the shop, local press and two micro-influencers.',
  'examples.omnichannel-shop.pointer.horsMedia':
    'Hors-média (below-the-line) share of the planned budget: {value} (planner, Media / Hors-média card).',
  'examples.omnichannel-shop.pointer.socialRoi':
    'ROI of the social ads on the first order: {value}. On their own they lose money (ROI screen).',
  'examples.omnichannel-shop.pointer.emailRoi':
    'ROI of the CRM e-mails to loyal customers: {value}, the best line of the scenario.',
  'examples.omnichannel-shop.pointer.clvRatio':
    'CLV : CAC of a customer won by the social ads: {value}. Her lifetime value is what pays for the acquisition (CLV screen).',
  'examples.omnichannel-shop.pointer.influencerRoi':
    'ROI of the collaboration with {name}: {value} (influencer comparison).',

  'examples.open-day.title': 'A craft business opens its workshop doors',
  'examples.open-day.shows':
    'The Earth & Fire pottery announces its open day on local radio, with flyers in local shops, press relations and a few posts, then holds a stall at the Christmas market.',
  'examples.open-day.pointer.planned': 'Planned budget over the 12 months: {value} (planner).',
  'examples.open-day.pointer.radioRoi':
    'ROI of the local radio on the day: {value}. On its own it does not pay (ROI screen).',
  'examples.open-day.pointer.flyersRoi': 'ROI of the flyers and posters: {value}.',
  'examples.open-day.pointer.totalRoi': 'ROI of the whole open day: {value}.',
  'examples.open-day.pointer.clvRatio':
    'CLV : CAC of a student won at the open day: {value}. Those who come back for classes are worth several times their cost (CLV screen).',

  'examples.trade-show.title': 'A B2B scale-up qualifies 200 trade-show leads',
  'examples.trade-show.shows':
    'Datalyse exhibits at the Data & Industry show and follows up the 200 scanned badges by e-mail, with ABM on 50 target accounts, Google Ads, LinkedIn and webinars. The 200 leads are in lead scoring, with their model (fit and behaviour).',
  'examples.trade-show.pointer.sql': 'Leads ready for sales (SQL): {value} of 200 (Leads screen).',
  'examples.trade-show.pointer.mql': 'Marketing-qualified leads (MQL) to nurture: {value}.',
  'examples.trade-show.pointer.cpl': 'Cost per lead of the stand: {value} (ROI screen).',
  'examples.trade-show.pointer.showRoi':
    'ROI of the stand on the first year of subscription: {value}.',
  'examples.trade-show.pointer.clvRatio':
    'CLV : CAC of a customer signed at the show: {value} (CLV screen).',

  'examples.sampling-sms.title': 'A retailer’s in-store sampling with an SMS coupon',
  'examples.sampling-sms.shows':
    'Brunet grocers launch their own-brand coffee with tastings in 12 stores; shoppers who opt in to SMS (consent asked at the stand) get a coupon. Local posters, a leaflet and Facebook ads announce the tastings.',
  'examples.sampling-sms.pointer.horsMedia':
    'Hors-média (below-the-line) share of the planned budget: {value} (planner, Media / Hors-média card).',
  'examples.sampling-sms.pointer.coupons':
    'SMS coupons redeemed after the tasting: {value} (ROI screen, funnel).',
  'examples.sampling-sms.pointer.samplingRoi':
    'ROI of the tasting on the first shopping trip: {value}. On its own it loses money.',
  'examples.sampling-sms.pointer.smsRoi': 'ROI of the SMS follow-ups: {value}.',
  'examples.sampling-sms.pointer.clvRatio':
    'CLV : CAC of a shopper who adopts the coffee: {value} (CLV screen).',
};
