// The demo workspace offered on first visit: a small clothing shop's year, mixing media and
// hors-média channels. Names exist in both UI languages; ids and time are passed in.
import type { Month } from './months';
import type { AarrrStage, Channel, CostModel, Family, PaidOwnedEarned, Plan } from './plan';
import { planLocaleDefault, type PlanLocaleDefault } from './plan-locale-default';
import { toCents } from './money';

interface DemoChannel {
  name: { fr: string; en: string };
  family: Family;
  category: string;
  poe: PaidOwnedEarned;
  costModel: CostModel;
  objective: string;
  stage: AarrrStage;
  kpi: string;
}

const DEMO_CHANNELS: readonly DemoChannel[] = [
  {
    name: { fr: 'Publicité Instagram et Facebook', en: 'Instagram and Facebook ads' },
    family: 'media',
    category: 'social-ads',
    poe: 'paid',
    costModel: { kind: 'monthly' },
    objective: 'grow-online-sales',
    stage: 'acquisition',
    kpi: 'conversion-rate',
  },
  {
    name: { fr: 'Google Ads (recherche locale)', en: 'Google Ads (local search)' },
    family: 'media',
    category: 'search-ads',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'click' },
    objective: 'grow-online-sales',
    stage: 'acquisition',
    kpi: 'roi',
  },
  {
    name: { fr: 'Presse locale (encarts)', en: 'Local press (inserts)' },
    family: 'media',
    category: 'press',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'event-reach',
  },
  {
    name: { fr: 'Ateliers stylisme en boutique', en: 'In-store styling workshops' },
    family: 'hors-media',
    category: 'in-store',
    poe: 'owned',
    costModel: { kind: 'per-unit', unit: 'attendee' },
    objective: 'retain-customers',
    stage: 'activation',
    kpi: 'event-reach',
  },
  {
    name: { fr: 'Programme de fidélité', en: 'Loyalty programme' },
    family: 'hors-media',
    category: 'loyalty',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'retention',
    kpi: 'retention-rate',
  },
  {
    name: { fr: 'Newsletter e-mailing', en: 'E-mail newsletter' },
    family: 'hors-media',
    category: 'emailing',
    poe: 'owned',
    costModel: { kind: 'monthly' },
    objective: 'retain-customers',
    stage: 'revenue',
    kpi: 'conversion-rate',
  },
  {
    name: { fr: 'Pop-up store centre-ville', en: 'Town-centre pop-up store' },
    family: 'hors-media',
    category: 'pop-up',
    poe: 'paid',
    costModel: { kind: 'per-unit', unit: 'day' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'event-reach',
  },
  {
    name: { fr: 'Micro-influenceuses mode', en: 'Fashion micro-influencers' },
    family: 'hors-media',
    category: 'influence',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'referral',
    kpi: 'engagement',
  },
  {
    name: { fr: 'Relations presse locales', en: 'Local press relations' },
    family: 'hors-media',
    category: 'pr',
    poe: 'earned',
    costModel: { kind: 'fixed' },
    objective: 'build-awareness',
    stage: 'acquisition',
    kpi: 'media-mentions',
  },
];

export const DEMO_TARGET_BUDGET_CENTS = 4_800_000;

/** A believable first year for a small clothing shop, starting in January of `year`. */
export function demoPlan(input: {
  language: 'fr' | 'en';
  planId: string;
  newId: () => string;
  now: number;
  firstMonth: Month;
  /** navigator.languages: an en-US visitor's demo counts in dollars. Without it: euros. */
  languages?: readonly string[];
}): { plan: Plan; channels: Channel[] } {
  const { locale, currency }: PlanLocaleDefault =
    input.languages === undefined
      ? { locale: input.language === 'fr' ? 'fr-FR' : 'en-GB', currency: 'EUR' }
      : planLocaleDefault(input.languages, input.language);
  const plan: Plan = {
    id: input.planId,
    name: input.language === 'fr' ? 'Boutique de vêtements — démo' : 'Clothing shop — demo',
    currency,
    locale,
    firstMonth: input.firstMonth,
    monthCount: 12,
    targetBudget: toCents(DEMO_TARGET_BUDGET_CENTS),
    scenarioOf: null,
    createdAt: input.now,
    updatedAt: input.now,
  };
  const channels = DEMO_CHANNELS.map((c, index): Channel => ({
    id: input.newId(),
    planId: plan.id,
    name: c.name[input.language],
    family: c.family,
    category: c.category,
    poe: c.poe,
    costModel: c.costModel,
    objective: c.objective,
    stage: c.stage,
    kpi: c.kpi,
    sortOrder: index,
  }));
  return { plan, channels };
}
