// French strings of the influencer screen: bookings of influencers into the plan's budget (loaded with the screen).
export const frInfluencersBooking = {
  'influencers.booking.title': 'Réservation',
};
