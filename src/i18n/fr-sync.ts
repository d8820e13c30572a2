// French strings of saving and tab sync: the unsaved banner, undo across tabs (merged into fr.ts).
export const frSync = {
  'save.unsaved': 'Non enregistré : {count} modification(s) en attente. {reason}',
  'save.retrying':
    'Nouvel essai automatique dans quelques secondes ; vos valeurs restent affichées.',
  'save.retry': 'Réessayer maintenant',
  'save.waiting': 'Enregistrement en pause : {count} modification(s) en attente.',
  'save.leave': 'Des modifications ne sont pas encore enregistrées.',
  'sync.undoStale':
    'Annulé, sauf {count} cellule(s) modifiée(s) depuis dans un autre onglet : elles gardent leur valeur la plus récente.',
  'sync.undoNothing':
    'Rien n’a été annulé : ces cellules ont été modifiées depuis dans un autre onglet, et gardent leur valeur la plus récente.',
  'sync.missingChannel':
    'Un canal a été supprimé entre-temps (dans un autre onglet ou par un import) : les montants saisis pour lui n’ont pas été enregistrés.',
  'sync.missingPlan':
    'Ce plan a été supprimé entre-temps (dans un autre onglet) : les dernières modifications n’ont pas été enregistrées.',
};
