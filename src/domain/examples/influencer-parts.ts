// An influencer row of a guided example starts blank, as a row added on the sheet does; the
// example then fills in what its story needs. A published collaboration has every disclosure
// item done (no altered image, so that item is not applicable), as French law asks.
import type { DisclosureChecklist } from '../influencers/disclosure';
import type { Influencer } from '../influencers/model';

export function emptyInfluencer(id: string, planId: string): Influencer {
  return {
    id,
    planId,
    name: '',
    handle: '',
    platform: 'instagram',
    followers: null,
    avgLikes: null,
    avgComments: null,
    avgShares: null,
    avgViews: null,
    impressions: null,
    pricePost: null,
    priceStory: null,
    priceVideo: null,
    niche: '',
    audienceMatch: null,
    realFollowerShare: null,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    disclosure: {
      'commercial-mention': 'to-do',
      'clear-legible': 'to-do',
      'every-format': 'to-do',
      'whole-promotion': 'to-do',
      'retouched-virtual-images': 'to-do',
    },
    status: 'to-contact',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
  };
}

export function publishedDisclosure(): DisclosureChecklist {
  return {
    'commercial-mention': 'done',
    'clear-legible': 'done',
    'every-format': 'done',
    'whole-promotion': 'done',
    'retouched-virtual-images': 'not-applicable',
  };
}
