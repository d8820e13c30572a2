// The import's questions, period step, odd rows, replace confirmation, progress and undo.
export const frImport = {
  'import.parse.literal-quotes':
    'guillemets mal placés : cette ligne a été relue en prenant les guillemets comme du texte. Vérifiez-la.',
  'import.parse.unclosed-quote':
    'un guillemet ouvert n’est jamais refermé : la ligne est refusée, les suivantes sont lues normalement.',
  'import.reason.unclosed-quote': 'guillemet jamais refermé sur cette ligne',
  'import.reason.short-row': 'ligne plus courte que l’en-tête (non importée, à votre demande)',
  'import.reason.long-row': 'ligne plus longue que l’en-tête (non importée, à votre demande)',
  'import.report.totalUnreadable':
    'Ligne {line} : ligne de total illisible (colonne « {column} ») ; elle n’est ni importée ni vérifiée.',
  'import.report.held':
    '{count, plural, one {# ligne attend} other {# lignes attendent}} votre réponse ci-dessous.',
  'import.phase.reading': 'Lecture du fichier',
  'import.phase.checking': 'Analyse et contrôle des lignes',
  'import.phase.writing': 'Enregistrement dans le plan',
  'import.readShare': '{percent} % lus',
  'import.writtenShare': '{percent} % enregistrés',
  'import.cancelWrite': 'Annuler l’enregistrement',
  'import.problem.write-cancelled': 'Enregistrement annulé : le plan n’a pas été modifié.',
  'import.problem.unreadable': 'Le fichier n’a pas pu être lu ({detail}).',

  'import.values.title': 'Valeurs à préciser',
  'import.values.intro':
    'Ces valeurs ne font pas partie de la liste connue. Dites une fois ce que chacune signifie : toutes les lignes qui l’utilisent suivront.',
  'import.values.question':
    '« {value} » (colonne « {header} », {rows, plural, one {# ligne} other {# lignes}}, dès la ligne {line})',
  'import.values.choose': '— choisir —',
  'import.values.custom': 'Autre (catégorie personnalisée)',
  'import.values.refuse': 'Refuser ces lignes',

  'import.period.title': 'Période',
  'import.period.differs':
    'Le fichier couvre {fileFirst} → {fileLast}, le plan {planFirst} → {planLast}.',
  'import.period.file': 'Prendre la période du fichier ({first} → {last})',
  'import.period.fileHidden':
    'Les montants du plan hors de cette période restent enregistrés mais ne sont plus affichés.',
  'import.period.extend': 'Étendre le plan à {first} → {last} ({months} mois)',
  'import.period.inside':
    'N’importer que les mois du plan ({planFirst} → {planLast}) : {cells, plural, one {# montant du fichier est laissé de côté} other {# montants du fichier sont laissés de côté}}',
  'import.period.tooLong': 'Impossible : plus de {max} mois.',
  'import.period.empty': 'Le plan est vide : il prend la période du fichier.',

  'import.odd.title': 'Lignes de longueur inattendue',
  'import.odd.short':
    'Ligne {line} : {cells, plural, one {# cellule} other {# cellules}} au lieu de {expected} (les mois manquants resteront vides)',
  'import.odd.long':
    'Ligne {line} : {cells, plural, one {# cellule} other {# cellules}} au lieu de {expected} (les cellules en trop seront ignorées)',
  'import.odd.more': '… et {count, plural, one {# autre} other {# autres}}.',
  'import.odd.import': 'Les importer',
  'import.odd.refuse': 'Ne pas les importer',

  'import.currency':
    'Les montants du fichier sont en {marks}, le plan en {currency} : ils seront importés tels quels, sans conversion.',

  'import.held.title': 'Canaux dont toutes les lignes sont refusées ou en attente',
  'import.held.intro':
    'Le remplacement les garde avec leurs montants. Cochez ceux à supprimer quand même.',
  'import.held.remove': 'Supprimer « {name} »',
  'import.removed.absent': '« {name} » : absent du fichier',
  'import.removed.refused': '« {name} » : toutes ses lignes ont été refusées (coché)',
  'import.blocker.no-rows': 'Aucune ligne acceptée : l’import ne modifierait rien.',
  'import.blocker.answers': 'Répondez d’abord aux questions sur les valeurs ci-dessus.',
  'import.blocker.period': 'Choisissez d’abord la période ci-dessus.',

  'import.undo': 'Annuler l’import',
  'import.undone': 'Import annulé : le plan est revenu à son état d’avant.',
  'import.undo.not-latest': 'Seul le dernier import de ce plan peut être annulé.',
  'import.undo.gone': 'Cet import ne peut plus être annulé (plan supprimé ou déjà annulé).',
  'import.history.title': 'Imports récents de ce plan',
  'import.history.none': 'Aucun import dans ce plan pour l’instant.',
  'import.history.item':
    '{date} — « {name} » : {rows, plural, one {# ligne} other {# lignes}}, {created, plural, one {# canal créé} other {# canaux créés}}, {updated} mis à jour, {deleted, plural, one {# supprimé} other {# supprimés}}',
  'import.history.changedSince':
    'Le plan a été modifié depuis : annuler l’import reprend aussi ces modifications sur les canaux qu’il a touchés.',
} as const;
