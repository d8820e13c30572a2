// English strings of the influencer screen: the influencer sheet (columns, filters, shortlist, comparison, chart, weights, disclosure) (loaded with the screen).
import type { frInfluencers } from './fr-influencers';

export const enInfluencers: Record<keyof typeof frInfluencers, string> = {
  'influencers.title': 'Influencers',
};
