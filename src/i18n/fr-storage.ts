// French strings of the storage banner (database gone, newer version elsewhere), of backups
// made from the screen, and of updates agreed between tabs (merged into fr.ts).
export const frStorage = {
  'storage.lost.title': 'Les données de Mixplan ont disparu de ce navigateur.',
  'storage.lost.body':
    'Elles ont été effacées, par le navigateur ou depuis un autre onglet. Le plan « {plan} » reste affiché ici, et rien ne sera écrit tant que vous n’aurez pas choisi.',
  'storage.lost.bodyNoPlan':
    'Elles ont été effacées, par le navigateur ou depuis un autre onglet. Rien ne sera écrit tant que vous n’aurez pas choisi.',
  'storage.newer.title': 'Une version plus récente de Mixplan est ouverte dans un autre onglet.',
  'storage.newer.body':
    'Cet onglet lui a laissé la base de données après avoir enregistré vos modifications. Rechargez-le pour continuer avec la nouvelle version.',
  'storage.saveAgain': 'L’enregistrer de nouveau ici',
  'storage.saving': 'Enregistrement…',
  'storage.restore': 'Restaurer une sauvegarde',
  'storage.restoreClose': 'Fermer la restauration',
  'storage.download': 'Télécharger une sauvegarde',
  'storage.reload': 'Recharger la page',
  'storage.savedAgain': 'Plan « {plan} » enregistré de nouveau dans ce navigateur.',
  'storage.reopenFailed':
    'La base de données n’a pas pu être rouverte. Téléchargez une sauvegarde, rechargez la page, puis restaurez-la.',

  'backup.doneFromScreen':
    'La base de données ne peut pas être lue : sauvegarde du plan affiché (« {plan} ») enregistrée dans vos téléchargements sous « {name} ».',
  'backup.nothingToSave':
    'Rien à sauvegarder : la base de données ne peut pas être lue et aucun plan n’est affiché.',

  'update.saving': 'Enregistrement des autres onglets avant la mise à jour…',
  'update.waiting':
    'Mixplan a été mis à jour dans un autre onglet : rechargez quand vous serez prêt.',
  'update.reloadNow': 'Recharger maintenant',
  'update.notSaved':
    'Des modifications ne sont pas encore enregistrées : la mise à jour attend. Réessayez dans un instant.',
};
