// English strings of the influencer screen: bookings of influencers into the plan's budget (loaded with the screen).
import type { frInfluencersBooking } from './fr-influencers-booking';

export const enInfluencersBooking: Record<keyof typeof frInfluencersBooking, string> = {
  'influencers.booking.title': 'Booking',
};
