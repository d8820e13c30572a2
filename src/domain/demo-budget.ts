// The demo plan's budget: a small clothing shop's year in round euros, planned by season,
// spent before `today`, committed for the month in progress and the next. Deterministic.
import { emptyBudget, withAmount, type ChannelBudget } from './budget';
import { toCents } from './money';
import { monthParts, monthRange, monthsBetween, type Month } from './months';
import type { Channel, Plan } from './plan';

/**
 * Planned euros per calendar month, January first, by category of the demo channels.
 * The shop's calendar: winter sales in January, summer sales from late June into July,
 * back to school in August and September, then Black Friday and Christmas.
 */
const PLANNED_EUROS: Readonly<Record<string, readonly number[]>> = {
  // Ads follow demand: every peak of the calendar, Black Friday and Christmas the highest.
  'social-ads': [900, 500, 600, 700, 700, 800, 900, 700, 900, 800, 1800, 1600],
  'search-ads': [600, 300, 350, 400, 400, 450, 600, 450, 500, 450, 800, 800],
  // A few inserts in the local paper, each announcing a season.
  press: [800, 0, 700, 0, 0, 700, 0, 0, 800, 0, 900, 600],
  // Styling workshops, paused while the sales and the summer holidays fill the shop.
  'in-store': [0, 300, 400, 400, 400, 300, 0, 0, 500, 500, 400, 500],
  // The card's software every month, rewards heavier when customers buy most.
  loyalty: [300, 200, 200, 200, 250, 250, 300, 200, 250, 250, 400, 500],
  emailing: [250, 150, 200, 150, 200, 250, 250, 150, 250, 200, 350, 350],
  // A town-centre unit rented by the day: in May, at the back to school and before Christmas.
  'pop-up': [0, 0, 0, 0, 2500, 0, 0, 0, 2000, 0, 0, 4000],
  influence: [0, 0, 800, 0, 600, 0, 0, 900, 0, 600, 1200, 0],
  pr: [0, 400, 600, 0, 0, 0, 0, 0, 700, 0, 600, 0],
};

/** Actual against planned, in percent, for what is bought by the click, day or month. */
const ACTUAL_DRIFT_PERCENT: readonly number[] = [-6, 4, -3, 8, 0, -9, 5, -2, 10, -4, 3, -7];

/** How many months, from today's, have signed orders not yet invoiced. */
const COMMITTED_MONTHS = 2;

function wholeEuros(euros: number): number {
  return Math.round(euros) * 100;
}

/**
 * One budget record per channel of the demo plan; channels outside the demo's categories get
 * an empty one. Fixed fees are spent as planned; the rest drifts a little either way. Committed
 * covers the whole planned amount of a fixed fee or a subscription, half of what is bought by
 * the unit (the rest is still to book).
 */
export function demoBudgets(
  plan: Plan,
  channels: readonly Channel[],
  today: Month,
): ChannelBudget[] {
  const months = monthRange(plan.firstMonth, plan.monthCount);
  return channels.map((channel, row) => {
    let budget = emptyBudget(plan.id, channel.id);
    const profile = PLANNED_EUROS[channel.category];
    if (!profile) return budget;
    const kind = channel.costModel.kind;
    months.forEach((month, m) => {
      const euros = profile[monthParts(month).month - 1] ?? 0;
      if (euros === 0) return;
      budget = withAmount(budget, month, 'planned', toCents(wholeEuros(euros)));
      const fromToday = monthsBetween(today, month);
      if (fromToday < 0) {
        const drift = kind === 'fixed' ? 0 : (ACTUAL_DRIFT_PERCENT[(row * 5 + m) % 12] ?? 0);
        budget = withAmount(
          budget,
          month,
          'actual',
          toCents(wholeEuros((euros * (100 + drift)) / 100)),
        );
      } else if (fromToday < COMMITTED_MONTHS) {
        const committed = kind === 'per-unit' ? euros / 2 : euros;
        budget = withAmount(budget, month, 'committed', toCents(wholeEuros(committed)));
      }
    });
    return budget;
  });
}
