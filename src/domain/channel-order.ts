// The order the planner shows channels in, which the CSV exports follow too: media first,
// then hors-média; inside a family, catalogue order ('custom' and unknown categories last);
// then the user's sortOrder. Stable: ties keep the order given.
import { CATALOGUE } from './catalogue';
import type { Channel } from './plan';

const CATEGORY_RANK = new Map<string, number>(CATALOGUE.map((e, index) => [e.category, index]));

export function plannerOrder<C extends Pick<Channel, 'family' | 'category' | 'sortOrder'>>(
  channels: readonly C[],
): C[] {
  const familyRank = (c: C) => (c.family === 'media' ? 0 : 1);
  const categoryRank = (c: C) => CATEGORY_RANK.get(c.category) ?? CATALOGUE.length;
  return [...channels].sort(
    (a, b) =>
      familyRank(a) - familyRank(b) ||
      categoryRank(a) - categoryRank(b) ||
      a.sortOrder - b.sortOrder,
  );
}
