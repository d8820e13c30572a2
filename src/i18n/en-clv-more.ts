// English strings of the CLV screen: simulator additions (cohort chart, CAC from a planner channel, derived inputs, side-by-side comparison) (loaded with the screen).
import type { frClvMore } from './fr-clv-more';

export const enClvMore: Record<keyof typeof frClvMore, string> = {
  'clv.more.title': 'Compare scenarios',
};
