// Undoing an import from the screen: the database step, then what the user is told (done,
// not the latest, already gone, or why the storage refused).
import '../i18n/data-catalogue';
import { importHistory, undoImport, type ImportHistoryItem } from '../db/import-undo';
import type { AppState } from './app-state.svelte';

/** The plan's recent imports, newest first; empty when they cannot be read. */
export async function recentImports(app: AppState, planId: string): Promise<ImportHistoryItem[]> {
  const result = await importHistory(app.db, planId);
  return result.ok ? result.value : [];
}

/** Puts the plan back as it was before that import; true when it did. */
export async function undoImportAndSay(app: AppState, undoId: string): Promise<boolean> {
  const result = await undoImport(app.db, undoId, app.env.now());
  const { t } = app.i18n;
  if (!result.ok) {
    app.toasts.show(app.i18n.storageMessage(result.error), { kind: 'error' });
    return false;
  }
  if (result.value !== 'undone') {
    app.toasts.show(t(`import.undo.${result.value}`), { kind: 'error' });
    return false;
  }
  app.dataEpoch += 1;
  app.toasts.show(t('import.undone'));
  return true;
}
