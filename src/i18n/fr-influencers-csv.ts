// French strings of the influencer screen: the influencer sheet's CSV import and export (loaded with the screen).
export const frInfluencersCsv = {
  'influencers.csv.title': 'Importer ou exporter en CSV',
};
