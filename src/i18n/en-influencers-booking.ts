// English strings of the influencer screen: bookings of influencers into the plan's budget (loaded with the screen).
import type { frInfluencersBooking } from './fr-influencers-booking';

export const enInfluencersBooking: Record<keyof typeof frInfluencersBooking, string> = {
  'influencers.booking.title': 'Booking',
  'influencers.booking.month': 'Booking month',
  'influencers.booking.cost': 'Booking cost',
  'influencers.booking.costUnreadable': 'The cost is not a number.',
  'influencers.booking.book': 'Book',
  'influencers.booking.update': 'Change the booking',
  'influencers.booking.cancel': 'Cancel the booking',
  'influencers.booking.status': 'Booked for {month}: {cost} in “{channel}”',
  'influencers.booking.statusNoChannel': 'Booked for {month}: {cost}',
  'influencers.booking.toPlanner': 'See it in the planner',
  'influencers.booking.channelName': 'Influence (bookings)',
  'influencers.booking.adds':
    'The cost is added to the channel’s planned amount for that month; an amount typed by hand in the planner is kept on top. Cancelling takes out this cost, and only this cost.',
  'influencers.booking.refused.noPlan': 'No plan is open: open a plan to book.',
  'influencers.booking.refused.invalid-month': 'Month “{month}” cannot be read (expected YYYY-MM).',
  'influencers.booking.refused.month-outside':
    '{month} is outside the plan’s period ({first} – {last}): choose a month of the plan.',
  'influencers.booking.refused.no-cost':
    'No cost: this influencer has no price for this format. Type the booking’s cost.',
  'influencers.booking.refused.negative-cost': 'The cost cannot be negative.',
  'influencers.booking.refused.too-large': 'This cost is more than a budget cell can hold.',
  'influencers.booking.refused.notSaved':
    'The booking could not be put into the budget (channel not found or storage unavailable): nothing was booked.',
  'influencers.booking.plannerNote':
    'Fed by the influencer sheet: “{channel}” receives the cost of the bookings, month by month.',
  'influencers.booking.plannerLink': 'Open the influencer sheet',
};
