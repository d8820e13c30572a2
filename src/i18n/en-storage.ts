// English strings of the storage banner, screen backups and tab-agreed updates: exactly the
// keys of fr-storage.ts.
import type { frStorage } from './fr-storage';

export const enStorage: Record<keyof typeof frStorage, string> = {
  'storage.lost.title': 'Mixplan’s data is gone from this browser.',
  'storage.lost.body':
    'It was cleared, by the browser or from another tab. The plan “{plan}” is still shown here, and nothing will be written until you choose.',
  'storage.lost.bodyNoPlan':
    'It was cleared, by the browser or from another tab. Nothing will be written until you choose.',
  'storage.newer.title': 'A newer version of Mixplan is open in another tab.',
  'storage.newer.body':
    'This tab saved your changes and handed the database over to it. Reload to carry on with the new version.',
  'storage.saveAgain': 'Save it again here',
  'storage.saving': 'Saving…',
  'storage.restore': 'Restore a backup',
  'storage.restoreClose': 'Close the restore',
  'storage.download': 'Download a backup',
  'storage.reload': 'Reload the page',
  'storage.savedAgain': 'Plan “{plan}” saved again in this browser.',
  'storage.reopenFailed':
    'The database could not be opened again. Download a backup, reload the page, then restore it.',

  'backup.doneFromScreen':
    'The database cannot be read: a backup of the plan on screen (“{plan}”) was saved to your downloads as “{name}”.',
  'backup.nothingToSave':
    'Nothing to back up: the database cannot be read and no plan is on screen.',

  'update.saving': 'Saving the other tabs before the update…',
  'update.waiting': 'Mixplan was updated in another tab: reload when you are ready.',
  'update.reloadNow': 'Reload now',
  'update.notSaved': 'Some changes are not saved yet: the update waits. Try again in a moment.',
};
