// The seeds' worked example: a shop whose customers are mostly women scores who the lead is
// (a woman: +10) and what she did (opens every e-mail, clicked or downloaded the catalogue,
// came in lately, was contacted lately), behaviour halved every 30 days. Ten leads, dated
// relative to the day it is loaded, cover every band: Marc, who acted this week, outranks
// Julie, who fits but has gone quiet; one lead cannot be reached and one did something the
// model does not know. tests/unit/leads/example.test.ts computes each score by hand.
import { addDays } from '../clv/days';
import { fieldKey } from './fields';
import type { Criterion, Lead, ScoringModel } from './model';

/** The columns of the example as a French CSV would name them, and the keys they become. */
export const EXAMPLE_HEADERS = {
  gender: 'Genre',
  emailsOpened: 'E-mails ouverts',
  action: 'Action',
} as const;

const GENDER = fieldKey(EXAMPLE_HEADERS.gender);
const EMAILS_OPENED = fieldKey(EXAMPLE_HEADERS.emailsOpened);
const ACTION = fieldKey(EXAMPLE_HEADERS.action);

type ExampleLead = [
  name: string,
  email: string,
  phone: string,
  createdDaysAgo: number | null,
  contactedDaysAgo: number | null,
  gender: string,
  emailsOpened: string,
  action: string,
];

// Names, contact, age of the lead and of the last contact, then the file's own columns.
const LEADS: readonly ExampleLead[] = [
  ['Marc Lefèvre', 'marc.lefevre@example.fr', '', 5, 2, 'H', 'tous', 'téléchargement'],
  ['Julie Martin', 'julie.martin@example.fr', '06 12 34 56 78', 50, 42, 'F', 'aucun', 'aucune'],
  ['Sophie Bernard', 'sophie.bernard@example.fr', '', 3, 0, 'F', 'tous', 'clic'],
  ['Claire Dubois', '', '06 98 76 54 32', 20, 10, 'Femme', 'certains', 'clic'],
  ['Emma Petit', 'emma.petit@example.fr', '', 20, 6, 'F', 'tous', 'aucune'],
  ['Paul Girard', 'paul.girard@example.fr', '', 10, 3, 'H', 'tous', 'visite salon'],
  ['Nadia Haddad', 'nadia.haddad@example.fr', '', 40, 20, 'Femme', 'tous', 'aucune'],
  ['Thomas Roux', '', '07 11 22 33 44', 45, 30, 'H', 'certains', 'clic'],
  ['Inès Moreau', '', '', 1, 1, 'F', 'tous', 'clic'],
  ['Hugo Laurent', 'hugo.laurent@example.fr', '', null, null, 'H', 'aucun', 'clic'],
];

/** The names of the example's criteria, in the user's language (English by default). */
export interface ExampleLabels {
  female: string;
  opensAll: string;
  clickOrDownload: string;
  recentLead: string;
  recentContact: string;
}

const ENGLISH_LABELS: ExampleLabels = {
  female: 'Female lead',
  opensAll: 'Opens every e-mail',
  clickOrDownload: 'Clicked or downloaded the catalogue',
  recentLead: 'Recent lead',
  recentContact: 'Recent contact',
};

function criteria(newId: () => string, labels: ExampleLabels): Criterion[] {
  const behaviour = (label: string, field: string, rule: Criterion['rule']): Criterion => ({
    id: newId(),
    group: 'behaviour',
    label,
    field,
    rule,
    dateField: null,
  });
  return [
    {
      id: newId(),
      group: 'fit',
      label: labels.female,
      field: GENDER,
      rule: {
        kind: 'value',
        options: [
          { value: 'F', points: 10 },
          { value: 'Femme', points: 10 },
        ],
        // A man, or a blank, is simply not the core customer: no points, nothing to report.
        otherwise: 0,
      },
      dateField: null,
    },
    behaviour(labels.opensAll, EMAILS_OPENED, {
      kind: 'value',
      options: [
        { value: 'tous', points: 10 },
        { value: 'certains', points: 0 },
        { value: 'aucun', points: 0 },
      ],
      otherwise: null,
    }),
    behaviour(labels.clickOrDownload, ACTION, {
      kind: 'value',
      options: [
        { value: 'clic', points: 20 },
        { value: 'telechargement', points: 20 },
        { value: 'aucune', points: 0 },
      ],
      otherwise: null,
    }),
    behaviour(labels.recentLead, 'createdOn', {
      kind: 'recency',
      bands: [{ withinDays: 30, points: 20 }],
    }),
    behaviour(labels.recentContact, 'lastContactOn', {
      kind: 'recency',
      bands: [{ withinDays: 14, points: 10 }],
    }),
  ];
}

/** The example's model and leads, dated relative to `today` (`YYYY-MM-DD`). */
export function leadScoringExample(
  planId: string,
  newId: () => string,
  today: string,
  labels: ExampleLabels = ENGLISH_LABELS,
): { model: ScoringModel; leads: Lead[] } {
  const daysAgo = (n: number | null) => (n === null ? null : addDays(today, -n));
  const model: ScoringModel = {
    planId,
    criteria: criteria(newId, labels),
    caps: { fit: null, behaviour: 60 },
    decay: { kind: 'half-life', days: 30 },
    thresholds: { mql: 30, sql: 50 },
    // Fit is 0 or 10 here: A is a woman, C a man. Behaviour 40 is about two fresh actions.
    grid: { enabled: true, fitA: 10, fitB: 5, behaviour1: 40, behaviour2: 20 },
    prequal: { requireContact: true, zone: null },
    updatedAt: 0,
  };
  const leads = LEADS.map(
    ([name, email, phone, created, contacted, gender, emailsOpened, action]): Lead => ({
      id: newId(),
      planId,
      name,
      email,
      phone,
      createdOn: daysAgo(created),
      lastContactOn: daysAgo(contacted),
      fields: { [GENDER]: gender, [EMAILS_OPENED]: emailsOpened, [ACTION]: action },
    }),
  );
  return { model, leads };
}
