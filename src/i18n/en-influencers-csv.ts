// English strings of the influencer screen: the influencer sheet's CSV import and export (loaded with the screen).
import type { frInfluencersCsv } from './fr-influencers-csv';

export const enInfluencersCsv: Record<keyof typeof frInfluencersCsv, string> = {
  'influencers.csv.title': 'Import or export as CSV',
};
