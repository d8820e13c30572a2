// English strings of saving and tab sync (merged into en.ts).
import type { frSync } from './fr-sync';

export const enSync: Record<keyof typeof frSync, string> = {
  'save.unsaved': 'Not saved: {count} change(s) waiting. {reason}',
  'save.retrying': 'Retrying by itself in a few seconds; your values stay on screen.',
  'save.retry': 'Retry now',
  'save.waiting': 'Saving paused: {count} change(s) waiting.',
  'save.leave': 'Some changes are not saved yet.',
  'sync.undoStale':
    'Undone, except {count} cell(s) changed since in another tab: they keep their newest value.',
  'sync.undoNothing':
    'Nothing was undone: these cells were changed since in another tab, and keep their newest value.',
  'sync.missingChannel':
    'A channel was deleted meanwhile (in another tab, or by an import): the amounts typed for it were not saved.',
  'sync.missingPlan':
    'This plan was deleted meanwhile (in another tab): the last changes were not saved.',
};
