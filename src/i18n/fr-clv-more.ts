// French strings of the CLV screen: simulator additions (cohort chart, CAC from a planner channel, derived inputs, side-by-side comparison) (loaded with the screen).
export const frClvMore = {
  'clv.more.title': 'Comparer les scénarios',
};
