// French strings of the charts (merged into fr.ts).
export const frCharts = {
  'charts.exportPng': 'Exporter en PNG',
  'charts.showData': 'Voir les données',
  'charts.month': 'Mois',
  'charts.monthly.title': 'Budget prévu par mois et par famille',
  'charts.monthly.label':
    'Barres empilées du budget prévu par mois : média et hors-média. Total {total}.',
  'charts.split.title': 'Média et hors-média (prévu)',
  'charts.split.label': 'Anneau : média {media}, hors-média {horsMedia}.',
  'charts.split.share': 'Part',
  'charts.planVsActual.title': 'Prévu et réalisé par mois',
  'charts.planVsActual.label':
    'Barres du prévu et ligne du réalisé par mois. Prévu {planned}, réalisé {actual}.',
  'charts.stages.title': 'Budget prévu par étape AARRR',
  'charts.stages.label': 'Barres horizontales du budget prévu par étape du tunnel AARRR.',
  'charts.stage': 'Étape',
  'charts.noStage': 'Sans étape',
  'charts.amount': 'Montant',
} as const;
