// French strings of the influencer screen: the influencer sheet (columns, filters, shortlist, comparison, chart, weights, disclosure) (loaded with the screen).
export const frInfluencers = {
  'influencers.title': 'Influenceurs',
};
