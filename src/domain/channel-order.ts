// The order the planner shows channels in, which the CSV exports follow too: media first,
// then hors-média; inside a family, catalogue order ('custom' and unknown categories last);
// then the user's sortOrder. Stable: ties keep the order given.
import type { Channel } from './plan';

/**
 * The catalogue's categories in its order (catalogue-entries.ts), written out: the planner
 * sorts with it at start, and the catalogue itself (labels, defaults, KPIs) stays out of the
 * first load. tests/unit/channel-order.test.ts checks that the two lists agree.
 */
export const CATEGORY_ORDER: readonly string[] = [
  'tv',
  'radio',
  'press',
  'outdoor',
  'cinema',
  'search-ads',
  'social-ads',
  'programmatic',
  'sponsored-articles',
  'direct-mail',
  'emailing',
  'sms',
  'catalogue',
  'trade-show',
  'conference',
  'open-day',
  'pop-up',
  'pr',
  'sponsorship',
  'patronage',
  'in-store',
  'street',
  'sampling',
  'abm',
  'influence',
  'webinar',
  'community',
  'loyalty',
];

const CATEGORY_RANK = new Map<string, number>(CATEGORY_ORDER.map((category, i) => [category, i]));

export function plannerOrder<C extends Pick<Channel, 'family' | 'category' | 'sortOrder'>>(
  channels: readonly C[],
): C[] {
  const familyRank = (c: C) => (c.family === 'media' ? 0 : 1);
  const categoryRank = (c: C) => CATEGORY_RANK.get(c.category) ?? CATEGORY_ORDER.length;
  return [...channels].sort(
    (a, b) =>
      familyRank(a) - familyRank(b) ||
      categoryRank(a) - categoryRank(b) ||
      a.sortOrder - b.sortOrder,
  );
}
