// French strings of the planner fixes of issue 8 (merged into fr.ts): the comparison's
// per-channel table, the plan window warning, the variance over months with actuals, toasts.
export const frFixes = {
  'fixes.compareTab.choose': 'Comparer ce plan avec',
  'fixes.compare.byChannel': 'Par canal',
  'fixes.variance.label': 'Écart sur les mois avec réalisé',
  'fixes.variance.months': '{months} mois sur {count}',
  'fixes.variance.row': 'Écart sur les mois avec réalisé ({months} mois sur {count})',
  'fixes.variance.tip.meaning':
    'De combien le réalisé s’écarte du prévu, sur les seuls mois qui ont du réalisé : les mois à venir, pas encore dépensés, ne comptent pas comme une économie.',
  'fixes.variance.tip.formula':
    'Écart = réalisé − prévu des mois avec réalisé = {actual} − {planned} = {value} ({months} mois avec réalisé sur {count} ; prévu sur toute la période : {plannedTotal})',
  'fixes.variance.tip.formulaNone':
    'Aucun mois n’a encore de réalisé : l’écart vaut 0 tant que rien n’est saisi.',
  'fixes.variance.tip.rule':
    'Négatif : moins dépensé que prévu (ou des factures pas encore saisies) ; positif : un dépassement. Au-delà de 10 % du prévu de ces mois, cherchez le canal qui l’explique.',
  'fixes.window.outsideOne':
    'Un montant tombe hors de la nouvelle période ({months}) : {totals}. Il reste enregistré et réapparaîtra dès que la période le couvrira de nouveau.',
  'fixes.window.outsideMany':
    '{count} montants tombent hors de la nouvelle période ({months}) : {totals}. Ils restent enregistrés et réapparaîtront dès que la période les couvrira de nouveau.',
  'fixes.window.range': '{first} à {last}',
  'fixes.window.planned': 'prévu {amount}',
  'fixes.window.committed': 'engagé {amount}',
  'fixes.window.actual': 'réalisé {amount}',
  'fixes.window.keep':
    'Garder chaque montant à son mois (masqué tant qu’il est hors de la période)',
  'fixes.window.shiftOne':
    'Décaler chaque montant de {count} mois, comme le premier mois ({from} → {to})',
  'fixes.window.shiftMany':
    'Décaler chaque montant de {count} mois, comme le premier mois ({from} → {to})',
  'fixes.window.afterShiftNone': 'Après le décalage, tous les montants sont dans la période.',
  'fixes.window.afterShiftSome':
    'Après le décalage, {count} montant(s) resteront hors de la période ({months}), enregistrés.',
  'fixes.window.shifted': 'Réglages du plan enregistrés, montants décalés de {count} mois.',
  'fixes.window.outOfRange':
    'Décalage impossible : le montant de {month} sortirait du calendrier. Rien n’a été modifié.',
  'fixes.window.unsaved':
    'Des modifications ne sont pas encore enregistrées : le décalage attend qu’elles le soient. Réessayez dans un instant.',
} as const;
