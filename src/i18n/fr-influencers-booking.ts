// French strings of the influencer screen: bookings of influencers into the plan's budget (loaded with the screen).
export const frInfluencersBooking = {
  'influencers.booking.title': 'Réservation',
  'influencers.booking.month': 'Mois de la réservation',
  'influencers.booking.cost': 'Coût de la réservation',
  'influencers.booking.costUnreadable': 'Le coût n’est pas un nombre.',
  'influencers.booking.book': 'Réserver',
  'influencers.booking.update': 'Modifier la réservation',
  'influencers.booking.cancel': 'Annuler la réservation',
  'influencers.booking.status': 'Réservé pour {month} : {cost} dans « {channel} »',
  'influencers.booking.statusNoChannel': 'Réservé pour {month} : {cost}',
  'influencers.booking.toPlanner': 'Voir dans le planificateur',
  'influencers.booking.channelName': 'Influence (réservations)',
  'influencers.booking.adds':
    'Le coût s’ajoute au montant prévu du canal ce mois-là ; un montant saisi à la main dans le planificateur est conservé en plus. Annuler retire ce coût, et lui seul.',
  'influencers.booking.refused.noPlan': 'Aucun plan ouvert : ouvrez un plan pour réserver.',
  'influencers.booking.refused.invalid-month': 'Mois « {month} » illisible (attendu : AAAA-MM).',
  'influencers.booking.refused.month-outside':
    '{month} est hors de la période du plan ({first} – {last}) : choisissez un mois du plan.',
  'influencers.booking.refused.no-cost':
    'Aucun coût : cet influenceur n’a pas de prix pour ce format. Saisissez le coût de la réservation.',
  'influencers.booking.refused.negative-cost': 'Le coût ne peut pas être négatif.',
  'influencers.booking.refused.too-large':
    'Ce coût dépasse ce qu’une case du budget peut contenir.',
  'influencers.booking.refused.notSaved':
    'La réservation n’a pas pu être portée au budget (canal introuvable ou stockage indisponible) : rien n’a été réservé.',
  'influencers.booking.plannerNote':
    'Alimenté par la feuille des influenceurs : « {channel} » reçoit le coût des réservations, mois par mois.',
  'influencers.booking.plannerLink': 'Ouvrir la feuille des influenceurs',
};
