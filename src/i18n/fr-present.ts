// Chaînes françaises du mode présentation (#/present), chargées avec son écran (le bouton du
// planner qui l’ouvre est dans fr.ts).
export const frPresent = {
  'present.deck': 'Présentation du plan {name}',
  'present.noPlan': 'Aucun plan à présenter',
  'present.noPlanHint':
    'Créez un plan ou ouvrez le plan de démonstration dans le planner, puis revenez ici.',
  'present.toPlanner': 'Retour au planner',
  'present.controls': 'Changer de diapositive',
  'present.previous': 'Précédente',
  'present.next': 'Suivante',
  'present.leave': 'Quitter (Échap)',
  'present.fullscreen': 'Plein écran',
  'present.counter': '{n} / {count}',
  'present.slideLabel': 'Diapositive {n} sur {count} : {title}',
  'present.keys':
    'Flèches, Page préc. / Page suiv. ou Espace pour changer de diapositive ; Début et Fin pour la première et la dernière ; Échap pour revenir au planner.',
  'present.chartsFailed':
    'Les graphiques n’ont pas pu être chargés. Les chiffres restent dans les autres diapositives.',
  'present.slide.title': 'Titre',
  'present.slide.figures': 'Chiffres clés',
  'present.slide.monthly': 'Budget par mois',
  'present.slide.split': 'Média et hors-média',
  'present.slide.stages': 'Budget par étape AARRR',
  'present.slide.planVsActual': 'Prévu et réalisé',
  'present.slide.channels': 'Canaux principaux',
  'present.period':
    '{first} – {last} · {months} mois · {channels, plural, one {# canal} other {# canaux}}',
  'present.empty':
    'Ce plan n’a pas encore de canal : il n’y a rien d’autre à présenter. Ajoutez des canaux dans le planner, puis revenez.',
  'present.total': 'Budget prévu total',
  'present.monthly.peak': 'Mois le plus chargé : {month}, {amount}.',
  'present.split.line': 'Média : {media} · hors-média : {hors}.',
  'present.stages.top': 'Étape la plus financée : {stage}, {share} du prévu.',
  'present.stages.none': 'Aucun canal n’est encore rattaché à une étape AARRR.',
  'present.actual.none':
    'Aucun réalisé saisi pour l’instant : la courbe du réalisé commencera au premier mois dépensé.',
  'present.actual.line':
    '{months, plural, one {Sur # mois avec réalisé} other {Sur # mois avec réalisé}} : {actual} dépensés pour {planned} prévus, soit un écart de {variance}.',
  'present.channels.caption':
    '{count, plural, one {Le canal au plus gros budget prévu} other {Les # canaux aux plus gros budgets prévus}}',
  'present.channels.channel': 'Canal',
  'present.channels.family': 'Famille',
  'present.channels.planned': 'Prévu',
  'present.channels.share': 'Part du prévu',
  'present.channels.rest':
    '{count, plural, one {# autre canal} other {# autres canaux}} : {amount}, {share} du prévu.',
} as const;
