// A plain influencer row for the tests: every figure unknown except what a test sets.
import { toCents, type Cents } from '../../../src/domain/money';
import { emptyChecklist } from '../../../src/domain/influencers/disclosure';
import type { Influencer } from '../../../src/domain/influencers/model';

export function influencer(overrides: Partial<Influencer> = {}): Influencer {
  return {
    id: 'i1',
    planId: 'p1',
    name: 'Camille',
    handle: '@camille',
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
    niche: 'beauty',
    audienceMatch: null,
    realFollowerShare: null,
    promoCode: '',
    attributedOrders: null,
    attributedRevenue: null,
    disclosure: emptyChecklist(),
    status: 'to-contact',
    notes: '',
    posts: [],
    bookedMonth: null,
    bookedCost: null,
    ...overrides,
  };
}

export const euros = (n: number): Cents => toCents(Math.round(n * 100));
