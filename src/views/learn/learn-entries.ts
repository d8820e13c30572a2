// The Learn page's entries as data: each one's group and the screen, tab and figure that use
// its concept (where its link lands). Their words are in the i18n part files (fr-learn-*.ts):
// learn.<id>.title, .body (paragraphs split on line breaks), .example and .figure (the name
// of the figure its link lands on).
import {
  figureHref,
  LEARN_ENTRY_IDS,
  type FigureTarget,
  type LearnEntryId,
} from '../../state/figure-link';

export const LEARN_GROUPS = ['channels', 'funnel', 'customers', 'influence'] as const;
export type LearnGroup = (typeof LEARN_GROUPS)[number];

export interface LearnEntry {
  id: LearnEntryId;
  group: LearnGroup;
  /** Where the concept is used on screen: the element `[data-figure=target.figure]`. */
  target: FigureTarget & { view: 'planner' | 'roi' | 'clv' | 'influencers' | 'leads' };
}

const catalogue = (category: string): LearnEntry['target'] => ({
  view: 'planner',
  tab: 'channels',
  figure: 'catalogue',
  category,
});

const ENTRIES: Record<LearnEntryId, Omit<LearnEntry, 'id'>> = {
  media: {
    group: 'channels',
    target: { view: 'planner', tab: 'budget', figure: 'media-split' },
  },
  poe: {
    group: 'channels',
    target: { view: 'planner', tab: 'matrices', figure: 'family-poe' },
  },
  inbound: { group: 'channels', target: catalogue('webinar') },
  direct: { group: 'channels', target: catalogue('emailing') },
  crm: { group: 'channels', target: catalogue('loyalty') },
  programmatic: { group: 'channels', target: catalogue('programmatic') },
  'buying-leads': {
    group: 'channels',
    target: { view: 'leads', figure: 'prequalification' },
  },
  'open-day': { group: 'channels', target: catalogue('open-day') },
  aarrr: {
    group: 'funnel',
    target: { view: 'planner', tab: 'matrices', figure: 'aarrr' },
  },
  'roi-roas': {
    group: 'funnel',
    target: { view: 'roi', tab: 'campaigns', figure: 'roi' },
  },
  'unit-costs': {
    group: 'funnel',
    target: { view: 'roi', tab: 'campaigns', figure: 'cac' },
  },
  clv: {
    group: 'customers',
    target: { view: 'clv', tab: 'simulator', figure: 'clv-ratio' },
  },
  rfm: {
    group: 'customers',
    target: { view: 'clv', tab: 'orders', figure: 'rfm' },
  },
  'lead-scoring': {
    group: 'customers',
    target: { view: 'leads', figure: 'lead-scoring' },
  },
  'influencer-tiers': {
    group: 'influence',
    target: { view: 'influencers', figure: 'influencer-tier' },
  },
  engagement: {
    group: 'influence',
    target: { view: 'influencers', figure: 'engagement' },
  },
  disclosure: {
    group: 'influence',
    target: { view: 'influencers', figure: 'disclosure' },
  },
};

/** Every entry, in the page's order. */
export const LEARN_ENTRIES: readonly LearnEntry[] = LEARN_ENTRY_IDS.map((id) => ({
  id,
  ...ENTRIES[id],
}));

export function entryTargetHref(entry: LearnEntry): string {
  return figureHref(entry.target);
}
