// The 200 leads of the trade-show example and the scoring model that sorts them: who they are
// (company size, role, sector: fit, no decay) and what they did after the show (follow-up
// e-mails opened, a demo asked for: behaviour, kept whole for 90 days). Generated from a fixed
// seed, so that every load gives the same leads; dated back from the day of the load: the show
// three weeks ago, the last contact since.
import { addDays } from '../clv/days';
import { fieldKey } from '../leads/fields';
import type { Criterion, Lead, ScoringModel } from '../leads/model';
import type { ExampleContext, ExampleLanguage } from './types';

export const TRADE_SHOW_LEAD_COUNT = 200;
/** Days between the show and the day the example is loaded. */
export const DAYS_SINCE_SHOW = 21;

const HEADERS = {
  fr: {
    size: 'Effectif',
    role: 'Fonction',
    sector: 'Secteur',
    opened: 'E-mails ouverts',
    demo: 'Démo demandée',
  },
  en: {
    size: 'Employees',
    role: 'Role',
    sector: 'Sector',
    opened: 'E-mails opened',
    demo: 'Demo requested',
  },
} as const;

const ROLES = {
  fr: ['Direction', 'Manager', 'Opérationnel', 'Étudiant'],
  en: ['Executive', 'Manager', 'Individual contributor', 'Student'],
} as const;
const ROLE_POINTS = [15, 10, 5, -10] as const;

const SECTORS = {
  fr: ['Industrie', 'Distribution', 'Services', 'Secteur public'],
  en: ['Manufacturing', 'Retail', 'Services', 'Public sector'],
} as const;
const SECTOR_POINTS = [10, 10, 5, 0] as const;

const YES_NO = { fr: ['oui', 'non'], en: ['yes', 'no'] } as const;

const FIRST_NAMES = [
  'Claire',
  'Julien',
  'Sofia',
  'Mehdi',
  'Anne',
  'Thomas',
  'Léa',
  'Karim',
  'Marion',
  'Hugo',
  'Chloé',
  'Nicolas',
  'Amina',
  'Pierre',
  'Laura',
  'Yanis',
  'Élodie',
  'Romain',
  'Sarah',
  'Lucas',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
];
const COMPANIES = [
  'acier-nord',
  'logifrance',
  'biomed',
  'vitrail',
  'transalp',
  'agrodis',
  'menuiserie-ouest',
  'cartonnerie',
  'optique-plus',
  'hydrotech',
  'batiplan',
  'textilia',
  'pharmaval',
  'electroval',
];

/** A small fixed-seed generator (a linear congruential one): the same leads at every load. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(list: readonly T[], draw: number): T {
  return list[Math.min(list.length - 1, Math.floor(draw * list.length))] as T;
}

/** Weighted index: `weights` need not add up to 1. */
function weighted(weights: readonly number[], draw: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let left = draw * total;
  for (let i = 0; i < weights.length; i += 1) {
    left -= weights[i] ?? 0;
    if (left < 0) return i;
  }
  return weights.length - 1;
}

const SIZES = [12, 35, 80, 140, 320, 650, 1_800, 4_500] as const;

export function tradeShowLeads(planId: string, ctx: ExampleContext): Lead[] {
  const language: ExampleLanguage = ctx.language;
  const h = HEADERS[language];
  const keys = {
    size: fieldKey(h.size),
    role: fieldKey(h.role),
    sector: fieldKey(h.sector),
    opened: fieldKey(h.opened),
    demo: fieldKey(h.demo),
  };
  const draw = generator(2024);
  const show = addDays(ctx.today, -DAYS_SINCE_SHOW) ?? ctx.today;
  const leads: Lead[] = [];
  for (let i = 0; i < TRADE_SHOW_LEAD_COUNT; i += 1) {
    const first = pick(FIRST_NAMES, draw());
    const last = pick(LAST_NAMES, draw());
    const company = pick(COMPANIES, draw());
    const role = weighted([0.2, 0.35, 0.35, 0.1], draw());
    const sector = weighted([0.35, 0.25, 0.3, 0.1], draw());
    const opened = weighted([0.3, 0.2, 0.2, 0.15, 0.1, 0.05], draw());
    // Those who opened more follow-ups ask for a demo more often.
    const demo = draw() < 0.04 + opened * 0.07;
    // One badge in twenty-five was scanned without a way to reach its owner.
    const reachable = i % 25 !== 7;
    const contactDays = Math.floor(draw() * DAYS_SINCE_SHOW);
    const ascii = `${first}.${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    leads.push({
      id: ctx.newId(),
      planId,
      name: `${first} ${last} (${company})`,
      email: reachable ? `${ascii.toLowerCase()}@${company}.example` : '',
      phone:
        reachable && i % 3 === 0
          ? `06 ${String(10 + (i % 89)).padStart(2, '0')} 45 67 ${String(10 + (i % 90)).padStart(2, '0')}`
          : '',
      createdOn: show,
      lastContactOn: addDays(show, opened === 0 ? 0 : contactDays) ?? show,
      fields: {
        [keys.size]: String(pick(SIZES, draw())),
        [keys.role]: ROLES[language][role] as string,
        [keys.sector]: SECTORS[language][sector] as string,
        [keys.opened]: String(opened),
        [keys.demo]: YES_NO[language][demo ? 0 : 1],
      },
    });
  }
  return leads;
}

const LABELS = {
  fr: {
    size: 'Taille de l’entreprise',
    role: 'Fonction du contact',
    sector: 'Secteur visé',
    opened: 'Relances e-mail ouvertes',
    demo: 'A demandé une démo',
  },
  en: {
    size: 'Company size',
    role: 'Contact’s role',
    sector: 'Target sector',
    opened: 'Follow-up e-mails opened',
    demo: 'Asked for a demo',
  },
} as const;

export function tradeShowModel(planId: string, ctx: ExampleContext): ScoringModel {
  const h = HEADERS[ctx.language];
  const labels = LABELS[ctx.language];
  const criterion = (
    group: Criterion['group'],
    label: string,
    header: string,
    rule: Criterion['rule'],
  ): Criterion => ({
    id: ctx.newId(),
    group,
    label,
    field: fieldKey(header),
    rule,
    dateField: null,
  });
  const valuePoints = (values: readonly string[], points: readonly number[]) =>
    values.map((value, i) => ({ value, points: points[i] ?? 0 }));
  return {
    planId,
    criteria: [
      criterion('fit', labels.size, h.size, {
        kind: 'range',
        bands: [
          { min: null, max: 50, points: 0 },
          { min: 50, max: 250, points: 10 },
          { min: 250, max: 1_000, points: 20 },
          { min: 1_000, max: null, points: 15 },
        ],
      }),
      criterion('fit', labels.role, h.role, {
        kind: 'value',
        options: valuePoints(ROLES[ctx.language], ROLE_POINTS),
        otherwise: 0,
      }),
      criterion('fit', labels.sector, h.sector, {
        kind: 'value',
        options: valuePoints(SECTORS[ctx.language], SECTOR_POINTS),
        otherwise: 0,
      }),
      criterion('behaviour', labels.opened, h.opened, {
        kind: 'range',
        bands: [
          { min: null, max: 1, points: 0 },
          { min: 1, max: 3, points: 5 },
          { min: 3, max: null, points: 15 },
        ],
      }),
      criterion('behaviour', labels.demo, h.demo, {
        kind: 'value',
        options: valuePoints(YES_NO[ctx.language], [25, 0]),
        otherwise: null,
      }),
    ],
    caps: { fit: null, behaviour: null },
    // Kept whole for 90 days after the last contact: the sales cycle of a B2B deal.
    decay: { kind: 'window', days: 90 },
    thresholds: { mql: 40, sql: 65 },
    grid: { enabled: true, fitA: 35, fitB: 20, behaviour1: 30, behaviour2: 10 },
    prequal: { requireContact: true, zone: null },
    updatedAt: ctx.now,
  };
}
