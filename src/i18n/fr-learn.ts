// French strings of the Learn screen itself: its heading, search and groups (loaded with the
// Learn screen only; the entries' text is in fr-learn-channels.ts and fr-learn-metrics.ts).
export const frLearn = {
  'learn.title': 'Apprendre',
  'learn.intro':
    'Les notions du marketing média et hors-média en quelques lignes, chacune avec un exemple chiffré et un lien vers l’écran et le chiffre qui l’utilisent.',
  'learn.search.label': 'Rechercher une notion',
  'learn.search.placeholder': 'ROI, RGPD, engagement…',
  'learn.search.count': '{count, plural, one {# fiche} other {# fiches}} sur {total}',
  'learn.search.none': 'Aucune fiche ne correspond à « {query} ».',
  'learn.search.clear': 'Effacer la recherche',
  'learn.group.channels': 'Canaux et médias',
  'learn.group.funnel': 'Entonnoir et indicateurs',
  'learn.group.customers': 'Clients et leads',
  'learn.group.influence': 'Influence',
  'learn.example': 'Exemple chiffré :',
  'learn.where': 'Où le voir :',
  'learn.go': 'Voir {figure}',
} as const;
